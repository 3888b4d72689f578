"""The timeline's level of detail counted in SQL: marks per lane and day, and the marks
of a range of days.

At a million annotations the timeline read every dated entry (~666k) before it could
draw: seconds of reading and ~70 MB of columns for a picture in which a pixel column
holds hundreds of marks. Here the window asks instead how many marks each lane has on
each day (one GROUP BY over ``timeline_index``'s day index: a few thousand rows, what
any zoom coarser than a day is summed from), and reads the marks themselves only for
the days in view once few enough of them are (``columns_between``).

Rejected annotations have no mark, and annotations of trashed documents none either,
as in ``timeline_rows``. An annotation naming several actors counts once per actor in
actor mode (it draws one mark per actor lane).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from workbench.core import schema, timeline_index
from workbench.core.actor_lanes import LaneNames
from workbench.core.detached import DetachedRead
from workbench.core.project import Project
from workbench.core.timeline_rows import ColumnReader, TimelineColumns

# Dated entries above which the window shows counts per lane and day instead of reading
# every mark (the 100k bench project has ~66k: it keeps every mark, as before).
SUMMARY_ABOVE = 150_000
REJECTED = timeline_index.STATUSES.index("rejected")


@dataclass
class DayCounts:
    """Marks per (lane key, day): ``n[i]`` marks of lane ``keys[key[i]]`` start on day
    ``day[i]`` (days since 1970). A key is a kind name (mode "kind") or an actor name,
    None standing for "no actor named" (mode "actor")."""

    mode: str
    keys: list[str | None] = field(default_factory=list)
    key: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))
    day: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))
    n: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))
    longest: int = 0  # the longest interval, in days past its first (for range reads)

    @property
    def total(self) -> int:
        return int(self.n.sum())

    def per_key(self) -> np.ndarray:
        """Marks per key, in the order of ``keys``."""
        return np.bincount(self.key, weights=self.n, minlength=len(self.keys)).astype(np.int64)


def _where(project: Project, doc_ids: Any) -> tuple[str, list[Any]]:
    return _where_on(project.repo.conn, doc_ids)


def _where_on(conn: Any, doc_ids: Any) -> tuple[str, list[Any]]:
    """Rejected entries, those of trashed documents and (with ``doc_ids``, a search's
    documents) those of other documents left out; every column is in the day index."""
    where, params = [f"status != {REJECTED}"], []
    trashed = [r[0] for r in conn.execute(
        "SELECT id FROM documents WHERE deleted_at IS NOT NULL")]
    if trashed:  # one JSON parameter, however many
        where.append("doc_id NOT IN (SELECT value FROM json_each(?))")
        params.append(json.dumps(trashed))
    if doc_ids is not None:
        where.append("doc_id IN (SELECT value FROM json_each(?))")
        params.append(json.dumps(sorted(int(d) for d in doc_ids)))
    return " AND ".join(where), params


def _hint(project: Project) -> str:
    # Without statistics the planner may walk the table by rowid; the index holds
    # every column these reads use.
    return (f"INDEXED BY {schema.DAY_INDEX}" if project.repo.has_index(schema.DAY_INDEX)
            else "")


def entry_count(project: Project) -> int:
    """Entries in the timeline index (every dated live annotation, trashed documents'
    included): whether to summarise. SQLite counts the smallest b-tree (~30 ms at 1M)."""
    return int(project.repo.conn.execute(
        f"SELECT count(*) FROM {timeline_index.TABLE}").fetchone()[0])


def day_counts(project: Project, mode: str = "kind", doc_ids: Any = None) -> DayCounts:
    """Marks per lane key and day over the whole project (see ``DayCounts``)."""
    return _day_counts_on(project.repo.conn, _hint(project), mode, doc_ids)


class DetachedCounts(DetachedRead[DayCounts]):
    """:func:`day_counts` on a connection of its own, for another thread: after an edit
    at a million annotations the count takes 0.15-0.5 s, which the window need not wait
    for (its picture changes by one mark)."""

    failure = "The timeline could not be counted"

    def __init__(self, project: Project, mode: str = "kind", doc_ids: Any = None) -> None:
        super().__init__(project)
        self.mode, self.doc_ids, self._hint = mode, doc_ids, _hint(project)

    def read(self, conn: Any) -> DayCounts:
        return _day_counts_on(conn, self._hint, self.mode, self.doc_ids)


def _day_counts_on(conn: Any, hint: str, mode: str, doc_ids: Any) -> DayCounts:
    where, params = _where_on(conn, doc_ids)
    table = f"{timeline_index.TABLE} {hint}"
    # Grouped in the index's order (day first): one pass, no sort; the longest
    # interval comes with it.
    if mode == "kind":
        rows = conn.execute(f"SELECT kind, start_day, count(*), max(end_day - start_day) "
                            f"FROM {table} WHERE {where} GROUP BY start_day, kind",
                            params).fetchall()
        keys: list[str | None] = sorted({r[0] for r in rows})
        key_of: dict[Any, int] = {k: i for i, k in enumerate(keys)}
        key = [key_of[r[0]] for r in rows]
        day, n = [r[1] for r in rows], [r[2] for r in rows]
    else:
        # The same few actor lists repeat, so each is decoded once.
        rows = conn.execute(f"SELECT actors, start_day, count(*), max(end_day - start_day) "
                            f"FROM {table} WHERE {where} GROUP BY start_day, actors",
                            params).fetchall()
        keys, key_of, names_of = [], {}, {}
        key, day, n = [], [], []
        lane = LaneNames(conn)  # one lane per actor record, as ColumnReader reads them
        for raw, d, count, _span in rows:
            if raw not in names_of:
                names = list(dict.fromkeys(map(lane, json.loads(raw)))) if raw else [None]
                names_of[raw] = [key_of.setdefault(a, len(key_of)) for a in names]
            for k in names_of[raw]:
                key.append(k)
                day.append(d)
                n.append(count)
        keys = list(key_of)
    longest = max((r[3] for r in rows), default=0)
    return DayCounts(mode, keys, np.array(key, np.int64), np.array(day, np.int64),
                     np.array(n, np.int64), int(longest or 0))


def columns_between(project: Project, first_day: int, last_day: int, longest: int,
                    doc_ids: Any = None) -> TimelineColumns:
    """The marks' columns of every entry whose interval meets [first_day, last_day]
    (rejected ones included, as ``timeline_rows`` reads them), in rowid order.
    ``longest`` is ``DayCounts.longest``: how far before the range an interval may
    start and still reach into it, so the read is one range of the day index."""
    conn = project.repo.conn
    where, params = _where(project, doc_ids)
    where = where.replace(f"status != {REJECTED}", "1")
    cols = ",".join(timeline_index.COLUMNS)
    rows = conn.execute(
        f"SELECT {cols} FROM {timeline_index.TABLE} {_hint(project)} "
        f"WHERE start_day BETWEEN ? AND ? AND end_day >= ? AND {where} ORDER BY ann_rowid",
        [first_day - longest, last_day, first_day, *params]).fetchall()
    reader = ColumnReader(project)
    reader.add(rows)
    return reader.columns()


def day_of(project: Project, ann_id: str) -> int | None:
    """The first day of an annotation's mark (None: it has none)."""
    row = project.repo.conn.execute(
        f"SELECT t.start_day FROM annotations a JOIN {timeline_index.TABLE} t "
        "ON t.ann_rowid = a.rowid WHERE a.id = ?", (ann_id,)).fetchone()
    return None if row is None else int(row[0])

