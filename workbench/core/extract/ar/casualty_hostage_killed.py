"""Arabic casualty reading of hostages and captives killed (round ar169).

"مقتل رهينة في الصحراء"، "أعدم مسلحون رهينة"، "قتل الخاطفون مختطفا"، "إعدام رهينتين":
a captive noun right after a word of killing (or after a verb and its killers) names people
killed, as "مقتل جندي" does; the singular alone was no count (a bare "رهينة" is a captive
only when freed), and a dual was read as two held. A definite noun ("مقتل الرهينة") is one
the story named before and stays unread; so does a captive with no killing before it.
"""

from __future__ import annotations

from typing import Any

from ..figure_spans import FigureSpans, new_figure, span_of
from ..lang import ar as V
from .normalise import Folded, fold_set
from .tokens import Token, positions_in_spans, word_in

_ONES = fold_set(V.KILLED_CAPTIVE_ONES)
_TWOS = fold_set(V.KILLED_CAPTIVE_TWOS)
_NOUNS = _ONES | _TWOS
_KILLING = fold_set((*V.KILLING_BEFORE_TITLE, *V.KILLING_CAPTIVE_VERBS))
_KILLERS = fold_set(V.CAPTIVE_KILLERS)


def hostage_killed(folded: Folded, toks: list[Token], spans: list[tuple[int, int]],
                   out: list[dict[str, Any]]) -> None:
    """Append to ``out`` one or two killed for each captive noun after a word of killing;
    a dual already read as held becomes killed."""
    kept: FigureSpans | None = None
    for k, at in positions_in_spans(toks, _NOUNS, spans):
        at_kill = _killing_before(toks, k, spans[at][0])
        if at_kill is None:
            continue
        s, e = folded.span(toks[at_kill].s, toks[k].e)
        two = toks[k].w in _TWOS
        if two and _held_to_killed(out, *folded.span(toks[k].s, toks[k].e)):
            continue
        if kept is None:
            kept = FigureSpans(out)
        group = None if two else folded.original[slice(*folded.span(toks[k].s, toks[k].e))]
        kept.take(out, new_figure(folded.original, s, e, "killed", 2 if two else 1,
                                  group=group))


def _killing_before(toks: list[Token], k: int, sa: int) -> int | None:
    """The word of killing right before ``k``, or before one killer right before it."""
    if k - 1 >= sa and word_in(toks[k - 1], _KILLING) is not None:
        return k - 1
    if k - 2 >= sa and toks[k - 1].w in _KILLERS and word_in(toks[k - 2], _KILLING):
        return k - 2
    return None


def _held_to_killed(out: list[dict[str, Any]], s: int, e: int) -> bool:
    """Turn the held figure of just the dual at ``s``..``e`` killed; was there one?"""
    for f in out:
        if f["outcome"] == "captured" and span_of(f) == (s, e):
            f["outcome"] = "killed"
            return True
    return False
