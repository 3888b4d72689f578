"""Arabic casualty readings of people who arrived in a story of flight, and of households
or people told as those who fled (round ar142).

"وقالت السلطات إن أكثر من 4 آلاف شخص وصلوا إلى المدينة منذ السبت، وإنهم يقيمون في
مدارس": the verb only says that they moved; the flight or the refuge named in their own
sentence makes them displaced (round ar136 reads households so, `casualty_families_moved`).
"ويقيم آلاف الأسر التي فرت من المعارك في خيام": the relative's verb is the flight itself.
Both add only what no figure holds yet.
"""

from __future__ import annotations

from typing import Any

from ..figure_spans import FigureSpans, new_figure
from ..lang import ar as V
from .casualty_freed_captives import CountAt
from .normalise import Folded, fold_set
from .tokens import Token, positions_in_spans

_PEOPLE = fold_set(V.ARRIVING_PEOPLE_NOUNS)
_ARRIVING = fold_set(V.ARRIVING_PLURAL_VERBS)
_TO = fold_set(V.TO_PREPOSITIONS)
_FLIGHT = fold_set(V.ARRIVAL_FLIGHT_WORDS)
_NOT_FLIGHT = fold_set(V.ARRIVAL_NOT_FLIGHT_WORDS)
_FLED_HEADS = fold_set(V.FLED_RELATIVE_HEADS)
_RELATIVES = fold_set(V.RELATIVE_PRONOUNS)
_FLED_VERBS = fold_set(V.FLED_RELATIVE_VERBS)
_GATE = _ARRIVING | _FLED_VERBS
# People who arrived at a hospital are its patients ("30 شخصا وصلوا إلى المستشفى مصابين"),
# whatever flight their sentence tells: the wounded, read by the outcome readers.
_HOSPITALS = fold_set(V.HOSPITAL_WORDS)


def arrived_and_fled(folded: Folded, toks: list[Token], spans: list[tuple[int, int]],
                     out: list[dict[str, Any]], count_at: CountAt) -> None:
    """Append to ``out`` people counted by a verb of arriving in a sentence of flight, and
    the households or people counted before a relative of flight."""
    taken: FigureSpans | None = None
    told: dict[int, bool] = {}  # per sentence: a flight told and no other purpose
    for v, at in positions_in_spans(toks, _GATE, spans):
        sa, sb = spans[at]
        head = v - 1 if toks[v].w in _ARRIVING else v - 2
        if head <= sa:
            continue
        if toks[v].w in _ARRIVING:
            # "4 آلاف شخص وصلوا إلى ...": people, the arrival's place, a flight or a refuge
            if toks[head].w not in _PEOPLE or not (v + 1 < sb and toks[v + 1].w in _TO):
                continue
            if v + 2 < sb and toks[v + 2].w in _HOSPITALS:
                continue
            if at not in told:
                told[at] = any(toks[i].w in _FLIGHT for i in range(sa, sb)) and not any(
                    toks[i].w in _NOT_FLIGHT for i in range(sa, sb))
            if not told[at]:
                continue
            b = v + 1
        else:
            # "آلاف الأسر التي فرت": the relative right before the verb of flight
            if toks[v - 1].w not in _RELATIVES or toks[head].w not in _FLED_HEADS:
                continue
            b = v + 1
        c = next((c for i in range(max(sa, head - V.FAMILIES_COUNT_WORDS), head)
                  if (c := count_at(toks, i, sb)) is not None and c.b == head), None)
        if c is None:
            continue
        s, e = folded.span(toks[c.a].s, toks[b - 1].e)
        if taken is None:
            taken = FigureSpans(out)
        gs, ge = folded.span(toks[head].s, toks[head].e)
        taken.take(out, new_figure(folded.original, s, e, "displaced", c.low, c.high, c.qual,
                                   folded.original[gs:ge]))
