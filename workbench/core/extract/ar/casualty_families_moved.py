"""Arabic casualty readings of households told by leaving, arriving or registering after
violence (round ar136).

"غادرت 25 عائلة القرية بعد هجمات المستوطنين"، "إن أكثر من 500 عائلة وصلت إلى مخيمات
الإيواء"، "نحو 300 عائلة سجلت أسماءها لدى مراكز الإيواء": the verbs say only that the
households moved; they are displaced when violence, a camp or a shelter is named in the
same sentence or the one before. The households' own verbs of flight ("نزحت 25 عائلة")
are the casualty reader's; this reader adds only what no figure holds yet.
"""

from __future__ import annotations

from typing import Any

from ..figure_spans import FigureSpans, new_figure
from ..lang import ar as V
from .casualty_freed_captives import CountAt
from .normalise import Folded, fold_set
from .tokens import Token, positions_in_spans, word_in

_HOUSEHOLDS = fold_set(V.HOUSEHOLD_NOUNS)
_LEAVING_FIRST = fold_set(V.FAMILIES_LEAVING_FIRST)
_LEAVING_HEADLINE = fold_set(V.FAMILIES_LEAVING_HEADLINE)
_ARRIVING_AFTER = fold_set(V.FAMILIES_ARRIVING_AFTER)
_ARRIVED_AT = fold_set(V.FAMILIES_ARRIVED_AT)
_CONTEXT = fold_set(V.FAMILIES_DISPLACEMENT_CONTEXT)
_ROUTINE = fold_set(V.FAMILIES_ROUTINE_PURPOSES)
_RETURNING = fold_set(V.FAMILIES_RETURNING)
_OWN_REASONS = fold_set(V.FAMILIES_OWN_REASONS)
_POINTING_BACK = fold_set(V.FAMILIES_REASON_POINTING_BACK)


def count_before(toks: list[Token], h: int, sa: int, sb: int, count_at: CountAt) -> Any:
    """The count that ends right before the household noun at ``h`` in the span from
    ``sa`` to ``sb``, a few words back at most (``FAMILIES_COUNT_WORDS``), or None."""
    return next((c for i in range(max(sa, h - V.FAMILIES_COUNT_WORDS), h)
                 if (c := count_at(toks, i, sb)) is not None and c.b == h), None)


def families_moved(folded: Folded, toks: list[Token], spans: list[tuple[int, int]],
                   out: list[dict[str, Any]], count_at: CountAt) -> None:
    """Append to ``out`` households counted by a verb of leaving or arriving next to a
    displacement context, where no figure holds their words yet."""
    taken: FigureSpans | None = None
    for h, at in positions_in_spans(toks, _HOUSEHOLDS, spans):
        sa, sb = spans[at]
        c = count_before(toks, h, sa, sb, count_at)
        if c is None:
            continue
        opener = at == 0 and c.a - 1 == sa and toks[sa].w in _LEAVING_HEADLINE
        if opener or (c.a - 1 >= sa and toks[c.a - 1].w in _LEAVING_FIRST):
            a, b = c.a - 1, h + 1  # "غادرت 25 عائلة القرية"; (round ar146) "رحيل 11 عائلة"
        elif h + 2 < sb and toks[h + 1].w in _ARRIVING_AFTER and toks[h + 2].w in _ARRIVED_AT:
            a, b = c.a, h + 2  # "500 عائلة وصلت إلى المخيمات"
        else:
            continue
        if any(toks[i].w in _ROUTINE or toks[i].w in _RETURNING for i in range(b, sb)):
            continue  # ("غادرت 30 عائلة القرية للعمل": a routine move; "عائدة": a return)
        if opener and not any(word_in(toks[i], _CONTEXT) is not None for i in range(
                sa, spans[1][1] if len(spans) > 1 else sb)):
            continue  # (the headline's masdar: violence named there or in the story's opening)
        if not opener and not any(
                word_in(toks[i], _CONTEXT) is not None for i in range(sa, sb)) and (
                at == 0 or _own_reason(toks, b, sb) or not any(
                    word_in(toks[i], _CONTEXT) is not None for i in range(spans[at - 1][0], sa))):
            # (a feast, a market, work: no violence and no refuge named; (review of round
            # ar136) violence told only before, with a reason of their own after the verb)
            continue
        s, e = folded.span(toks[a].s, toks[b - 1].e)
        if taken is None:
            taken = FigureSpans(out)
        gs, ge = folded.span(toks[h].s, toks[h].e)
        taken.take(out, new_figure(folded.original, s, e, "displaced", c.low, c.high, c.qual,
                                   folded.original[gs:ge]))


def _own_reason(toks: list[Token], b: int, sb: int) -> bool:
    """Does the households' sentence give a cause or an aim of its own after ``b`` ("بسبب
    ارتفاع الإيجارات"، "للحصول على قروض"), one that does not point back ("جراء ذلك")?"""
    return any(toks[i].w in _OWN_REASONS and not (
        i + 1 < sb and toks[i + 1].w in _POINTING_BACK) for i in range(b, sb))
