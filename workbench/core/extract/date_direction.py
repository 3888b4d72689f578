"""Which way a date without its year points, read from the clause it stands in.

A month (or a day and month) without a year is the latest such one on or before
publication unless its clause says otherwise, and the clause says it through the verb
that governs the date, the one nearest to it:

* a past verb points back, even after a "will" further away: "We will never forget what
  happened in March" is the March just past;
* "will", "scheduled", "due", "is to" point ahead of publication;
* "would", a start ("starting in December"), an intention's infinitive ("agreed to start
  patrols before the end of November"), or a bound ("until", "before", "by") under a verb
  that is not past look ahead from a time that may itself be past (the words were
  reported, the plan was made): the date lies ahead of that time, so ahead of
  publication unless it falls in the few months just before it (dates.py);
* a present (a timetable's, "ends in December"; a state up to a bound, "is closed until
  March", "runs until 31 December") is told from the time of writing: ahead of
  publication, not of words spoken weeks before it;
* "since" right before the date points back whatever the clause;
* a deadline lies after the act that set it, whatever that act's tense: "gave the army
  until Friday to withdraw", "told residents they had until Sunday to leave", "set a
  deadline of March 3" look ahead from the act (as "would" does), unless the words after
  say the deadline passed;
* a plan whose clause tells how it turned out is told from a past frame: "Talks that were
  due to start in March never took place" is behind.

When nothing before the date decides, the words after it in the same clause may ("In
January the committee will meet again"); after a date that closes its clause's words they
are read only up to the next comma (what follows is often the attribution). When nothing
says, :func:`direction` gives None and the caller keeps its own reading.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from .date_events import headline_event_ahead, set_event_ahead, told_past_after
from .date_promise import promised_by
from .date_readiness import contact_modal, ready_ahead
from .date_schedule import REACH as _SCHEDULE_REACH
from .date_schedule import WORDS as _SCHEDULE_WORDS
from .date_schedule import decision_before, schedule_present
from .lang import en as EN
from .lang.build import alt

AHEAD, NEAR, BACK = "ahead", "near", "back"

# (a clock time is one word, its colon no clause's: "submit requests by 17:00 on Saturday")
_TOKEN = re.compile(r"[’']ll\b|[’']s\b|[A-Za-z]+|\d{1,2}:\d\d(?!\d)|\d[\d,.]*|[;:()\"“”]|,")
_CLAUSE_STOPS = (". ", "\n", "; ", "? ", "! ")
_QUOTES = frozenset(EN.QUOTE_AND_BRACKET_MARKS)
# How far the clause is read: before the date (a verb may stand a long object away:
# "asked donors for $35 million to feed the new arrivals until March") and after it.
_BACK_REACH, _FORWARD_REACH = 120, 80

_AHEAD = frozenset(EN.AHEAD_WORDS)
_NEAR = frozenset((*EN.NEAR_AHEAD_WORDS, *EN.OBLIGATION_MODALS))
_ADJOURNING = frozenset(EN.ADJOURNING_VERBS)
_MOVING = frozenset(EN.END_MOVING_VERBS)
_MOVING_PARTICLES = frozenset(tuple(p.split()) for p in EN.END_MOVING_PHRASES)
_MOVED_TO = frozenset(EN.END_MOVING_BOUNDS)
# (round en129: a start's present is a timetable's too, "the hearings resume on Thursday",
# under a frame of report as without one)
_TIMETABLE = frozenset((*EN.TIMETABLE_VERBS, *EN.APPLYING_VERBS, *(
    w for w in EN.START_WORDS if w not in EN.START_NOT_PRESENT)))
_TIMETABLE_NOT_AFTER = frozenset(EN.TIMETABLE_NOT_AFTER)
_PLANS_PRESENT = frozenset(EN.PLAN_VERBS_PRESENT)
_PLAN_OBJECTS = frozenset(EN.PLAN_OBJECT_OPENERS)
_PLANS_PLURAL = frozenset(EN.PLAN_VERBS_PLURAL)
_PLURAL_PRONOUNS = frozenset(EN.PLURAL_SUBJECT_PRONOUNS)
_NEXT_UNITS = frozenset((*EN.NEXT_UNITS, *EN.WEEKDAYS, *EN.MONTHS))
_IN_FORCE_VERBS = frozenset(EN.IN_FORCE_VERBS)
_IN_FORCE_NOUNS = frozenset((*EN.IN_FORCE_NOUNS, *EN.TAKING_PLACE_NOUNS))
_BOUND = frozenset((*EN.BOUND_WORDS, *EN.START_WORDS, *EN.PENDING_WORDS))
_BACK = frozenset(EN.BACK_WORDS)
_INTENT = frozenset(EN.INTENT_VERBS)
_DONE_ACTS = frozenset(EN.DONE_ACTS)
_ACT_PREPOSITIONS = frozenset(EN.DONE_ACT_PREPOSITIONS)
_ARRANGED = frozenset(EN.ARRANGEMENT_VERBS)
_FINITE_PAST = frozenset(EN.PAST_CLAUSE_WORDS)
_PAST = frozenset((*EN.PAST_VERBS, *EN.PAST_CLAUSE_WORDS, *EN.IRREGULAR_PASTS))
_PASSIVE = frozenset(EN.PASSIVE_OPENERS)
_FOLLOWERS = frozenset(EN.VERB_FOLLOWERS)
_NOT_VERBS = frozenset(EN.NON_VERBS_AFTER_TO)
_MOVES_BEFORE_TO = frozenset(EN.MOVES_BEFORE_TO)
_DETERMINERS = frozenset(EN.DETERMINERS_BEFORE_NOUNS)
_PRESENT = frozenset(EN.PRESENT_STATE_VERBS)
_PRESENT_STATES = frozenset(EN.PRESENT_STATES)
_BOUNDS_BEFORE_DATE = frozenset(EN.BOUNDS_BEFORE_DATE)
_PERFECT = frozenset(EN.PRESENT_PERFECT_AUXILIARIES)
_COPULAS = frozenset(EN.PRESENT_COPULAS)
_EVENT_PARTICIPLES = frozenset(EN.EVENT_PARTICIPLES)
# (what may stand between "is on" and the last date of a list: "are on Thursday and Friday")
_DATE_LIST = frozenset((*EN.WEEKDAYS, *(str(w).lower() for w in EN.MONTHS),
                        *EN.LIST_JOINERS))
_MODALS = frozenset(EN.MODAL_VERBS)
_FORECAST = frozenset(EN.FORECAST_PARTICIPLES)
_FORECAST_OPENERS = frozenset(EN.FORECAST_OPENERS)
_WHEN = frozenset(EN.TIME_CONJUNCTIONS)
_BESIDE = (["to"], ["door"])
# (the neighbouring street or village, no time ahead: "struck the next street in April")
_NEXT_PLACES = frozenset(EN.NEXT_PLACE_NOUNS)
_RUNNING_OUT = frozenset(EN.RUNNING_OUT_VERBS)
# (the last word before a headline's date that may close an act setting an event: the act,
# "allows Saturday rally", or the event's preposition, "sets vote for October 11")
_HEADLINE_EVENT_LAST = frozenset((*EN.EVENT_SETTING_PRESENT, *EN.EVENT_DATE_PREPOSITIONS))
# A bare month (no day after it) at the date's start: a headline's present before it looks
# ahead (round 62).
_BARE_MONTH = re.compile(
    rf"(?i:{'|'.join(str(m) for m in EN.MONTHS)})\b(?![ \t]*\d)")
_EED_PASTS = frozenset(EN.PASTS_IN_EED)
_CLAUSE_OPENERS = frozenset(EN.CLAUSE_CONJUNCTIONS)
_COUNTS = frozenset(EN.UNITS) | frozenset(EN.TENS) | frozenset(EN.VAGUE)
_DATE = "<date>"  # stands for the date itself after the last word before it
_GRANTS = frozenset(EN.DEADLINE_GRANTS)
_DEADLINE_NOUNS = frozenset(EN.DEADLINE_NOUNS)
_LAPSES = frozenset(EN.DEADLINE_LAPSES)
_SPAN_BOUNDS = frozenset(EN.SPAN_END_WORDS)
_DEADLINE_LINKS = frozenset(EN.DEADLINE_PREPOSITIONS)
_DEADLINE_IS = frozenset(EN.DEADLINE_COPULAS)
_BY_TIME = frozenset(EN.BY_TIME_FILLERS)
# (words before "May" that make it the month: "in May", "between November and May")
_MONTH_BEFORE = frozenset(EN.MONTH_CONTEXT)
_OUTCOME = re.compile(
    rf"\b(?:{'|'.join(re.escape(p) for p in (*EN.PLAN_OUTCOMES, *EN.PLAN_OUTCOMES_LATER))})\b",
    re.IGNORECASE)


# Every word _read_back decides on or marks (others are passed over at once).
_KNOWN = frozenset((*_QUOTES, *EN.DATE_CLAUSE_CUES, *_CLAUSE_OPENERS, *_AHEAD, *_NEAR, *_BOUND,
                    *_PRESENT_STATES,
                    *_ADJOURNING, *_MOVING, *_TIMETABLE, *_IN_FORCE_NOUNS, *_PLANS_PRESENT,
                    *_PLANS_PLURAL,
                    *_PAST, *_PRESENT, *EN.RESERVING_VERBS, *EN.CONTACT_VERBS,
                    *_SCHEDULE_WORDS))
# Verbs of reserving or promising, before "for" and the date (round 58): "booked the flight
# for 11 May", "the room, promised for April".
_RESERVING = frozenset(EN.RESERVING_VERBS)
_CONTACT = EN.CONTACT_VERBS


# (dotted only: "Vietnam. On Monday" ends a sentence)
_CLOCK_ENDS = tuple(f" {f}" for w in EN.CLOCK_ABBREVIATIONS for f in (w, w.upper()))


def _plural_plan(words: list[str], i: int) -> bool:
    """Is ``words[i]`` ("plan", "intend", "prepare") the present of a plural subject right
    before it, with its object opening after it ("Unions plan a day of action")? A noun in
    "-s" or "they" / "we" before; "the plan a month ago" has neither."""
    if i == 0 or not words[i + 1:i + 2] or words[i + 1].lower() not in _PLAN_OBJECTS:
        return False
    before = words[i - 1]
    low = before.lower()
    return low in _PLURAL_PRONOUNS or (
        low.endswith("s") and not low.endswith(("ss", "'s", "’s")) and before.isalpha())


# A single day at a date's start: a weekday, a day's number, a month and its day (round en152:
# a schedule's present before a month is as often a habit, "the market opens in May").
_SINGLE_DAY = re.compile(
    rf"(?i:{'|'.join(EN.WEEKDAYS)})\b|\d|(?i:{'|'.join(str(m) for m in EN.MONTHS)})\.?[ \t]+\d")


def _single_day(text: str, start: int) -> bool:
    return _SINGLE_DAY.match(text, start) is not None


def _clause_before(text: str, start: int) -> str:
    first = max(0, start - _BACK_REACH)
    # (the reach takes the whole word it would cut: a tail is no word, "GO" of
    # "MAZATENANGO - The staff ... on Wednesday" read as the verb "go", a plan ahead)
    while first and text[first - 1].isalnum() and text[first].isalnum():
        first -= 1
    before = text[first:start]
    stop = before.rfind(". ")
    while stop >= 0 and (before[stop + 2:stop + 3].islower() or before.endswith(
            _CLOCK_ENDS, 0, stop)):
        # an abbreviation's full stop, no sentence's end (round 48): "Buses will leave at
        # 6 a.m. on Monday 2 March", "will leave at 6 a.m. Monday", "U.N. officials will
        # visit on Friday"
        stop = before.rfind(". ", 0, stop)
    cut = max(stop, before.rfind("\n"), before.rfind("; "), before.rfind("? "),
              before.rfind("! "))  # _CLAUSE_STOPS, written out: a generator cost more
    return before[cut + 1:] if cut >= 0 else before


def _clause_after(text: str, end: int) -> str:
    after = text[end:end + _FORWARD_REACH]
    cuts = [i for i in (after.find(stop) for stop in (*_CLAUSE_STOPS, ".")) if i >= 0]
    return after[:min(cuts)] if cuts else after


def _past_form(words: list[str], i: int) -> bool:
    """Whether the word at ``i`` is a past verb of the clause: an irregular past, or an
    -ed form that is neither passive nor an adjective before its noun."""
    word = words[i].lower()
    if word in _FINITE_PAST:
        return True
    before = words[i - 1].lower() if i > 0 else ""
    if before in _PASSIVE or before in _DETERMINERS:
        return False  # "will be held in March", "remains closed until April", "the displaced"
    if before in ("and", "or") and i > 2 and words[i - 2].lower().endswith("ed") and (
            words[i - 3].lower() in _PASSIVE):
        return False  # (round en152) "would be recruited and trained by July": one passive
    if before in _PERFECT:
        # a present perfect is done by now and leaves the date to its bound ("has given
        # the villagers until Friday to leave"); after a modal it is a past ("may have
        # crossed the border in October")
        return i > 1 and words[i - 2].lower() in _MODALS
    if word in _PAST:
        return True
    if len(word) < 4 or not word.endswith("ed") or (
            word.endswith("eed") and word not in _EED_PASTS):
        return False  # "red", "need", "proceed" are no past forms; "died", "freed" are
    nxt = words[i + 1].lower() if i + 1 < len(words) else _DATE
    # ... or before a count: "raided three cattle camps before dawn on Saturday"
    return (nxt in _FOLLOWERS or nxt in (",", _DATE) or nxt[0].isdigit() or nxt in _COUNTS
            or nxt in _BOUNDS_BEFORE_DATE)  # "continued through Friday"


def _month_may(words: list[str], i: int) -> bool:
    """Whether "May" at ``i`` is the month, not the modal: running text writes the modal in
    lower case, so a capital "May" after a lower-case word or a number, or before a
    number, is the month ("held in May and June", "3 May"); a title-case headline's "Talks
    May Resume" keeps its modal."""
    if words[i] != "May":
        return False
    before = words[i - 1] if i > 0 else ""
    after = words[i + 1] if i + 1 < len(words) else ""
    return (before.islower() or before[:1].isdigit() or after[:1].isdigit()
            or before.lower() in _MONTH_BEFORE)  # "between 14 November and 31 May"


