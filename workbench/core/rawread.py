"""Reads for the checks: rows streamed in key order, decoded one value at a time.

A flipped byte in one stored text makes SQLite's own decoding fail for the whole query,
so ``verify`` reads inside :func:`bytes_mode` (text comes back as bytes) and
:func:`decode` decodes each value on its own; outside it (the migration that records a
baseline) the same reads return text. Keys are compared as bytes either way, so both
sides of a merge sort alike. The SQL of ``verify`` and the tamper checks lives here,
beside repo.py.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from workbench.core import logcodes, store
from workbench.core.repo import JSON_COLUMNS

Raw = dict[str, Any]


def _q(col: str) -> str:
    return f'"{col}"'


@contextmanager
def bytes_mode(conn: sqlite3.Connection) -> Iterator[None]:
    """Every text read on ``conn`` comes back as bytes until the block ends.

    Set once around the whole check, not per query: a per-query switch restored by a
    generator that finishes early would flip the mode under another open query.
    """
    old = conn.text_factory
    conn.text_factory = bytes
    try:
        yield
    finally:
        conn.text_factory = old


@contextmanager
def str_mode(conn: sqlite3.Connection) -> Iterator[None]:
    """Text read on ``conn`` comes back as ``str`` until the block ends (inside
    :func:`bytes_mode`: a read that decodes in C, and falls back to bytes itself when
    a value is damaged). Only around reads that run to their end inside the block."""
    old = conn.text_factory
    conn.text_factory = str
    try:
        yield
    finally:
        conn.text_factory = old


@contextmanager
def one_snapshot(conn: sqlite3.Connection) -> Iterator[None]:
    """Every read on ``conn`` sees the project as it was when the block began.

    Outside a transaction each statement sees the file as it is at that moment: a
    check that reads the logs, then the tables, then the search index, found another
    program's commit made in between as a log that had lost entries, a broken hash
    chain or an index changed by hand. One read transaction pins the file as it was;
    other programs go on writing meanwhile (WAL). Nothing is written inside it, so it
    is rolled back (temporary tables made in it go with it). Once it has ended, the log
    the other programs' writes grew meanwhile is folded back (``store.shrink_log``)."""
    if conn.in_transaction:  # already inside one: its snapshot is the one
        yield
        return
    _READING.add(id(conn))
    try:
        conn.execute("BEGIN")
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # the snapshot starts
            yield
        finally:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
    finally:
        _READING.discard(id(conn))
        store.shrink_log(conn)


# The connections (by id) inside :func:`one_snapshot` now.
_READING: set[int] = set()


def reading(conn: Any) -> bool:
    """Whether ``conn`` is reading one state of the project (:func:`one_snapshot`): a
    write cannot begin on it until the read is over."""
    return id(conn) in _READING


def select_sql(table: str, cols: Sequence[str]) -> str:
    """``SELECT cols FROM table``, every name quoted."""
    return f"SELECT {', '.join(_q(c) for c in cols)} FROM {_q(table)}"


def columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [text(r[1]) for r in conn.execute(f"PRAGMA table_info({_q(table)})")]


def rows(conn: sqlite3.Connection, table: str, *, cols: Sequence[str] | None = None,
         order: str | None = None) -> Iterator[Raw]:
    """Every row of ``table`` (only ``cols`` if given), text as bytes, streamed."""
    cols = list(cols) if cols is not None else columns(conn, table)
    sql = f"SELECT {', '.join(_q(c) for c in cols)} FROM {_q(table)}"
    if order:
        sql += f" ORDER BY {order}"
    for values in conn.execute(sql):
        yield dict(zip(cols, values, strict=True))


def tuples(conn: sqlite3.Connection, table: str, cols: Sequence[str], *,
           order: str | None = None) -> Iterator[tuple[Any, ...]]:
    """Every row of ``table`` as a tuple of ``cols``, streamed: no dict per row."""
    sql = f"SELECT {', '.join(_q(c) for c in cols)} FROM {_q(table)}"
    if order:
        sql += f" ORDER BY {order}"
    return iter(conn.execute(sql))


