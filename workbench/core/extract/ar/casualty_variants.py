"""Arabic casualty readings that keep a figure whichever common word news uses for it.

Small checks the casualty reader (``casualties.py``) calls where a variant of a word it
already reads would otherwise take a count that is not its own.
"""

from __future__ import annotations

from ..lang import ar as V
from .normalise import fold_set, fold_word
from .tokens import Token, phrase_at, split_phrase

_QUALIFIERS_BEFORE = {split_phrase(fold_word(k)): v for k, v in V.QUALIFIERS_BEFORE}
_FALLEN_MASCULINE = fold_set(V.FALLEN_ONE_VERBS[:1])
_FALLEN_FEMININE = fold_set(V.FALLEN_ONE_VERBS[1:])
_FALLEN_STATES = fold_set(V.FALLEN_ONE_STATES)


def qualified_count_after(toks: list[Token], k: int, sb: int) -> bool:
    """Does a qualified count start right after the joined verb at ``k`` ("وجرح أكثر من
    700"، "وأصيب نحو 20")? The verb opens a clause with a count of its own, as with a
    bare number right after it: the count before "و" ("ارتفاع حصيلة الشهداء إلى 87 وجرح
    أكثر من 700") is no subject of it."""
    return k + 1 < sb and phrase_at(toks, k + 1, _QUALIFIERS_BEFORE) is not None


def fallen_dead_after(toks: list[Token], k: int, sb: int) -> int:
    """After one person at ``k`` ("أن متطوعا سقط قتيلا"، "أن طفلة سقطت شهيدة"): the verb
    of falling of the person's gender, then the state of the dead right after it. Returns
    where the figure ends (after the state), or 0; the state noun is what makes the fall a
    death ("أن شابا سقط من الطابق الثالث" is none)."""
    verbs = _FALLEN_FEMININE if toks[k].w.endswith("ه") else _FALLEN_MASCULINE
    return _fallen_dead(toks, k + 1, sb, verbs)


def fallen_one_of(toks: list[Token], k: int, sb: int, max_words: int = 2) -> int:
    """After "أحد" and its definite genitive ("أن أحد المطلوبين سقط قتيلا"): the verb of
    falling, then the state of the dead. Returns where the figure ends, or 0."""
    i = k + 1
    while i < min(sb, k + 1 + max_words) and toks[i].w.startswith("ال"):
        i += 1
    return _fallen_dead(toks, i, sb, _FALLEN_MASCULINE | _FALLEN_FEMININE) if i > k + 1 else 0


def _fallen_dead(toks: list[Token], v: int, sb: int, verbs: frozenset[str]) -> int:
    if v + 1 >= sb or toks[v + 1].w not in _FALLEN_STATES or toks[v].w not in verbs:
        return 0
    return v + 2
