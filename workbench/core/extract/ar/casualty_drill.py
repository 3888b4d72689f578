"""Figures of a drill's made-up scenario are no casualties (round ar183).

Civil defence and health authorities rehearse their response in drills, and their reports
tell the casualties the scenario supposed ("وإن السيناريو افترض إصابة 30 عاملا بالاختناق
ووفاة اثنين منهم"، "نفذت الفرق تمرينا يحاكي سقوط 12 مصابا"): nobody was hurt. In a
document that names a drill ("تمرين"، "مناورة"), a figure is dropped when a verb of
supposing stands before it in its sentence ("افترض"، "افترضت"), or a word of a scenario or
of imitating ("السيناريو"، "فرضية"، "يحاكي"، "محاكاة") does in a sentence that names the
drill itself. A drill's noun alone drops nothing: people
are really killed or hurt during manoeuvres ("مقتل 3 جنود خلال مناورة عسكرية"), and
"فرضية" alone is an investigator's hypothesis about a real toll.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Any

from ..lang import ar as V
from .normalise import Folded, fold_set
from .tokens import Token, positions_of

_SUPPOSING = fold_set(V.DRILL_SUPPOSING_VERBS)
_SCENARIO = fold_set(V.DRILL_SCENARIO_WORDS)
_DRILL = fold_set(V.DRILL_NOUNS)
_MARKS = _SUPPOSING | _SCENARIO


def drop_drill_figures(folded: Folded, toks: list[Token], spans: list[tuple[int, int]],
                       out: list[dict[str, Any]]) -> None:
    """Remove from ``out`` each figure a drill's scenario supposed (see the module)."""
    if not out or not (marks := positions_of(toks, _MARKS)):
        return
    if not (drills := positions_of(toks, _DRILL)):
        return  # (no drill named: "وافترض المحققون أن ..." is an inquiry's guess)
    cuts: list[tuple[int, int]] = []  # (from, to) in the original text
    # (review 48: the marks and the drill's nouns of a sentence found by bisection over
    # their rising positions, and each figure's cut so: a long report of drills walked
    # every mark at each sentence and every cut at each figure, and grew as a square)
    for sa, sb in spans:
        lo = bisect_left(marks, sa)
        inside = marks[lo:bisect_left(marks, sb, lo)]
        if not inside:
            continue
        d = bisect_left(drills, sa)
        drill_named = d < len(drills) and drills[d] < sb
        first = next((k for k in inside if toks[k].w in _SUPPOSING or drill_named), None)
        if first is None:
            continue
        cuts.append((folded.span(toks[first].s, toks[first].e)[1],
                     folded.span(toks[sb - 1].s, toks[sb - 1].e)[1]))
    if cuts:
        froms = [a for a, _ in cuts]  # (rising and apart: one cut a sentence, in order)
        out[:] = [f for f in out if not _in_cut(cuts, froms, f["start"])]


def _in_cut(cuts: list[tuple[int, int]], froms: list[int], at: int) -> bool:
    """Does ``at`` fall in one of ``cuts`` (rising, apart; ``froms`` their starts)?"""
    i = bisect_right(froms, at) - 1
    return i >= 0 and at < cuts[i][1]
