"""The timeline's dated annotations read as columns, a slice of the table at a time.

``query.timeline_items`` decodes every annotation into a dict and then a TimelineItem:
at 100,000 annotations that was 16 of the window's 20 s to first paint, and a million
TimelineItems would not fit in the memory a window may use. Here the few values the
marks need (days, counts, actors: the kind's roles applied) come from the narrow
``timeline_index`` table the write path keeps (``core/timeline_index.py``), with no JSON
parsed, a rowid range at a time so the window can read between paints, and the result
is numpy arrays (~40 bytes a mark). An item's id and words are read only when one is
needed (tool tip, click), by rowid.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, overload

import numpy as np

from workbench.core import query, timeline_index
from workbench.core.actor_lanes import LaneNames
from workbench.core.project import Project
from workbench.core.query import TimelineItem
from workbench.core.timeline_index import STATUSES

EPOCH = dt.date(1970, 1, 1)
# Rowids read per slice: well under 0.1 s of SQLite and Python on a slow laptop.
CHUNK_ROWS = 20_000
# Trashed documents bound as parameters up to this many; beyond, a subquery.
_TRASHED_INLINE = 500


@dataclass
class TimelineColumns(Sequence[TimelineItem]):
    """Dated annotations, one entry per item in each array; ``self[i]`` reads item i's
    whole TimelineItem (id, words) from the project when asked."""

    project: Project | None
    kinds: list[str] = field(default_factory=list)  # ``kind`` indexes this
    actor_names: list[str] = field(default_factory=list)  # ``actor`` indexes this
    rowid: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))
    doc_id: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))
    kind: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int32))
    start: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int32))  # days since 1970
    end: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int32))  # last day, inclusive
    count_low: np.ndarray = field(default_factory=lambda: np.zeros(0))  # NaN: none
    count_high: np.ndarray = field(default_factory=lambda: np.zeros(0))
    status: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int8))  # STATUSES index
    # Actors in CSR form: item i names actor[actor_at[i]:actor_at[i + 1]].
    actor_at: np.ndarray = field(default_factory=lambda: np.zeros(1, np.int64))
    actor: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int32))

    def __len__(self) -> int:
        return len(self.rowid)

    @overload
    def __getitem__(self, i: int) -> TimelineItem: ...
    @overload
    def __getitem__(self, i: slice) -> Sequence[TimelineItem]: ...
    def __getitem__(self, i: Any) -> Any:
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        if not -len(self) <= i < len(self):
            raise IndexError(i)
        item = None if self.project is None else item_by_rowid(self.project, int(self.rowid[i]))
        if item is None:  # gone since it was read: what the columns still say
            item = TimelineItem("", int(self.doc_id[i]), self.kinds[self.kind[i]],
                                day(self.start[i]), day(self.end[i]), "",
                                status=STATUSES[self.status[i]])
        return item

    def __iter__(self) -> Iterator[TimelineItem]:
        return (self[i] for i in range(len(self)))

    def take(self, which: np.ndarray) -> TimelineColumns:
        """The items at ``which`` (indexes or a mask), in that order."""
        idx = np.nonzero(which)[0] if which.dtype == bool else which
        counts = np.diff(self.actor_at)[idx]
        at = np.zeros(len(idx) + 1, np.int64)
        np.cumsum(counts, out=at[1:])
        starts = self.actor_at[idx]
        # The actors of each kept item, in item order: ranges gathered without a loop.
        flat = np.repeat(starts - at[:-1], counts) + np.arange(at[-1])
        return TimelineColumns(
            self.project, self.kinds, self.actor_names, self.rowid[idx], self.doc_id[idx],
            self.kind[idx], self.start[idx], self.end[idx], self.count_low[idx],
            self.count_high[idx], self.status[idx], at, self.actor[flat])

    def index_of(self, ann_id: str) -> np.ndarray:
        """Indexes of the annotation ``ann_id`` (empty if it is not among the items)."""
        if self.project is None or not ann_id:
            return np.zeros(0, np.int64)
        found = self.project.repo.conn.execute(
            "SELECT rowid FROM annotations WHERE id = ?", (ann_id,)).fetchone()
        return np.zeros(0, np.int64) if found is None else np.nonzero(self.rowid == found[0])[0]


def day(n: int | np.integer) -> dt.date:
    return EPOCH + dt.timedelta(days=int(n))


def item_by_rowid(project: Project, rowid: int) -> TimelineItem | None:
    """One annotation's TimelineItem, read by rowid (None if it is gone or undated)."""
    row = project.repo.conn.execute(
        "SELECT id FROM annotations WHERE rowid = ? AND deleted_at IS NULL", (rowid,)).fetchone()
    ann = project.repo.get("annotation", row[0]) if row else None
    return query.timeline_item(project, ann) if ann else None


