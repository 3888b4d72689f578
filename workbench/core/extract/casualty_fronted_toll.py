"""A toll whose new value is fronted before it (after the forty-seventh round).

Wire copy that adds a later death or a found body often puts the value of the toll before
the toll itself: "Two more bodies were found on Monday, bringing to 19 the number of
dead", "A wounded soldier died overnight, raising to 23 the death toll". The toll rules
read the toll noun before its value ("bringing the toll to 19"); here the value sits
between a verb that carries a toll to it and "to", and the toll noun after it
(`lang/en.py`: `TOLL_CARRYING_VERBS`, `FRONTED_TOLLS`). The toll noun says the outcome:
the dead unless the wounded are named. A value with no toll noun after it ("bringing to 19
the number of schools reopened", "raising to 40 the price") stays nothing.
"""

from __future__ import annotations

import re
from functools import cache

from .lang import en as EN
from .lang.build import alt


@cache
def _carried_to() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alt(EN.TOLL_CARRYING_VERBS)})\s+to\s+$", re.IGNORECASE)


@cache
def _toll_after() -> re.Pattern[str]:
    return re.compile(rf"\s+the\s+(?P<toll>{alt(EN.FRONTED_TOLLS)})\b", re.IGNORECASE)


def fronted_toll(s: str, cstart: int, cend: int) -> tuple[str, int, int] | None:
    """(outcome, start, end) of "bringing to 19 the number of dead" around the count at
    ``cstart`` to ``cend`` in ``s``, or None."""
    if not s.startswith(" the ", cend) and not s.startswith(" The ", cend):
        return None
    verb = _carried_to().search(s, max(0, cstart - 16), cstart)
    if verb is None:
        return None
    toll = _toll_after().match(s, cend)
    if toll is None:
        return None
    word = " ".join(toll.group("toll").lower().split())
    return EN.FRONTED_TOLLS[word], verb.start(), toll.end()
