"""Arabic idioms of dying with the counted subject inside them (round ar163).

News tells a death by parting from life or giving up the last breath, and puts the verb
first in a verbal sentence: "فارق مزارعان الحياة متأثرين بجروحهما"، "لفظ ثلاثة جرحى أنفاسهم
الأخيرة"، "فارقت طفلة الحياة". The subject stands between the verb and the idiom's noun, so
the subject-first reading ("مزارعان فارقا الحياة"، ``dying_idiom_at``) never sees the two
words together. Here the noun ("الحياة"، "أنفاسهم") is found first, the verb a few words
before it, and the people between are the dead: a count and its people, or one person noun
(a singular is one, a dual two). A figure the sentence rules read already over the subject
keeps its span; the wounded ("ثلاثة جرحى") become the dead, as "توفي ثلاثة جرحى" reads.

A named person ("فارق محمد الحياة") names no count and stays to the rules of named people;
"فارق" alone ("differed") and "لفظ" alone ("uttered") are no death.
"""

from __future__ import annotations

from bisect import bisect_left
from operator import itemgetter
from typing import Any

from ..figure_spans import FigureSpans
from ..lang import ar as V
from .casualty_freed_captives import CountAt, _person_word
from .normalise import Folded, fold_set
from .tokens import Token, positions_in_spans, word_in

_LIFE = fold_set(V.LIFE_WORDS)
_BREATH = fold_set(V.BREATH_NOUNS)
_PARTING = fold_set(V.PARTING_VERBS)
_BREATH_VERBS = fold_set(V.BREATH_VERBS)
_ONE = fold_set((*V.PERSON_SINGULAR, *V.SUBJECT_FIRST_PERSONS, "جريح", "مصاب"))
_TWO = fold_set((*V.PERSON_DUAL, "جريحان", "مصابان"))
_WOUNDED = fold_set(V.WOUNDED_NOUNS_BEFORE_DEATH)
_FROM = "من"
# The subject's words between the verb and the idiom's noun: a count, its people and a
# word or two describing them ("ثلاثة جنود إسرائيليين"، "طفلة رضيعة").
_SUBJECT_WORDS = 5
_DESCRIBING_WORDS = 2


def dying_inside(folded: Folded, toks: list[Token], spans: list[tuple[int, int]],
                 out: list[dict[str, Any]], count_at: CountAt) -> None:
    """Read the dead between a verb of dying by idiom and its noun; turn a wounded figure
    there into the dead. ``count_at``: the casualty reader's count at a token."""
    taken: FigureSpans | None = None
    by_start: list[dict[str, Any]] | None = None
    starts: list[int] = []
    longest = 0
    for k, at in positions_in_spans(toks, _LIFE | _BREATH, spans):
        sa, sb = spans[at]
        verbs = _PARTING if toks[k].w in _LIFE else _BREATH_VERBS
        v = next((i for i in range(k - 2, max(sa, k - 1 - _SUBJECT_WORDS) - 1, -1)
                  if word_in(toks[i], verbs) is not None), None)
        if v is None or not all(t.is_word or t.is_digit for t in toks[v + 1:k]):
            continue
        found = _subject(toks, v + 1, k, sb, count_at)
        if found is None:
            continue
        low, high, qual, g = found
        s, e = folded.span(toks[v].s, toks[k - 1].e)
        if taken is None:  # (by span, once: only a told idiom gets here)
            taken = FigureSpans(out)
        if taken.overlaps(s, e):
            if by_start is None:  # (the figures by start, once: a report may hold thousands)
                by_start = sorted(out, key=itemgetter("start"))
                starts = [f["start"] for f in by_start]
                longest = max((f["end"] - f["start"] for f in by_start), default=0)
            for f in by_start[bisect_left(starts, s - longest):bisect_left(starts, e)]:
                if f["end"] > s and f["outcome"] == "wounded" and f["count_low"] == low:
                    f["outcome"] = "killed"
            continue
        gs, ge = folded.span(toks[g].s, toks[k - 1].e)
        taken.take(out, {"start": s, "end": e, "text": folded.original[s:e],
                         "outcome": "killed", "count_low": low, "count_high": high,
                         "qualifier": qual, "group": folded.original[gs:ge]})


def _subject(toks: list[Token], j: int, k: int, sb: int,
             count_at: CountAt) -> tuple[int, int | None, str, int] | None:
    """The people from ``j`` to the idiom's noun at ``k``: (low, high, qualifier, the
    group's first token), or None when they are no counted people."""
    c = count_at(toks, j, sb)
    if c is not None and c.a == j and not getattr(c, "definite", False) and c.b < k:
        g = c.b
        if toks[g].w == _FROM and g + 1 < k and toks[g + 1].w.startswith("ال") and (
                _person_word(toks[g + 1], False) or word_in(toks[g + 1], _WOUNDED)):
            return (c.low, c.high, c.qual, g) if k - g - 2 <= _DESCRIBING_WORDS else None
        genitive = g + 1 < k and toks[g + 1].w.startswith("ال")
        if (_person_word(toks[g], genitive) or word_in(toks[g], _WOUNDED)) and _described(
                toks, g + 1, k):
            return c.low, c.high, c.qual, g
        return None
    w = toks[j]
    if word_in(w, _TWO) is not None and _described(toks, j + 1, k):
        return 2, None, "exact", j
    if word_in(w, _ONE) is not None and _described(toks, j + 1, k):
        return 1, None, "exact", j
    return None


def _described(toks: list[Token], i: int, k: int) -> bool:
    """Are the words from ``i`` to ``k`` a word or two describing the people, indefinite
    as they are ("إسرائيليين"، "رضيعة"، "آخران")?"""
    return k - i <= _DESCRIBING_WORDS and all(
        toks[r].is_word and not toks[r].w.startswith(("ال", "وال")) for r in range(i, k))
