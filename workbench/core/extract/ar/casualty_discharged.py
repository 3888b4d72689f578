"""Arabic casualty readings of a part of the wounded told by their leaving hospital.

"أصيب عشرة أشخاص في الانفجار. وغادر أربعة منهم المستشفى": only the hurt are discharged,
so "N منهم" that left hospital is a part of the wounded counted before, in its own
sentence or the one before, as "N منهم في حالة حرجة" is. The verb stands right before the
count or right after "منهم" ("ثلاثة منهم غادروا المستشفى"), the hospital right after it
or after "من". People leaving a town or a building, or leaving hospital with no wounded
counted before, stay unread.
"""

from __future__ import annotations

from operator import itemgetter
from typing import Any

from ..figure_spans import FigureSpans, new_figure, whole_before
from ..lang import ar as V
from .casualty_freed_captives import CountAt
from .normalise import Folded, fold_set
from .tokens import Token, positions_in_spans

_LEFT_IT = fold_set(V.LEFT_HOSPITAL_IT_VERBS)
_LEFT = fold_set(V.LEFT_HOSPITAL_VERBS) | _LEFT_IT
_HOSPITALS = fold_set(V.HOSPITAL_WORDS)
_OF_THEM = fold_set(V.OF_THEM)
_FROM = fold_set(("من",))
_END = itemgetter("end")
# How many tokens a count before "منهم" may take ("أربعة"، "12"، "ثلاثة آلاف").
_COUNT_WORDS = 3


def discharged_parts(folded: Folded, toks: list[Token], spans: list[tuple[int, int]],
                     out: list[dict[str, Any]], count_at: CountAt) -> None:
    """Append to ``out`` the parts of the wounded told by their leaving hospital, where no
    figure holds their words yet."""
    if not out:
        return
    starts = [sa for sa, _ in spans]
    taken: FigureSpans | None = None
    for m, at in positions_in_spans(toks, _LEFT, spans):
        sa, sb = spans[at]
        part = _part_left(toks, sa, sb, m, count_at)
        if part is None:
            continue
        a, b, low = part
        s, e = folded.span(toks[a].s, toks[b - 1].e)
        first = starts[max(at - 1, 0)]
        lo = folded.span(toks[first].s, toks[first].e)[0]
        if taken is None:
            taken = FigureSpans(out)
            figs = sorted(out, key=_END)
            ends = [f["end"] for f in figs]
        if not whole_before(figs, ends, lo, s, low, "wounded"):
            continue
        taken.take(out, new_figure(folded.original, s, e, "wounded", low))


def _part_left(toks: list[Token], sa: int, sb: int, m: int,
               count_at: CountAt) -> tuple[int, int, int] | None:
    """The part "N منهم" whose verb of leaving is at ``m``, with the hospital after: its
    first token, its end (after "منهم": the part is its count, as "N منهم في حالة حرجة"
    is told) and its count."""
    if toks[m].w in _LEFT_IT:
        return _part_left_it(toks, sa, sb, m, count_at)
    if m + 2 < sb and (c := count_at(toks, m + 1, sb)) is not None and c.b < sb and toks[
            c.b].w in _OF_THEM:
        k = c.b + 1  # "وغادر أربعة منهم المستشفى"
    elif m - 2 >= sa and toks[m - 1].w in _OF_THEM and (c := next(
            (c for i in range(max(sa, m - 1 - _COUNT_WORDS), m - 1)
             if (c := count_at(toks, i, sb)) is not None and c.b == m - 1), None)) is not None:
        k = m + 1  # "ثلاثة منهم غادروا المستشفى"
    else:
        return None
    if c.qual == "vague" or c.high is not None:
        return None  # ("غادر عدد منهم": no count told)
    if k < sb and toks[k].w in _FROM:
        k += 1
    return (c.a, c.b + 1, c.low) if k < sb and toks[k].w in _HOSPITALS else None


def _part_left_it(toks: list[Token], sa: int, sb: int, m: int,
                  count_at: CountAt) -> tuple[int, int, int] | None:
    """(round ar184) "5 مصابين نقلوا إلى المستشفى، وأن ثلاثة منهم غادروه": the hospital
    named before in the sentence, its pronoun on the verb after "N منهم"."""
    if m - 2 < sa or toks[m - 1].w not in _OF_THEM:
        return None
    c = next((c for i in range(max(sa, m - 1 - _COUNT_WORDS), m - 1)
              if (c := count_at(toks, i, sb)) is not None and c.b == m - 1), None)
    if c is None or c.qual == "vague" or c.high is not None:
        return None
    if not any(toks[i].w in _HOSPITALS for i in range(sa, c.a)):
        return None  # ("ثلاثة منهم غادروها": a town or a camp named before)
    return c.a, c.b + 1, c.low
