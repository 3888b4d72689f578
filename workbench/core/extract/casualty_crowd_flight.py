"""A crowd that crossed a frontier in flight, told by a verb of mass (after round 47).

"Thousands streamed across the border into Chad to escape the fighting", "Some 5,000
villagers poured across the frontier, fleeing the shelling". The flight rules read
"fled" and "crossed the border" (`REFUGE_MOVES`); "streamed", "poured", "flooded" and
their kin move crowds anywhere ("Thousands of fans poured across the border for the
final", "Troops poured across the frontier"), so the crowd is displaced only when:

* it is civilians (`FLEEING_CIVILIANS`) or a crowd with no noun (`FLEEING_CROWD` or more),
* it went across the border or the frontier, or into a place named with a capital,
* and the flight is said after: "to escape the fighting", "fleeing the shelling", "from
  the violence" (`CROWD_FLIGHT_OPENERS` before a word of `FLED_VIOLENCE`).
"""

from __future__ import annotations

import re
from functools import cache

from .casualty_aftermath import fleeing_people
from .lang import en as EN
from .lang.build import alt

_MOVING = frozenset(EN.CROWD_MOVING_VERBS)
_HEADS = _MOVING | frozenset(EN.FLEEING_CIVILIANS)


@cache
def _moved() -> re.Pattern[str]:
    return re.compile(
        rf"\s+(?:(?:have|has|had)\s+)?(?:{alt(EN.CROWD_MOVING_VERBS)})\s+"
        r"(?:across\s+the\s+(?:border|frontier)"
        r"|into\s+(?:neighbouring\s+|neighboring\s+)?(?-i:[A-Z])[\w'’\-]+)", re.IGNORECASE)


@cache
def _flight_after() -> re.Pattern[str]:
    # the purpose or the cause, within the rest of the clause
    return re.compile(
        r"[^.;:!?]{0,60}?\b(?:" + alt(EN.CROWD_FLIGHT_OPENERS) + r")\s+(?:the\s+|an?\s+)?"
        rf"(?:[\w'’\-]+\s+){{0,2}}?(?:{alt(EN.FLED_VIOLENCE)})\b", re.IGNORECASE)


def crowd_flight(s: str, cend: int, gend: int, toks: list[str],
                 low_n: int) -> tuple[int, list[str]] | None:
    """(end, group) of "streamed across the border" after a crowd of civilians (the count
    ends at ``cend``, its group ``toks`` at ``gend``) when the flight is said after it,
    else None."""
    head = toks[-1].lower() if toks else ""
    if (head and head not in _HEADS) or not s.startswith(" ", gend):
        return None  # (most counts: one set lookup)
    if head in _MOVING:
        # the group's reading took the verb as the noun of a bare count: "Thousands
        # streamed across ..."
        toks, gend = toks[:-1], cend if len(toks) == 1 else s.rfind(toks[-2], cend, gend) + len(
            toks[-2])
    if not fleeing_people(toks, low_n):
        return None
    moved = _moved().match(s, gend)
    if moved is None or _flight_after().match(s, moved.end()) is None:
        return None
    return moved.end(), toks
