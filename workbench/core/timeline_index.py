"""The timeline's narrow table: per live dated annotation, exactly what its mark needs.

Reading the marks from the annotations themselves means SQLite parses every row's
``fields`` JSON (about 1 s per 100k rows), so the window's timeline took ~25 s to fill
in at a million annotations. ``timeline_index`` holds, for each live annotation of a
dated kind whose date reads as a day interval, its document, kind, status, first and
last day, low and high count and actor names, keyed by the annotation's rowid: a plain
SELECT with no JSON in it.

It is derived data, like the search index: the write path keeps it in the same
transaction as every annotation write (``refresh``, called by ``repo.Transaction`` for
the annotations it touched and for the kinds whose timeline roles changed), migration 12
builds it (``rebuild``), and ``verify`` compares it with a recomputation
(``findings``). ``compute`` is the one definition of an entry, for all three.

The rowid of a table without an INTEGER PRIMARY KEY may in principle change on VACUUM;
SQLite keeps them in practice, and ``findings`` would name any drift (``rebuild``
repairs it).
"""

from __future__ import annotations

import functools
import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

from workbench.core import dbapi
from workbench.core.codebook import Codebook, KindSpec
from workbench.core.dates import date_interval

TABLE = "timeline_index"
DDL = """CREATE TABLE IF NOT EXISTS timeline_index (
    ann_rowid INTEGER PRIMARY KEY,  -- the annotation's rowid in annotations
    doc_id INTEGER NOT NULL,
    kind TEXT NOT NULL,
    status INTEGER NOT NULL,        -- index in STATUSES (0 for an unknown status)
    start_day INTEGER NOT NULL,     -- days since 1970-01-01, first day of the interval
    end_day INTEGER NOT NULL,       -- last day, inclusive
    count_low REAL,                 -- NULL: no count
    count_high REAL,
    actors TEXT                     -- JSON list of actor names; NULL when none
)"""
COLUMNS = ("ann_rowid", "doc_id", "kind", "status", "start_day", "end_day", "count_low",
           "count_high", "actors")
STATUSES = ("accepted", "suggested", "rejected")
# Annotation rowids computed per query: a few MB of rows at most, whatever the project.
CHUNK_ROWIDS = 20_000
EPOCH_ORDINAL = 719_163  # date(1970, 1, 1).toordinal()

Entry = tuple[int, int, str, int, int, int, "float | None", "float | None", "str | None"]


def create(conn: sqlite3.Connection) -> None:
    conn.execute(DDL)


def load_codebook(conn: sqlite3.Connection) -> Codebook:
    """The stored codebook; a kind whose spec does not decode has no marks (verify names
    the damage) rather than stopping a write or a migration."""
    return _parsed(tuple(r[0] for r in conn.execute(
        "SELECT spec FROM codebook ORDER BY position, name")))


@functools.lru_cache(maxsize=8)
def _parsed(specs: tuple[str | bytes, ...]) -> Codebook:
    # Every write reads the codebook; decoding its specs was half the cost of a single
    # edit's refresh, and they rarely change: keyed on their stored text.
    kinds = []
    for spec in specs:
        try:
            kinds.append(KindSpec.from_dict(json.loads(spec)))
        except (ValueError, TypeError):
            continue
    return Codebook(kinds)


def timeline_roles(spec: dict[str, Any] | None) -> tuple[Any, ...] | None:
    """What of a kind's stored spec the entries depend on: its name and the fields that
    are its date, precision, end date, counts and actors. A codebook change that leaves
    this alone (a colour, a label, a new field) recomputes nothing."""
    if not spec:
        return None
    roles = spec.get("roles") or {}
    return (spec.get("name"), spec.get("date_field"), spec.get("precision_field"),
            roles.get("end_date"), roles.get("count_low"), roles.get("count_best"),
            roles.get("count_high"), tuple(roles.get("actors") or ()))


