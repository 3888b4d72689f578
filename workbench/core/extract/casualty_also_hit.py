"""People "also hit" after a shooting told before them (round en189).

"'The bullet went through my thigh,' he says. Two colleagues were also hit." A passive
"hit" or "struck" alone is as often a building's or a car's as a person's, and needs its
round or wound to be read ("hit by rubber bullets", "hit in the leg"). "also" says the
people were hit as someone told before them was, so a count of people right before
"were also hit / struck", the clause ending there (or going on with where or by what),
is wounded when a shooting is told in the sentences just before: a shot, a bullet, gunfire,
fire opened. Things "also hit" ("Two houses were also hit") have no people's noun and stay
nothing; so does a count "also hit" with no shooting before it (a storm, a car).
"""

from __future__ import annotations

import re
from functools import cache

from .lang import en as EN
from .lang.build import alt


@cache
def _also_hit() -> re.Pattern[str]:
    return re.compile(
        r"\s+(?:were|was|(?:had|have|has)\s+been)\s+also\s+(?:hit|struck)"
        r"(?=\s*(?:[,.;!?\"”]|$)|\s+(?:by|in|and|when|as|during)\b)", re.IGNORECASE)


@cache
def _shooting() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alt(EN.ALSO_HIT_SHOOTING)})\b")


def also_hit(s: str, gend: int, low: str, at: int) -> int | None:
    """The end of "were also hit" right after the people ending at ``gend`` when a
    shooting is told in the ``EN.ALSO_HIT_REACH`` characters of the lowered document
    ``low`` before ``at`` (where the count stands in it); None otherwise."""
    m = _also_hit().match(s, gend)
    if m is None or _shooting().search(low, max(0, at - EN.ALSO_HIT_REACH), at) is None:
        return None
    return m.end()
