"""Names that hold a date word, and recurrences: no dates (issue 11).

A weekday or a month inside a name names a paper, a group, a person or a place, not a
time: "the Mail on Sunday", "Bloody Sunday", "the April 6 Youth Movement", "Analyst
Maria April said", "Tuesday Market", "THREE KILLED DURING MARCH ON PARLIAMENT", "the
Today programme", a wire credit's "Reporting by April Mendez; editing by June Park". A
recurrence ("every Tuesday", "on Fridays") names no one day a value could hold. Each
rule reads a class of names, and its twins stay dates ("on Sunday", "The March 14 vote",
"in March on the border"); dates.py asks these after it has matched a weekday, a lone
month, a day and month or a relative day. Word lists: ``lang/en.py``, the block "names
that hold date words"; the grid: ``tests/core/extract/test_extract_date_names.py``.
"""

from __future__ import annotations

import re

from .lang import en as EN
from .lang.build import alt

# Words before a lone month (or a name's month) that make it a date: "in April", "By June".
OPENS_A_DATE = frozenset((*EN.MONTH_CONTEXT, *EN.DAY_PREPOSITIONS, *EN.MONTH_PREPOSITIONS))
_MONTH_NAMES = frozenset(EN.MONTH_GIVEN_NAMES)

# The words a person's name stands before in running text: a comma or a bracket (an
# apposition), a verb of saying, "who" ("Analyst Maria April said", "June Okafor, a
# nurse, said"); a month before a noun is the month ("the Kessa April attack").
_NAME_FOLLOWERS = frozenset((*EN.REPORTING_VERBS, *EN.PERSON_RELATIVES))
_NAME_THEN = re.compile(r"[ \t]*(?:([,(])|([a-z]+)\b)")
# A capitalised word (not in capitals: "the OCHA April report"; not a possessive:
# "Kessa's April offensive") right before a month or a relative day.
_TITLE_WORD_BEFORE = re.compile(r"(?<![\w'’.-])([A-Z][a-z]+)[ \t]+$")
# ... or one in capitals before a programme's or a paper's day: "USA Today reported".
_NAME_WORD_BEFORE = re.compile(r"(?<![\w'’.-])([A-Z][A-Za-z]+)[ \t]+$")
_SURNAME_AFTER = re.compile(r"[ \t]+[A-Z][a-z'’-]+(?=[ \t]*[,(]|[ \t]+[a-z])")
_NOT_A_NAME_BEFORE = frozenset((*OPENS_A_DATE, *EN.FUNCTION_WORDS, *EN.DETERMINERS_BEFORE_NOUNS,
                                *EN.RECURRENCE_WORDS, *EN.WEEKDAYS, *EN.MONTHS))
_SENTENCE_START = re.compile(r"(?:^|[.!?][\"”’']?[ \t]+|\n[ \t]*|[\"“(][ \t]*)$")
_MODIFIERS = frozenset(EN.DATE_NAME_MODIFIERS)
_RECURRENCE_BEFORE = re.compile(
    rf"\b(?i:{alt(EN.RECURRENCE_WORDS)})[ \t]+(?i:(?:{alt(EN.RECURRENCE_ORDINALS)})[ \t]+)?"
    rf"(?:(?i:{alt(EN.WEEKDAYS)}|{alt(EN.MONTHS)})s?[ \t]*(?:,|(?i:and|or))[ \t]+)*$")
_RECURRENCE_FOLLOWERS = frozenset(EN.RECURRENCE_FOLLOWERS)
# A weekday excepted from every day (round 58): "open daily except Thursday", "every day
# but Friday"; or one of any week, after "on a" or "any": "On a Friday night the rooms are
# full" ("at a Tuesday news conference" is one day: no "on" before the article).
_EXCEPTED_DAY_BEFORE = re.compile(
    rf"\b(?i:{alt(EN.EVERY_DAY_WORDS)})[ \t]+(?i:{alt(EN.EXCEPTING_WORDS)})[ \t]+"
    r"(?:(?i:on)[ \t]+)?$")
