"""Arabic casualty readings of households driven from their homes, told after their count
(round ar184).

"سبع عائلات اضطرت إلى مغادرة القرية"، "ست عائلات من خربة السنديان أجبرت على الرحيل"،
"12 عائلة باتت بلا مأوى"، "نحو ثلاثين عائلة كانت تسكنه أصبحت بلا مأوى"، "ثماني عائلات
شردها الحريق"، "أربع عائلات من تجمع ... في الأغوار هجرت مساكنها": the households are the
subject, and what they were forced to, or left without, is flight or the loss of a home
(README-ar: displaced = "هجر", "نزوح"). Words describing them may stand between (where they
are from, a relative clause on where they lived). Verb-first forms ("باتت 12 عائلة بلا
مأوى") are read here too; families who lived somewhere, return or are merely housed are not.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from ..figure_spans import FigureSpans, new_figure
from ..lang import ar as V
from .casualty_families_moved import count_before
from .casualty_freed_captives import CountAt
from .normalise import Folded, fold_set
from .tokens import Token, bare_token, positions_in_spans

_HOUSEHOLDS = fold_set(V.HOUSEHOLD_NOUNS)
_FORCED = fold_set(V.FAMILIES_FORCED_VERBS)
_FORCED_TO = fold_set(V.FAMILIES_FORCED_TO)
_LEAVING = fold_set(V.FAMILIES_FORCED_LEAVING)
_BECAME = fold_set(V.FAMILIES_BECAME_VERBS)
_WITHOUT = fold_set(V.FAMILIES_WITHOUT)
_SHELTER = fold_set(V.FAMILIES_SHELTER_WORDS)
_DRIVEN_THEM = fold_set(V.FAMILIES_DRIVEN_THEM)
_LEFT_HOMES = fold_set(V.FAMILIES_LEFT_HOMES_VERBS)
_STOPS = fold_set(V.FAMILIES_DRIVEN_STOPS)
_ENDED = fold_set(V.FAMILIES_DRIVEN_ENDED)
_CLITIC_L = "ل"


def families_driven(folded: Folded, toks: list[Token], spans: list[tuple[int, int]],
                    out: list[dict[str, Any]], count_at: CountAt) -> None:
    """Append to ``out`` households counted before (or after) a predicate of being driven
    from home, where no figure holds their words yet."""
    taken: FigureSpans | None = None
    for h, at in positions_in_spans(toks, _HOUSEHOLDS, spans):
        sa, sb = spans[at]
        c = count_before(toks, h, sa, sb, count_at)
        if c is None:
            c = _after_lam(toks, h, sa, count_at)
        if c is None:
            continue
        if c.a - 1 >= sa and toks[c.a - 1].w in _BECAME and (
                end := _homeless(toks, h + 1, sb)) is not None:
            a, b = c.a - 1, end  # "باتت 12 عائلة بلا مأوى"
        elif (end := _driven_after(toks, h + 1, sb)) is not None:
            a, b = c.a, end
        else:
            continue
        if any(toks[i].w in _ENDED for i in range(b, sb)):
            continue  # ("... ثم عادت إلى منازلها": the move ended)
        start = toks[a].s
        if a == c.a and toks[a].w[:1] == _CLITIC_L and count_at(
                [bare_token(toks[a].w[1:])], 0, 1) is not None:
            start += 1  # ("لست عائلات شردها": the preposition is not the count's)
        s, e = folded.span(start, toks[b - 1].e)
        if taken is None:
            taken = FigureSpans(out)
        gs, ge = folded.span(toks[h].s, toks[h].e)
        taken.take(out, new_figure(folded.original, s, e, "displaced", c.low, c.high, c.qual,
                                   folded.original[gs:ge]))


class _Count(NamedTuple):
    a: int
    b: int
    low: int
    high: int | None
    qual: str


def _after_lam(toks: list[Token], h: int, sa: int, count_at: CountAt) -> _Count | None:
    """A number word glued to "لـ" right before the households ("لست عائلات"), which the
    casualty reader leaves alone ("لست" is also "I am not"): before a plural of households
    it can only be "for six"."""
    if h - 1 < sa or toks[h - 1].w[:1] != _CLITIC_L or len(toks[h - 1].w) < 3:
        return None
    c = count_at([bare_token(toks[h - 1].w[1:]), toks[h]], 0, 2)
    if c is None or c.b != 1:
        return None
    return _Count(h - 1, h, c.low, c.high, c.qual)


def _homeless(toks: list[Token], j: int, sb: int) -> int | None:
    """The end of "بلا مأوى" at ``j``, or None."""
    if j + 1 < sb and toks[j].w in _WITHOUT and toks[j + 1].w in _SHELTER:
        return j + 2
    return None


def _driven_after(toks: list[Token], j: int, sb: int) -> int | None:
    """The end of a predicate of being driven from home within a few words after the
    households' noun at ``j - 1``, or None. A comma, a new clause or another count ends
    the description of the households first."""
    for k in range(j, min(sb, j + V.FAMILIES_DRIVEN_GAP + 1)):
        w = toks[k].w
        if not toks[k].is_word or w in _STOPS or w in _HOUSEHOLDS:
            return None
        if w in _DRIVEN_THEM and k == j:
            return k + 1  # "ثماني عائلات شردها الحريق"
        if w in _FORCED and k + 2 < sb and toks[k + 1].w in _FORCED_TO and (
                toks[k + 2].w in _LEAVING):
            return k + 3  # "اضطرت إلى مغادرة"، "أجبرت على الرحيل"
        if w in _BECAME:
            return _homeless(toks, k + 1, sb)  # "باتت بلا مأوى"
        if w in _LEFT_HOMES:
            return k + 1  # "هجرت مساكنها"
    return None
