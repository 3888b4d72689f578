"""Arabic casualty reading of one of the freed (round ar156).

"وقالت إحدى المحررات إن ..."، "وروى أحد المفرج عنهم ...": "one of" and a participle of
release names one person who was held, as "أحد المخطوفين" names one captive. Who held
them decides the outcome, as for a count among the released ("بين المفرج عنهم"): the
nearest holder told before (kidnappers or an armed group, a capture; a state or its jail,
an arrest). "المحررات"/"المحررين" are also editors, so they count only in a story of
taking or freeing told before; a release with no holder and no taking told stays unread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..figure_spans import FigureSpans, new_figure
from ..lang import ar as V
from .normalise import Folded, fold_set, fold_word
from .tokens import Token, positions_in_spans, word_in

_ONE_OF = frozenset(V.ONE_OF_FOLDED)
_FREED = fold_set(V.FREED_ONE_PARTICIPLES)
_RELEASED = frozenset((fold_word(a), fold_word(b)) for a, b in V.RELEASED_AMONG)
_STORY = fold_set((*V.TAKING_TOLD_BEFORE, *V.FREEING_WORDS))

HeldAs = Callable[[list[Token], int], "str | None"]


def freed_one(folded: Folded, toks: list[Token], spans: list[tuple[int, int]],
              out: list[dict[str, Any]], held_as: HeldAs) -> None:
    """Append to ``out`` one held person for each "أحد"/"إحدى" + a participle of release.
    ``held_as``: how the people released before a token were held, or None."""
    taken: FigureSpans | None = None
    for k, at in positions_in_spans(toks, _ONE_OF, spans):
        sb = spans[at][1]
        if k + 1 >= sb:
            continue
        nxt = toks[k + 1].w
        story = _story_before(toks, k)
        if nxt in _FREED and story:
            end = k + 2  # (freed from captors, whoever held them: captives)
            outcome = held_as(toks, k) or "captured"
        elif k + 2 < sb and (nxt, toks[k + 2].w) in _RELEASED:
            end = k + 3
            outcome = held_as(toks, k) or ("captured" if story else None)
        else:
            continue
        if outcome is None:
            continue
        s, e = folded.span(toks[k].s, toks[end - 1].e)
        if taken is None:
            taken = FigureSpans(out)
        taken.take(out, new_figure(folded.original, s, e, outcome, 1))


def _story_before(toks: list[Token], k: int) -> bool:
    """Is a taking or a freeing told in the words before ``k``?"""
    return any(word_in(toks[r], _STORY) is not None
               for r in range(max(0, k - V.HELD_STORY_REACH), k))
