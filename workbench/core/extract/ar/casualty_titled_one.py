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
_QUOTES = frozenset('"«»“”')
_SHARED_TITLES = fold_set(V.SHARED_GENITIVE_TITLES)


def titled_one(folded: Folded, toks: list[Token], spans: list[tuple[int, int]],
               out: list[dict[str, Any]]) -> None:
    """Append to ``out`` one killed for each indefinite construct title right after a
    verbal noun of killing."""
    taken: FigureSpans | None = None
    for k, at in positions_in_spans(toks, _TITLES, spans):
        sa, sb = spans[at]
        if k - 1 < sa or k + 1 >= sb or word_in(toks[k - 1], _KILLING) is None:
            continue
        g = k + 2 if second_title(toks, k + 1, sb) else k + 1  # (round ar167) "مدير ومالك"
        if not title_genitive(toks[g]) or not _construct_ends(toks, g + 1, sb):
            continue
        s, e = folded.span(toks[k - 1].s, toks[g].e)
        if taken is None:
            taken = FigureSpans(out)
        g_s, g_e = folded.span(toks[k].s, toks[g].e)
        taken.take(out, new_figure(folded.original, s, e, "killed", 1,
                                   group=folded.original[g_s:g_e]))


def second_title(toks: list[Token], k: int, sb: int) -> bool:
    """(round ar167) Is the token at ``k`` a title joined by "و" right after another title
    of one man, both governing the bare genitive after it ("إمام وخطيب مسجد"، "مدير ومالك
    شركة")? The second office is the same man's, no second person."""
    w = toks[k].w
    return (k >= 1 and k + 1 < sb and w[:1] == "و" and w[1:] in _SHARED_TITLES
            and toks[k - 1].w in _SHARED_TITLES and title_genitive(toks[k + 1]))


def title_genitive(t: Token) -> bool:
    """Is ``t`` a noun with no article that a title may govern ("نيابة"، "تحقيق"، "بلدية"),
    not a preposition, a joined word, a number or a place after "بال"?"""
    w = t.w
    return (t.is_word and len(w) > 2 and not w.startswith(("ال", "و", "بال", "لل"))
            and w not in _NOT_GENITIVE)


def _construct_ends(toks: list[Token], r: int, sb: int) -> bool:
    """Does the title's construct end before ``r``: the sentence ends, a mark other than a
    quotation's, a preposition, an adverb or the means of the killing, or a word joined by
    "و" or "ب"? A name or a definite word there makes the title definite ("مقتل قائد جهاز
    "دعم الاستقرار""، "مدير مستشفى حلب"): a person the story names, no count."""
    if r >= sb:
        return True
    t = toks[r]
    if not t.is_word:
        return t.w not in _QUOTES
    return t.w in _NOT_GENITIVE or t.w.startswith(("و", "ب")) or (
        len(t.w) > 3 and t.w.endswith(("ي", "يه")))  # a nisba: "قاضي تحقيق ليبي"


def joined_title(toks: list[Token], k: int, sb: int, ends: set[int]) -> bool:
    """Is the token at ``k`` a title joined by "و" right after a figure that ends there
    (``ends``), with its indefinite genitive after it ("أربعة معلمين ومديرة مدرسة"، "خمسة
    جنود ورئيس بلدية")? One more person, of that figure's outcome: joined to a count, the
    title counts one whoever's it is ("ومديرة مدرسة القرية"), but not a body's named in
    quotation marks."""
    w = toks[k].w
    return (k in ends and w[:1] == "و" and w[1:] in _TITLES and k + 1 < sb
            and title_genitive(toks[k + 1]) and (
                k + 2 >= sb or toks[k + 2].is_word or toks[k + 2].w not in _QUOTES))