def suspect_keys(conn: sqlite3.Connection, entity: str, table: str, key: str,
                 match: str) -> Iterator[Any]:
    """The keys of ``table``'s rows whose newest own audit entry does not hold them.

    ``match`` is SQL, true when the entry ``l`` holds exactly the row ``t``
    (``rebuild._sql_match``). A row without an own entry, or whose newest entry removed
    it, is a suspect too. Run by SQLite alone: a sound row costs no Python work.
    """
    ref = f't."{key}"' if entity != "document" else f'CAST(t."{key}" AS TEXT)'
    sql = (f'SELECT t."{key}" FROM "{table}" t WHERE NOT coalesce(('
           f"SELECT {match} FROM audit l WHERE l.entity_id = {ref} AND l.entity IN (?, ?) "
           "AND l.merged_from IS NULL ORDER BY l.seq DESC LIMIT 1), 0)")
    for (value,) in conn.execute(sql, (entity, logcodes.ENTITIES.get(entity, entity))):
        yield value


def unmatched_log_ids(conn: sqlite3.Connection, tables: Sequence[tuple[str, str]]
                      ) -> list[Any]:
    """The entity ids the audit log names that are no key of any of ``tables`` (text
    keyed): rows removed by undoing their creation, rows removed outside the program.

    Read from the ``(entity_id, seq)`` index alone, each id looked up by key.
    """
    absent = " AND ".join(f'NOT EXISTS (SELECT 1 FROM "{t}" WHERE "{k}" = e)'
                          for t, k in tables)
    sql = f"SELECT e FROM (SELECT DISTINCT entity_id AS e FROM audit) WHERE {absent}"
    return [r[0] for r in conn.execute(sql)]


def own_entities(conn: sqlite3.Connection, ids: Sequence[Any]) -> dict[bytes, set[str]]:
    """For each of ``ids`` (as :func:`key_bytes`), the entities (by name) of its own
    audit entries (``merged_from`` unset), each id looked up by the ``entity_id`` index."""
    found: dict[bytes, set[str]] = {}
    sql = ("SELECT DISTINCT entity FROM audit WHERE entity_id = CAST(? AS TEXT) "
           "AND merged_from IS NULL")
    for value in ids:
        names = found.setdefault(key_bytes(value), set())
        for (entity,) in conn.execute(sql, (value,)):
            name = text(entity) if entity.__class__ is bytes else str(entity)
            names.add(logcodes.ENTITY_NAMES.get(name, name))
    return found


def row_by_key(conn: sqlite3.Connection, table: str, cols: Sequence[str], key: str,
               value: Any, exprs: dict[str, str] | None = None) -> tuple[Any, ...] | None:
    """One row's ``cols`` by its key (a text key as its bytes, or a number), or None;
    ``exprs``: SQL (over the table's name) to read some columns by."""
    slot = "CAST(? AS TEXT)" if value.__class__ is bytes else "?"
    exprs = exprs or {}
    sql = (f"SELECT {', '.join(exprs.get(c, _q(c)) for c in cols)} FROM {_q(table)} "
           f"WHERE {_q(key)} = {slot}")
    return conn.execute(sql, (value,)).fetchone()


def latest_image(conn: sqlite3.Connection, entity: str, entity_id: Any
                 ) -> tuple[Any, Any, Any] | None:
    """``(after, at, seq)`` of the newest own audit entry for a row (its id as text or
    as the bytes read in :func:`bytes_mode`; ``at`` and ``seq`` read back its marks),
    None if it has none."""
    return conn.execute("SELECT after, at, seq FROM audit WHERE entity_id = CAST(? AS TEXT) AND "
                        "entity IN (?, ?) AND merged_from IS NULL ORDER BY seq DESC LIMIT 1",
                        (entity_id, entity, logcodes.ENTITIES.get(entity, entity))).fetchone()


