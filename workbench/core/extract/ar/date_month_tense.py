"""Bare months a warning or a coming season puts ahead.

"وحذرت مديرية الصحة من ارتفاع الإصابات في تموز" (in May)، "وتتضاعف الإصابات مع حلول الصيف
في آب": a warning is of what may still come, and a season's arrival told beside a present
verb is the coming one, so a later month of the year is this year's, not last year's. Both
read the folded words of the date's sentence before the month (``words``), plain set tests
with no pattern; ``dates._runs_from_or_coincides`` and ``dates._coming_month`` call them
only for a bare month (no day, no year) that would otherwise be read back.
"""

from __future__ import annotations

from collections.abc import Callable

from ..lang import ar as V
from .normalise import fold_set

_WAS = fold_set(V.WAS_VERBS)
_WARNING = fold_set(V.WARNING_DEADLINE_WORDS)
_OPENERS = fold_set(V.WARNING_OBJECT_OPENERS)
_RELATIVES = fold_set((*V.WARNED_EVENT_RELATIVES, *V.WARNED_CLAUSE_OPENERS))
_COMPLEMENTIZERS = fold_set(V.COMPLEMENTIZERS)
_WITH = fold_set(V.ARRIVAL_WITH)
_ARRIVAL = fold_set(V.ARRIVAL_NOUNS)
_ARRIVAL_REACH = V.ARRIVAL_REACH


def warned_ahead(words: list[str]) -> bool:
    """"محذرة من ارتفاع الحالات مع حلول موسم الأمطار في تموز": the month stands inside
    what a warning warns of (after the warning's verb and its "من"/"أن"), with no "كان"
    from three words before the verb on and no relative, no clause of time or comparison
    and no comma between the opener and the month ("حذر من تكرار ما حدث في آب"، "حذر من
    نقص الأدوية، بعد أن نفدت المخزونات في تموز": that event's own time)."""
    at = next((i for i in range(len(words) - 1, -1, -1) if words[i] in _WARNING), None)
    if at is None or not _WAS.isdisjoint(words[max(0, at - 3):]):
        return False
    opener = next((i for i in range(at + 1, len(words)) if words[i] in _OPENERS), None)
    return opener is not None and opener < len(words) - 1 and _RELATIVES.isdisjoint(
        words[opener + 1:]) and not any(w.endswith(("،", ",")) for w in words[opener:])


def arrival_ahead(words: list[str], present: Callable[[str], bool]) -> bool:
    """"وتتضاعف الإصابات عادة مع حلول الصيف في آب": "مع" and a season's arrival at most
    ``ARRIVAL_REACH`` words before the month, after a clause told in the present (a verb
    ``present`` accepts after the clause's last complementizer, before "مع"), with no
    "كان". An arrival opening the sentence ("ومع حلول أيلول، عاد الطلاب") or after a past
    verb ("ارتفعت الحالات مع حلول الصيف في تموز") tells a season gone by."""
    start = max(1, len(words) - _ARRIVAL_REACH)
    at = next((i for i in range(len(words) - 1, start - 1, -1)
               if words[i] in _ARRIVAL and words[i - 1] in _WITH), None)
    if at is None or not _WAS.isdisjoint(words):
        return False
    head = words[:at - 1]
    last = max((i for i, w in enumerate(head) if w in _COMPLEMENTIZERS), default=-1)
    return any(present(w) for w in head[last + 1:])
