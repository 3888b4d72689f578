"""The rebuild's packed text built in SQL with a plan from the declared types
(``auditimage.value_plan``): plain values handed to ``format()`` without
``json_quote``, packed characters as literals. The text must stay exactly the one
``json_quote`` gives for every value, whatever the column's declared type, so equal
texts still mean equal values."""

from __future__ import annotations

import json
import sqlite3

from tests.helpers import add_doc, make_project, raw_connect
from workbench.core import auditimage, rebuild
from workbench.core.ops import annotations as ann_ops
from workbench.core.project import Project
from workbench.core.verify import verify

TABLE = """CREATE TABLE t (k TEXT PRIMARY KEY, n INTEGER NOT NULL, m BIGINT,
    s TEXT NOT NULL DEFAULT 'anchored', o TEXT, f TEXT, r REAL, x)"""
COLS = ("n", "m", "s", "o", "f", "r", "x")
# Values of every type in columns of every declared type: what a change outside the
# program may store anywhere.
ROWS = [
    (1, 2, "anchored", None, "{}", 0.5, None),
    (-7, None, "other", "", "[1,2]", None, 3),
    (9223372036854775807, -9223372036854775808, "", "quote \" back \\ tab\t", None,
     "abc", "x"),
    ("12", "twelve", 5, 6, '{"a":1}', "0.5", 2.5),
    (1.5, 0.0, "\x02", "\x01 \x02", "null", -0.0, ""),
    ("", "é 😀 ثلاثة", "anchored", "anchored", "{}", None, None),
]


def _table() -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    conn.execute(TABLE)
    conn.executemany(f"INSERT INTO t VALUES ({','.join('?' * (len(COLS) + 1))})",
                     [(str(i), *row) for i, row in enumerate(ROWS)])
    return conn


def _texts(plan: bool) -> list[str]:
    conn = _table()
    packs = auditimage.packs(auditimage.table_info(conn, "t"), COLS, {"f"})
    got_plan = auditimage.value_plan(conn, "t", COLS)
    assert got_plan == ("integer", "integer", "", "nullable", "nullable", "nullable",
                        "nullable")
    sql = auditimage.sql_packed(lambda c: f't."{c}"', COLS, {"f"}, None, False, packs,
                                json_as_stored=True, plan=got_plan if plan else None)
    return [r[0] for r in conn.execute(f"SELECT {sql} FROM t t ORDER BY k")]


def test_the_plan_writes_the_same_text_as_json_quote_for_every_value():
    with_plan = _texts(plan=True)
    assert with_plan == _texts(plan=False)
    # And it is the text a writer stores for the row (not for a real number: SQLite
    # writes its digits otherwise than Python, and such a row is decoded in Python).
    conn = _table()
    packs = auditimage.packs(auditimage.table_info(conn, "t"), COLS, {"f"})
    stored = conn.execute(f"SELECT {', '.join(COLS)} FROM t ORDER BY k").fetchall()
    assert any(v.__class__ is str for row in stored for v in row[:2])  # text, integer column
    compared = 0
    for row, text in zip(stored, with_plan, strict=True):
        if any(v.__class__ is float for v in row):
            continue
        image = {"k": "key", **dict(zip(COLS, row, strict=True))}
        image["f"] = None if row[4] is None else json.loads(row[4])
        assert text == auditimage.encode(image, "k", COLS, packs=packs), row
        compared += 1
    assert compared >= 3


def test_packed_characters_are_literals_not_calls():
    assert auditimage.sql_char("\x01") == "'\x01'"
    conn = sqlite3.connect(":memory:")
    assert conn.execute(f"SELECT {auditimage.sql_char(chr(3))}").fetchone()[0] == "\x03"


def test_the_rebuilds_statement_calls_neither_char_nor_json_quote_on_integers(tmp_path):
    with make_project(tmp_path) as project:
        add_doc(project)
        sql = rebuild._sql_match(project.conn, "annotation")
    assert "char(" not in sql
    assert "CASE typeof(t.\"start\") WHEN 'integer' THEN t.\"start\" " in sql
    assert "CASE typeof(t.\"memo\")" not in sql  # a text column: json_quote alone


def test_verify_names_values_the_plan_hands_to_json_quote(tmp_path):
    """A real number and a text in integer columns, an empty text where the image holds
    NULL: the text the plan writes for them differs from the image's, and verify names
    each row."""
    with make_project(tmp_path) as project:
        doc = add_doc(project)
        first = ann_ops.annotate_quote(project, doc, "casualty", "wounded four troops",
                                       {"outcome": "wounded", "count_low": 4}).result
        second = ann_ops.annotate_quote(project, doc, "claim", "claimed responsibility"
                                        ).result
        third = ann_ops.annotate_quote(project, doc, "date", "March 3").result
        path = project.path
    with Project.open(path) as project:
        assert verify(project).ok
    conn = raw_connect(path)
    conn.execute("UPDATE annotations SET start = start + 0.5 WHERE id = ?", (first,))
    conn.execute("UPDATE annotations SET deleted_at = '' WHERE id = ?", (second,))
    conn.execute("UPDATE annotations SET \"end\" = 'x' || \"end\" WHERE id = ?", (third,))
    conn.commit()
    conn.close()
    with Project.open(path, read_only=True) as project:
        problems = verify(project).problems
    for ann in (first, second, third):
        assert any(f"annotation {ann}" in p for p in problems), (ann, problems)
