"""Figures looked up by position for the post-passes of round en229.

A post-pass asks, at each match, whether a figure already overlaps a span and which figure
ends last before a position; a walk over every figure at each match grows as the square of a
long report's length (review 45's reports of 200 KB), so the spans are sorted once and
bisected.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

Figure = dict[str, object]


def _s(f: Figure, key: str) -> int:
    return int(str(f[key]))


class FigureLookup:
    """The figures of ``out`` as they were when built, by start and by end."""

    def __init__(self, out: list[Figure]) -> None:
        self._spans = sorted((_s(f, "start"), _s(f, "end")) for f in out)
        self._longest = max((e - s for s, e in self._spans), default=0)
        self._by_end = sorted(out, key=lambda f: _s(f, "end"))
        self._ends = [_s(f, "end") for f in self._by_end]

    def overlaps(self, a: int, b: int) -> bool:
        """Does a figure start before ``b`` and end after ``a``?"""
        lo = bisect_left(self._spans, (a - self._longest, -1))
        hi = bisect_left(self._spans, (b, -1))
        return any(a < end for _, end in self._spans[lo:hi])

    def last_before(self, at: int) -> Figure | None:
        """The figure that ends last at or before ``at`` (the first of a tie), else None."""
        j = bisect_right(self._ends, at) - 1
        if j < 0:
            return None
        while j > 0 and self._ends[j - 1] == self._ends[j]:
            j -= 1
        return self._by_end[j]
