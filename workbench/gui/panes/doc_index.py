"""Which annotations touch a stretch of text, fast: the viewer asks once per visible block.

Positions here are Qt's (UTF-16 units): the viewer converts once when it loads
a document, so painting never converts.

A document may hold thousands of annotations of which a screenful shows a few
dozen, so the index keeps plain columns (one list per field, in reading order) and
makes a :class:`Mark` only when one is asked for: loading a document of 5,000
annotations makes no per-annotation object, and painting makes those in view.

A lazy index (:meth:`MarkIndex.lazy`) reads its rows as far into the text as it is
asked about: what starts before the end of the text shown, not the rest of the
document. Every mark that touches a stretch starts before the stretch ends, and a
mark's lane depends only on the marks that start before it, so the marks read
are those that a full read would give, in the same lanes.
"""

from __future__ import annotations

import heapq
import operator
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from itertools import compress
from typing import NamedTuple

CHUNK = 2048  # marks longer than this are "long": checked one by one (they are few)

MarkRow = tuple[str, str, int, int, str]  # key, kind, start, end, status
# fetch(bound, upto): the rows, in index order, that start at or after ``bound`` and
# before ``upto`` or later (None: to the end), and where the next read starts (None:
# nothing is left).
Fetch = Callable[[int, int | None], tuple[list[MarkRow], int | None]]
READ_AHEAD = 8192  # positions read beyond the one asked about: a screenful a read


class Mark(NamedTuple):
    """One highlighted span as the viewer draws it.

    A named tuple, not a frozen dataclass: a paint makes one per mark in view (~550 on
    a dense screen), and a frozen dataclass sets each field through a Python call
    (a third of the time, ~1.5 ms a paint on a loaded machine)."""

    key: str  # annotation id, or "" for a search hit
    kind: str
    start: int  # UTF-16, inclusive
    end: int  # UTF-16, exclusive
    status: str = "accepted"
    lane: int = 0  # 0 = nearest the text; overlapping marks stack below it


