"""Arabic casualty reading of one person found dead (round ar175).

"عثرت الشرطة على شاب مقتولا"، "وعثر لاحقا على أحدهما مقتولا"، "بعد العثور على امرأة
مقتولة": a verb of finding, "على", one person (an indefinite singular or one of them) and
the accusative state of being killed after him tell one killed. The state word is rare, so
it is the gate; without the finding verb before "على" ("مات مقتولا" is read elsewhere, a
definite person, "على المواطن مقتولا", is one named and counted by the sets nowhere) there
is no figure here.
"""

from __future__ import annotations

from typing import Any

from ..figure_spans import FigureSpans, new_figure
from ..lang import ar as V
from .normalise import Folded, fold_set, fold_word
from .tokens import Token, is_end, positions_in_spans, word_in

_STATES = fold_set(V.FOUND_DEAD_STATES)
_FOUND = fold_set(V.FOUND_VERBS)
_ONE = fold_set(V.ONE_OF_THEM)
_SINGULAR = fold_set(V.PERSON_SINGULAR)
_ON = fold_word("على")
_DENIED = fold_set(V.FOUND_DEAD_NEGATIONS)


def found_dead(folded: Folded, toks: list[Token], spans: list[tuple[int, int]],
               out: list[dict[str, Any]]) -> None:
    """Append to ``out`` one killed for each person found with "مقتولا" after him, where
    no figure holds his words yet."""
    taken: FigureSpans | None = None
    for k, at in positions_in_spans(toks, _STATES, spans):
        sa = spans[at][0]
        p = k - 1
        if p - 1 < sa or toks[p - 1].w != _ON or not _one_person(toks[p].w):
            continue
        if not _found_before(toks, sa, p - 1):
            continue
        s, e = folded.span(toks[p].s, toks[k].e)
        hs, he = folded.span(toks[p].s, toks[p].e)
        if taken is None:
            taken = FigureSpans(out)
        taken.take(out, new_figure(folded.original, s, e, "killed", 1,
                                   group=folded.original[hs:he]))


def _one_person(w: str) -> bool:
    return w in _ONE or (not w.startswith("ال") and w in _SINGULAR)


def _found_before(toks: list[Token], sa: int, on: int) -> bool:
    """Is a verb of finding at most FOUND_DEAD_REACH words before "على" at ``on``?"""
    for r in range(on - 1, max(sa, on - 1 - V.FOUND_DEAD_REACH) - 1, -1):
        if is_end(toks[r]):
            return False
        if word_in(toks[r], _FOUND):
            # (review 46) "لم تعثر الشرطة على أحدهما مقتولا": a finding denied
            return not (r > sa and toks[r - 1].w in _DENIED)
    return False