# ---------------------------------------------------------------- computing entries
def _select(cb: Codebook, where: str) -> tuple[str, list[Any]] | None:
    """One SELECT whose columns pick each dated kind's role fields out of the JSON.

    Columns: rowid, doc_id, kind, status, date, precision, end date, low, best, high,
    then one column per actor field position (``->`` keeps a list as JSON text). None
    when no kind has a date. ``where`` is ANDed in; its parameters come after these.
    """
    parts = _select_parts(cb)
    if parts is None:
        return None
    cols, params, kinds = parts
    # json_valid: a damaged row has no mark (verify names it) instead of stopping the read.
    # "+kind": the dated kinds are most of the rows, so the planner is kept off the kind
    # index, which it took for a rowid range (a descent into the table per row and a
    # sort of the result for ORDER BY); ``where`` may still name kinds through it.
    sql = (f"SELECT {cols} FROM annotations "
           f"WHERE {_DATED_ROW.format(a='', marks=','.join('?' * len(kinds)))} "
           f"AND {where} ORDER BY rowid")
    return sql, [*params, *kinds]


# The rows that have an entry when their date reads as an interval: live, of a dated
# kind, their fields one whole JSON value. ``a`` qualifies the columns ("a." or "").
_DATED_ROW = ("{a}deleted_at IS NULL AND +{a}kind IN ({marks}) AND json_valid({a}fields)")


def _select_parts(cb: Codebook, a: str = "") -> tuple[str, list[Any], list[str]] | None:
    """The columns of :func:`_select` over annotations qualified by ``a`` ("a." or ""),
    their parameters and the dated kinds' names; None when no kind has a date."""
    dated = [k for k in cb.kinds() if k.date_field]
    if not dated:
        return None
    params: list[Any] = []
    width = max((len(k.roles.actors) for k in dated), default=0)

    def case(pick: Any, op: str = "->>") -> str:
        parts = []
        for k in dated:
            name = pick(k)
            if name:
                parts.append(f"WHEN ? THEN {a}fields {op} ?")
                params.extend([k.name, "$." + json.dumps(name)])
        return f"CASE {a}kind {' '.join(parts)} END" if parts else "NULL"

    cols = [case(lambda k: k.date_field), case(lambda k: k.precision_field),
            case(lambda k: k.roles.end_date), case(lambda k: k.roles.count_low),
            case(lambda k: k.roles.count_best), case(lambda k: k.roles.count_high)]
    cols += [case(lambda k, i=i: k.roles.actors[i] if i < len(k.roles.actors) else None, "->")
             for i in range(width)]
    return (f"{a}rowid, {a}doc_id, {a}kind, {a}status, {', '.join(cols)}", params,
            [k.name for k in dated])


def compute(conn: sqlite3.Connection, cb: Codebook, where: str,
            params: Sequence[Any] = ()) -> list[Entry]:
    """The entries of the live annotations meeting ``where`` (SQL on ``annotations``),
    in rowid order: what the table must hold for them."""
    query = _select(cb, where)
    if query is None:
        return []
    sql, fixed = query
    writing = conn.in_transaction
    try:
        rows = conn.execute(sql, [*fixed, *params]).fetchall()
    except dbapi.Error:
        # An I/O error or a full disk makes SQLite roll the caller's write back by
        # itself: read on, and the rest of the write would be saved statement by
        # statement (audit entries for a change that is not there).
        if writing and not conn.in_transaction:
            raise
        # A value SQLite cannot hand over (damaged bytes): row by row, skipping those.
        rows = _rows_one_by_one(conn, sql, [*fixed, *params], where, params)
    return list(_entries(rows))


def _rows_one_by_one(conn: sqlite3.Connection, sql: str, all_params: list[Any],
                     where: str, params: Sequence[Any]) -> list[Any]:
    out = []
    head = sql.replace(f"AND {where} ORDER BY rowid", "AND rowid = ?")
    fixed = all_params[:len(all_params) - len(params)]
    for (rowid,) in conn.execute(f"SELECT rowid FROM annotations WHERE {where}", params):
        try:
            out += conn.execute(head, [*fixed, rowid]).fetchall()
        except dbapi.Error:
            continue
    return out


_STATUS_INDEX = {s: i for i, s in enumerate(STATUSES)}
_UNSEEN = object()


def _entries(rows: Iterable[Sequence[Any]]) -> Iterator[Entry]:
    entry = _entry_maker()
    for row in rows:
        if (made := entry(row)) is not None:
            yield made