class MarkIndex:
    """Marks in (start, longest first, key) order, kept as columns, with a lane each.

    Short marks are found by bisecting their starts (a mark no longer than CHUNK that
    touches [s, e) starts in [s - CHUNK, e)); the long ones, which would defeat that
    window, are listed apart and checked each time. Lanes are assigned by one sweep in
    reading order, run only as far as the marks asked for so far.
    """

    def __init__(self, marks: Iterable[Mark] = ()):
        self._load(sorted(((m.key, m.kind, m.start, m.end, m.status) for m in marks),
                          key=_order))

    @classmethod
    def from_rows(cls, rows: Iterable[MarkRow], ordered: bool = False) -> MarkIndex:
        """An index of (key, kind, start, end, status) rows, in any order; ``ordered``:
        already in (start, longest first, key) order, as ``Repo.annotation_marks`` gives
        them (a key tuple per row to sort was ~5 ms of a selection at 5,000 rows)."""
        index = cls.__new__(cls)
        index._load(list(rows) if ordered else sorted(rows, key=_order))
        return index

    @classmethod
    def lazy(cls, fetch: Fetch) -> MarkIndex:
        """An index that reads its rows through ``fetch`` as far as it is asked about."""
        index = cls.__new__(cls)
        index._load([])
        index._fetch = fetch
        index._bound = 0
        return index

    def _load(self, rows: list[MarkRow]) -> None:
        self._keys: list[str] = []
        self._kinds: list[str] = []
        self._starts: list[int] = []
        self._ends: list[int] = []
        self._statuses: list[str] = []
        self._long: list[int] = []
        self._fetch: Fetch | None = None
        self._bound: int | None = None  # rows starting before it are read; None: all are
        self._append(rows)
        self._lanes: list[int] = []
        self._busy: list[tuple[int, int]] = []  # sweep state: heap of (end, lane) in use
        self._free: list[int] = []  # heap of lanes released
        self._made: dict[int, Mark] = {}  # position -> Mark, made when first asked for
        self._positions: dict[str, int] | None = None  # key -> position, on second lookup
        self._scanned = False  # the first lookup scanned the keys

    def _append(self, rows: list[MarkRow]) -> None:
        """Add rows that come after those held, in order."""
        if not rows:
            return
        # Rows to columns and the long marks found in C (zip, map, compress), not by a
        # Python step per row: ~5,000 rows on every switch of document at 1M.
        first = len(self._starts)
        columns = list(zip(*rows, strict=True))
        self._keys.extend(columns[0])
        self._kinds.extend(columns[1])
        self._starts.extend(columns[2])
        self._ends.extend(columns[3])
        self._statuses.extend(columns[4])
        lengths = map(operator.sub, columns[3], columns[2])
        self._long.extend(compress(range(first, first + len(rows)), map(CHUNK.__lt__, lengths)))
        self._positions = None  # a map of keys, if made, lacks the new rows

    def _read_to(self, upto: int | None) -> None:
        """Read the rows that start before ``upto`` (None: every row), if not read yet."""
        while self._bound is not None and (upto is None or self._bound < upto):
            assert self._fetch is not None
            rows, self._bound = self._fetch(
                self._bound, None if upto is None else upto + READ_AHEAD)
            self._append(rows)
        if self._bound is None:
            self._fetch = None

    @property
    def complete(self) -> bool:
        """Every row is read (always, unless the index is lazy)."""
        return self._bound is None

    @property
    def read(self) -> int:
        """How many rows are read so far."""
        return len(self._starts)

    @property
    def known_empty(self) -> bool:
        """Surely without a mark, known without reading any further."""
        return self._bound is None and not self._starts

    def __len__(self) -> int:
        self._read_to(None)
        return len(self._starts)

    @property
    def made(self) -> int:
        """How many Mark objects this index has made so far (the rest are only columns)."""
        return len(self._made)

    @property
    def marks(self) -> list[Mark]:
        """Every mark in order (makes them all: for tests and small indexes like hits)."""
        return [self._mark(i) for i in range(len(self))]

    def read_mark(self, key: str) -> Mark | None:
        """The mark of ``key`` if it is among the rows read so far (reads no more)."""
        i = self._find(key)
        return None if i is None else self._mark(i)

    @property
    def by_key(self) -> _ByKey:
        """Marks by annotation id, made on lookup."""
        return _ByKey(self)

    def position(self, key: str | None) -> int | None:
        if not key:
            return None
        i = self._find(key)
        if i is None and self._bound is not None:
            self._read_to(None)
            i = self._find(key)
        return i

    def _find(self, key: str) -> int | None:
        if self._positions is None:
            # The first lookup (the annotation just selected) scans the keys, which is
            # a tenth of building the map of 5,000; a second lookup builds it.
            if not self._scanned:
                self._scanned = True
                try:
                    return self._keys.index(key)
                except ValueError:
                    return None
            self._positions = {k: i for i, k in enumerate(self._keys) if k}
        return self._positions.get(key)

    def _lane(self, i: int) -> int:
        # Give overlapping marks different lanes: the lowest lane free at each start.
        busy, free, lanes = self._busy, self._free, self._lanes
        for j in range(len(lanes), i + 1):
            start = self._starts[j]
            while busy and busy[0][0] <= start:
                heapq.heappush(free, heapq.heappop(busy)[1])
            lane = heapq.heappop(free) if free else len(busy)
            heapq.heappush(busy, (self._ends[j], lane))
            lanes.append(lane)
        return lanes[i]

    def _mark(self, i: int) -> Mark:
        mark = self._made.get(i)
        if mark is None:
            mark = self._made[i] = Mark(self._keys[i], self._kinds[i], self._starts[i],
                                        self._ends[i], self._statuses[i], self._lane(i))
        return mark

    def _overlapping(self, start: int, end: int) -> Iterator[int]:
        starts, ends = self._starts, self._ends
        lo = bisect_left(starts, start - CHUNK)
        hi = bisect_left(starts, end)
        short = (i for i in range(lo, hi) if ends[i] > start)
        longs = [i for i in self._long if i < lo and ends[i] > start]
        return heapq.merge(longs, short) if longs else short

    def overlapping(self, start: int, end: int) -> list[Mark]:
        """Marks that share at least one position with [start, end), in start order."""
        if end <= start:
            return []
        self._read_to(end)  # every mark touching the stretch starts before its end
        if not self._starts:
            return []
        return [self._mark(i) for i in self._overlapping(start, end)]

    def at(self, pos: int) -> list[Mark]:
        """Marks covering position ``pos``, the shortest (innermost) first."""
        hits = self.overlapping(pos, pos + 1)
        return sorted(hits, key=lambda m: (m.end - m.start, m.start))

    def first(self) -> Mark | None:
        """The mark that starts first, or None."""
        while not self._starts and self._bound is not None:
            self._read_to(self._bound + 1)  # rows are read from the start: the next stretch
        return self._mark(0) if self._starts else None

    def neighbour(self, key: str | None, pos: int, step: int) -> Mark | None:
        """The mark after (step=1) or before (step=-1) ``key``, or around ``pos``."""
        n = len(self)  # reads every row: the next mark may lie anywhere further on
        i = self.position(key)
        if i is not None and self._statuses[i] == "rejected":
            i = None  # a rejected annotation is not a stop: step from the cursor instead
        if i is not None:
            i += step
        elif step > 0:
            i = bisect_left(self._starts, pos)
        else:
            i = bisect_left(self._starts, pos) - 1
        # Walk over search hits' empty keys and rejected annotations, which are not stops.
        while 0 <= i < n and (not self._keys[i] or self._statuses[i] == "rejected"):
            i += step
        return self._mark(i) if 0 <= i < n else None


class _ByKey:
    """A read-only mapping view, key -> Mark, that makes only the marks looked up."""

    __slots__ = ("_index",)

    def __init__(self, index: MarkIndex):
        self._index = index

    def get(self, key: str, default: Mark | None = None) -> Mark | None:
        i = self._index.position(key)
        return default if i is None else self._index._mark(i)

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self._index.position(key) is not None

    def __getitem__(self, key: str) -> Mark:
        mark = self.get(key)
        if mark is None:
            raise KeyError(key)
        return mark


def _order(row: MarkRow) -> tuple[int, int, str]:
    return (row[2], -row[3], row[0])
