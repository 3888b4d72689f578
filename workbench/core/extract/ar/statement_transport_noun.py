"""(round ar171) "نقل" as the noun of transport in construct after a vehicle or a company
("صاحب شركة نقل في المدينة"، "سائق شاحنة نقل"، "، وهو مدير شركة نقل في البلدة، للإذاعة:").

Folded, the masdar "نقل" (transport) is the relay verb "نقل" (passed on), which ends a
speaker and a described aside, so "وقال صاحب شركة نقل في المدينة إن" lost the last words of
its speaker, and a quotation after "، وهو صاحب شركة نقل في البلدة، للإذاعة:" went to the
speaker named before. Right after an indefinite vehicle or company noun it is the genitive
of that noun, unless "عن" follows it ("شركة نقل عن مصادرها" stays the verb). A copy of the
token list carries the noun marked, as outlets' quoted names are marked.
"""

from __future__ import annotations

from itertools import compress, count
from operator import itemgetter

from ..lang import ar as V
from .normalise import fold_set, fold_word
from .tokens import Token

_TRANSPORT = fold_word("نقل")
_WORD = itemgetter(0)  # a token's folded word
_HEADS = fold_set(V.TRANSPORT_NOUN_HEADS)
_MARK = V.QUOTED_NAME_MARK
_FROM = "عن"


def transport_nouns_kept(toks: list[Token]) -> list[Token]:
    """The tokens with "نقل" after a vehicle or company noun marked as a noun."""
    out = toks
    # (the words taken out in C: a generator here ran a Python step for every token)
    for k in compress(count(), map(_TRANSPORT.__eq__, map(_WORD, toks))):
        if k == 0 or toks[k - 1].w.removeprefix("و") not in _HEADS or (
                k + 1 < len(toks) and toks[k + 1].w == _FROM):
            continue
        if out is toks:
            out = list(toks)
        out[k] = toks[k]._replace(w=_MARK + toks[k].w)
    return out