def _infinitive(words: list[str], i: int) -> bool:
    word = words[i]
    return (i > 0 and words[i - 1].lower() == "to" and word.isalpha() and word.islower()
            and word not in _NOT_VERBS and not word.endswith(("ed", "ing"))
            and not (word.endswith("s") and not word.endswith(EN.VERB_ENDINGS_IN_S)))


def _next_label(words: list[str], colon: int) -> bool:
    """Whether the words before the colon at ``colon`` are a label of what comes next, "Next"
    and one to three words (round 56): "Next snapshot: 2 July", "Next hearing date: 4 May";
    the date after it lies ahead ("Last update: 2 July" and "Next to the road:" do not)."""
    for j in range(colon - 2, max(-1, colon - 5), -1):
        if words[j].lower() == "next":
            return words[j + 1:j + 2] not in _BESIDE and all(
                w.isalpha() for w in words[j + 1:colon])
    return False


_ELLIPSIS_PREPOSITIONS = frozenset(EN.ELLIPSIS_DATE_PREPOSITIONS)
_IRREGULAR_PASTS = frozenset((*EN.IRREGULAR_PAST, *EN.IRREGULAR_PASTS))


def _verbless(words: list[str], i: int) -> bool:
    """Are the words between the conjunction at ``i`` and the date a noun phrase and its
    date's preposition only ("and the rest in", "and a second group on"): a coordinate
    clause that left its verb to the clause before, whose verb then dates it too."""
    if not 3 <= len(words) - i - 1 <= 5:
        return False  # (counted before the words are copied: the walk back may be long)
    between = [w.lower() for w in words[i + 1:]]
    # (an irregular past hidden among the nouns is the clause's own verb: "and the others
    # sat exams in March", "and the rest swam in July")
    return between[0] in _DETERMINERS and between[-1] in _ELLIPSIS_PREPOSITIONS and all(
        w.isalpha() and w not in _KNOWN and w not in _IRREGULAR_PASTS
        and not w.endswith(("ed", "ing")) for w in between[1:-1])