def decode(raw: Raw, json_cols: Sequence[str] | frozenset[str] = JSON_COLUMNS
           ) -> tuple[Raw | None, list[str]]:
    """The row decoded (JSON columns parsed), or None and what is damaged in it."""
    try:  # the usual case, a sound row, decoded in one sweep
        out = {k: (v.decode("utf-8") if v.__class__ is bytes and k != "data" else v)
               for k, v in raw.items()}
    except UnicodeDecodeError:
        out = None
    bad: list[str] = []
    if out is None:  # name each damaged column
        out = {}
        for col, value in raw.items():
            try:
                out[col] = value.decode("utf-8") if value.__class__ is bytes else value
            except UnicodeDecodeError:
                bad.append(f"its {col} is not valid UTF-8")
    for col in json_cols:
        value = out.get(col)
        if value.__class__ is str:
            try:
                out[col] = json.loads(value) if value else None
            except ValueError:
                bad.append(f"its {col} is not valid JSON")
    return (None if bad else out), bad


def key_bytes(value: Any) -> bytes:
    """A text key as bytes, whichever mode it was read in (SQLite sorts by these)."""
    return value if value.__class__ is bytes else str(value).encode("utf-8")


def text(value: Any) -> Any:
    """A single value with bytes decoded (damaged bytes replaced: used only for keys)."""
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else value


def decode_values(values: Sequence[Any], json_at: Sequence[int] = ()) -> list[Any]:
    """A row's values decoded as :func:`decode` decodes them, those at ``json_at``
    parsed as JSON; ValueError for any damaged one (the caller names it, if it must)."""
    out = [v.decode("utf-8") if v.__class__ is bytes else v for v in values]
    for i in json_at:
        if out[i].__class__ is str:
            out[i] = loads(out[i]) if out[i] else None
    return out


_DECODER = json.JSONDecoder()


def loads(text: str) -> Any:
    """``json.loads(text)``, without its wrapper's cost on the usual text (nothing
    around the value); anything else is handed to ``json.loads`` itself."""
    try:
        value, end = _DECODER.raw_decode(text)
    except ValueError:
        return json.loads(text)  # says why, or parses what raw_decode will not
    return value if end == len(text) else json.loads(text)


def log_rows(conn: sqlite3.Connection, log: str) -> Iterator[Raw]:
    """The audit or custody log in ``seq`` order, text as bytes."""
    return rows(conn, log, order="seq")


def log_sequence(conn: sqlite3.Connection, log: str) -> tuple[int, int]:
    """(highest seq stored, highest seq SQLite ever handed out) for a log."""
    top = conn.execute(f"SELECT max(seq) FROM {log}").fetchone()[0] or 0
    given = conn.execute("SELECT seq FROM sqlite_sequence WHERE name = ?", (log,)).fetchone()
    return top, (given[0] if given else 0)


def log_row_at(conn: sqlite3.Connection, log: str, number: int) -> tuple[int, str] | None:
    """(seq, hash) of the ``number``-th row of a log (counting from 1), or None."""
    row = conn.execute(f"SELECT seq, hash FROM {log} ORDER BY seq LIMIT 1 OFFSET ?",
                       (number - 1,)).fetchone()
    return (row[0], text(logcodes.hex_hash(row[1]))) if row else None


# An annotation's stored quote, NULL where it is derived (``quotes``): verify checks
# such a row's span, its quote being its text's there by construction.
_EXACT = ("CASE WHEN typeof(exact) = 'blob' AND length(exact) = 0 THEN NULL "
          "ELSE exact END")


def live_annotations(conn: sqlite3.Connection, doc_id: int, after: int | None = None
                     ) -> Iterator[tuple[Any, ...]]:
    """A document's annotations outside the trash: (id, start, end, exact, anchor,
    rowid), in rowid order, exact None where derived; only those after rowid ``after``
    if given."""
    sql = (f'SELECT id, start, "end", {_EXACT}, anchor, rowid FROM annotations '
           "WHERE doc_id = ? AND deleted_at IS NULL")
    if after is None:
        return iter(conn.execute(f"{sql} ORDER BY rowid", (doc_id,)))
    return iter(conn.execute(f"{sql} AND rowid > ? ORDER BY rowid", (doc_id, after)))


