"""Arabic casualty readings of a part of the victims told after the dead.

"عثر على جثث سبعة أشخاص. وقال شهود إن ثلاثة من الضحايا كانت أيديهم مقيدة": "الضحايا"
names no outcome of its own, but after a count of the dead, in its own sentence or the one
before, with no figure of another outcome between, "N من الضحايا" is a part of those dead,
as "N من القتلى" is. After a count of the taken or the wounded, or with no count of the
dead before, it stays unread; a vague "عدد من الضحايا" counts nobody.
"""

from __future__ import annotations

from operator import itemgetter
from typing import Any

from ..figure_spans import FigureSpans, new_figure, whole_before
from ..lang import ar as V
from .casualty_freed_captives import CountAt
from .normalise import Folded, fold_set
from .tokens import Token, positions_in_spans

_VICTIMS = fold_set(V.VICTIMS_OF_PART)
_FROM = "من"
_END = itemgetter("end")
# How many tokens a count before "من" may take ("ثلاثة"، "12"، "ثلاثة آلاف").
_COUNT_WORDS = 3


def victims_part(folded: Folded, toks: list[Token], spans: list[tuple[int, int]],
                 out: list[dict[str, Any]], count_at: CountAt) -> None:
    """Append to ``out`` the parts "N من الضحايا" of the dead counted just before, where
    no figure holds their words yet."""
    if not out:
        return
    starts = [sa for sa, _ in spans]
    taken: FigureSpans | None = None
    for m, at in positions_in_spans(toks, _VICTIMS, spans):
        sa, sb = spans[at]
        if m - 2 < sa or toks[m - 1].w != _FROM:
            continue
        c = next((c for i in range(max(sa, m - 1 - _COUNT_WORDS), m - 1)
                  if (c := count_at(toks, i, sb)) is not None and c.b == m - 1), None)
        if c is None or c.qual == "vague" or c.high is not None:
            continue  # ("عدد من الضحايا": no count told)
        s, e = folded.span(toks[c.a].s, toks[m].e)
        first = starts[max(at - 1, 0)]
        lo = folded.span(toks[first].s, toks[first].e)[0]
        if taken is None:
            taken = FigureSpans(out)
            figs = sorted(out, key=_END)
            ends = [f["end"] for f in figs]
        if not whole_before(figs, ends, lo, s, c.low, "killed"):
            continue
        gs, ge = folded.span(toks[m].s, toks[m].e)
        taken.take(out, new_figure(folded.original, s, e, "killed", c.low,
                                   group=folded.original[gs:ge]))