_ALREADY = frozenset(EN.ALREADY_WORDS)
_DONE_AFTER_ALREADY = frozenset(EN.DONE_AFTER_ALREADY)


def _done_after_already(words: list[str], i: int) -> bool:
    """Whether the word at ``i``, after "already", is a participle done by the date: "a
    budget already cut in June", "the camp already hit twice in May". Not after a modal or
    "to" ("would already cut", "will already close": a plan)."""
    if words[i].lower() not in _DONE_AFTER_ALREADY:
        return False  # "will already be full in June", "already run low by March"
    opener = words[i - 2].lower() if i > 1 else ""
    return not (opener in _MODALS or opener in _AHEAD or opener in _NEAR or opener == "to")


def _read_back(words: list[str], text: str = "", start: int = 0) -> tuple[str | None, bool]:
    """The direction the words before the date give, and whether a bound was passed (the
    date at ``text[start:]`` tells whether it stands in a headline, when that matters)."""
    after_seen = infinitive = False
    bound = bool(words) and words[-1].lower() in _BOUNDS_BEFORE_DATE  # "runs through May"
    # "extended the ban until March 5", "pushed back to 12 March": the date is a moved end
    moved_end = bool(words) and words[-1].lower() in _MOVED_TO
    reserved_for = bool(words) and words[-1].lower() == "for"
    i = len(words) - 1
    while i >= 0:
        word = words[i].lower()
        if reserved_for and word in _RESERVING and not (
                i > 0 and words[i - 1].lower() in _COPULAS):
            # (round en194: "is set for", "are set for" are a plan told now, ahead of
            # publication, read below; "had been set for" looks ahead of the act)
            # what is booked or promised for a date lies ahead of the booking, which may be
            # past: "I booked a flight for March" (a past March only just before writing)
            return NEAR, bound
        if infinitive and word in _REQUESTS and _present_request(words, i):
            return NEAR, bound  # "we ask our members to wear ribbons on Friday"
        if word == "according" and words[i + 1:i + 2] == ["to"]:
            # the source's phrase opens after the told clause: "are sheltering in schools,
            # according to an assessment carried out on Tuesday" dates the assessment,
            # not the sheltering
            break
        if word not in _KNOWN and not word.endswith("ed") and (
                i == 0 or words[i - 1].lower() != "to"):
            if i > 0 and words[i - 1].lower() in _ALREADY and _done_after_already(words, i):
                return BACK, bound  # "a budget already cut by a tenth in June"
            i -= 1  # a noun, a name, a number: nothing to decide on (the common case)
            continue
        after_seen = after_seen or (word == "after" and not bound)
        if word in _CONTACT and (modal := contact_modal(words, i)):
            # "can be reached for comment on Thursday" is offered; "could not be reached
            # for comment on Tuesday" was tried (round en104)
            return (BACK if modal == "could" else AHEAD), bound
        if word == ":" and _next_label(words, i):
            return AHEAD, bound  # "Next snapshot: 2 July", "Next meeting: Tuesday"
        if word in _CLAUSE_OPENERS and i > 1 and words[i - 1] == "," and _verbless(words, i):
            i -= 2  # ", and the rest in July": the clause left its verb to the one before
            continue
        if word in _QUOTES or word in (";", ":") or (
                word in _CLAUSE_OPENERS and i > 0 and words[i - 1] == ","):
            break  # ", and on Sunday they shelled the market": a clause of its own
        if word in _AHEAD and not (word == "next" and (words[i + 1:i + 2] in _BESIDE or (
                words[i + 1:i + 2] != [] and words[i + 1].lower() in _NEXT_PLACES))):
            return _plan_from(words, i), bound
        if word in _NEAR and not _month_may(words, i):
            return _ahead_before(words, i), bound
        if word in _FORECAST and i > 0 and words[i - 1].lower() in _FORECAST_OPENERS:
            return AHEAD, bound  # "Storms are forecast overnight into Sunday"
        if word in _PLANS_PRESENT and words[i + 1:i + 2] and (
                words[i + 1].lower() in _PLAN_OBJECTS):
            return AHEAD, bound  # "The army plans a new offensive in late March"
        if word in _PLANS_PLURAL and _plural_plan(words, i):
            return AHEAD, bound  # (round en105) "Unions plan a national day of action"
        if word == "out" and _running_out(words, i) and (
                not _headline(text, start) or _BARE_MONTH.match(text, start)):
            return AHEAD, bound  # "funding runs out in December"
        if (_timetable(words, i) or (word in _IN_FORCE_NOUNS and _in_force(words, i)) or (
                word in _SCHEDULE_WORDS and schedule_present(words, i, _single_day(text, start)))
                ) and not _headline(text, start):
            # "the mandate expires on March 31": a present is told from the time of writing,
            # so what it sets lies ahead of publication, not of words spoken weeks before
            # ("The governor's term ends in December" in a March report is next December)
            return AHEAD, bound
        if _infinitive(words, i):
            governor = words[i - 2].lower() if i > 1 else ""
            if governor in _ARRANGED:
                return AHEAD, bound  # "is to be held in March"
            if governor in _AHEAD:
                return _plan_from(words, i - 2), bound  # "expected to end by June"
            if governor in _INTENT or bound or word in _BOUND:
                return _ahead_before(words, i - 2), bound
            far = decision_before(words, i - 1)
            if far >= 0 and words[far].lower() in _INTENT:
                # (round en152) "voted last year to end the mandate in December"
                return _ahead_before(words, far), bound
            infinitive = True
            i -= 2  # the verb the infinitive hangs on decides: "moved to retake"
            continue
        if word in _BOUND:
            # ("by" bounds a time only right before it: "by Friday", "by the end of March";
            # "carried out by police in the town on Sunday" names the agent)
            bound = bound or word != "by" or all(
                w.lower() in _BY_TIME or w[:1].isdigit() for w in words[i + 1:])
        elif infinitive and i > 0 and words[i - 1].lower() in _PERFECT and (
                word.endswith("ed") or word in _PAST):
            # a present perfect takes no past day, so the day is the infinitive's, ahead of
            # the act: "have offered to host the talks again on Friday", "has called on both
            # sides to observe a truce from Wednesday"
            return NEAR, bound
        elif word in _ADJOURNING and (bound or moved_end or words[i + 1:i + 2] == ["to"]):
            # "postponed the vote until March", "postponed to May" (not "adjourned on May 3")
            return NEAR, bound
        elif moved_end and (word in _MOVING or (
                tuple(w.lower() for w in words[i:i + 2]) in _MOVING_PARTICLES)):
            # the new end an extension or a delay set lies after the act ("was extended
            # until Friday"; not "the families moved to Kessa in March")
            return NEAR, bound
        elif word in _RELATIONAL and _relational(words, i):
            pass  # (round en238) "a case linked to the militia in January": no act's date
        elif _past_form(words, i):
            return BACK, bound
        elif word in _PRESENT_STATES and bound and not after_seen:
            return AHEAD, bound  # "The mandate runs until 31 December"
        elif word in _PRESENT:
            # "is closed until March" (a bound), "is holding talks on Monday" (a present
            # progressive with its day: an arrangement)
            # ("is recovering after the floods on Sunday": what came after is past)
            progressive = words[i + 1:i + 2] != [] and words[i + 1].lower().endswith("ing")
            if after_seen:
                return BACK, bound
            if word in _COPULAS and i + 2 < len(words) and _event_passive(words, i + 1) and (
                    not _headline(text, start)):
                # a present passive of an event with its date is told from the time of
                # writing, as a timetable is (round 50): "until repairs to the wall are
                # completed in August", "the results are announced on Friday" ("were
                # completed in August" is past)
                return AHEAD, bound
            if word in _COPULAS and [w.lower() for w in words[i + 1:]
                                     if w.lower() not in _DATE_LIST] in ([], ["on"]):
                # an event's day told in the present is its timetable: "The vote is on
                # Tuesday", "the funerals are on Friday" (told past, "was on Tuesday")
                return AHEAD, bound
            if word in _COPULAS and ready_ahead(words, i):
                return AHEAD, bound  # "Spokespeople are available on Friday" (round en101)
            # (a present state up to a bound holds at the time of writing: "The road is
            # closed until March" in a June report ends next March; after a modal it is no
            # present: "would stay in force until March" looks ahead from the words' time)
            if i > 0 and words[i - 1].lower() in _MODALS:
                return (_ahead_before(words, i) if bound or progressive else None), bound
            return (AHEAD if bound or progressive else None), bound
        i -= 1
    return None, bound


