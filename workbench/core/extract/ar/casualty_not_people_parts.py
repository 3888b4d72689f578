"""Arabic casualty reading: "one of" a place and a feminine part of things are no people
(round ar169).

"خطف تاجر في أحد بساتين البلدة"، "قتل شاب قرب إحدى المدارس": "أحد"/"إحدى" after a
preposition of place is one of the places, not a person. "ثلاث عمليات خطف، انتهت اثنتان منها
بدفع فدية"، "خمس حالات خطف، انتهت ثلاث منها": a feminine numeral with "منها" counts the
operations or cases before it (a part of women would be "منهن", and men take "ثلاثة").
"""

from __future__ import annotations

from ..lang import ar as V
from .normalise import fold_set, fold_word
from .tokens import Token

_ONE_OF = frozenset(V.ONE_OF_FOLDED)
_PLACE_PREPOSITIONS = fold_set(V.PLACE_ONE_OF_PREPOSITIONS)
_FEMININE = fold_set(V.FEMININE_PART_COUNTS)
_OF_IT = fold_word(V.FEMININE_PART_PRONOUN)


def not_people_part(toks: list[Token], sa: int, sb: int, a: int, b: int) -> bool:
    """Is the count on tokens ``a``..``b`` "one of" a place, or a feminine part "منها"?"""
    w = toks[a].w
    if w in _ONE_OF:
        return a > sa and toks[a - 1].w in _PLACE_PREPOSITIONS
    return w in _FEMININE and b < sb and toks[b].w == _OF_IT
