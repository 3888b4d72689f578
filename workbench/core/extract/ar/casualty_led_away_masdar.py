"""Arabic casualty reading: the verbal noun of leading away after an arrest (round ar176).

"اقتياد 12 رجلا" names no captor: a raid's men taken from their homes are captives, as the
verb "اقتاد" with no captor named is. Told after an arrest in the same sentence ("أسفرت
الحملة عن اعتقال 5 شبان واقتياد 3 آخرين للتحقيق"), the same force leads them away, and
they are arrested.
"""

from __future__ import annotations

from ..lang import ar as V
from .normalise import fold_set
from .tokens import Token, word_in

_MASDARS = fold_set(V.LEADING_AWAY_MASDARS)
_ARRESTS = fold_set(V.LED_AWAY_ARRESTS)
_CAPTURES = fold_set(V.LED_AWAY_CAPTURES)


def led_away_after_arrest(toks: list[Token], sa: int, a: int) -> bool:
    """Is the figure at ``a``, opened by the verbal noun of leading away, told after an
    arrest, the nearest act of taking before it in its sentence?"""
    if not word_in(toks[a], _MASDARS):
        return False
    for r in range(a - 1, sa - 1, -1):
        if word_in(toks[r], _ARRESTS):
            return True
        if word_in(toks[r], _CAPTURES):
            return False
    return False
