"""Many rows a statement (``rowsinsert``): the rows executemany would write, in order,
whatever the build's limit on a statement's parameters, and nothing for a wrong row."""

from __future__ import annotations

import sqlite3

import pytest

from workbench.core import rowsinsert


def _table() -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:", isolation_level=None)
    conn.execute("CREATE TABLE t (n INTEGER PRIMARY KEY, a TEXT, b BLOB)")
    return conn


def test_rows_go_in_as_given_under_a_small_parameter_limit():
    conn = _table()
    conn.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 10)  # 3 rows of 3 a statement
    rows = [(n, None if n % 4 == 0 else "x" * (n * 997), bytes([n % 256]) * n)
            for n in range(1, 41)]
    rowsinsert.insert_rows(conn, "INSERT INTO t (n, a, b)", 3, rows)
    assert conn.execute("SELECT n, a, b FROM t ORDER BY n").fetchall() == rows


def test_rows_wider_than_the_limit_allows_are_refused_by_sqlite_not_cut():
    conn = _table()
    conn.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 2)
    with pytest.raises(sqlite3.OperationalError):
        rowsinsert.insert_rows(conn, "INSERT INTO t (n, a, b)", 3, [(1, "a", b"")])
    assert conn.execute("SELECT count(*) FROM t").fetchone()[0] == 0


def test_no_rows_run_no_statement():
    conn = _table()
    seen: list[str] = []
    conn.set_trace_callback(seen.append)
    rowsinsert.insert_rows(conn, "INSERT INTO t (n, a, b)", 3, [])
    assert seen == []


@pytest.mark.parametrize("rows", [
    [(1, "a", b"x", 9), (2, "b")],  # as many values in all as two rows of three
    [(1, "a", b"x"), (2, "b", b"y"), (3, "c")],
    [(1, "a", b"x"), (2, "b", b"y", 7)],
])
def test_a_row_of_another_width_writes_nothing(rows):
    conn = _table()
    conn.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 6)  # two rows a statement
    with pytest.raises(ValueError, match="3 values"):
        rowsinsert.insert_rows(conn, "INSERT INTO t (n, a, b)", 3, rows)
    assert conn.execute("SELECT count(*) FROM t").fetchone()[0] == 0