_ANY_DAY_BEFORE = re.compile(r"(?:\b(?i:on)[ \t]+(?i:a)|\b(?i:any))[ \t]+$")
# A plural weekday after another and "and", "or" or a comma: the list is a recurrence
# whatever follows ("on Mondays and Thursdays patrols cross"), not a lost apostrophe.
_PLURAL_DAY_LIST_BEFORE = re.compile(
    rf"\b(?i:{alt(EN.WEEKDAYS)})s[ \t]*(?:,[ \t]*(?i:and|or)?|(?i:and|or))[ \t]+$")
_WEEKLY_PAPER_BEFORE = re.compile(
    rf"(?:\b(?i:the)[ \t]+|(?:^|\n)[ \t]*)(?:{alt(EN.WEEKLY_PAPER_NOUNS)}"
    rf"|{alt(str(w).upper() for w in EN.WEEKLY_PAPER_NOUNS)})[ \t]+(?:on|On|ON)[ \t]+$")
# The first word of each paper's name as the pattern above writes it (as written or in
# capitals, no case folding): a window without one is not searched ("on Sunday" is common,
# "the Mail on Sunday" rare).
_PAPER_WORDS = tuple(w for n in EN.WEEKLY_PAPER_NOUNS for w in (n.split()[0],
                                                                 n.split()[0].upper()))
_PLACE_AFTER = re.compile(rf"[ \t]+(?i:{alt(EN.WEEKDAY_PLACE_NOUNS)})\b")
# (capitalised as a name's noun is, or in capitals: "August Town", "MAY SQUARE")
_MONTH_PLACE_AFTER = re.compile(
    rf"[ \t]+(?:{alt(str(w).capitalize() for w in EN.MONTH_PLACE_NOUNS)}"
    rf"|{alt(str(w).upper() for w in EN.MONTH_PLACE_NOUNS)})\b")
# (a preposition of time only: "at Tuesday Market", "from the Sunday school" are places;
# and a verb of saying, after which wire copy sets the day bare: "said Tuesday schools
# would reopen")
_TIME_PREPOSITION_BEFORE = re.compile(
    rf"\b(?i:on|since|until|till|by|{alt(EN.REPORTING_VERBS)})[ \t]+$")
_GROUP_AFTER = re.compile(
    rf"(?:[ \t]+[A-Z][a-z]+)?[ \t]+(?i:{alt(EN.DATE_NAMED_GROUPS)})\b")
# (a group's name takes "the" or opens a headline: "On March 14 forces attacked" is a day)
_NAME_OPENS_BEFORE = re.compile(r"(?:\b[Tt]he[ \t]+|(?:^|\n)[ \t]*)$")
_PROGRAMME_NOUN_AFTER = re.compile(rf"[ \t]+(?i:{alt(EN.PROGRAMME_NOUNS)})\b")
# A group named by its weekday, its noun capitalised as a name's is: "the Monday Group",
# "The Friday Movement" ("the Monday group meeting", "the Sunday vote" are days).
_WEEKDAY_GROUP_AFTER = re.compile(
    rf"[ \t]+(?:{alt(str(w).capitalize() for w in EN.DATE_NAMED_GROUPS)}"
    rf"|{alt(str(w).upper() for w in EN.DATE_NAMED_GROUPS)})\b")
# A person after a participle of judgement and "by": "criticised by May".
_AGENT_BEFORE = re.compile(rf"\b(?:{alt(EN.AGENT_VERBS)})[ \t]+by[ \t]+$")
# ... unless another month is coordinated with it, itself no name (no surname after it):
# "welcomed by May and June" names two months, "by May and June Okafor" two people.
_MONTH_COORDINATED_AFTER = re.compile(
    rf"[ \t]*(?:,[ \t]*)?(?:and|or|,)[ \t]+(?:{alt(str(w).capitalize() for w in EN.MONTHS)})\b"
    r"(?![ \t]+[A-Z][a-z])")
