"""core.timeline_index: one entry computed from the values SQL picks out of an
annotation (status, counts, actors, dates as stored, odd ones included), and the
recomputation reading the annotations by rowid range, not through the kind index."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3

from tests.helpers import add_doc, make_project
from workbench.core import timeline_index
from workbench.core.ops import annotations as ann_ops


def day(y: int, m: int, d: int) -> int:
    return dt.date(y, m, d).toordinal() - dt.date(1970, 1, 1).toordinal()


# rowid, doc_id, kind, status, date, precision, end date, low, best, high, two actor columns
ROWS = [
    (1, 7, "casualty", "accepted", "2024-03-03", None, None, 12, None, None, None, None),
    (2, 7, "casualty", "suggested", "2024-03", None, None, None, "7", None, '["Army"]', None),
    (3, 7, "casualty", "rejected", "2024-03-03", "week", "2024-03-20", 3.5, 9,
     float("nan"), '"Militia"', '["Army", ""]'),
    (4, 7, "statement", "odd", "someday", None, None, 1, 1, 1, None, None),  # no span
    (5, 8, "statement", None, "2024", None, "2023", "many", None, 40, None, None),
    (6, 8, "statement", b"accepted", "2024-03-03", None, None, None, None, None,
     '["Army"]', None),
    (7, 8, "casualty", "accepted", "2024-03-03", "year", None, -2, 5, 10**15,
     '"Militia"', '["Army", ""]'),
]
EXPECTED = [
    (1, 7, "casualty", 0, day(2024, 3, 3), day(2024, 3, 3), 12.0, None, None),
    (2, 7, "casualty", 1, day(2024, 3, 1), day(2024, 3, 31), 7.0, None, '["Army"]'),
    # a week from the Monday before, widened to the end date's week
    (3, 7, "casualty", 2, day(2024, 2, 26), day(2024, 3, 24), 3.5, None,
     json.dumps(["Militia", "Army"])),
    # an end date before the start is left out; a count that is no number is none
    (5, 8, "statement", 0, day(2024, 1, 1), day(2024, 12, 31), None, 40.0, None),
    (6, 8, "statement", 0, day(2024, 3, 3), day(2024, 3, 3), None, None, '["Army"]'),
    (7, 8, "casualty", 0, day(2024, 1, 1), day(2024, 12, 31), -2.0, float(10**15),
     json.dumps(["Militia", "Army"])),
]


def test_entries_from_stored_values():
    assert list(timeline_index._entries(ROWS)) == EXPECTED


def test_entries_from_rows_as_the_write_path_reads_them():
    """The write path's connection hands over sqlite3.Row objects, not tuples."""
    conn = sqlite3.connect(":memory:")
    conn.row_factory = sqlite3.Row
    conn.execute("CREATE TABLE t (" + ", ".join(f"c{i}" for i in range(12)) + ")")
    conn.executemany(f"INSERT INTO t VALUES ({','.join('?' * 12)})", ROWS)
    rows = conn.execute("SELECT * FROM t ORDER BY c0").fetchall()
    got = list(timeline_index._entries(rows))
    # NaN is stored as NULL by SQLite, so row 3's high count reads as none either way
    assert got == EXPECTED


def test_the_recomputation_reads_a_rowid_range_in_table_order(tmp_path):
    """The dated kinds are most of the rows: a range of rowids is read from the table in
    its own order, without a descent per row through the kind index and a sort after."""
    project = make_project(tmp_path)
    try:
        doc = add_doc(project)
        ann_ops.annotate_quote(project, doc, "casualty", "killed at least 12 civilians",
                               {"outcome": "killed", "count_low": 12,
                                "incident_date": "2024-03"})
        conn = project.conn
        sql, params = timeline_index._select(timeline_index.load_codebook(conn),
                                             "rowid > ? AND rowid <= ?")
        plan = " | ".join(r[3] for r in conn.execute(f"EXPLAIN QUERY PLAN {sql}",
                                                     [*params, 0, 20_000]))
        assert "INTEGER PRIMARY KEY" in plan, plan
        assert "annotations_kind" not in plan and "TEMP B-TREE" not in plan, plan
        assert timeline_index.findings(conn) == []
    finally:
        project.close()
