"""A second toll for another period, its verb left out (round en101).

Yearly figures are often given in pairs, the second with only its count and its period:
"37 people were killed on the island in 2024, a record at the time, and 41 in 2025",
"Police figures show 42 homicides in 2024 ... and 39 last year", "the deaths of at least
19 migrants this year, compared with 12 in 2025". The bare count is the same toll for the
other period: the outcome is the first figure's, as "killed 12 people on Sunday night and
8 more on Monday" is read. The first figure must be dated by a period of its own ("in
2024", "this year") before the joint, so the two counts are set side by side by their
periods; the second must be closed by its period, with no noun of its own.
"""

from __future__ import annotations

import re

from .lang import en as EN
from .lang.build import alt

_JOINT_BEFORE = re.compile(
    rf"(?:,\s*|\s+)(?:{alt(EN.PERIOD_TOLL_JOINTS)})\s+$", re.IGNORECASE)
_YEAR = r"(?:19|20)\d\d\b"
# The second toll's period: "in 2025", "in the same period of 2025", "last year".
_PERIOD_AFTER = re.compile(
    rf"\s+(?:in\s+(?:the\s+same\s+(?:period|months?)\s+(?:of|in)\s+)?{_YEAR}"
    rf"|(?:{alt(EN.PERIOD_TOLL_YEARS)})\b)", re.IGNORECASE)
# The first toll's own period, between its figure and the joint.
_FIRST_PERIOD = re.compile(rf"\b(?:in\s+{_YEAR}|(?:this|last)\s+year\b|the\s+year\b)",
                           re.IGNORECASE)
# A stop or a second clause's verb cuts the pair.
_CUT = re.compile(r"[;:!?]|\.\s|\b(?:said|says|but|while|when|because)\b")


def period_toll_end(s: str, prev_end: int, cstart: int, cend: int) -> int | None:
    """End of "41 in 2025" when the count at ``cstart:cend`` is a second toll for another
    period after the figure ending at ``prev_end``; None otherwise."""
    if not 0 < cstart - prev_end <= 120:
        return None
    joint = _JOINT_BEFORE.search(s, max(prev_end, cstart - 24), cstart)
    period = _PERIOD_AFTER.match(s, cend)
    if joint is None or period is None:
        return None
    gap = s[prev_end:joint.start()]
    if _CUT.search(gap) or not _FIRST_PERIOD.search(gap):
        return None
    return period.end()