def _entry_maker() -> Callable[[Sequence[Any]], Entry | None]:
    """The one definition of an entry: a function from a row of :func:`_select`'s
    columns to its entry, or None when its date reads as no interval. It keeps the
    spans and actor texts it has made, for the rows after."""
    # Once per dated annotation of every check and rebuild: lookups with one hash each,
    # the actor columns taken as one slice, the usual counts converted inline.
    spans: dict[tuple[Any, Any, Any], tuple[int, int] | None] = {}
    # The same few actor values repeat: each combination is decoded and written once.
    actors_of: dict[Sequence[Any], str | None] = {}

    def entry(row: Sequence[Any]) -> Entry | None:
        key = (row[4], row[5], row[6])  # date, precision, end date
        span = spans.get(key, _UNSEEN)
        if span is _UNSEEN:
            span = spans[key] = _span(*key)
        if span is None:
            return None
        low, high = row[7], row[9]
        if low is None and high is None:
            low = row[8]  # the best count stands for both
        held = row[10:]
        actors = actors_of.get(held, _UNSEEN)
        if actors is _UNSEEN:
            names = [n for raw in held if raw is not None for n in _names(raw)]
            actors = actors_of[tuple(held)] = (json.dumps(names, ensure_ascii=False)
                                               if names else None)
        return (row[0], row[1], row[2], _STATUS_INDEX.get(row[3], 0), span[0], span[1],
                None if low is None else float(low) if low.__class__ is int else _num(low),
                None if high is None else float(high) if high.__class__ is int else _num(high),
                actors)

    return entry


def _names(raw: str) -> list[str]:
    value = json.loads(raw)
    return [str(v) for v in (value if isinstance(value, list) else [value]) if v]


def _num(v: Any) -> float | None:
    if v is None or isinstance(v, bool):
        return None
    try:
        f = float(v)
    except (TypeError, ValueError):
        return None
    return None if f != f else f  # NaN: no count (SQLite would store it as NULL anyway)


def _span(date: Any, prec: Any, end: Any) -> tuple[int, int] | None:
    """First and last day as day numbers: ``query.annotation_interval``'s rule."""
    span = date_interval(date, prec)
    if span and end:
        last = date_interval(end, prec)
        if last and last[1] >= span[0]:
            span = (span[0], last[1])
    if span is None:
        return None
    return span[0].toordinal() - EPOCH_ORDINAL, span[1].toordinal() - EPOCH_ORDINAL


# ---------------------------------------------------------------- keeping the table
def _insert(conn: sqlite3.Connection, entries: list[Entry]) -> None:
    conn.executemany(f"INSERT INTO {TABLE} ({','.join(COLUMNS)}) "
                     f"VALUES ({','.join('?' * len(COLUMNS))})", entries)


