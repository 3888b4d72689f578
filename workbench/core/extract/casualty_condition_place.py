"""A patient's condition told after the place of care (round en114).

"two remained in serious condition" and "one ranger remains in a serious condition" are
read (the condition right after the verb). The place the patient is kept may stand between:
"one volunteer remains at Lafayette General in a serious condition" (en-63). Only a chain of
prepositional phrases may stand there, with no clause of its own.
"""

from __future__ import annotations

import re
from functools import cache

from .casualty_subject_gap import prepositional_phrases_end
from .lang import en as EN
from .lang.build import alt

_PLACE_MAX = 90


@cache
def _verb() -> re.Pattern[str]:
    return re.compile(r"\s+(?:still\s+)?(?:remain|remains|remained|is|are|was|were)"
                      r"(?:\s+still)?(?=\s+(?:at|in)\s)", re.IGNORECASE)


@cache
def _condition() -> re.Pattern[str]:
    return re.compile(
        rf"\s+in\s+(?:a\s+)?(?:{alt(EN.PATIENT_CONDITIONS)})\s+(?:{alt(EN.PATIENT_STATES)})\b",
        re.IGNORECASE)


def condition_past_place(s: str, gend: int) -> int | None:
    """The end of "remains at Lafayette General in a serious condition" right after the
    people at ``gend``, the place a chain of prepositional phrases; else None."""
    verb = _verb().match(s, gend)
    if verb is None:
        return None
    cond = _condition().search(s, verb.end() + 1, min(len(s), verb.end() + _PLACE_MAX))
    if cond is None or cond.start() == verb.end():
        return None
    head = s[:cond.start()]
    return cond.end() if prepositional_phrases_end(head, verb.end(), cond.start()) == (
        cond.start()) else None
