"""The index check reads the index rows from FTS5's own content table
(``rawread.index_rows_table``) instead of through the ``search`` virtual table: the
same values by rowid, so the same findings, and a row edited in that table directly
is found as any other edit."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.helpers import add_doc, make_project
from workbench.core import indexcheck, rawread
from workbench.core.ops import annotations as ann_ops

THROUGH_SEARCH = ("search", "rowid", "body", "doc_id", "ann_id", "field")


@pytest.fixture
def tampered(tmp_path: Path) -> tuple[Path, list[str], int]:
    with make_project(tmp_path) as project:
        doc = add_doc(project)
        anns = [ann_ops.annotate_quote(project, doc, "casualty", q, {"outcome": "killed"}
                                       ).result
                for q in ("wounded four troops", "killed", "civilians", "market")]
        path = project.path
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("UPDATE search SET body = body || ' massacre' WHERE ann_id = ?", (anns[0],))
    conn.execute("UPDATE search SET doc_id = 999 WHERE ann_id = ?", (anns[1],))
    conn.execute("UPDATE search_content SET c0 = 'planted' WHERE c2 = ?", (anns[2],))
    conn.execute("INSERT INTO search(body, doc_id, ann_id, field) VALUES "
                 "('massacre', ?, NULL, 'text')", (doc,))
    conn.close()
    return path, anns, doc


def _findings(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        with rawread.bytes_mode(conn):
            return [f.problem for f in indexcheck.findings(conn)]
    finally:
        conn.close()


def test_the_content_table_is_where_the_rows_are_read(tampered):
    conn = sqlite3.connect(tampered[0])
    assert rawread.index_rows_table(conn)[0] == "search_content"
    conn.close()


def test_the_same_findings_as_through_the_virtual_table(tampered, monkeypatch):
    path, anns, doc = tampered
    direct = _findings(path)
    monkeypatch.setattr(rawread, "index_rows_table", lambda conn: THROUGH_SEARCH)
    assert _findings(path) == direct
    said = "\n".join(direct)
    for ann in anns[:3]:  # the body, the identity, and the content table edited directly
        assert f"annotation {ann}: its search index entry does not match" in said
    assert anns[3] not in said
    assert f"naming document {doc}, was added outside the program" in said


def test_a_search_table_with_a_content_option_is_read_through_itself(tmp_path):
    conn = sqlite3.connect(tmp_path / "other.db")
    conn.execute("CREATE TABLE search_content(id INTEGER PRIMARY KEY, c0, c1, c2, c3)")
    conn.execute("CREATE VIRTUAL TABLE search USING fts5(body, doc_id UNINDEXED, "
                 "ann_id UNINDEXED, field UNINDEXED, content='')")
    assert rawread.index_rows_table(conn) == THROUGH_SEARCH
    conn.close()
