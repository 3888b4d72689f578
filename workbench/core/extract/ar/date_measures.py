"""Bare weekdays a measure puts ahead: a truce or a deadline until the day, and a measure
announced or decided for the day.

"وافق الطرفان على وقف إطلاق النار حتى يوم السبت"، "منحهم مهلة حتى الخميس": a truce, a
deadline, a ban or a suspension runs from its announcement on, so the day it lasts until
is the coming one. "وأعلنت البلدية الحداد وإقفال المدارس يوم الخميس"، "قررت النقابة
الإضراب يوم الأحد": a measure an announcement or a decision names with its day is set
before it runs. Both read the clause's folded words before the weekday (``words``), plain
set tests with no pattern; ``dates._ahead_in_clause`` calls them only for a bare weekday
that would otherwise be read back from publication.
"""

from __future__ import annotations

from ..lang import ar as V
from .normalise import fold_set, fold_word

# (with "و"/"ف" and the "ب" of a decision's object: "وقضى القرار بإغلاق المحال حتى الأحد")
_CLITICS = ("", *V.CONJUNCTION_CLITICS, "ب", "وب")
_UNTIL = fold_set(V.UNTIL_WORDS)


def _with_clitics(words: tuple[str, ...]) -> frozenset[str]:
    """The folded ``words`` as written alone and after each of the clitics."""
    return frozenset(c + w for c in _CLITICS for w in fold_set(words))


_WAS = fold_set(V.WAS_VERBS)
_UNTIL_NOUNS = _with_clitics(V.MEASURE_UNTIL_NOUNS)
_UNTIL_REACH = V.MEASURE_UNTIL_REACH
_STOPPING = frozenset(c + fold_word(V.STOPPING_NOUN) for c in _CLITICS)
_STOPPED = fold_set(V.STOPPED_ACTS)
_PAST_LASTING = _with_clitics(V.PAST_LASTING_VERBS)
_ANNOUNCING = _with_clitics(V.ANNOUNCING_VERBS)
_DAY_MEASURES = _with_clitics(V.ANNOUNCED_DAY_MEASURES)
_DAY_REACH = V.MEASURE_DAY_REACH
_WEEKDAYS = frozenset(fold_word(k) for k in V.WEEKDAYS)
_RELATIVES = fold_set(V.WARNED_EVENT_RELATIVES)
_COMPLEMENTIZERS = fold_set(V.COMPLEMENTIZERS)


def truce_until(words: list[str]) -> bool:
    """"وقف إطلاق النار حتى يوم السبت"، "مهلة حتى الخميس لتسليم المطلوبين": "حتى"/"إلى"
    ends the clause, and a truce, a deadline or a measure stands at most a few words before
    it, with no weekday between (a stretch "من مساء الاثنين حتى ..." keeps its own rule),
    no verb telling how long it held ("صمدت الهدنة حتى السبت") and no "كان" in the clause."""
    if len(words) < 2 or words[-1] not in _UNTIL:
        return False
    near = words[-1 - _UNTIL_REACH:-1]
    at = next((i for i in range(len(near) - 1, -1, -1) if near[i] in _UNTIL_NOUNS or (
        near[i] in _STOPPING and i + 1 < len(near) and near[i + 1] in _STOPPED)), None)
    return at is not None and _WEEKDAYS.isdisjoint(near[at + 1:]) and (
        _PAST_LASTING.isdisjoint(words)) and _WAS.isdisjoint(words)


def announced_for_day(words: list[str]) -> bool:
    """"قررت النقابة الإضراب يوم الأحد": a measure's verbal noun at most a few words before
    the weekday, after an announcing or deciding verb in the past that opens its clause's
    part; no relative or complementizer between the verb and the weekday (their clauses
    have verbs and times of their own: "أعلنت أن الإضراب الذي نفذه المعلمون يوم الأحد"),
    no weekday after the verb (that is the announcement's own day) and no "كان"."""
    if not _WAS.isdisjoint(words):
        return False
    tail = len(words) - _DAY_REACH
    at = next((i for i in range(len(words) - 1, max(-1, tail - 1), -1)
               if words[i] in _DAY_MEASURES), None)
    if at is None:
        return False
    verb = next((i for i in range(at - 1, -1, -1) if words[i] in _ANNOUNCING), None)
    if verb is None:
        return False
    between = words[verb + 1:]
    return _RELATIVES.isdisjoint(between) and _COMPLEMENTIZERS.isdisjoint(between) and (
        _WEEKDAYS.isdisjoint(between))
