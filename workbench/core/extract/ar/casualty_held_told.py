"""Arabic casualty readings of people held told by a participle or a masdar (round ar136).

A part of a group with the participle of taking after its noun ("ثلاثة من أقاربه
المخطوفين"، "ثلاثة من الفتيان المقتادين") counts captives, though no verb of taking stands
beside it; and the masdar of taking one person, with his pronoun, then "مع" and a part of
a group ("بعد أيام من خطفه مع ثلاثة من أقاربه") counts those taken with him, with the
masdar's outcome (the one is no figure: he is told by a pronoun). Only what no figure
holds yet is added.
"""

from __future__ import annotations

from typing import Any

from ..figure_spans import FigureSpans, new_figure
from ..lang import ar as V
from .casualty_freed_captives import CountAt
from .normalise import Folded, fold_map, fold_set
from .tokens import Token, positions_in_spans, word_in

_PARTICIPLES = fold_set(V.HELD_PARTICIPLES_AFTER_PART)
_MASDARS = fold_map(V.HELD_MASDARS_WITH_OTHERS)
_WITH = fold_set(V.HELD_WITH_WORDS)
_OF = fold_set(("من",))
_KIN = fold_set(V.KIN_OF_THE_COUNTED)
_MARKS = _PARTICIPLES | frozenset(_MASDARS)


def held_told(folded: Folded, toks: list[Token], spans: list[tuple[int, int]],
              out: list[dict[str, Any]], count_at: CountAt) -> None:
    """Append to ``out`` parts of groups held told by a participle or a masdar."""
    taken: FigureSpans | None = None
    for m, at in positions_in_spans(toks, _MARKS, spans):
        sa, sb = spans[at]
        found = _part_held(toks, sa, sb, m, count_at)
        if found is None:
            continue
        a, b, outcome, c = found
        s, e = folded.span(toks[a].s, toks[b - 1].e)
        if taken is None:
            taken = FigureSpans(out)
        gs, ge = folded.span(toks[c.b + 1].s, toks[c.b + 1].e)
        taken.take(out, new_figure(folded.original, s, e, outcome, c.low, c.high, c.qual,
                                   folded.original[gs:ge]))


def _part_held(toks: list[Token], sa: int, sb: int, m: int, count_at: CountAt
               ) -> tuple[int, int, str, Any] | None:
    """(first token, end, outcome, count) of the held part marked at ``m``, or None."""
    w = toks[m].w
    if w in _PARTICIPLES:
        # "ثلاثة من أقاربه المخطوفين": count, "من", the group's noun, the participle
        if m - 2 <= sa or toks[m - 2].w not in _OF or not toks[m - 1].is_word:
            return None
        if word_in(toks[m - 1], _KIN):
            return None  # (round ar160) "عشرات من أهالي المختطفين": the kin, not held
        c = next((c for i in range(max(sa, m - 2 - V.HELD_PART_COUNT_WORDS), m - 2)
                  if (c := count_at(toks, i, sb)) is not None and c.b == m - 2), None)
        return None if c is None else (c.a, m + 1, "captured", c)
    # "من خطفه مع ثلاثة من أقاربه": the masdar, "مع", the count, "من" and the group
    if m + 2 >= sb or toks[m + 1].w not in _WITH:
        return None
    c = count_at(toks, m + 2, sb)
    if c is None or c.b + 1 >= sb or toks[c.b].w not in _OF or not toks[c.b + 1].is_word:
        return None
    return c.a, c.b + 2, _MASDARS[w], c
