"""A part of people described by what was done to them, then its own fate (round en163).

"At least four of those sent back were killed by armed men within days", "Two of those
deported to the border have been abducted", "Four of those who were sent home were shot
dead": the participle after "of those" (or "of the people") says who the whole were, not
what befell them, so the outcome is the part's own verb after it. casualties.py reads
"of those" before a participle of an outcome ("three of those held were herders") and
hands the rest here.

The participle may carry a particle ("sent back") and one short phrase of where ("to the
border"); the part's auxiliary must follow at once, so a clause of its own ("Four of those
interviewed said they were beaten") reads nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from .lang import en as EN
from .lang.build import alt


@cache
def _described() -> re.Pattern[str]:
    return re.compile(
        rf"\s+of\s+(?:those|the\s+(?:{alt(EN.THOSE_PEOPLE_NOUNS)}))\s+"
        r"(?:who\s+(?:were|was|had\s+been|have\s+been)\s+)?"
        rf"(?:[a-z]{{3,}}ed|{alt(EN.DESCRIBED_PART_PARTICIPLES)})\b"
        rf"(?:\s+(?:{alt(EN.DESCRIBED_PART_PARTICLES)})\b)?"
        rf"(?:\s+(?:{alt(EN.DESCRIBED_PART_PREPOSITIONS)})\s+(?:(?:the|a|an)\s+)?"
        r"[\w'’\-]+(?:\s+[\w'’\-]+)?)??"
        r"(?=\s+(?:were|was|have|has|had)\s)")


def described_part(s: str, cend: int,
                   subset_outcome: Callable[[str, int], str | None]) -> tuple[str, int] | None:
    """(outcome, end of the described whole) for a count ending at ``cend`` that a part
    "of those <participle> ..." whose own verb follows is, else None; ``subset_outcome``
    reads the verb (casualties._subset_outcome)."""
    m = _described().match(s, cend)
    if m is None:
        return None
    outcome = subset_outcome(s, m.end())
    return (outcome, m.end()) if outcome else None
