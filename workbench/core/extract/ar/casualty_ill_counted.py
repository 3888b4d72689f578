"""A count of people described as "مصاب" by an illness, not a wound (round ar170).

"عالجت المنظمة أكثر من 1100 طفل مصاب بسوء التغذية"، "300 شخص مصابين بالسرطان": the
participle of being hurt ends the figure, and what it is "ب" after it is an illness,
hunger or a feeling. Round ar165 tells the same of one or two described so
(``casualty_hurt_described``); a count is as sick. A wound's cause after it
("12 شخصا مصابين بالرصاص") keeps the figure.
"""

from __future__ import annotations

from ..lang import ar as V
from .casualty_hurt_described import _NOT_WOUNDS, _PARTICIPLE_WORDS
from .normalise import fold_set
from .tokens import Token

_DEHYDRATION = fold_set(V.DEHYDRATION_WORDS)
_ACUTE = fold_set(V.ACUTE_WORDS)


def ill_not_hurt(toks: list[Token], b: int, sb: int) -> bool:
    """Does the wounded figure ending at ``b`` end in "مصاب" with an illness right after?"""
    if not (b < sb and toks[b - 1].w in _PARTICIPLE_WORDS and toks[b].w in _NOT_WOUNDS):
        return False
    # (round ar191) "12 مهاجرا مصابين بالجفاف الحاد": acute dehydration is harm done
    return not (toks[b].w in _DEHYDRATION and b + 1 < sb and toks[b + 1].w in _ACUTE)
