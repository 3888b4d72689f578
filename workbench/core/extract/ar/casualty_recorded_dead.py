"""Arabic casualty readings of people recorded as dead (round ar186).

Rights groups count the dead they learn of from the registers, most often detainees whose
death in custody was entered in the civil records: "أكثر من 900 معتقل سجلوا متوفين في
السجلات المدنية"، "وأشار إلى أن 240 شخصا سجلوا كمتوفين في دوائر النفوس"، "نحو 70
معتقلا قيدوا متوفين". The count of people, the verb of recording right after its noun and
a status of the dead right after the verb are a count of the killed (the README's "وفاة"
counts a death in custody so). Recorded as anything else ("سجلوا في قوائم الناخبين"،
"سجلوا متفوقين") and the verb first ("سجلت الوزارة 300 إصابة") stay unread here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..figure_spans import FigureSpans, new_figure
from ..lang import ar as V
from .casualty_freed_captives import CountAt
from .normalise import Folded, fold_set
from .tokens import Token, positions_in_spans

_RECORDED = fold_set(V.RECORDED_VERBS)
_DEAD = fold_set(V.RECORDED_DEAD_STATUS)
# How many tokens a count before its noun may take ("أكثر من 1600"، "ثلاثة آلاف").
_COUNT_WORDS = 4


def recorded_dead_at(toks: list[Token], j: int, sb: int) -> bool:
    """Do the two words at ``j`` record the people before them as dead ("سجلوا متوفين")?"""
    return j + 1 < sb and toks[j].w in _RECORDED and toks[j + 1].w in _DEAD


def recorded_dead(folded: Folded, toks: list[Token], spans: list[tuple[int, int]],
                  out: list[dict[str, Any]], count_at: CountAt,
                  is_person: Callable[[list[Token], int | None], bool]) -> None:
    """Append to ``out`` the counts of people recorded as dead, where no figure holds their
    words yet."""
    taken: FigureSpans | None = None
    for m, at in positions_in_spans(toks, _RECORDED, spans):
        sa, sb = spans[at]
        if not recorded_dead_at(toks, m, sb) or m - 2 < sa or not is_person(toks, m - 1):
            continue
        c = next((c for i in range(max(sa, m - 1 - _COUNT_WORDS), m - 1)
                  if (c := count_at(toks, i, sb)) is not None and c.b == m - 1), None)
        if c is None:
            continue
        s, e = folded.span(toks[c.a].s, toks[m + 1].e)
        if taken is None:
            taken = FigureSpans(out)
        g0, g1 = folded.span(toks[m - 1].s, toks[m - 1].e)
        taken.take(out, new_figure(folded.original, s, e, "killed", c.low, c.high, c.qual,
                                   folded.original[g0:g1]))
