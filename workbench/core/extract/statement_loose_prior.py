"""The statements a loose quote may go on from, found by bisection (issue 11, speed).

A quote standing alone ('"We had nothing left."') takes the speaker of the statement that
ends last in the 300 characters before it, unless that statement lies inside another
quote's attribution. Each loose quote read every statement of the document, and for each
one every attribution span: a long feature with hundreds of quotes grew with the square of
its length. Here the statements are kept sorted by their end and the attributions by their
start with the furthest end reached so far, built once per document; the answers are the
same as the full reading's, first match and ties included.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from collections.abc import Callable
from itertools import accumulate


class LoosePrior:
    """The statements of ``out`` seen from a loose quote. ``out`` may grow between
    questions (entries are only appended, never changed): ``sync`` takes the new ones in."""

    __slots__ = ("_by_end", "_by_start", "_held_reach", "_held_starts", "_out", "_seen")

    def __init__(self, text: str, out: list[dict[str, object]],
                 used: list[tuple[int, int]]) -> None:
        # the attributions: spans of ``used`` that do not open with a quote mark
        held = sorted((a, b) for a, b in used if text[a:a + 1] not in "\"“")
        self._held_starts = [a for a, _ in held]
        self._held_reach = list(accumulate((b for _, b in held), max))
        self._out = out
        self._by_end: list[tuple[int, int]] = []  # (end, index in out)
        self._by_start: dict[int, list[int]] = {}
        self._seen = 0
        self.sync()

    def sync(self) -> None:
        """Index the entries appended to ``out`` since the last call."""
        out = self._out
        for i in range(self._seen, len(out)):
            o = out[i]
            insort(self._by_end, (int(o["end"]), i))  # type: ignore[call-overload]
            self._by_start.setdefault(int(o["start"]), []).append(i)  # type: ignore[call-overload]
        self._seen = len(out)

    def _held(self, start: int, end: int) -> bool:
        """Whether an attribution span (a, b) holds [start, end]: a <= start, end <= b."""
        i = bisect_right(self._held_starts, start)
        return i > 0 and self._held_reach[i - 1] >= end

    def read_already(self, qs: int, qe: int) -> bool:
        """As ``any(o["start"] == qs and qs < o["end"] <= qe for o in out)``."""
        out = self._out
        return any(qs < out[i]["end"] <= qe for i in self._by_start.get(qs, ()))  # type: ignore[operator]

    def last_before(self, qs: int) -> dict[str, object] | None:
        """As ``max(prior, key=end)`` (None when ``prior`` is empty) for ``prior`` the
        entries of ``out`` ending at most ``qs`` and less than 300 characters before it
        that no attribution holds: the greatest end, the earliest entry among equals."""
        by_end = self._by_end
        lo = bisect_left(by_end, (qs - 299,))
        hi = bisect_left(by_end, (qs + 1,))
        best: tuple[int, int] | None = None
        for k in range(hi - 1, lo - 1, -1):
            end, i = by_end[k]
            if best is not None and end < best[0]:
                break
            if not self._held(int(self._out[i]["start"]), end):  # type: ignore[call-overload]
                best = (end, i)  # (walking down: a lower index of the same end wins)
        return None if best is None else self._out[best[1]]

    def last_teller(self, qs: int, person: Callable[[object], bool]) -> dict[str, object] | None:
        """(round en193) The latest entry ending at most ``qs`` (at any distance) that no
        attribution holds, when ``person`` accepts its speaker; None otherwise.
        Only the latest such entry is looked at: a feature's quote goes on with whoever
        spoke last, never with someone further back."""
        by_end = self._by_end
        for k in range(bisect_left(by_end, (qs + 1,)) - 1, -1, -1):
            end, i = by_end[k]
            o = self._out[i]
            if not self._held(int(o["start"]), end):  # type: ignore[call-overload]
                return o if person(o["speaker"]) else None
        return None