_REQUESTS = frozenset(EN.PRESENT_REQUEST_VERBS)
_REQUEST_PARTICLES = {v: frozenset(p.split()) for v, p in EN.PARTICLE_REQUEST_VERBS.items()}
# What may stand before a request verb that is no finite present: a determiner or a
# possessive makes it a noun ("the calls", "his orders"), "to" an infinitive ("decided to
# ask"), a modal or an auxiliary another tense ("would ask", "did not ask").
_NOT_BEFORE_REQUEST = frozenset((*_DETERMINERS, *_MODALS, *EN.REQUEST_NOUN_OR_TENSE_MARKERS))


def _present_request(words: list[str], i: int) -> bool:
    """Whether the request verb at ``i`` is a present with its subject ("we ask", "the union
    calls on"), an infinitive after its object following (round 46)."""
    word = words[i].lower()
    particles = _REQUEST_PARTICLES.get(word)
    if particles is not None and (words[i + 1:i + 2] == [] or (
            words[i + 1].lower() not in particles)):
        return False  # "a call for calm", "the appeal of the talks"
    before = words[i - 1].lower() if i > 0 else ""
    return before not in _NOT_BEFORE_REQUEST and not before[:1].isdigit()


def _event_passive(words: list[str], i: int) -> bool:
    """Whether the word at ``i`` is a participle right after "is" / "are" whose date follows
    it, a preposition at most between: "are completed in August" (not "are displaced
    families", "is closed until March", which the bound decides)."""
    word = words[i].lower()
    if not (word.endswith("ed") or word in _EVENT_PARTICIPLES) or word in _PRESENT_STATES:
        return False
    rest = [w.lower() for w in words[i + 1:]]
    return rest in ([], ["in"], ["on"], ["by"], ["in", "early"], ["in", "late"])


