"""Which annotations touch a stretch of text, fast: the viewer asks once per visible block.

Positions here are Qt's (UTF-16 units): the viewer converts once when it loads
a document, so painting never converts.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable
from dataclasses import dataclass

CHUNK = 2048  # characters per bucket; a block usually touches one or two buckets


@dataclass(frozen=True, slots=True)
class Mark:
    """One highlighted span as the viewer draws it."""

    key: str  # annotation id, or "" for a search hit
    kind: str
    start: int  # UTF-16, inclusive
    end: int  # UTF-16, exclusive
    status: str = "accepted"
    lane: int = 0  # 0 = nearest the text; overlapping marks stack below it


class MarkIndex:
    """Marks bucketed by fixed-size chunks of text, with a stacking lane each.

    Buckets (rather than a sorted list with bisect on start alone) keep queries
    fast even when one annotation spans a whole document.
    """

    def __init__(self, marks: Iterable[Mark] = ()):
        ordered = sorted(marks, key=lambda m: (m.start, -m.end, m.key))
        self.marks: list[Mark] = _assign_lanes(ordered)
        self.by_key = {m.key: m for m in self.marks if m.key}
        self._buckets: dict[int, list[int]] = {}
        for i, m in enumerate(self.marks):
            last = max(m.start, m.end - 1) // CHUNK
            for b in range(m.start // CHUNK, last + 1):
                self._buckets.setdefault(b, []).append(i)

    def __len__(self) -> int:
        return len(self.marks)

    def overlapping(self, start: int, end: int) -> list[Mark]:
        """Marks that share at least one position with [start, end), in start order."""
        if not self.marks or end <= start:
            return []
        found: set[int] = set()
        for b in range(start // CHUNK, (end - 1) // CHUNK + 1):
            found.update(self._buckets.get(b, ()))
        return [self.marks[i] for i in sorted(found)
                if self.marks[i].start < end and self.marks[i].end > start]

    def at(self, pos: int) -> list[Mark]:
        """Marks covering position ``pos``, the shortest (innermost) first."""
        hits = self.overlapping(pos, pos + 1)
        return sorted(hits, key=lambda m: (m.end - m.start, m.start))

    def neighbour(self, key: str | None, pos: int, step: int) -> Mark | None:
        """The mark after (step=1) or before (step=-1) ``key``, or around ``pos``."""
        marks = [m for m in self.marks if m.key and m.status != "rejected"]
        if not marks:
            return None
        keys = [m.key for m in marks]
        if key in keys:
            i = keys.index(key) + step
        elif step > 0:
            i = next((j for j, m in enumerate(marks) if m.start >= pos), len(marks))
        else:
            i = next((j for j in range(len(marks) - 1, -1, -1) if marks[j].start < pos), -1)
        return marks[i] if 0 <= i < len(marks) else None


def _assign_lanes(ordered: list[Mark]) -> list[Mark]:
    """Give overlapping marks different lanes: the lowest lane free at each start."""
    busy: list[tuple[int, int]] = []  # heap of (end, lane) for lanes in use
    free: list[int] = []  # heap of lanes released
    out = []
    for m in ordered:
        while busy and busy[0][0] <= m.start:
            heapq.heappush(free, heapq.heappop(busy)[1])
        lane = heapq.heappop(free) if free else len(busy)
        heapq.heappush(busy, (m.end, lane))
        out.append(Mark(m.key, m.kind, m.start, m.end, m.status, lane))
    return out
