"""Many rows of one table inserted by a few statements of many rows each.

``executemany`` runs its statement once a row. Two things follow from that which a write
of thousands of rows pays for:

- Python's ``sqlite3`` lets go of the interpreter's lock around every run of the
  statement. With other threads busy (an import's parse threads, a reply reader), each
  let-go can hand the lock over, and the writing thread then waits to get it back: in an
  import of 2,000 small files the storing thread spent 0.14-0.16 s inside its SQL calls
  for 0.085 s of CPU.
- FTS5 writes out the terms it holds as a new segment at the start of every statement
  that writes the index through a trigger (the statement's savepoint), so annotations
  inserted a statement each give their search rows a segment each, which FTS5 then
  merges (~15 % of a merge that adds thousands of annotations).

``INSERT ... VALUES (...), (...), ...`` binds a chunk of rows to one statement, run once:
the same rows in the same order (the same rowids where SQLite picks them), with the
lock let go once a chunk and, for a table whose trigger writes FTS5, one flush a chunk.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import Any

# Rows bound to one statement at most: a statement's text and its parameters stay small
# (a few hundred KB of SQL at most), and the few statement shapes a writer makes (full
# chunks and a remainder) stay in the connection's statement cache.
ROWS_MAX = 500
# Parameters one statement may take where the build does not say (SQLite's own default
# before 3.32; later builds allow 32,766 or more).
_VARIABLES_DEFAULT = 999


def insert_rows(conn: Any, head: str, width: int, rows: Sequence[Sequence[Any]]) -> None:
    """Insert ``rows`` (each ``width`` values) with ``head`` (``INSERT INTO t (a, b)``)
    as :meth:`sqlite3.Connection.executemany` would, in chunks of rows a statement."""
    if not rows:
        return
    # Checked row by row and before any statement: a long row beside a short one adds up
    # to whole rows' worth of values, which bound together would shift every value after
    # them into the wrong column; and a bad row found in a later chunk would come after
    # earlier chunks were written.
    if any(len(row) != width for row in rows):
        raise ValueError(f"every row must hold {width} values")
    per = max(1, min(ROWS_MAX, _variables(conn) // max(1, width)))
    one = "(" + ",".join("?" * width) + ")"
    for start in range(0, len(rows), per):
        chunk = rows[start:start + per]
        values = [v for row in chunk for v in row]
        conn.execute(f"{head} VALUES {','.join([one] * len(chunk))}", values)


def _variables(conn: Any) -> int:
    getlimit = getattr(conn, "getlimit", None)
    if getlimit is None:
        return _VARIABLES_DEFAULT
    try:
        return int(getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER))
    except (AttributeError, sqlite3.Error):  # pragma: no cover - an older build
        return _VARIABLES_DEFAULT
