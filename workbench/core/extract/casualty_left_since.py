"""People who have left a place since the violence (round en192).

News tells a displacement by the leaving and its cause in one clause: "At least 40 of its
technicians have left the area since the attacks", "About 90 families have moved out of the
area since the fighting". Earlier rounds read households (round en122) or a crowd of a
hundred or more who fled the area (round en118), and left a few people of a trade, who
"left the area", unread: a few who leave may leave for anything. Here the clause itself
names the violence they left after ("since the attacks", "following the raids"), so any
people but those of a side or sent by their work are displaced. The perfect is asked: "two
engineers left the area after the attack" in the simple past is one scene's departure.
"""

from __future__ import annotations

import re
from functools import cache

from .lang import en as EN
from .lang.build import alt


def _pattern(place: str) -> re.Pattern[str]:
    return re.compile(
        rf"\s+(?:have|has|had)\s+(?:(?:{alt(EN.LEFT_SINCE_ADVERBS)})\s+)?"
        rf"(?:packed\s+up\s+and\s+)?(?:{alt(EN.LEFT_SINCE_VERBS)}){place}"
        # the cause right after the place: "since the attacks", "after the recent raids"
        rf"\s+(?:{alt(EN.LEFT_SINCE_OPENERS)})\s+(?:(?:the|a|these|those|recent|renewed"
        rf"|fresh|heavy|latest|repeated|deadly|armed|militant|jihadist|bandit)\s+){{0,3}}"
        rf"(?:{alt(EN.LEFT_SINCE_CAUSES)})\b", re.IGNORECASE)


@cache
def _left_place_since() -> re.Pattern[str]:
    return _pattern(rf"\s+(?:the|their|its|his|her)\s+(?:[\w'’\-]+\s+)?"
                    rf"(?:{alt(EN.LEFT_PLACES)})")


@cache
def _left_since() -> re.Pattern[str]:
    return _pattern("")


_CIVILIANS = frozenset((*EN.FLEEING_CIVILIANS, *EN.FLEEING_UNITS))


def left_since_violence(s: str, gend: int, head: str) -> int | None:
    """The end of "have left the area since the attacks" right after counted people whose
    head noun is ``head`` (lowered) ending at ``gend``, else None. Civilians and households
    may leave no place named ("About 1,000 residents have packed up and left since the
    attacks"); others of a trade leave one ("left" alone may be a job left)."""
    if head in EN.LEFT_SINCE_NOT_PEOPLE:
        return None
    m = _left_place_since().match(s, gend) or (
        _left_since().match(s, gend) if head in _CIVILIANS else None)
    return m.end() if m else None