def _timetable(words: list[str], i: int) -> bool:
    """Whether the word at ``i`` is a timetable's present: "expires", "meets", "the
    negotiators meet" (not "did not meet", "due to expire", "could meet")."""
    if words[i].lower() not in _TIMETABLE:
        return False
    before = words[i - 1].lower() if i > 0 else ""
    # (after an article, a possessive or a count it is a noun: "the vote in April", "the
    # envoy's visits in March", "two visits in March")
    return not (before in _TIMETABLE_NOT_AFTER or before in _MODALS or before in _AHEAD
                or before in _DETERMINERS or before in ("'s", "’s") or before in _COUNTS
                or before[:1].isdigit())


def _running_out(words: list[str], i: int) -> bool:
    """Whether "out" at ``i`` closes a present running out right before the date ("funding
    runs out in December"; not "did not run out", "ran out", "to run out")."""
    if i < 1 or words[i - 1].lower() not in _RUNNING_OUT or len(words) - i > 2:
        return False
    before = words[i - 2].lower() if i > 1 else ""
    return not (before in _TIMETABLE_NOT_AFTER or before in _MODALS or before in _AHEAD)


def _in_force(words: list[str], i: int) -> bool:
    """Whether "effect" / "force" at ``i`` ends a present taking effect: "takes effect",
    "comes into force" (not "took effect", "the effect of the strike")."""
    j = i - 2 if i > 1 and words[i - 1].lower() == "into" else i - 1
    return j >= 0 and words[j].lower() in _IN_FORCE_VERBS


def _plan_from(words: list[str], i: int) -> str:
    """AHEAD for a plan word at ``i`` ("scheduled", "due", "will"), unless it is told from a
    past time: after "had" the plan's day may be past as a plain one is ("had planned to
    return in March": BACK), after "was" / "were" it looks ahead from then ("were due to
    start in March": NEAR); "due" after another past verb is a day that came ("fell due",
    "came due": BACK)."""
    back = [w.lower() for w in words[max(0, i - 2):i]]
    if "had" in back:
        return BACK
    if back and back[-1] in ("was", "were"):
        return NEAR
    if words[i].lower() == "due" and back and back[-1] in _PAST:
        return BACK  # "subscriptions fell due on 1 January", "came due": a day that came
    return AHEAD


def _ahead_before(words: list[str], i: int) -> str:
    """NEAR, or AHEAD when a "will" (or "expected", "scheduled") governs the clause from
    before ``i`` with no past verb between: "is expected to end by June", "will stay
    closed until March"."""
    for j in range(i - 1, -1, -1):
        word = words[j].lower()
        if word in _QUOTES or word in (";", ":"):
            break
        if word in _AHEAD:
            return AHEAD
        if _past_form(words, j):
            break
    return NEAR


