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
# (round ar153) the arrival told verb first or in the present ("وصل أكثر من 15 ألف شخص
# إلى"، "آلاف الأسر تصل إلى")، and the count of the arrivals after "عدد" ("عدد الواصلين
# بأكثر من 15 ألف شخص")
_ARRIVING_FIRST = fold_set(V.ARRIVING_FIRST_VERBS)
_ARRIVING_PRESENT = fold_set(V.ARRIVING_PRESENT_VERBS)
_ARRIVALS = fold_set(V.ARRIVALS_COUNTED)
_NUMBER_OF = fold_set(("عدد", "وعدد"))
_HEADS = _PEOPLE | _FLED_HEADS
_GATE = _ARRIVING | _FLED_VERBS | _ARRIVING_FIRST | _ARRIVING_PRESENT | _ARRIVALS
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
        w = toks[v].w
        if w in _ARRIVING_FIRST or w in _ARRIVALS:
            # "وصل أكثر من 15 ألف شخص إلى المدينة هربا من القتال"، "عدد الواصلين بـ ..."
            found = _arrivals_after(toks, sa, sb, v, count_at)
            if found is None or not _flight_told(toks, spans, at, told, w in _ARRIVALS):
                continue
            c, head, b, a = found
        else:
            head = v - 1 if w in _ARRIVING or w in _ARRIVING_PRESENT else v - 2
            if head <= sa:
                continue
            got = _arrived_before(toks, sa, sb, v, head, spans, at, told, count_at)
            if got is None:
                continue
            c, b = got
            a = c.a
        s, e = folded.span(toks[a].s, toks[b - 1].e)
        if taken is None:
            taken = FigureSpans(out)
        gs, ge = folded.span(toks[head].s, toks[head].e)
        taken.take(out, new_figure(folded.original, s, e, "displaced", c.low, c.high, c.qual,
                                   folded.original[gs:ge]))


def _flight_told(toks: list[Token], spans: list[tuple[int, int]], at: int,
                 told: dict[int, bool], before_too: bool = False) -> bool:
    """Is a flight or a refuge told in the sentence ``at`` (or, for a count of the arrivals
    after "عدد", in the sentence before it), and no other purpose of coming?"""
    for i in ((at - 1, at) if before_too and at > 0 else (at,)):
        if i not in told:
            sa, sb = spans[i]
            told[i] = any(toks[r].w in _FLIGHT for r in range(sa, sb)) and not any(
                toks[r].w in _NOT_FLIGHT for r in range(sa, sb))
        if told[i]:
            return True
    return False


def _arrivals_after(toks: list[Token], sa: int, sb: int, v: int,
                    count_at: CountAt) -> tuple[Any, int, int, int] | None:
    """The count after a verb of arriving told first ("وصل أكثر من 15 ألف شخص إلى"), its
    people noun and "إلى" after it; or after "عدد" and the arrivals ("عدد الواصلين بأكثر من
    15 ألف شخص"). Returns the count, the head, the figure's end and its start."""
    if toks[v].w in _ARRIVALS:
        # (a place between: "عدد الواصلين إلى المدينة بنحو 3 آلاف")
        r = v + 3 if v + 3 < sb and toks[v + 1].w in _TO else v + 1
        if v - 1 < sa or toks[v - 1].w not in _NUMBER_OF or r >= sb or not (
                toks[r].w.startswith("ب")):
            return None
        c = count_at(toks, r, sb)
        if c is None or c.a != r:
            return None
        head = c.b if c.b < sb and toks[c.b].w in _HEADS else v
        return c, head, max(c.b, head + 1), v - 1
    c = count_at(toks, v + 1, sb)
    if c is None or c.b + 1 >= sb or toks[c.b].w not in _HEADS or toks[c.b + 1].w not in _TO:
        return None
    if c.b + 2 < sb and toks[c.b + 2].w in _HOSPITALS:
        return None
    return c, c.b, c.b + 1, c.a


def _arrived_before(toks: list[Token], sa: int, sb: int, v: int, head: int,
                    spans: list[tuple[int, int]], at: int, told: dict[int, bool],
                    count_at: CountAt) -> tuple[Any, int] | None:
    """The people counted before a verb of arriving or a relative of flight: the count and
    the figure's end, or None."""
    if toks[v].w in _ARRIVING or toks[v].w in _ARRIVING_PRESENT:
        # "4 آلاف شخص وصلوا إلى ...": people, the arrival's place, a flight or a refuge
        # (round ar153: or households, "آلاف الأسر تصل إلى")
        heads = _PEOPLE if toks[v].w in _ARRIVING else _HEADS
        if toks[head].w not in heads or not (v + 1 < sb and toks[v + 1].w in _TO):
            return None
        if v + 2 < sb and toks[v + 2].w in _HOSPITALS:
            return None
        if not _flight_told(toks, spans, at, told):
            return None
    else:
        # "آلاف الأسر التي فرت": the relative right before the verb of flight
        if toks[v - 1].w not in _RELATIVES or toks[head].w not in _FLED_HEADS:
            return None
    c = next((c for i in range(max(sa, head - V.FAMILIES_COUNT_WORDS), head)
              if (c := count_at(toks, i, sb)) is not None and c.b == head), None)
    return None if c is None else (c, v + 1)
