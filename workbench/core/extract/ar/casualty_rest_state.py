"""Arabic casualty reading: the rest of the wounded told by their state (round ar190).

A report that tells a part of the wounded ("غادر 11 منهم المستشفى"، "أحد المصابين الثلاثة
فقد ساقه") often closes on the others, counted again by a definite numeral with "the rest"
or "the others" and given their state: "وإن حالة الخمسة الباقين مستقرة"، "والاثنان الآخران
في حالة حرجة". The rest of the hurt are hurt whatever their state, so the figure is of the
wounded, spanning the numeral and its marker ("الخمسة الباقين"), when the last figure told
before it is of the wounded and counts more. The rest of the held, whose fate is told
("مصير السبعة الآخرين مجهول"), names no state and stays unread, as does a rest with no
wounded before it.
"""

from __future__ import annotations

from typing import Any

from ..figure_spans import FigureSpans, new_figure, whole_before
from ..lang import ar as V
from .casualty_freed_captives import CountAt
from .normalise import Folded, fold_set
from .tokens import Token, positions_in_spans

_MARKERS = fold_set(V.REST_STATE_MARKERS)
_STATE_BEFORE = fold_set(V.STATE_NOUNS)
_STATE_AFTER = fold_set(V.REST_STATE_AFTER)
_STATES = fold_set(V.REST_STATES)
_IN = fold_set(("في",))
_QUOTES = frozenset(('"', "«", "“"))


def rest_by_state(folded: Folded, toks: list[Token], spans: list[tuple[int, int]],
                  out: list[dict[str, Any]], count_at: CountAt) -> None:
    """Append to ``out`` the rest of the wounded told by a definite numeral, "the rest"
    and their state, where no figure holds their words yet."""
    if not out:
        return
    taken: FigureSpans | None = None
    for r, at in positions_in_spans(toks, _MARKERS, spans):
        sa, sb = spans[at]
        if r - 1 <= sa or not _stated(toks, sa, sb, r):
            continue
        c = count_at(toks, r - 1, sb)
        if c is None or c.b != r or not getattr(c, "definite", False) or c.high is not None:
            continue
        s, e = folded.span(toks[c.a].s, toks[r].e)
        if taken is None:
            taken = FigureSpans(out)
            figs = sorted(out, key=lambda f: f["end"])
            ends = [f["end"] for f in figs]
        if whole_before(figs, ends, 0, s, c.low, "wounded"):
            taken.take(out, new_figure(folded.original, s, e, "wounded", c.low))


def _stated(toks: list[Token], sa: int, sb: int, r: int) -> bool:
    """Is a state told of the numeral and marker ending at ``r``: the state noun before
    the numeral and a state right after the marker ("حالة الخمسة الباقين مستقرة"), or
    "في حالة"/"حالتهم" and a state after the marker ("الاثنان الآخران في حالة حرجة")?"""
    j = r + 1
    if j < sb and toks[j].w in _QUOTES:
        j += 1  # the state quoted from the doctor
    if j >= sb:
        return False
    if r - 2 >= sa and toks[r - 2].w in _STATE_BEFORE:
        return toks[j].w in _STATES
    if toks[j].w in _IN:
        j += 1
    return j + 1 < sb and toks[j].w in _STATE_AFTER and toks[j + 1].w in _STATES
