"""The statements read so far, indexed for the questions a pass over many matches asks of
them, and kept current as the pass appends.

A pass that asks "is this position inside an entry, or does an entry start in this span"
at each of its matches, by walking every entry, takes time in the square of a long
report's length. Entries are only ever appended while such a pass runs (``_add`` appends
and changes nothing), so the index reads the new tail of the list before each question
and answers exactly what the walk would.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort


class GrowingSpans:
    """Starts, ends and speakers of ``out``'s entries, read again only where it grew."""

    def __init__(self, out: list[dict[str, object]]) -> None:
        self._out = out
        self._seen = 0
        self._spans: list[tuple[int, int]] = []  # (start, end), sorted
        self._longest = 0
        self._speakers: dict[str, None] = {}  # distinct non-empty speakers, in order met

    def _catch_up(self) -> None:
        out = self._out
        while self._seen < len(out):
            o = out[self._seen]
            self._seen += 1
            start, end = int(str(o["start"])), int(str(o["end"]))
            insort(self._spans, (start, end))
            self._longest = max(self._longest, end - start)
            sp = o["speaker"]
            if isinstance(sp, str) and sp:
                self._speakers.setdefault(sp)

    def covers(self, pos: int) -> bool:
        """Does an entry hold ``pos`` (start <= pos < end)?"""
        self._catch_up()
        lo = bisect_left(self._spans, (pos - self._longest, -1))
        hi = bisect_right(self._spans, (pos, float("inf")))
        return any(pos < end for _, end in self._spans[lo:hi])

    def ends_holding(self, pos: int) -> list[int]:
        """The ends of the entries that hold ``pos`` (start <= pos < end)."""
        self._catch_up()
        lo = bisect_left(self._spans, (pos - self._longest, -1))
        hi = bisect_right(self._spans, (pos, float("inf")))
        return [end for _, end in self._spans[lo:hi] if pos < end]

    def starts_within(self, a: int, b: int) -> bool:
        """Does an entry start at or after ``a`` and before ``b``?"""
        self._catch_up()
        i = bisect_left(self._spans, (a, -1))
        return i < len(self._spans) and self._spans[i][0] < b

    def speaker_inside(self, words: str) -> bool:
        """Is some entry's speaker written, as whole words, inside ``words``?"""
        self._catch_up()
        padded = f" {words} "
        return any(f" {sp} " in padded for sp in self._speakers)
