"""The spans of the figures a reader has, for checking new figures against them in
logarithmic time (shared by the English and Arabic readers)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from collections.abc import Iterable

from .numbers import COUNT_RE, parse_count


def span_of(f: dict[str, object]) -> tuple[int, int]:
    """A figure's (start, end) in its text."""
    return int(str(f["start"])), int(str(f["end"]))


def new_figure(text: str, start: int, end: int, outcome: str, low: int,
               high: int | None = None, qualifier: str = "exact",
               group: str | None = None) -> dict[str, object]:
    """A casualty figure as the readers give it: its span and words in ``text``, its
    outcome and its count."""
    return {"start": start, "end": end, "text": text[start:end], "outcome": outcome,
            "count_low": low, "count_high": high, "qualifier": qualifier, "group": group}


def counted_figure(text: str, start: int, end: int, outcome: str,
                   group: str | None) -> dict[str, object] | None:
    """A figure of ``outcome`` from ``start`` to ``end`` whose count is the one written at
    ``start``, or None when no count stands there."""
    m = COUNT_RE.match(text, start)
    if m is None or (parsed := parse_count(m)) is None:
        return None
    low, high, qualifier = parsed
    return new_figure(text, start, end, outcome, low, high, qualifier, group)


def whole_before(figs: list[dict[str, object]], ends: list[int], lo: int, hi: int,
                 low: int, outcome: str) -> bool:
    """Is the last figure ending before ``hi`` (from ``lo`` on, ``figs`` sorted by their
    ``ends``) that counts more than ``low`` people a count of ``outcome``, with no figure of
    another outcome after it? (the whole a part of N belongs to: "of the wounded" after a
    count of the wounded, "of the victims" after a count of the dead)"""
    j = bisect_right(ends, hi) - 1
    while j >= 0 and int(figs[j]["start"]) >= lo:  # type: ignore[call-overload]
        f = figs[j]
        j -= 1
        if f["outcome"] != outcome:
            return False
        if int(f["count_low"]) > low:  # type: ignore[call-overload]
            return True
    return False


class FigureSpans:
    """The figures a reader checks its new ones against, kept by span: a report of
    thousands of releases compared each new figure with every one before it (64,000
    characters of "released 5 men, " took 4.3 s). A figure overlapping a span starts
    within the longest figure's length before it, and the last held figure before a
    release is found by bisection over their ends."""

    def __init__(self, figures: Iterable[dict[str, object]]) -> None:
        self._starts: list[int] = []  # in order, with the end of each below
        self._ends: list[int] = []
        self._longest = 0
        self._held_ends: list[tuple[int, int]] = []  # (end, order of adding)
        self._held: dict[int, dict[str, object]] = {}
        for f in figures:
            self.add(f)

    def add(self, f: dict[str, object]) -> None:
        start, end = int(f["start"]), int(f["end"])
        at = bisect_right(self._starts, start)
        self._starts.insert(at, start)
        self._ends.insert(at, end)
        self._longest = max(self._longest, end - start)
        if f.get("outcome") in ("captured", "arrested"):  # (a statement has none)
            order = len(self._held)
            self._held[order] = f
            insort(self._held_ends, (end, order))

    def take(self, out: list[dict[str, object]], f: dict[str, object]) -> bool:
        """Append ``f`` to ``out`` and keep its span, unless it overlaps a figure kept."""
        start, end = span_of(f)
        if self.overlaps(start, end):
            return False
        out.append(f)
        self.add(f)
        return True

    def overlaps(self, start: int, end: int) -> bool:
        lo = bisect_right(self._starts, start - self._longest)
        hi = bisect_left(self._starts, end, lo)
        return any(e > start for e in self._ends[lo:hi])

    def last_held(self, before: int) -> dict[str, object] | None:
        """The first added of the captured or arrested figures ending last by ``before``."""
        i = bisect_right(self._held_ends, (before, len(self._held))) - 1
        if i < 0:
            return None
        first = bisect_left(self._held_ends, (self._held_ends[i][0], -1))
        return self._held[self._held_ends[first][1]]