def _top(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT coalesce(max(rowid), 0) FROM annotations").fetchone()[0])


def _ranges(conn: sqlite3.Connection, top: int, *tables: tuple[str, str]
            ) -> Iterator[tuple[str, list[int]]]:
    """The rowid ranges walked one at a time, as (a condition on ``rowid``, its
    parameters), up to ``top``. The program never makes a rowid below 1, but a row put
    there outside it (an annotation, or an entry the timeline shows) would fall before
    the first range: one range holds them all, checked only when there is such a row.
    ``tables`` are (table, rowid column) pairs whose lowest rowid decides that."""
    if any(conn.execute(f"SELECT 1 FROM {t} WHERE {c} <= 0 LIMIT 1").fetchone()
           for t, c in tables):
        yield "rowid <= ?", [0]
    for after in range(0, top, CHUNK_ROWIDS):
        yield "rowid > ? AND rowid <= ?", [after, after + CHUNK_ROWIDS]


def rebuild(conn: sqlite3.Connection, cb: Codebook | None = None,
            kinds: Iterable[str] | None = None) -> int:
    """Recompute the whole table (or only the rows of ``kinds``) from the annotations and
    codebook, a rowid range at a time so memory stays flat; returns the entries written.
    Runs inside the caller's transaction."""
    cb = cb if cb is not None else load_codebook(conn)
    where, params = "1", []
    if kinds is not None:
        kinds = sorted(set(kinds))
        if not kinds:
            return 0
        where = f"kind IN ({','.join('?' * len(kinds))})"
        params = list(kinds)
    conn.execute(f"DELETE FROM {TABLE} WHERE {where}", params)
    n = 0
    for cond, bounds in _ranges(conn, _top(conn), ("annotations", "rowid")):
        entries = compute(conn, cb, f"{where} AND {cond}", [*params, *bounds])
        _insert(conn, entries)
        n += len(entries)
    return n


def refresh(conn: sqlite3.Connection, ann_ids: Iterable[str] = (),
            gone: Iterable[int] = (), kinds: Iterable[str] = ()) -> None:
    """Bring the table up to date after a write: the annotations ``ann_ids`` (written,
    trashed, restored), the rowids ``gone`` (rows deleted for good) and every
    annotation of ``kinds`` (their timeline roles changed). Reads the codebook as the
    write left it."""
    ids, gone, kinds = list(ann_ids), list(gone), sorted(set(kinds))
    if not (ids or gone or kinds):
        return
    cb = load_codebook(conn)
    if kinds:
        rebuild(conn, cb, kinds)
    for start in range(0, len(gone), 500):  # SQLite's limit on bound parameters
        part = gone[start:start + 500]
        conn.execute(f"DELETE FROM {TABLE} WHERE ann_rowid IN ({','.join('?' * len(part))})",
                     part)
    for start in range(0, len(ids), 500):
        part = ids[start:start + 500]
        rowids = [r[0] for r in conn.execute(
            f"SELECT rowid FROM annotations WHERE id IN ({','.join('?' * len(part))})", part)]
        if not rowids:
            continue
        marks = ",".join("?" * len(rowids))
        conn.execute(f"DELETE FROM {TABLE} WHERE ann_rowid IN ({marks})", rowids)
        _insert(conn, compute(conn, cb, f"rowid IN ({marks})", rowids))


def _month_form(value: Any) -> bool:
    return isinstance(value, str) and value.count("-") == 1 and not value.startswith("-")


def redraw_month_years(conn: sqlite3.Connection) -> int:
    """Recompute the entries of annotations whose date or end date is a month ("2024-03")
    at year precision, which the rule before schema 21 spanned as the month; returns how
    many entries changed. Only those rows are touched: an entry edited outside the program
    elsewhere stays for ``verify`` to name. Runs inside the caller's transaction."""
    cb = load_codebook(conn)
    query = _select(cb, "rowid > ? AND rowid <= ?")
    if query is None:
        return 0
    sql, fixed = query
    changed = 0
    for after in range(0, _top(conn), CHUNK_ROWIDS):
        bounds = [after, after + CHUNK_ROWIDS]
        # Columns 4 to 6: date, precision, end date (``_select``).
        rowids = [r[0] for r in conn.execute(sql, [*fixed, *bounds])
                  if r[5] == "year" and (_month_form(r[4]) or _month_form(r[6]))]
        for start in range(0, len(rowids), 500):  # SQLite's limit on bound parameters
            part = rowids[start:start + 500]
            marks = ",".join("?" * len(part))
            held = {r[0]: tuple(r) for r in conn.execute(
                f"SELECT {','.join(COLUMNS)} FROM {TABLE} WHERE ann_rowid IN ({marks})", part)}
            want = compute(conn, cb, f"rowid IN ({marks})", part)
            changed += sum(1 for e in want if held.get(e[0]) != e)
            conn.execute(f"DELETE FROM {TABLE} WHERE ann_rowid IN ({marks})", part)
            _insert(conn, want)
    return changed


# ---------------------------------------------------------------- checking it
def findings(conn: sqlite3.Connection) -> list[str]:
    """At most one sentence: how many entries differ from a recomputation, naming the
    first annotation concerned; empty when the table is what the program would write."""
    if not conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                        (TABLE,)).fetchone():
        return ["timeline index: the table is missing (removed outside the program)."]
    cb = load_codebook(conn)
    wrong, first = 0, None
    top = max(_top(conn), int(conn.execute(
        f"SELECT coalesce(max(ann_rowid), 0) FROM {TABLE}").fetchone()[0]))
    stored = conn.cursor()
    stored.row_factory = None  # tuples, as ``compute`` gives them
    settle = _settler(conn, cb)
    for cond, bounds in _ranges(conn, top, ("annotations", "rowid"), (TABLE, "ann_rowid")):
        if settle is not None and len(bounds) == 2 and settle(bounds):
            continue
        listed = compute(conn, cb, cond, bounds)
        held = stored.execute(f"SELECT {','.join(COLUMNS)} FROM {TABLE} WHERE "
                              f"{cond.replace('rowid', 'ann_rowid')} ORDER BY ann_rowid",
                              bounds).fetchall()
        if held == listed:  # the usual case: both in rowid order, settled in one compare
            continue
        want = {e[0]: e for e in listed}
        have = {r[0]: r for r in held}
        for rowid in sorted(want.keys() | have.keys()):
            if want.get(rowid) != have.get(rowid):
                wrong += 1
                first = rowid if first is None else first
    if not wrong:
        return []
    row = conn.execute("SELECT id FROM annotations WHERE rowid = ?", (first,)).fetchone()
    name = f"annotation {row[0]}" if row else f"annotation row {first} (which does not exist)"
    return [f"timeline index: {wrong} entr{'y differs' if wrong == 1 else 'ies differ'} from "
            f"the annotations and codebook they are made from, the first for {name} (changed "
            "outside the program; the timeline would show marks that are not in the "
            "annotations). `workbench reindex PROJECT` (Tools → Rebuild indexes) rebuilds it "
            "from the annotations."]


