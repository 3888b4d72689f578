"""A part of the arrested taken up by a court is no new figure (round en105).

"More than 200 people were taken into custody ..., and 38 of them were later tried in
fast-track hearings" (en-56) and "Police have arrested 14 men, four of whom appeared before
the Francistown Magistrates Court" (en-55) were read as 38 and four arrested: a part told
"of them" / "of whom" takes the outcome of the figure before it ("two of whom remain in
custody", en-53). A step of the court after the partitive (tried, charged, sentenced,
convicted, acquitted, appeared before a court) is what happened to those already counted,
and the sets' gold gives it no entry (en-56's README: "38 of them were later tried" and
"two men charged" are not annotated; en-16's "at least three of them had been sentenced to
death" has no entry either).
"""

from __future__ import annotations

import re
from functools import cache

from .lang import en as EN
from .lang.build import alt


@cache
def _court_step() -> re.Pattern[str]:
    return re.compile(
        r"\s+of\s+(?:them|whom)\s+(?:(?:were|was|have\s+been|has\s+been|had\s+been)\s+)?"
        r"(?:(?:later|since|also|then|subsequently|already)\s+)?"
        rf"(?:{alt(EN.COURT_STEPS)})\b", re.IGNORECASE)


def court_step_after(s: str, cend: int) -> bool:
    """Does "of them" / "of whom" at ``cend`` lead to a step of the court ("38 of them were
    later tried", "four of whom appeared before the court")?"""
    return _court_step().match(s, cend) is not None
