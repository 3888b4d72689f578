"""A count of people described as "مصاب" by an illness, not a wound (round ar170).

"عالجت المنظمة أكثر من 1100 طفل مصاب بسوء التغذية"، "300 شخص مصابين بالسرطان": the
participle of being hurt ends the figure, and what it is "ب" after it is an illness,
hunger or a feeling. Round ar165 tells the same of one or two described so
(``casualty_hurt_described``); a count is as sick. A wound's cause after it
("12 شخصا مصابين بالرصاص") keeps the figure.
"""

from __future__ import annotations

from .casualty_hurt_described import _NOT_WOUNDS, _PARTICIPLE_WORDS
from .tokens import Token


def ill_not_hurt(toks: list[Token], b: int, sb: int) -> bool:
    """Does the wounded figure ending at ``b`` end in "مصاب" with an illness right after?"""
    return b < sb and toks[b - 1].w in _PARTICIPLE_WORDS and toks[b].w in _NOT_WOUNDS
