"""Arabic casualty readings that keep a figure whichever common word news uses for it.

Small checks the casualty reader (``casualties.py``) calls where a variant of a word it
already reads would otherwise take a count that is not its own.
"""

from __future__ import annotations

from ..lang import ar as V
from .normalise import fold_word
from .tokens import Token, phrase_at, split_phrase

_QUALIFIERS_BEFORE = {split_phrase(fold_word(k)): v for k, v in V.QUALIFIERS_BEFORE}


def qualified_count_after(toks: list[Token], k: int, sb: int) -> bool:
    """Does a qualified count start right after the joined verb at ``k`` ("وجرح أكثر من
    700"، "وأصيب نحو 20")? The verb opens a clause with a count of its own, as with a
    bare number right after it: the count before "و" ("ارتفاع حصيلة الشهداء إلى 87 وجرح
    أكثر من 700") is no subject of it."""
    return k + 1 < sb and phrase_at(toks, k + 1, _QUALIFIERS_BEFORE) is not None
