"""Arabic casualty reading: doers who fled are not displaced (round ar169).

"ثلاثة من الخاطفين فروا باتجاه الجبال"، "فر اثنان من الجناة"، "تمكن 4 من اللصوص من الفرار":
kidnappers, robbers and attackers who escape after the deed are doers getting away, not
people driven from their homes. Armed men who flee were left out already (ARMED_NOUNS);
the doers of a crime are named by other nouns (FLEEING_DOERS, ARMED_PART_NOUNS).
"""

from __future__ import annotations

from ..lang import ar as V
from .normalise import fold_set
from .tokens import Token, word_in

_DOERS = fold_set((*V.FLEEING_DOERS, *V.ARMED_PART_NOUNS))


def doers_fled(toks: list[Token], group: tuple[int, int] | None) -> bool:
    """Does the group of a displaced figure name doers of a crime?"""
    return group is not None and any(
        word_in(toks[r], _DOERS) is not None for r in range(*group))