def all_live_annotations(conn: sqlite3.Connection, after: int | None = None,
                         lengths: str | None = None) -> Iterator[tuple[Any, ...]]:
    """Every annotation outside the trash, in rowid order (table order): (doc_id, id,
    start, end, exact, anchor, rowid); only those after rowid ``after`` if given.

    With ``lengths`` (a table made by :func:`text_lengths`), rows whose check is settled
    by SQL are left out: a derived quote (its text's at its span by construction) under
    a text id, whose span is whole numbers within its document's listed length. Such a
    row would be counted and pass in Python; :func:`live_counts` counts them."""
    sql = (f'SELECT a.doc_id, a.id, a.start, a."end", {_EXACT}, a.anchor, a.rowid '
           "FROM annotations a")
    if lengths is not None:
        sql += (f" LEFT JOIN temp.{lengths} h ON h.doc = a.doc_id WHERE NOT coalesce("
                f"{_DERIVED} AND typeof(a.id) = 'text' AND {_SPAN_WITHIN}, 0) AND")
    else:
        sql += " WHERE"
    sql += " a.deleted_at IS NULL"
    if after is None:
        return iter(conn.execute(f"{sql} ORDER BY a.rowid"))
    return iter(conn.execute(f"{sql} AND a.rowid > ? ORDER BY a.rowid", (after,)))


# SQL over an annotation ``a`` joined to a lengths table ``h`` (:func:`text_lengths`):
# its quote is stored derived; its span is two whole numbers within the length listed
# for its document (NULL, so false, where none is listed).
_DERIVED = "typeof(a.exact) = 'blob' AND length(a.exact) = 0"
_SPAN_WITHIN = ("typeof(a.start) = 'integer' AND typeof(a.\"end\") = 'integer' AND "
                "a.start >= 0 AND a.start <= a.\"end\" AND a.\"end\" <= h.n")


# SQL true for an annotation ``a`` joined to a lengths table ``h`` on its document whose
# quote is stored derived and whose span lies within its document's listed length.
DERIVED_SPAN_SOUND = f"({_DERIVED} AND {_SPAN_WITHIN})"


@contextmanager
def text_lengths(conn: sqlite3.Connection, name: str, lengths: dict[Any, int]
                 ) -> Iterator[str]:
    """A temporary table ``name`` (doc, n): each listed document's text length in
    characters, keyed by its id, so that one SQL pass over the annotations can settle
    the rows whose span lies within their text (the quote checks' usual row) without
    handing each to Python. In the connection's temporary database: a read-only or
    untouched file is not written. Emptied on leaving."""
    # Emptied, never dropped: SQLite refuses a DROP while any statement of the
    # connection is still open (a read that failed part-way, its error being handled).
    conn.execute(f"CREATE TEMP TABLE IF NOT EXISTS {name} "
                 "(doc INTEGER PRIMARY KEY, n INTEGER NOT NULL)")
    conn.execute(f"DELETE FROM temp.{name}")
    try:
        conn.executemany(f"INSERT INTO temp.{name} (doc, n) VALUES (?, ?)",
                         [(d, n) for d, n in lengths.items() if d.__class__ is int])
        yield name
    finally:
        conn.execute(f"DELETE FROM temp.{name}")


def live_counts(conn: sqlite3.Connection) -> dict[Any, int]:
    """Annotations outside the trash, by document (read from the partial index of live
    rows where the file has one; SQLite's own check vouches for it)."""
    return dict(conn.execute("SELECT doc_id, count(*) FROM annotations "
                             "WHERE deleted_at IS NULL GROUP BY doc_id").fetchall())


def trigger_names(conn: sqlite3.Connection) -> set[str]:
    """The names of the file's triggers."""
    rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
    return {text(r[0]) for r in rows}
