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


def _indexed() -> sqlite3.Connection:
    """A table whose rows a trigger writes into FTS5, as the annotations' search rows."""
    conn = _table()
    conn.execute("CREATE VIRTUAL TABLE s USING fts5(a)")
    conn.execute("CREATE TRIGGER t_s AFTER INSERT ON t BEGIN "
                 "INSERT INTO s(rowid, a) VALUES (new.n, new.a); END")
    return conn


_ROWS = [(n, f"shelling near gate {n}", None) for n in range(1, 61)]


def test_a_stop_inside_the_statements_leaves_none_of_their_rows():
    from tests.core.interrupt import stopped_at

    conn = _indexed()
    conn.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 30)  # 10 rows a statement
    conn.execute("BEGIN")
    with stopped_at(conn, None, every=5) as counted:
        rowsinsert.insert_rows(conn, "INSERT INTO t (n, a, b)", 3, _ROWS)
    conn.execute("ROLLBACK")
    stopped = 0
    for step in range(2, counted.calls, max(1, counted.calls // 12)):
        conn.execute("BEGIN")
        try:
            with stopped_at(conn, step, every=5):
                rowsinsert.insert_rows(conn, "INSERT INTO t (n, a, b)", 3, _ROWS)
        except sqlite3.OperationalError as err:
            assert "interrupted" in str(err)
            stopped += 1
            # SQLite rolled the whole write back itself: no chunk of it stays.
            assert not conn.in_transaction
        else:
            conn.execute("ROLLBACK")
        assert conn.execute("SELECT count(*) FROM t").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM s").fetchone()[0] == 0
    assert stopped >= 8


def test_a_stop_in_fts5s_own_first_read_is_outlived_inside_the_write():
    # Why a merge stopped at its first progress call completed: FTS5 starts writing by
    # reading PRAGMA data_version in a statement of its own, whose error it drops. The
    # insert then completes, inside the write, which is still open and rolls back whole.
    from tests.core.interrupt import stopped_at

    conn = _indexed()
    conn.execute("BEGIN")
    with stopped_at(conn, 1, every=1, traced=True) as handler:
        rowsinsert.insert_rows(conn, "INSERT INTO t (n, a, b)", 3, _ROWS)
    assert handler.fired and "data_version" in (handler.fired_in or "")
    assert conn.in_transaction
    assert conn.execute("SELECT count(*) FROM s WHERE s MATCH 'gate'").fetchone()[0] == 60
    conn.execute("ROLLBACK")
    assert conn.execute("SELECT count(*) FROM t").fetchone()[0] == 0