def live_count(project: Project) -> int:
    """Live annotations, counted on the partial index of live rows (no table read)."""
    return int(project.repo.conn.execute(
        "SELECT count(*) FROM annotations INDEXED BY annotations_live "
        "WHERE deleted_at IS NULL").fetchone()[0])


def max_rowid(project: Project) -> int:
    return int(project.repo.conn.execute(
        "SELECT coalesce(max(rowid), 0) FROM annotations").fetchone()[0])


class ColumnReader:
    """Reads the dated annotations slice by slice (``read(after, upto)``), then
    ``columns()`` gives them all. Kinds and actors are numbered in order of first sight."""

    def __init__(self, project: Project, like: TimelineColumns | None = None) -> None:
        self.project = project
        # Numbered as ``like`` numbers them, so the two can be joined (``patched``).
        self.kinds: list[str] = list(like.kinds) if like else []
        self._kind_of: dict[str, int] = {k: i for i, k in enumerate(self.kinds)}
        self.actor_names: list[str] = list(like.actor_names) if like else []
        self._actor_of: dict[str, int] = {a: i for i, a in enumerate(self.actor_names)}
        self._actors_json: dict[str, tuple[int, ...]] = {}
        # Names one actor record holds are one lane, under the record's name.
        self._lane = LaneNames(project.repo.conn)
        self._parts: list[np.ndarray] = []
        self._actor_parts: list[np.ndarray] = []
        self.sql, self.params = _select(project.repo.conn)

    def read(self, after: int, upto: int, rowids: Sequence[int] | None = None) -> int:
        """Read the dated live annotations with ``after < rowid <= upto`` (and among
        ``rowids`` when given); how many."""
        sql, params = self.sql, [after, upto, *self.params]
        if rowids is not None:
            sql = sql.replace("ORDER BY ann_rowid",
                              f"AND ann_rowid IN ({','.join('?' * len(rowids))}) "
                              "ORDER BY ann_rowid")
            params += list(rowids)
        return self.add(self.project.repo.conn.execute(sql, params).fetchall())

    def add(self, rows: Sequence[Sequence[Any]]) -> int:
        """Take entries as ``timeline_index`` holds them (its COLUMNS, in rowid order)."""
        if not rows:
            return 0
        rowid, doc_id, kind, status, start, end, low, high, acts = zip(*rows, strict=True)
        kind_of = self._kind_of
        for k in kind:
            if k not in kind_of:  # numbered in order of first sight
                kind_of[k] = len(self.kinds)
                self.kinds.append(k)
        actors: list[int] = []
        n_actors = np.zeros(len(rows), np.int64)
        for i, raw in enumerate(acts):
            if raw is not None:
                ids = self._actor_ids(raw)
                actors.extend(ids)
                n_actors[i] = len(ids)
        out = np.column_stack([
            np.array(rowid, np.float64), np.array(doc_id, np.float64),
            np.array([kind_of[k] for k in kind], np.float64), np.array(start, np.float64),
            np.array(end, np.float64), np.array(low, np.float64), np.array(high, np.float64),
            np.array(status, np.float64), n_actors.astype(np.float64)])
        self._parts.append(out)
        self._actor_parts.append(np.array(actors, np.int32))
        return len(rows)

    def _actor_ids(self, raw: str) -> tuple[int, ...]:
        # The same few actor lists repeat across a project: decode each once.
        ids = self._actors_json.get(raw)
        if ids is None:
            out = []
            for name in dict.fromkeys(map(self._lane, json.loads(raw))):
                a = self._actor_of.get(name)
                if a is None:
                    a = self._actor_of[name] = len(self.actor_names)
                    self.actor_names.append(name)
                out.append(a)
            ids = self._actors_json[raw] = tuple(out)
        return ids

    def columns(self) -> TimelineColumns:
        arr = np.concatenate(self._parts) if self._parts else np.zeros((0, 9))
        counts = arr[:, 8].astype(np.int64)
        at = np.zeros(len(arr) + 1, np.int64)
        np.cumsum(counts, out=at[1:])
        actor = (np.concatenate(self._actor_parts) if self._actor_parts
                 else np.zeros(0, np.int32))
        return TimelineColumns(
            self.project, list(self.kinds), list(self.actor_names),
            rowid=arr[:, 0].astype(np.int64), doc_id=arr[:, 1].astype(np.int64),
            kind=arr[:, 2].astype(np.int32), start=arr[:, 3].astype(np.int32),
            end=arr[:, 4].astype(np.int32), count_low=arr[:, 5].copy(),
            count_high=arr[:, 6].copy(), status=arr[:, 7].astype(np.int8),
            actor_at=at, actor=actor.astype(np.int32))


