"""A call told by its verbal noun ("بعد أيام من دعوة المبعوث الأممي الأطراف إلى ..."): the
caller's statement, read as after the verb "دعا" when both the caller and the ones called on
are named between the noun and the call."""

from __future__ import annotations

from collections.abc import Callable
from operator import itemgetter

from ..lang import ar as V
from .normalise import fold_set, fold_word
from .statement_shared import _Stmt
from .tokens import Token

_CALL_NOUNS = fold_set(V.CALL_MASDARS)
_WORD = itemgetter(0)  # a token's folded word
_AFTER = fold_set(V.CALL_MASDAR_AFTER)
_CALL_VERB = fold_word("دعا")
_CALL_PREP = fold_word("إلى")
CALL_NOUN_ROOT: str = fold_word(V.CALL_MASDARS[0])


def _called_by_noun(toks: list[Token], sa: int, sb: int, raw: list[_Stmt], first: int,
                    speech_verb: Callable[..., int]) -> None:
    """Each call of the sentence [sa, sb) told by its verbal noun that no statement found so
    far holds (``raw[first:]`` are the sentence's); ``speech_verb`` reads it as "دعا"."""
    if _CALL_NOUNS.isdisjoint(map(_WORD, toks[sa + 1:sb - 3])):
        return  # (no noun of calling where the loop looks: it finds none)
    for k in range(sa + 1, sb - 3):
        if toks[k].w not in _CALL_NOUNS or toks[k - 1].w not in _AFTER:
            continue
        if not toks[k + 1].w.startswith("ال") or any(st.a - 1 <= k < st.b
                                                     for st in raw[first:]):
            continue
        found: list[_Stmt] = []
        speech_verb(toks, sa, sb, k, _CALL_VERB, found)
        if found and _caller_and_called(toks, k, found[0]):
            found[0].verb = None
            raw.append(found[0])
            return


def _caller_and_called(toks: list[Token], k: int, st: _Stmt) -> bool:
    """The reading names its caller right after the noun, and words (the ones called on)
    stand between the caller and the call: "دعوة الرئيس إلى قمة" is an invitation, and
    "دعوة الأطراف إلى" names nobody who called."""
    if st.speaker is None or st.inherit or st.speaker[0] != k + 1:
        return False
    return st.speaker[1] < st.a and toks[st.a].w == _CALL_PREP
