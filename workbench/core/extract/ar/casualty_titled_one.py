"""Arabic casualty reading of one office-holder named by a title in construct (round ar156).

"اغتيال وكيل نيابة في درنة"، "مقتل قاضي تحقيق برصاص مجهولين"، "قتل رئيس بلدية": a title
that governs an indefinite genitive ("وكيل نيابة"، "قاضي تحقيق"، "مدير مستشفى") names one
person, as an indefinite singular person noun does ("مقتل ضابط"). The title words are no
person nouns on their own ("رئيس الوزراء"، "مدير الأمن" are definite and count nobody, and
"رئيس" heads bodies and offices everywhere), so only a verbal noun of killing right before
the title, and a genitive with no article right after it, make it one killed.
"""

from __future__ import annotations

from typing import Any

from ..figure_spans import FigureSpans, new_figure
from ..lang import ar as V
from .normalise import Folded, fold_set
from .tokens import Token, positions_in_spans, word_in

_TITLES = fold_set(V.TITLES_OF_ONE)
_KILLING = fold_set(V.KILLING_BEFORE_TITLE)
_NOT_GENITIVE = fold_set(V.NOT_TITLE_GENITIVES)


def titled_one(folded: Folded, toks: list[Token], spans: list[tuple[int, int]],
               out: list[dict[str, Any]]) -> None:
    """Append to ``out`` one killed for each indefinite construct title right after a
    verbal noun of killing."""
    taken: FigureSpans | None = None
    for k, at in positions_in_spans(toks, _TITLES, spans):
        sa, sb = spans[at]
        if k - 1 < sa or k + 1 >= sb or word_in(toks[k - 1], _KILLING) is None:
            continue
        if not _indefinite_genitive(toks[k + 1]):
            continue
        s, e = folded.span(toks[k - 1].s, toks[k + 1].e)
        if taken is None:
            taken = FigureSpans(out)
        g_s, g_e = folded.span(toks[k].s, toks[k + 1].e)
        taken.take(out, new_figure(folded.original, s, e, "killed", 1,
                                   group=folded.original[g_s:g_e]))


def _indefinite_genitive(t: Token) -> bool:
    """Is ``t`` a noun with no article that a title may govern ("نيابة"، "تحقيق"، "بلدية"),
    not a preposition, a joined word, a number or a place after "بال"?"""
    w = t.w
    return (t.is_word and len(w) > 2 and not w.startswith(("ال", "و", "بال", "لل"))
            and w not in _NOT_GENITIVE)
