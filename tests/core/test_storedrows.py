"""A row worked out as SQLite stores it, or None where it might not be."""

from __future__ import annotations

import json
import sqlite3

import pytest

from workbench.core import storedrows


@pytest.mark.parametrize(("declared", "expected"), [
    ("INTEGER", "INTEGER"), ("BIGINT", "INTEGER"), ("TEXT", "TEXT"), ("VARCHAR(9)", "TEXT"),
    ("CLOB", "TEXT"), ("", "BLOB"), (None, "BLOB"), ("BLOB", "BLOB"), ("REAL", "REAL"),
    ("DOUBLE", "REAL"), ("NUMERIC", "NUMERIC"), ("DATE", "NUMERIC"),
    ("CHARINT", "INTEGER"),  # "INT" wins over "CHAR", as SQLite's rules put it first
])
def test_affinity_follows_sqlites_rules(declared, expected):
    assert storedrows.affinity(declared) == expected


def _table(conn: sqlite3.Connection) -> None:
    conn.execute("""CREATE TABLE t (
        id INTEGER PRIMARY KEY, name TEXT, n INTEGER, x REAL, raw, num NUMERIC,
        note TEXT DEFAULT 'later', count INTEGER DEFAULT 0, js TEXT NOT NULL DEFAULT '[]',
        odd INTEGER DEFAULT '5', made TEXT DEFAULT CURRENT_TIMESTAMP)""")


def _read(conn, names, key):
    conn.row_factory = sqlite3.Row
    row = conn.execute(f"SELECT {','.join(names)} FROM t WHERE id = ?", (key,)).fetchone()
    conn.row_factory = None
    out = dict(row)
    out["js"] = json.loads(out["js"])
    return out


@pytest.mark.parametrize("bound", [
    {"id": 1, "name": "a", "n": 3, "x": 1.5, "raw": b"\x00\x01", "js": "[1, 2]"},
    {"id": 2, "name": None, "n": None, "x": None, "raw": "text", "js": "{\"b\": 1}"},
    {"id": 3, "name": "ٱلْعَرَبِيَّة 😀\x00", "raw": 7},
])
def test_a_row_made_equals_the_row_read_back(bound):
    conn = sqlite3.connect(":memory:")
    _table(conn)
    cols = storedrows.columns(conn, "t")
    names = ["id", "name", "n", "x", "raw", "note", "count", "js"]
    made = storedrows.as_stored(cols, bound, names, {"js": json.loads})
    conn.execute(f"INSERT INTO t ({','.join(bound)}) VALUES ({','.join('?' * len(bound))})",
                 list(bound.values()))
    read = _read(conn, names, bound["id"])
    assert made == read
    assert [type(v) for v in made.values()] == [type(v) for v in read.values()]  # type: ignore[union-attr]
    # Given by place (a batch's insert parameters, in the order they are bound), the same
    # row, keys in the same order, types and all.
    given = list(reversed(bound))
    by_place = storedrows.maker(cols, names, given, {"js": json.loads}, True)
    placed = by_place([bound[c] for c in given])  # type: ignore[misc]
    assert list(placed.items()) == list(read.items())  # type: ignore[union-attr]
    assert [type(v) for v in placed.values()] == [type(v) for v in read.values()]  # type: ignore[union-attr]


@pytest.mark.parametrize(("bound", "names"), [
    ({"id": 1, "name": 5}, ["id", "name"]),  # an integer in a TEXT column comes back as text
    ({"id": 1, "n": "5"}, ["id", "n"]),  # text that looks like a number becomes one
    ({"id": 1, "n": True}, ["id", "n"]),  # a bool comes back as 1
    ({"id": 1, "x": 2}, ["id", "x"]),  # an integer in a REAL column comes back as 2.0
    ({"id": 1, "num": 2}, ["id", "num"]),  # NUMERIC may change what it is given
    ({"id": 1}, ["id", "odd"]),  # the default '5' is stored as the integer 5
    ({"id": 1}, ["id", "made"]),  # a default that is not a literal
    ({"id": 1}, ["id", "gone"]),  # a column the table does not have
])
def test_a_row_that_might_differ_is_left_to_a_read(bound, names):
    conn = sqlite3.connect(":memory:")
    _table(conn)
    assert storedrows.as_stored(storedrows.columns(conn, "t"), bound, names, {}) is None
    by_place = storedrows.maker(storedrows.columns(conn, "t"), names, list(bound), {}, True)
    assert by_place is None or by_place(list(bound.values())) is None  # the same refusal
    conn.execute(f"INSERT INTO t ({','.join(bound)}) VALUES ({','.join('?' * len(bound))})",
                 list(bound.values()))
    if names[1] in ("name", "n", "x", "odd"):  # and indeed it differs
        value = conn.execute(f"SELECT {names[1]} FROM t").fetchone()[0]
        assert (type(value), value) != (type(bound.get(names[1], "5")), bound.get(names[1], "5"))


def test_literal_defaults_are_read_as_sqlite_reads_them():
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE d (a TEXT DEFAULT 'it''s', b INTEGER DEFAULT -7, "
                 "c REAL DEFAULT 1.5e2, e TEXT DEFAULT NULL, f INTEGER DEFAULT +3, g TEXT)")
    cols = storedrows.columns(conn, "d")
    conn.execute("INSERT INTO d (g) VALUES ('x')")
    read = conn.execute("SELECT a, b, c, e, f FROM d").fetchone()
    assert [cols[n].default for n in "abcef"] == list(read)
    assert [type(cols[n].default) for n in "abcef"] == [type(v) for v in read]
    assert not any(c.unknown for c in cols.values())
