"""Run a reader sentence by sentence over only the figures that reach each sentence.

A reader that checks each figure it finds against every figure of the text (does one
overlap it, hold it, lie inside it) costs time growing with the square of a long report
that sets it off in every paragraph; a figure can only touch those of its own sentence."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from typing import Any

from .normalise import Folded
from .tokens import Token

Figure = dict[str, Any]
# (the sentence's first and end token, the start word's token, the figures that reach it)
SentenceReader = Callable[[int, int, int, list[Figure]], None]
# Below this many start words times figures, a direct pass costs less than the sorting.
_DIRECT = 4000


def by_sentence(folded: Folded, toks: list[Token], spans: list[tuple[int, int]],
                hits: list[int], out: list[Figure], read: SentenceReader) -> None:
    """Call ``read`` for each start word at ``hits`` (sorted) with the figures of ``out``
    that reach its sentence (or the word before it), and write back what it added or
    dropped, in the order a direct pass over ``out`` would leave them."""
    starts = [sa for sa, _ in spans]
    groups: dict[int, list[int]] = {}
    for k in hits:
        at = bisect_right(starts, k) - 1
        if at >= 0 and k < spans[at][1]:
            groups.setdefault(at, []).append(k)
    if len(hits) * (len(out) + len(hits)) <= _DIRECT:
        # (a short report: every figure looked at for each word, its own new ones too,
        # costs less than sorting them out by sentence)
        for at, ks in groups.items():
            for k in ks:
                read(*spans[at], k, out)
        return
    # (from the word before the sentence: "تضم" may open one, its households before it)
    ranges = [folded.span(toks[max(spans[at][0] - 1, 0)].s, toks[spans[at][1] - 1].e)
              for at in groups]
    removed: set[int] = set()
    added: list[Figure] = []
    first = 0  # (the ranges rise: an added figure that ends before one reaches none after)
    for (lo, hi), at, mine in zip(ranges, groups, by_range(out, ranges), strict=True):
        while first < len(added) and added[first]["end"] < lo:
            first += 1
        local = [f for f in mine if id(f) not in removed]
        local += [f for f in added[first:] if id(f) not in removed and f["start"] <= hi
                  and f["end"] >= lo]
        before = {id(f) for f in local}
        sa, sb = spans[at]
        for k in groups[at]:
            read(sa, sb, k, local)
        kept = {id(f) for f in local}
        removed |= before - kept
        added += [f for f in local if id(f) not in before]
    if removed or added:
        out[:] = [f for f in (*out, *added) if id(f) not in removed]


def by_range(out: list[Figure], ranges: list[tuple[int, int]]) -> list[list[Figure]]:
    """For each character range (sorted), the figures of ``out`` (in its order) that touch
    it."""
    bucket: list[list[Figure]] = [[] for _ in ranges]
    his = [hi for _, hi in ranges]
    for f in out:
        i = bisect_left(his, f["start"])
        while i < len(ranges) and ranges[i][0] <= f["end"]:
            bucket[i].append(f)
            i += 1
    return bucket