# The agent's "by" and the names before a month further on: "praised by May and June
# Okafor", "welcomed by Ann Lee and April Mendez".
_AGENT_BY = re.compile(rf"\b(?:{alt(EN.AGENT_VERBS)})[ \t]+by[ \t]+")
_BROADCASTER_BEFORE = re.compile(rf"(?<![\w'’.-])(?:{alt(EN.BROADCASTERS)})[ \t]+$")
# (in running text the programme's name stands before a word in lower case or a comma;
# in a title-case headline every word is capitalised and "Today" is the day)
_RUNNING_TEXT_AFTER = re.compile(r"[ \t]*,|[ \t]+[a-z]")
_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z][\w'’-]*")
_BYLINE_JOINERS = frozenset(EN.BYLINE_JOINERS)
_PERSON_ROLES = frozenset((*EN.TITLES, *EN.PERSON_WORDS, *EN.ROLE_HEADS))
_MOVING_MONTHS = frozenset(EN.MOVING_MONTHS)
# A credit line's verb and "by", in any case: "Reporting by", "additional reporting by",
# "EDITING BY", "Compiled by".
# A picture's credit names its maker after the picture's noun and "by", a colon, a slash,
# a bar or a dash, or with nothing between: "Photographs by April Mendez", "Photo: June
# Park/Northgate", "(Picture April Mendez)".
_CREDIT_BY = re.compile(
    rf"\b(?:(?i:{alt(EN.CREDIT_VERBS)})[ \t]+(?i:by)"
    rf"|(?i:{alt(EN.CREDIT_NOUNS)})(?:[ \t]+(?i:credits?))?"
    r"(?:[ \t]+(?i:by)|[ \t]*[:/|][ \t]*|[ \t]+[-–—]|(?=[ \t])))[ \t]*")
# (a surname in capitals too: "REPORTING BY APRIL MENDEZ", the month read capitalised)
_CREDIT_SURNAME_AFTER = re.compile(r"[ \t]+[A-Z][A-Za-z'’-]+")
# What may stand between the credit's "by" and a later name: names, commas, "&" and the
# joiners ("by Ann Lee, Tom Park and June Okafor in Kessa").
_CREDIT_NOUN_STEMS = tuple(sorted({str(w)[:4] for w in EN.CREDIT_NOUNS}))
_CREDIT_OPENERS = ("(", "[", ";", ",", ".", ":", "-", "–", "—")
_CREDIT_NAMES = re.compile(r"(?:[ \t,&]|[A-Z][\w'’.-]*|[a-z]+\b)*")
# (in the headline's case: "March On", "MARCH ON"; "in March on the border" is the month)
_MARCH_DIRECTION_AFTER = re.compile(
    rf"[ \t]+(?:{alt(str(w).capitalize() for w in EN.MARCH_DIRECTIONS)}"
    rf"|{alt(str(w).upper() for w in EN.MARCH_DIRECTIONS)})\b")


def _named_by_modifier(text: str, start: int) -> bool:
    """"Bloody Sunday", "Black September": a capitalised name word right before the day,
    after a space, a bracket or a quote."""
    if start < 2 or text[start - 1] != " ":
        return False
    word = text[max(text.rfind(" ", max(0, start - 12), start - 1) + 1, 0):start - 1]
    return word.lstrip("(\"“'‘") in _MODIFIERS


def _name_follows(text: str, end: int, comma: bool = True) -> bool:
    """Whether a person's name may end at ``end``: a comma or a bracket next (when
    ``comma``), or a verb of saying or "who"."""
    nxt = _NAME_THEN.match(text, end)
    if nxt is None:
        return False
    return (comma and nxt.group(1) is not None) or nxt.group(2) in _NAME_FOLLOWERS


def recurring(text: str, m: re.Match[str]) -> bool:
    """Whether the weekday or lone month at ``m`` recurs: "every Tuesday", "on Fridays",
    "every April", "open from 8 am to 6 pm, Monday to Saturday". It is a date with no one
    day (no value): the corpus rules annotate every expression holding a weekday or a
    month name, and the value they give a day that cannot be told is none."""
    return _recurrence(text, m) or bool(m.group("wd") and _week_hours(text, m))


def _recurrence(text: str, m: re.Match[str]) -> bool:
    """"every Tuesday", "each Monday", "every Tuesday and Thursday", "every April", and a
    plural weekday before a stop or a function word ("on Fridays in the square")."""
    window = text[max(0, m.start() - 60):m.start()].lower()
    # (a substring test first: the pattern, searched at every position of the window, cost
    # more than the rest of these rules together)
    if ("every" in window or "each" in window) and _RECURRENCE_BEFORE.search(window):
        return True
    if window.endswith(("a ", "y ")) and _ANY_DAY_BEFORE.search(window):
        return True  # "on a Friday night", "any Monday"
    if ("daily" in window or "day" in window or "week" in window) and (
            _EXCEPTED_DAY_BEFORE.search(window)):
        return True  # "open daily except Thursday"
    if not m.group("wd") or text[m.end() - 1:m.end()] != "s" or m.group("wd").endswith("s"):
        return False
    nxt = _NAME_THEN.match(text, m.end())
    if nxt is None or nxt.group(1) is not None or nxt.group(2) in _RECURRENCE_FOLLOWERS:
        return True
    return "days" in window and bool(_PLURAL_DAY_LIST_BEFORE.search(text, max(0, m.start() - 24),
                                                                m.start()))


_WEEKDAY_ALT = alt(EN.WEEKDAYS)
_SPAN_JOIN = alt(EN.WEEKDAY_SPAN_JOINERS)
_JOINER_HINTS = (" to ", " TO ", "thr", "THR", "till", "until", "-", "–")
_DAY_SPAN_AFTER = re.compile(rf"[ \t]*(?:{_SPAN_JOIN})[ \t]*(?i:{_WEEKDAY_ALT})\b")
_DAY_SPAN_BEFORE = re.compile(rf"\b(?i:{_WEEKDAY_ALT})[ \t]*(?:{_SPAN_JOIN})[ \t]*$")
_CLOCK = rf"\d{{1,2}}(?:[:.]\d{{2}})?[ \t]*(?i:{alt(EN.CLOCK_SUFFIXES)})"
# (a span of clock times right before the days, "8 am to 6 pm, ", or right after them)
_HOURS_BEFORE = re.compile(rf"{_CLOCK}[ \t]*,?[ \t]*$")
_HOURS_AFTER = re.compile(rf"[ \t]*,?[ \t]*(?:(?i:from)[ \t]+)?{_CLOCK}?[ \t]*"
                          rf"(?:{_SPAN_JOIN})[ \t]*{_CLOCK}")


def _week_hours(text: str, m: re.Match[str]) -> bool:
    """"Monday to Saturday" beside a span of clock times: the hours of every week."""
    start, end = m.start(), m.end()
    near = text[max(0, start - 16):end + 12]
    if not any(map(near.__contains__, _JOINER_HINTS)):
        return False  # (a substring test first: most weekdays stand alone)
    if (after := _DAY_SPAN_AFTER.match(text, end)) is not None:
        first, last = start, after.end()
    elif (before := _DAY_SPAN_BEFORE.search(text, max(0, start - 16), start)) is not None:
        first, last = before.start(), end
    else:
        return False
    return bool(_HOURS_BEFORE.search(text, max(0, first - 24), first)
                or _HOURS_AFTER.match(text, last))


def named_day(text: str, m: re.Match[str]) -> bool:
    """Whether the weekday at ``m`` is part of a name: "Bloody Sunday", "the Mail on
    Sunday", "Tuesday Market", "the Sunday school" (a recurrence is :func:`recurring`'s)."""
    start = m.start()
    if _named_by_modifier(text, start):
        return True
    if text[max(0, start - 5):start].rstrip(" \t").endswith(("on", "On", "ON")) and any(
            map(text[max(0, start - 24):start].__contains__, _PAPER_WORDS)) and (
            _WEEKLY_PAPER_BEFORE.search(text, max(0, start - 24), start)):
        return True
    if _WEEKDAY_GROUP_AFTER.match(text, m.end()) and (
            _NAME_OPENS_BEFORE.search(text, max(0, start - 6), start)):
        return True  # "The Monday Group claimed the attack"
    if _weekday_given_name(text, m) or credit_line(text, start, m.end()):
        return True
    return bool(_PLACE_AFTER.match(text, m.end())) and not (
        _TIME_PREPOSITION_BEFORE.search(text, max(0, start - 8), start))


def _weekday_given_name(text: str, m: re.Match[str]) -> bool:
    """A weekday as a given name before a capitalised surname: after a capitalised title
    or word for a person, before a comma, a verb of saying or "who" ("Witness Sunday Okoro
    said"; a place before the day is wire copy's "struck Gaza Sunday Hamas said"); or
    opening a sentence, before an apposition's comma or bracket or "who"
    ("Sunday Okoro, a farmer, said"). After a preposition or a verb of saying the day
    stays a day ("On Sunday Okoro was arrested", "Police said Sunday Okoro was held"), and
    so does "Sunday Okoro said" opening a sentence (a day set bare before its subject)."""
    surname = _SURNAME_AFTER.match(text, m.end())
    if surname is None:
        return False
    before = _TITLE_WORD_BEFORE.search(text, max(0, m.start() - 24), m.start())
    if before is not None:
        return before.group(1).lower() in _PERSON_ROLES and _name_follows(text, surname.end())
    if not _SENTENCE_START.search(text, max(0, m.start() - 4), m.start()):
        return False
    nxt = _NAME_THEN.match(text, surname.end())
    return nxt is not None and (nxt.group(1) is not None or nxt.group(2) in ("who", "whose"))


def named_month(text: str, m: re.Match[str]) -> bool:
    """Whether the lone month at ``m`` is a name's: "Black September", a march ("DURING
    MARCH ON PARLIAMENT"), a surname ("Analyst Maria April said"), a place ("August
    Town"); a recurrence ("every April") is :func:`recurring`'s."""
    name = m.group("m7")
    if _named_by_modifier(text, m.start()):
        return True
    if name.lower() in _MOVING_MONTHS and _MARCH_DIRECTION_AFTER.match(text, m.end()):
        return True
    if name == "May" and _AGENT_BEFORE.search(text, max(0, m.start() - 24), m.start()) and (
            not _MONTH_COORDINATED_AFTER.match(text, m.end())):
        return True  # "criticised by May": Theresa May, the agent
    if credit_line(text, m.start(), m.end()) or _agent_name(text, m.start(), m.end()):
        return True  # "Reporting by April Mendez; editing by June Park"
    if _MONTH_PLACE_AFTER.match(text, m.end()) and not _TIME_PREPOSITION_BEFORE.search(
            text, max(0, m.start() - 8), m.start()):
        return True  # "August Town", a district's name
    return name in _MONTH_NAMES and _surname(text, m)


def _surname(text: str, m: re.Match[str]) -> bool:
    """A month after a capitalised word that opens no date, before a comma or a verb of
    saying: "Analyst Maria April said", "Detective Sam August, who ..."."""
    before = _TITLE_WORD_BEFORE.search(text, max(0, m.start() - 24), m.start())
    if before is None or before.group(1).lower() in _NOT_A_NAME_BEFORE or (
            before.group(1).endswith("ly")):
        return False
    return _name_follows(text, m.end())


def sentence_given_name(text: str, m: re.Match[str]) -> bool:
    """A month opening a sentence before a capitalised surname, then a comma or a verb of
    saying: "April Mendez, the UN envoy, said", "June Okafor said" ("April Saw Heavy
    Fighting", a title-case headline, stays the month)."""
    if not _SENTENCE_START.search(text, max(0, m.start() - 4), m.start()):
        return False
    surname = _SURNAME_AFTER.match(text, m.end())
    return surname is not None and _name_follows(text, surname.end())


def programme(text: str, m: re.Match[str]) -> bool:
    """A capitalised relative day in a programme's or a paper's name: "the Today
    programme", "the Tonight show", or after a capitalised word that opens no date and
    before a verb of saying: "Africa Tonight reported", "USA Today said" (a date set with
    a capital mid-sentence is a title-case headline's, whose next word is capitalised
    too)."""
    word = m.group("rday")
    if word.islower():
        return False
    if _PROGRAMME_NOUN_AFTER.match(text, m.end()):
        return True
    if not word.istitle():
        return False
    if _BROADCASTER_BEFORE.search(text, max(0, m.start() - 8), m.start()) and (
            _RUNNING_TEXT_AFTER.match(text, m.end())):
        return True  # "He told BBC Today the road was open"
    before = _NAME_WORD_BEFORE.search(text, max(0, m.start() - 24), m.start())
    return before is not None and before.group(1).lower() not in _NOT_A_NAME_BEFORE and (
        _name_follows(text, m.end(), comma=False))


def dated_group(text: str, start: int, end: int) -> bool:
    """Whether the day and month at ``text[start:end]`` name a group: "the April 6 Youth
    Movement", "the March 14 alliance" (not "On March 14 forces attacked")."""
    return bool(_GROUP_AFTER.match(text, end)) and bool(
        _NAME_OPENS_BEFORE.search(text, max(0, start - 6), start))


def byline(text: str, start: int) -> bool:
    """Whether the month at ``start`` opens a byline's name: only "By" before it on its
    line, and after it no word in lower case but a joiner ("By April Mendez and Sam Lee
    in Kessa"); "By June Kessa had lost half its people" is a sentence, its month a
    deadline. (A writer's "By April Mendez" was a month in every report of theirs.)"""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip() not in ("By", "BY"):
        return False
    line_end = text.find("\n", start)
    rest = text[start:line_end if line_end >= 0 else len(text)]
    return all(w.group(0) in _BYLINE_JOINERS for w in _LOWER_WORD.finditer(rest))


def credit_line(text: str, start: int, end: int) -> bool:
    """Whether the month or weekday at ``text[start:end]`` is a given name in a credit
    line: a surname after it, and before it on its line a credit's verb and "by" (opening
    the line, a bracket or a clause) with only names and joiners between ("Reporting by
    Sunday Okoro in Lagos; additional reporting by May Lin", "Produced by Ann Lee and
    April Mendez"). "edited by the desk on Monday", "compiled by June, officials said"
    keep their dates."""
    if not _CREDIT_SURNAME_AFTER.match(text, end):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    window = max(line_start, start - 160)
    # (a substring test first: most weekdays and months have no credit word before them)
    near = text[window:start].lower()
    if "by" not in near and not any(noun in near for noun in _CREDIT_NOUN_STEMS):
        return False
    credits = list(_CREDIT_BY.finditer(text, window, start))
    if not credits:
        return False
    last = credits[-1]
    # (the credit opens its line, a bracket or a clause, or follows "additional": in
    # running text "figures produced by August Kessa officials said" is a deadline)
    opening = text[max(line_start, last.start() - 16):last.start()].rstrip(" \t")
    if opening and not opening.endswith(_CREDIT_OPENERS) and not (
            opening.lower().endswith("additional")):
        return False
    between = _CREDIT_NAMES.match(text, last.end(), start)
    return between is not None and between.end() == start and all(
        w.group(0) in _BYLINE_JOINERS for w in _LOWER_WORD.finditer(text, last.end(), start))


def _agent_name(text: str, start: int, end: int) -> bool:
    """Whether the month at ``text[start:end]`` is a given name in an agent's phrase: a
    surname after it, and before it a participle of judgement and "by" with only names and
    joiners between ("welcomed by April Mendez", "praised by May and June Okafor").
    "welcomed by June, officials said" keeps its date."""
    if not _CREDIT_SURNAME_AFTER.match(text, end) or "by" not in text[max(0, start - 60):start]:
        return False
    agents = list(_AGENT_BY.finditer(text, max(0, start - 60), start))
    if not agents:
        return False
    last = agents[-1]
    between = _CREDIT_NAMES.match(text, last.end(), start)
    return between is not None and between.end() == start and all(
        w.group(0) in _BYLINE_JOINERS for w in _LOWER_WORD.finditer(text, last.end(), start))
