"""Civilians told by a vague multitude who fled somewhere, in the simple past (round en187).

"Dozens of herders fled on foot to the next district", "Scores of residents fled to the
hills": a group of civilians told by its noun (herders, residents, villagers) and a vague
plural count ("dozens of", "scores of") with the simple past "fled" and where they went was
read only from a crowd of a hundred (or with "have fled", or of families). A multitude who
fled to a place has left its home as the displaced do; the way they went may come first
("on foot", "by boat"). An exact few who fled in the simple past ("some 40 villagers fled
north", "12 women fled towards the border") keep the settled reading of people who got away
from an attack (no figure), as fighters and gunmen who fled do (no civilians' noun), and so
do people who fled with nowhere said ("Dozens of villagers fled").
"""

from __future__ import annotations

import re
from functools import cache

from .lang import en as EN
from .lang.build import alt


@cache
def _towards() -> re.Pattern[str]:
    return re.compile(
        rf"(?:\s+(?:{alt(EN.FLED_MANNERS)}))?"
        rf"\s+(?:(?:{alt(EN.FLED_SOMEWHERE_PREPOSITIONS)})\s|(?:{alt(EN.FLED_DIRECTIONS)})\b)",
        re.IGNORECASE)


def fled_somewhere(s: str, fled: re.Match[str], low_n: float) -> bool:
    """Whether the simple past "fled" matched by ``fled`` (group "v") is told with where to,
    after a group of at least ``EN.FLED_SOMEWHERE_GROUP`` (``low_n``) civilians."""
    return (low_n >= EN.FLED_SOMEWHERE_GROUP and fled.group("v").lower() == "fled"
            and _towards().match(s, fled.end()) is not None)
