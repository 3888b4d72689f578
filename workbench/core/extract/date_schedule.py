"""Dates of plans and schedules told without "will" (round en152).

News tells a coming day in the present of a timetable as often as with "will": "a first
group flies out on Monday and the rest follow on Thursday", "the court sits again on
Wednesday". ``date_direction`` reads the common timetable verbs ("leaves", "arrives",
"resumes"); this module adds departures, arrivals and sittings that it does not take
alone because their words are as often nouns or pasts, and only before a single day (a
month told in the present is as often a habit). It also finds the verb a decision's
infinitive hangs on when a time stands between them ("voted last year to end the mandate
in December", "agreed on Monday to reopen the crossing on Friday"): the infinitive's date
lies after the decision, as after any intention.
"""

from __future__ import annotations

from .lang import en as EN

_VERBS = frozenset(EN.SCHEDULE_PRESENT_VERBS)
_OBJECT_VERBS = frozenset(EN.SCHEDULE_OBJECT_VERBS)
_PHRASES = frozenset(tuple(p.split()) for p in EN.SCHEDULE_PRESENT_PHRASES)
_PHRASE_HEADS = frozenset(p[0] for p in _PHRASES)
# (the phrases whose date must follow them at once: "follow on Thursday")
_RIGHT_BEFORE = frozenset(p for p in _PHRASES if p[-1] == "on")
_REACH = EN.SCHEDULE_PRESENT_REACH
# (the words before a date read for such a verb: the verb, its particle and the reach)
REACH = _REACH + 2
# Words before such a verb that make it no finite present: "to withdraw", "did not sail",
# "the lands" (a noun after a determiner), "could depart".
_NOT_AFTER = frozenset((*EN.TIMETABLE_NOT_AFTER, *EN.MODAL_VERBS, *EN.DETERMINERS_BEFORE_NOUNS))
_DATE_OPENERS = frozenset(EN.SCHEDULE_DATE_PREPOSITIONS)
# Every word this module decides on, for the clause reader's quick pass.
WORDS = _VERBS | _PHRASE_HEADS | _OBJECT_VERBS

_TIME_OPENERS = frozenset(EN.DECISION_TIME_OPENERS)
_TIME_WORDS = frozenset((*EN.DECISION_TIME_FILLERS, *EN.DECISION_TIME_OPENERS, *EN.WEEKDAYS,
                         *(str(m).lower() for m in EN.MONTHS)))
_TIME_REACH = EN.DECISION_TIME_REACH


def schedule_present(words: list[str], i: int, single_day: bool) -> bool:
    """Whether ``words[i]`` opens a departure, an arrival or a sitting told in the present
    whose date closes ``words`` and is a single day (``single_day``): "flies out from
    Kessa on", "sits again on", "the rest follow on"."""
    if not single_day:
        return False
    word = words[i].lower()
    before = words[i - 1].lower() if i > 0 else ""
    if before in _NOT_AFTER:
        return False
    pair = tuple(w.lower() for w in words[i:i + 2])
    if pair in _RIGHT_BEFORE:
        return i + 2 == len(words)
    if pair in _PHRASES:
        return len(words) - (i + 2) <= _REACH
    if word in _OBJECT_VERBS:
        # ("debate the bill on", not "the debates on": the object stands between)
        return 2 <= len(words) - (i + 1) <= _REACH and words[i + 1].lower() not in _DATE_OPENERS
    return word in _VERBS and len(words) - (i + 1) <= _REACH


def decision_before(words: list[str], to: int) -> int:
    """The index of the word a "to" at ``to`` hangs on across a time between them ("voted
    last year to", "agreed on Monday to", "decided earlier this month to"), or -1 when no
    time stands right before the "to"."""
    j = to - 1
    while j >= max(0, to - _TIME_REACH) and (
            words[j].lower() in _TIME_WORDS or words[j][:1].isdigit()):
        j -= 1
    time = [w.lower() for w in words[j + 1:to]]
    if j < 0 or not time or time[0] not in _TIME_OPENERS or (
            len(time) == 1 and time[0] not in _LONE_TIMES):
        return -1  # ("agreed in principle to": no time)
    return j


# (the openers that are a time alone)
_LONE_TIMES = frozenset(("yesterday", "today"))