def patched(project: Project, cols: TimelineColumns, ann_ids: Sequence[str]) -> TimelineColumns:
    """``cols`` with the annotations ``ann_ids`` read again (edited, new, trashed,
    restored or deleted): a few rows read instead of the whole table after an edit."""
    conn = project.repo.conn
    rowids: list[int] = []
    for start in range(0, len(ann_ids), 500):  # SQLite's limit on bound parameters
        part = list(ann_ids[start:start + 500])
        rowids += [r[0] for r in conn.execute(
            f"SELECT rowid FROM annotations WHERE id IN ({','.join('?' * len(part))})", part)]
    kept = cols.take(~np.isin(cols.rowid, np.array(rowids, np.int64)))
    if len(rowids) < len(set(ann_ids)):
        # An id with no row was deleted outright (an undone creation or merge): its rowid
        # is gone with it, so keep only the rows that still exist. One pass over the
        # rowids (rare: a trashed annotation keeps its row).
        live = np.fromiter((r[0] for r in conn.execute("SELECT rowid FROM annotations")),
                           np.int64)
        kept = kept.take(np.isin(kept.rowid, live))
    reader = ColumnReader(project, like=cols)
    for start in range(0, len(rowids), 500):
        reader.read(0, max_rowid(project), rowids[start:start + 500])
    fresh = reader.columns()
    at = np.concatenate([kept.actor_at[:-1], fresh.actor_at + kept.actor_at[-1]])
    joined = TimelineColumns(
        project, fresh.kinds, fresh.actor_names, actor_at=at,
        actor=np.concatenate([kept.actor, fresh.actor]),
        **{name: np.concatenate([getattr(kept, name), getattr(fresh, name)])
           for name in ("rowid", "doc_id", "kind", "start", "end", "count_low", "count_high",
                        "status")})
    # Back in rowid order, as a full read gives them (the marks' jitter follows the order).
    return joined.take(np.argsort(joined.rowid, kind="stable"))


def timeline_columns(project: Project) -> TimelineColumns:
    """Every dated live annotation at once (small projects, tests, benches)."""
    reader = ColumnReader(project)
    reader.read(0, max_rowid(project))
    return reader.columns()


def _select(conn: sqlite3.Connection) -> tuple[str, list[Any]]:
    """The slice query on ``timeline_index``; annotations of trashed documents left out.

    The trashed documents are listed once per reader (usually none, then no filter):
    a subquery per slice would read each document row, walking its whole text."""
    trashed = [r[0] for r in conn.execute(
        "SELECT id FROM documents WHERE deleted_at IS NOT NULL")]
    where, params = "", list(trashed)
    if len(trashed) > _TRASHED_INLINE:
        where, params = ("AND doc_id NOT IN (SELECT id FROM documents "
                         "WHERE deleted_at IS NOT NULL) "), []
    elif trashed:
        where = f"AND doc_id NOT IN ({','.join('?' * len(trashed))}) "
    sql = (f"SELECT {','.join(timeline_index.COLUMNS)} FROM {timeline_index.TABLE} "
           f"WHERE ann_rowid > ? AND ann_rowid <= ? {where}ORDER BY ann_rowid")
    return sql, params
