"""A group named by what it calls itself: 'جماعة مسلحة تطلق على نفسها اسم "سرايا الشمال"'.

News copy introduces a group it cannot vouch for by the name the group gives itself: the
head noun ("جماعة"، "مجموعة"، "تنظيم"، "مسلحون"), perhaps an adjective, the present of
naming with the reflexive ("تطلق على نفسها"، "يسمي نفسه"، "يطلقون على أنفسهم") and the
quoted name, with or without "اسم". The whole phrase up to the closing quote is the
speaker (the name is the part a later mention takes up); what follows it is the claim or
the words, not the rest of the subject.
"""

from __future__ import annotations

from ..lang import ar as V
from .normalise import fold_set, fold_word
from .statement_adjuncts import _QUOTES
from .tokens import Token

_NAMING = fold_set(V.SELF_NAMING_VERBS)
_SELVES = fold_set(V.REFLEXIVE_SELVES)
_ON = fold_word("على")
_NAME_NOUN = fold_word("اسم")


def self_named_end(toks: list[Token], j: int, sb: int, max_head: int = 3,
                   max_name: int = 6) -> int | None:
    """Where the self-naming phrase opening at ``j`` ends (after its closing quote), or
    None when no naming verb with the reflexive and a quoted name follows the head's
    ``max_head`` words."""
    v = next((r for r in range(j + 1, min(sb, j + 1 + max_head)) if toks[r].w in _NAMING),
             None)
    if v is None or not all(toks[r].is_word for r in range(j, v)):
        return None
    r = v + 1
    if r < sb and toks[r].w == _ON:
        r += 1
    if r >= sb or toks[r].w not in _SELVES:
        return None
    r += 1
    if r < sb and toks[r].w == _NAME_NOUN:
        r += 1
    if r >= sb or toks[r].w not in _QUOTES:
        return None
    close = next((q for q in range(r + 1, min(sb, r + 2 + max_name)) if toks[q].w in _QUOTES),
                 None)
    return None if close is None or close == r + 1 else close + 1
