"""Civilians counted by the dozen who fled somewhere, in the simple past (round en187).

"Dozens of herders fled on foot to the next district", "Scores of residents fled to the
hills", "some 40 villagers fled into the forest": a group of civilians told by its noun
(herders, residents, villagers) and the simple past "fled" with where they went was read
only from a crowd of a hundred (or with "have fled", or of families). A group of dozens
who fled to a place has left its home as the displaced do; the way they went may come
first ("on foot", "by boat"). A few people who fled ("two women fled to a neighbour's
house") stay unread, as fighters and gunmen who fled are (no civilians' noun), and so do
people who fled with nowhere said ("Dozens of villagers fled").
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
