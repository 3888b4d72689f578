"""Arabic casualty reading of one of the freed (round ar156).

"وقالت إحدى المحررات إن ..."، "وقال أحد المحررين ...": "one of" and the participle of freeing
names one person freed from captors, a captive, as "أحد المخطوفين" names one; the corpus
counts hostages later freed as captured. "المحررات"/"المحررين" are also editors, so they
count only in a story of taking or freeing told before. Left unread: one of them as the
source of a relay ("نقلت القناة عن أحد المحررين قوله"), as the older sets leave that
source uncounted, and one of those released ("أحد المفرج عنهم"), whom the sets do not count
either (a release may be of prisoners the story never counted as held).
"""

from __future__ import annotations

from typing import Any

from ..figure_spans import FigureSpans, new_figure
from ..lang import ar as V
from .normalise import Folded, fold_set
from .tokens import Token, positions_in_spans, word_in

_ONE_OF = frozenset(V.ONE_OF_FOLDED)
_FREED = fold_set(V.FREED_ONE_PARTICIPLES)
_STORY = fold_set((*V.TAKING_TOLD_BEFORE, *V.FREEING_WORDS))
_RELAYED_FROM = "عن"


def freed_one(folded: Folded, toks: list[Token], spans: list[tuple[int, int]],
              out: list[dict[str, Any]]) -> None:
    """Append to ``out`` one captive for each "أحد"/"إحدى" + a participle of freeing in a
    story of taking or freeing."""
    taken: FigureSpans | None = None
    for k, at in positions_in_spans(toks, _ONE_OF, spans):
        if k + 1 >= spans[at][1] or toks[k + 1].w not in _FREED:
            continue
        if (k > 0 and toks[k - 1].w == _RELAYED_FROM) or not _story_before(toks, k):
            continue
        s, e = folded.span(toks[k].s, toks[k + 1].e)
        if taken is None:
            taken = FigureSpans(out)
        taken.take(out, new_figure(folded.original, s, e, "captured", 1))


def _story_before(toks: list[Token], k: int) -> bool:
    """Is a taking or a freeing told in the words before ``k``?"""
    return any(word_in(toks[r], _STORY) is not None
               for r in range(max(0, k - V.HELD_STORY_REACH), k))
