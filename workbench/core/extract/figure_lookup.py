"""Figures looked up by position for the post-passes of round en229.

A post-pass asks, at each match, whether a figure already overlaps a span and which figure
ends last before a position; a walk over every figure at each match grows as the square of a
long report's length (review 45's reports of 200 KB), so the spans are sorted once and
bisected.
"""

from __future__ import annotations

from bisect import bisect_right

from .figure_spans import FigureSpans

Figure = dict[str, object]


def _s(f: Figure, key: str) -> int:
    return int(str(f[key]))


class FigureLookup(FigureSpans):
    """The figures of ``out`` as they were when built, by span (``overlaps``) and by end."""

    def __init__(self, out: list[Figure]) -> None:
        super().__init__(out)
        self._by_end_figures = sorted(out, key=lambda f: _s(f, "end"))
        self._end_offsets = [_s(f, "end") for f in self._by_end_figures]

    def last_before(self, at: int) -> Figure | None:
        """The figure that ends last at or before ``at`` (the first of a tie), else None."""
        j = bisect_right(self._end_offsets, at) - 1
        if j < 0:
            return None
        while j > 0 and self._end_offsets[j - 1] == self._end_offsets[j]:
            j -= 1
        return self._by_end_figures[j]