def _deadline(before: list[str], text: str, end: int) -> str | None:
    """NEAR for a deadline's date, BACK when the words after say it passed, None for a date
    that is no deadline. A deadline is named ("a deadline of March 3", "an ultimatum until
    Sunday") or granted up to a bound ("gave the army until Friday", "had until Sunday to
    leave"): the time granted runs from the act, so the date is ahead of it."""
    low = [w.lower() for w in before[-8:]]
    named = len(low) > 1 and low[-1] in _DEADLINE_LINKS and low[-2] in _DEADLINE_NOUNS
    # "The deadline for the talks is January 15": the deadline is the subject
    named = named or (len(low) > 1 and low[-1] in _DEADLINE_IS
                      and any(w in _DEADLINE_NOUNS for w in low[-6:-1]))
    if named and any(w in _LAPSES for w in low[-5:-2]):
        return BACK  # "missed a deadline of March 3"
    if not named:
        bounds = [j for j in range(len(low) - 1, max(-1, len(low) - 4), -1)
                  if low[j] in _SPAN_BOUNDS]
        if not bounds:
            return None
        b = bounds[0]
        if b > 0 and low[b - 1] == "had":
            # "had until Sunday to leave" (not "had stayed until Sunday"): the infinitive
            # after the date is what the time was granted for
            named = _words_after(text, end)[:1] == ["to"]
        else:
            for j in range(b - 1, max(-1, b - 6), -1):
                if low[j] in _GRANTS:
                    named = True
                    break
                if low[j] in _KNOWN or low[j] in (",", "to") or _past_form(low, j):
                    break  # another verb governs the bound: "was extended until Friday"
    if not named:
        return None
    # (the words after are read only for a deadline: most dates are none)
    lapsed = any(w.lower() in _LAPSES for w in _words_after(text, end)[:4])
    return BACK if lapsed else NEAR


def turned_out(text: str, end: int) -> bool:
    """Whether the clause right after a plan's date tells how the plan turned out ("never
    took place", "went ahead"): the plan is then told from a past frame."""
    head, _, rest = _clause_after(text, end).partition(",")
    if _OUTCOME.search(head):
        return True
    # (or in a contrast after the comma: "expected the convoy in March, but it never came")
    return _CONTRAST.match(rest) is not None and _OUTCOME.search(rest.split(",", 1)[0]) is not None


_CONTRAST = re.compile(rf"[ \t]*(?:{'|'.join(EN.OUTCOME_CONTRASTS)})\b", re.IGNORECASE)


_RELATIONAL = frozenset(EN.RELATIONAL_PARTICIPLES_EN238)
_RELATIONAL_PARTICLES = frozenset(EN.RELATIONAL_PARTICLES_EN238)
_TIMETABLE_SUBJECTS = frozenset(EN.TIMETABLE_SUBJECT_PRONOUNS_EN238)


def _relational(words: list[str], i: int) -> bool:
    """Whether the participle of a relation at ``i`` stands after its noun with its
    particle ("a case linked to", "groups allied with"): a reduced relative, no finite
    verb ("was linked to" and "had tied" are the clause's own)."""
    if not words[i + 1:i + 2] or words[i + 1].lower() not in _RELATIONAL_PARTICLES:
        return False
    before = words[i - 1].lower() if i > 0 else ""
    return before.isalpha() and before not in _PASSIVE and before not in _PERFECT and (
        before not in _PLURAL_PRONOUNS and before not in _TIMETABLE_SUBJECTS)


def _read_forward(words: list[str]) -> str | None:
    for i, word in enumerate(words):
        low = word.lower()
        if 0 < i < 4 and low in _TIMETABLE and _timetable(words, i) and (
                words[i - 1].lower() in _TIMETABLE_SUBJECTS or words[i - 1][:1].isupper()):
            # (round en238) a day's trip told in the present after it is a plan: "On Monday
            # he flies to Goma again", "On Friday Ms Obi travels to Accra"
            return AHEAD
        if low in _PRESENT:
            # "Talks on Monday are expected to focus on prisoners": the plan is the verb
            return AHEAD if words[i + 1:i + 2] and words[i + 1].lower() in _AHEAD else None
        if low in _QUOTES or low in (";", ":"):
            return None
        if low in _AHEAD and not (low == "next" and words[i + 1:i + 2] and (
                words[i + 1].lower() in _NEXT_UNITS)):
            return AHEAD  # (not "returns next month": a date of its own)
        if low in _NEAR and not _month_may(words, i):
            return NEAR
        if (low in _PAST or low.endswith("ed")) and _past_form(words, i):
            return BACK
    return None


# (round en89) the possessive may close a part of the day after the weekday: "Tuesday
# night's attack" dates the attack as "Tuesday's attack" does
_POSSESSIVE_OR_WHEN = re.compile(
    rf"(?:\s+(?:{alt(EN.DAY_PARTS)}))?['’]s\b|,?\s+when\b", re.IGNORECASE)
_DAY_PARTS = frozenset(EN.DAY_PARTS)


def _words_after(text: str, end: int) -> list[str]:
    after = _TOKEN.findall(_clause_after(text, end))
    return after[1:] if after[:1] == [","] else after