# The function the check's one statement per chunk calls for each dated row (its values
# as :func:`_select` picks them, then its stored entry's or NULLs): 1 when the stored
# entry is the one :func:`_entry_maker` makes (or there is none, and none is made).
_SAME = "wb_timeline_same"


def _settler(conn: sqlite3.Connection, cb: Codebook) -> Callable[[list[int]], bool] | None:
    """A test of one rowid range: True when the table holds exactly the entries of the
    annotations in it (then nothing in it needs naming), False when it may not.

    Each row is compared inside one statement, the annotation joined to its stored
    entry by rowid, so the usual chunk hands no row to Python as a fetched tuple: in
    this Python, fetching a row's columns costs more than computing its entry
    (docs/performance.md, "Verify, sixth round"). A range it cannot settle (a
    difference, a value it cannot read) is compared the way that names the rows.
    None when no kind has a date."""
    parts = _select_parts(cb, "a.")
    if parts is None:
        return None
    cols, params, kinds = parts
    dated = _DATED_ROW.format(a="a.", marks=",".join("?" * len(kinds)))
    held = ", ".join(f"t.{c}" for c in COLUMNS)
    # count(t.ann_rowid): the entries joined to a dated row; total(): the rows whose
    # entry is the one they make; count(*): the dated rows.
    sql = (f"SELECT count(t.ann_rowid), total({_SAME}({cols}, {held})), count(*) "
           f"FROM annotations a LEFT JOIN {TABLE} t ON t.ann_rowid = a.rowid "
           f"WHERE {dated} AND a.rowid > ? AND a.rowid <= ?")
    conn.create_function(_SAME, -1, _same_as_made(), deterministic=True)

    def settled(bounds: list[int]) -> bool:
        try:
            joined, same, rows = conn.execute(sql, [*params, *kinds, *bounds]).fetchone()
            entries = conn.execute(f"SELECT count(*) FROM {TABLE} WHERE ann_rowid > ? AND "
                                   "ann_rowid <= ?", bounds).fetchone()[0]
        except dbapi.Error:
            return False  # a value that does not read as text: the rows are read one by one
        # Every dated row matched, and no entry of the range is left over (one belonging
        # to no dated row: trashed, undated, gone).
        return same == rows and joined == entries

    return settled


def _same_as_made() -> Callable[..., int]:
    entry = _entry_maker()
    width = len(COLUMNS)

    def same(*values: Any) -> int:
        held = values[-width:]
        made = entry(values[:-width])
        if made is None:
            return held[0] is None  # the table's key: never NULL in a stored entry
        return made == held

    return same
