"""Arabic casualty reading of a part of the held led away (round ar158).

"احتجز جنود ثلاثة مسعفين ... ثم أفرجوا عن واحد منهم، فيما اقتيد الاثنان الآخران إلى جهة
مجهولة"، "اعتقل الجنود ستة شبان واقتيد ثلاثة منهم إلى جهة مجهولة": the passive of leading
away with a part of those held as its subject ("N منهم", or the definite numeral of the rest
with "the other(s)") and "to" a place after it. The part was taken with the whole, so it
keeps the outcome of the holding told before it (a state's arrest, an armed group's
capture); with no held whole before (a count of the wounded, nothing at all) it counts
nobody here.
"""

from __future__ import annotations

from typing import Any

from ..figure_spans import FigureSpans, new_figure
from ..lang import ar as V
from .casualty_freed_captives import CountAt
from .casualty_release import held_whole
from .normalise import Folded, fold_set, fold_word
from .tokens import Token, positions_in_spans

_VERBS = fold_set((*V.LED_AWAY_PART_VERBS, *("و" + w for w in V.LED_AWAY_PART_VERBS)))
_OF_THEM = fold_set(V.PART_PARTITIVES)
_TWO = fold_set(V.DEFINITE_TWO)
# the definite numerals of three to ten ("الثلاثة الآخرون"), with their values
_DEFINITE: dict[str, int] = {
    **{"ال" + fold_word(w): v for w, v in V.UNITS.items() if 3 <= v <= 10},
    **dict.fromkeys(_TWO, 2), **dict.fromkeys(fold_set(V.OTHERS_DUAL_OF_PART), 2)}
_OTHERS = fold_set(V.OTHERS_OF_PART)
_TO = fold_set(V.TO_PREPOSITIONS)


def led_away_parts(folded: Folded, toks: list[Token], spans: list[tuple[int, int]],
                   out: list[dict[str, Any]], count_at: CountAt) -> None:
    """Append to ``out`` the parts of a held whole led away, with its outcome."""
    taken: FigureSpans | None = None
    figs: list[dict[str, Any]] = []
    ends: list[int] = []
    starts = [sa for sa, _ in spans]
    for v, at in positions_in_spans(toks, _VERBS, spans):
        sb = spans[at][1]
        part = _part_after(toks, v, sb, count_at)
        if part is None:
            continue
        a, b, low = part
        if taken is None:
            figs = sorted(out, key=lambda f: f["end"])
            ends = [f["end"] for f in figs]
            taken = FigureSpans(out)
        first = starts[max(at - 1, 0)]  # (the holding in its sentence or the one before)
        lo = folded.span(toks[first].s, toks[first].e)[0]
        s, e = folded.span(toks[a].s, toks[b - 1].e)
        outcome = held_whole(figs, ends, lo, s, low)
        if outcome is not None:
            taken.take(out, new_figure(folded.original, s, e, outcome, low))


def _part_after(toks: list[Token], v: int, sb: int,
                count_at: CountAt) -> tuple[int, int, int] | None:
    """The part led away after the verb at ``v``: its first token, end and count, when
    "to" a place follows it."""
    j = v + 1
    if j >= sb:
        return None
    if (n := _DEFINITE.get(toks[j].w)) is not None:
        b = j + 1
        if b < sb and toks[b].w in _OTHERS:
            b += 1
        elif toks[j].w in _TWO:
            return None  # ("الاثنين" alone may be Monday)
        low = n
    elif (c := count_at(toks, j, sb)) is not None and c.a == j and c.b < sb and (
            toks[c.b].w in _OF_THEM) and c.qual != "vague" and c.high is None:
        b, low = c.b + 1, c.low
    else:
        return None
    if b >= sb or toks[b].w not in _TO:
        return None
    return j, b, low