def direction(text: str, start: int, end: int) -> str | None:
    """AHEAD, NEAR, BACK or None for the date at ``text[start:end]`` (see the module)."""
    before = _TOKEN.findall(_clause_before(text, start))
    if before and before[-1].lower() in _BACK:
        return BACK
    if before and before[-1].lower() in _HEADLINE_EVENT_LAST and _headline(text, start) and (
            headline_event_ahead(before, _words_after(text, end))):
        return AHEAD  # "Council allows Saturday rally" (round en129)
    if len(before) > 1 and before[-1].lower() in _ACT_PREPOSITIONS and (
            before[-2].lower() in _DONE_ACTS):
        return BACK  # "the attack in March" dates the attack
    # (the words after are read only when a look at the next characters says they may
    # matter: most dates are decided by the words before)
    if _POSSESSIVE_OR_WHEN.match(text, end):
        after = _words_after(text, end)
        if len(after) > 2 and after[0].lower() in _DAY_PARTS and after[1] in ("'s", "’s"):
            after = after[1:]  # "Tuesday night's attack": the part of the day is the date's
        if len(after) > 1 and after[0] in ("'s", "’s") and after[1].lower() in _DONE_ACTS:
            return BACK  # "will investigate Friday's attack": the attack dates the day
        if after and after[0].lower() in _WHEN and _read_forward(after[1:]) == BACK:
            return BACK  # "the day in March when his son died": the clause after dates it
    if _earlier_value(before):
        return BACK  # "0.7 percent, against 0.05 percent before November"
    deadline = _deadline(before, text, end)
    if deadline is not None:
        return deadline
    if promised_by(before) and not turned_out(text, end):
        return NEAR  # (round en236) "had been promised before the end of the session in April"
    way = _bound_on_act(before)
    if way is None and set_event_ahead(before) and not (
            told_past_after(_words_after(text, end))):
        # "allowed a march on Saturday" (round en129; "..., which turned violent" is past)
        way, bound = NEAR, False
    elif way is None:
        way, bound = _read_back(before, text, start)
    else:
        bound = True
        if any(w.lower() in _STATE_ENDINGS for w in _words_after(text, end)[:8]):
            return BACK  # "closed the road until Tuesday, when it reopened"
    if way == AHEAD and any(w.lower() in _SCHEDULE_WORDS or w.lower() in _TIMETABLE
                            for w in before[-_SCHEDULE_REACH:]) and (
            told_past_after(_words_after(text, end))):
        # a timetable's present in a past story (round en152): "The convoy leaves on
        # Tuesday, but it was stopped at the first checkpoint"
        return BACK
    if way in (AHEAD, NEAR) and turned_out(text, end):
        return BACK  # "Talks that were due to start in March never took place"
    if way == BACK and _conditioned_participle(before, text, end):
        return AHEAD  # "Claims received after 15 July will not be entertained"
    if way is not None:
        return way
    # (after a date that closes its clause's words, the words after a comma are another
    # clause's, often the attribution: "Flights resume on Monday, the airline said", "have
    # agreed to a truce from Wednesday to Sunday to let aid in, mediators said"; a date
    # that opens its clause, "By March, 3,000 people had fled", takes its verb there)
    if not _fronted(before) and "," in (after := _TOKEN.findall(_clause_after(text, end))):
        after = after[:after.index(",")]
    else:
        after = _words_after(text, end)
    way = _read_forward(after)
    if way is not None:
        return way
    if bound:
        return NEAR
    if _bare_infinitive(before) and _headline(text, start):
        return AHEAD  # "UN team to visit east in March": a headline's "to" is its "will"
    return None


_EARLIER_MARKERS = frozenset(tuple(p.split()) for p in EN.EARLIER_VALUE_MARKERS)
_EARLIER_TIMES = frozenset(EN.EARLIER_VALUE_TIMES)
# How many words the earlier value may take between its marker and its time: "against
# 0.05 percent of the hull value before November".
_EARLIER_REACH = 8


def _earlier_value(before: list[str]) -> bool:
    """Does the date close an earlier value set against the clause's own: "will be quoted
    at 0.7 percent, against 0.05 percent before November", "up from $3 in March"? The
    value is a number right after the marker; its time lies behind whatever the tense of
    the clause (a comparison looks back to what was)."""
    if len(before) < 3 or before[-1].lower() not in _EARLIER_TIMES:
        return False
    for j in range(len(before) - 2, max(0, len(before) - 2 - _EARLIER_REACH), -1):
        if not before[j][0].isdigit():
            continue
        words = [w.lower() for w in before[max(0, j - 2):j]]
        if tuple(words[-1:]) in _EARLIER_MARKERS or tuple(words) in _EARLIER_MARKERS:
            return True
    return False


_STATE_ACTS = frozenset(EN.STATE_SETTING_ACTS)
_STATE_BOUNDS = frozenset(EN.STATE_BOUNDS)
_KEEPING = frozenset(EN.STATE_KEEPING_VERBS)
_STATE_ENDINGS = frozenset(EN.STATE_ENDINGS)
_STATE_PARTICIPLES = frozenset(EN.STATE_PARTICIPLES)
# What makes an act's form no finite past or perfect: a passive ("was closed until Sunday"
# is a state told in the past), a modal (the clause reader reads it), an article. A
# present perfect is the act's ("has ordered all shops closed until Friday").
_NOT_FINITE_ACT = frozenset((*_PASSIVE, *_MODALS, *_DETERMINERS, *EN.DO_FORMS_AND_POSSESSIVE_S))
# How many words before the bound an act's object may take: "imposed a curfew on the old
# city and its markets until Friday".
_ACT_REACH = 10


def _bound_on_act(before: list[str]) -> str | None:
    """NEAR for a date right after "until", "till" or "through" that ends a state a past act
    set: "Police closed the border until Sunday", "said they had closed all roads until
    Tuesday", "ordered schools shut through Wednesday" (the state runs from the act, so
    the date lies ahead of it, as a deadline's does); a keeping verb's modal decides over
    its object and participle ("would keep all roads closed until Tuesday"). None when
    another verb governs the bound ("stayed until Sunday", "kept the roads closed until
    Tuesday", "was closed until Sunday"): the clause reader decides."""
    if len(before) < 3 or before[-1].lower() not in _STATE_BOUNDS:
        return None
    complement = False
    last = len(before) - 2
    for j in range(last, max(-1, last - _ACT_REACH), -1):
        word = before[j].lower()
        if word in _QUOTES or word in (",", ";", ":"):
            return None
        if j == last and (word in _STATE_ACTS or word in _STATE_PARTICIPLES):
            complement = True  # "keep the roads closed until", "ordered the men held until"
            continue
        if word in _STATE_ACTS:
            opener = before[j - 1].lower() if j > 0 else ""
            return None if opener in _NOT_FINITE_ACT else NEAR
        if complement and word in _KEEPING and j > 0:
            opener = before[j - 1].lower()
            if opener in _MODALS or opener in _AHEAD:
                return _ahead_before(before, j)
            governor = before[j - 2].lower() if j > 1 else ""
            if opener == "to" and (governor in _INTENT or governor in _AHEAD):
                # "plans to keep the camp sealed until" (not "was forced to keep ...")
                return _ahead_before(before, j - 1)
            return None
        if word in ("and", "or"):
            continue  # "closed schools and markets until Monday"
        if word in _KNOWN or (word.endswith("ed") and _past_form(before, j)):
            return None  # another verb governs the bound
    return None


