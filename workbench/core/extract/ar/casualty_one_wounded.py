"""Arabic casualty reading of one wounded person told as the object of care (round ar149).

"أصيب مسعفان أثناء محاولتهما الوصول إلى جريح"، "استهدفت طائرة طاقما توجه لإسعاف جريح"،
"منعت القوات سيارة الإسعاف من نقل جريح": the bare indefinite singular "جريح" names one
wounded person, as "قتيل" alone names one killed; here no outcome verb tells him, but what
is done for him (reached, carried, treated, rescued) does. Only a word of care right
before the noun, or "إلى" after a word of reaching, makes him a figure: after a count or
a noun the singular is an adjective ("جنديا جريحا"), and "الجرحى" counts nobody.
"""

from __future__ import annotations

from typing import Any

from ..figure_spans import FigureSpans, new_figure
from ..lang import ar as V
from .normalise import Folded, fold_set
from .tokens import Token, positions_in_spans, word_in

_NOUNS = fold_set(V.ONE_WOUNDED_NOUNS)
_CARE = fold_set(V.ONE_WOUNDED_CARE)
_REACHING = fold_set(V.ONE_WOUNDED_REACHING)
_TO = fold_set(V.TO_PREPOSITIONS)


def one_wounded(folded: Folded, toks: list[Token], spans: list[tuple[int, int]],
                out: list[dict[str, Any]]) -> None:
    """Append to ``out`` one wounded for each bare "جريح" that is the object of care."""
    taken: FigureSpans | None = None
    for k, at in positions_in_spans(toks, _NOUNS, spans):
        a = _cared_for(toks, spans[at][0], k)
        if a is None:
            continue
        s, e = folded.span(toks[a].s, toks[k].e)
        if taken is None:
            taken = FigureSpans(out)
        taken.take(out, new_figure(folded.original, s, e, "wounded", 1))


def _cared_for(toks: list[Token], sa: int, k: int) -> int | None:
    """The first token of the care told right before the wounded one at ``k`` ("لإسعاف
    جريح"، "تنقل جريحا"، "الوصول إلى جريح"), or None."""
    r = k - 1
    if r < sa or not toks[r].is_word:
        return None
    if word_in(toks[r], _CARE) is not None:
        return r
    if toks[r].w in _TO and r - 1 >= sa and word_in(toks[r - 1], _REACHING) is not None:
        return r - 1
    return None
