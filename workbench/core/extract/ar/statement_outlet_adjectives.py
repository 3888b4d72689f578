"""(round ar166) The adjectives of an outlet addressed by its quoted name: 'قال لشبكة
"الجنوب اليوم" المحلية إن'، 'قال لقناة "الشرق" الفضائية إن'.

After a speaker fronted before its verb ("لكن مصدرا طبيا ... قال لشبكة ...") the words
after the outlet's closing quote are looked at as a subject after the verb; a definite
nisba adjective there ("المحلية"، "الفضائية"، "الإخبارية") describes the outlet, and the
speaker is the one named before the verb. Read only when the adjectives run up to the
complementizer or a comma, where the words begin.
"""

from __future__ import annotations

from ..lang import ar as V
from .statement_adjuncts import _COMP
from .tokens import Token

_ENDINGS = V.OUTLET_ADJECTIVE_ENDINGS
_MAX = V.OUTLET_ADJECTIVES_MAX
_COMMAS = ("،", ",")


def _nisba(w: str) -> bool:
    return w.startswith("ال") and len(w) > 4 and w.endswith(_ENDINGS)


def outlet_adjectives_end(toks: list[Token], j: int, sb: int) -> int:
    """Where the words after an outlet's quoted name go on, past its adjectives (``j``
    is the token after the closing quote): past them when the complementizer or a comma
    follows them, else ``j``."""
    r = j
    while r < sb and r - j < _MAX and _nisba(toks[r].w):
        r += 1
    if r > j and r < sb and (toks[r].w in _COMP or toks[r].w in _COMMAS):
        return r
    return j