def sets_state_until(text: str, start: int) -> bool:
    """Whether the date at ``start`` ends a state a past act set (``_bound_on_act``): a
    pluperfect there is reported words' past, no plan told from a past time."""
    return _bound_on_act(_TOKEN.findall(_clause_before(text, start))) is not None


_WEEKDAY_NUMBERS = {name[:3]: n for name, n in EN.WEEKDAYS.items()}
_BOUND_BEFORE_DAY = re.compile(r"\b(?i:until|till|through|thru)[ \t]+$")


def weekday_after_act_day(text: str, previous: dict[str, object], start: int, name: str,
                          value: str) -> str:
    """The day of a weekday ``name`` at ``start`` (read alone as ``value``) that ends a state
    a past act set, when the act's day stands before it in its clause ("imposed a curfew
    on Friday until Sunday", "On Friday, authorities closed the road until Monday", "said
    on Sunday they had closed the road until Tuesday"): the first such weekday after that
    day (``previous``, the date before it), not after publication."""
    if not _BOUND_BEFORE_DAY.search(text, max(0, start - 8), start) or (
            previous.get("precision") != "day" or not previous["value"]):
        return value
    # (in the same sentence: a day named before the act, after a comma too, is the day
    # the act came on or after: "After the attack on Friday, police closed the road until
    # Monday" is the Monday after that Friday)
    if any(stop in text[int(previous["end"]):start]  # type: ignore[call-overload]
           for stop in _CLAUSE_STOPS) or not sets_state_until(text, start):
        return value
    act = date.fromisoformat(str(previous["value"]))
    after = act + timedelta(days=(_WEEKDAY_NUMBERS[name[:3].lower()] - act.weekday()) % 7 or 7)
    # (a day far from the one read alone is no act's of this week: "The army, which seized
    # the town on 3 January 2024, closed the road until Monday")
    return after.isoformat() if abs((after - date.fromisoformat(value)).days) <= 7 else value


_FRONTING = frozenset(EN.FRONTING_WORDS)
_CONDITION_BOUNDS = frozenset(EN.CONDITION_BOUNDS)
_RULING_MODALS = frozenset(EN.RULING_MODALS)
_RELATIVES = frozenset(EN.RELATIVE_PRONOUNS)


def _conditioned_participle(before: list[str], text: str, end: int) -> bool:
    """Whether an -ed form right before a bound and the date is a participle after its noun
    whose clause's verb, right after the date, is a rule's future: "Claims received after
    15 July will not be entertained", "Entries submitted before 1 May shall not count" (a
    notice's condition, ahead; "Troops deployed in March will stay" keeps its March)."""
    if len(before) < 3 or before[-1].lower() not in _CONDITION_BOUNDS or not (
            before[-2].islower() and before[-2].endswith("ed")) or before[-3].lower() in (
                _PASSIVE) or before[-3].lower() in _RELATIVES or not before[-3].isalpha():
        # ("The families who arrived after 15 July will be moved": a finite past)
        return False
    after = _TOKEN.findall(_clause_after(text, end))
    return bool(after) and after[0].lower() in _RULING_MODALS


def _fronted(before: list[str]) -> bool:
    """Whether the date stands in a phrase that opens its clause (after the clause's start
    or a comma): "By March, ...", "On the eve of Sunday's vote, gunmen killed ...", "Early
    on Monday, ..." (the clause's verb comes after the date)."""
    tail = before[len(before) - before[::-1].index(","):] if "," in before else before
    return not tail or tail[0].lower() in _FRONTING


def _bare_infinitive(words: list[str]) -> bool:
    """Whether the words hold "to" and a bare verb, in the headline's case: "to visit",
    "TO VISIT", "To Visit" (not "to Kessa" in a headline set in sentence case, not a
    plural noun "to hills", not the "to" of a move: "withdraw to the border")."""
    for j in range(len(words) - 1, 0, -1):
        to, word = words[j - 1], words[j]
        if to.lower() == "to" and word.isalpha() and (
                word.islower() or (to.isupper() and word.isupper())
                or (to.istitle() and word.istitle())) and (
                word.lower() not in _NOT_VERBS and not word.lower().endswith(("ed", "ing"))):
            lowered = word.lower()
            if lowered.endswith("s") and not lowered.endswith(("ss", "us")):
                continue  # "to hills", "to camps": a bare verb has no plural -s
            if j < 2 or words[j - 2].lower() not in _MOVES_BEFORE_TO:
                return True
    return False


_HEADLINE_MAX = 300  # characters on each side of a date: no headline is longer


def _headline(text: str, start: int) -> bool:
    """Whether the date at ``start`` stands in a headline: a line that neither ends in a
    stop nor holds one. A line longer than any headline is none, found without reading it
    (a text with no line breaks and no stops was read whole at each date)."""
    begin = text.rfind("\n", max(0, start - _HEADLINE_MAX), start)
    if begin < 0 and start > _HEADLINE_MAX:
        return False
    end = text.find("\n", start, start + _HEADLINE_MAX)
    if end < 0 and len(text) > start + _HEADLINE_MAX:
        return False
    line = text[begin + 1:end if end >= 0 else len(text)].rstrip()
    return not line.endswith((".", "!", "?", '"', "”", ":")) and not any(
        stop in line for stop in (". ", "? ", "! "))
