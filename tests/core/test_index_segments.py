"""A long document is indexed in segments, and search, verify and edits treat them as one."""

from __future__ import annotations

import itertools
import sqlite3

import pytest

from tests.helpers import add_doc, make_project
from workbench.core.ops import documents as doc_ops
from workbench.core.project import Project
from workbench.core.search import search
from workbench.core.segments import SEGMENT, cuts
from workbench.core.verify import verify

PARA = ("Artillery fire wounded four troops near the market, a provincial official said. "
        "قال المتحدث إن ثلاثة مدنيين قُتِلوا في القصف.\n\n")


def long_text(first: str = "Qaryat zanzibarword opened", last: str = "closing quetzalword"
              ) -> str:
    """About 1.2 MB: a rare word in the first paragraph and another in the last."""
    return first + "\n\n" + PARA * 8000 + last + "\n"


def index_keys(project, doc_id: int) -> list[str]:
    return sorted(r[0] for r in project.conn.execute(
        "SELECT key FROM search_keys WHERE key = ? OR key GLOB ?",
        (f"d:{doc_id}", f"d:{doc_id}:*")))


def doc_rows(project, doc_id: int) -> int:
    return project.conn.execute(
        "SELECT count(*) FROM search WHERE doc_id = ? AND ann_id IS NULL", (doc_id,)
    ).fetchone()[0]


def test_cuts_fall_at_line_breaks_and_cover_the_text():
    text = long_text()
    pieces = list(cuts(text))
    assert pieces[0][0] == 0 and pieces[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in itertools.pairwise(pieces))
    assert all(b - a <= SEGMENT and text[b - 1] == "\n" for a, b in pieces[:-1])
    assert next(cuts("word " * 100, 12)) == (0, 10)  # no line: cut at a space


def test_a_long_document_gets_several_index_rows_a_short_one_one(tmp_path):
    with make_project(tmp_path) as project:
        big = add_doc(project, long_text(), "big.txt")
        small = add_doc(project)
        n = len(list(cuts(long_text())))
        assert n >= 4
        assert doc_rows(project, big) == n  # was 1: FTS5 tokenised one huge row
        assert index_keys(project, big) == sorted(f"d:{big}:{i}" for i in range(n))
        assert index_keys(project, small) == [f"d:{small}"] and doc_rows(project, small) == 1
        assert verify(project).ok


def test_words_in_different_segments_find_the_document_once(tmp_path):
    with make_project(tmp_path) as project:
        big = add_doc(project, long_text(), "big.txt")
        add_doc(project, "zanzibarword alone\n", "other.txt")
        text = project.repo.get("document", big)["text"]
        hits = search(project, "ZANZIBARWORD quetzalword")
        assert [h.doc_id for h in hits] == [big]
        assert sorted(text[s:e] for s, e in hits[0].spans) == ["quetzalword", "zanzibarword"]
        assert len(search(project, "zanzibarword")) == 2
        assert search(project, "zanzibarword nowhereword") == []
        assert [h.doc_id for h in search(project, "quetz*")] == [big]
        # Every segment holds "artillery": still one hit for the document.
        assert [h.doc_id for h in search(project, "artillery")].count(big) == 1
        page = search(project, "zanzibarword", limit=1, offset=1)
        assert len(page) == 1 and page[0].doc_id in {big} | {h.doc_id for h in hits}


def test_edits_trash_and_reimport_replace_all_segments(tmp_path):
    with make_project(tmp_path) as project:
        big = add_doc(project, long_text(), "big.txt")
        n = doc_rows(project, big)
        doc_ops.update_metadata(project, big, title="Renamed bulletin")
        assert doc_rows(project, big) == n
        assert [h.doc_id for h in search(project, "renamed quetzalword")] == [big]
        doc_ops.trash_document(project, big)
        assert doc_rows(project, big) == 0 and index_keys(project, big) == []
        assert search(project, "quetzalword") == []
        doc_ops.restore_document(project, big)
        assert doc_rows(project, big) == n
        short = tmp_path / "big.txt"
        short.write_text("now short: zanzibarword\n", encoding="utf-8")
        doc_ops.reimport(project, big, short)
        assert index_keys(project, big) == [f"d:{big}"] and doc_rows(project, big) == 1
        assert search(project, "quetzalword") == []
        assert verify(project).ok


def _tamper(path, sql: str, params: tuple = ()) -> None:
    conn = sqlite3.connect(path)
    conn.execute(sql, params)
    conn.commit()
    conn.close()


@pytest.mark.parametrize("sql, said", [
    ("UPDATE search SET body = body || ' massacre' WHERE rowid = "
     "(SELECT fts_rowid FROM search_keys WHERE key = 'd:1:2')",
     "document 1 (d:1:2): its search index entry does not match"),
    ("DELETE FROM search_keys WHERE key = 'd:1:1'",
     "document 1 (d:1:1): its search index entry is missing"),
    ("INSERT INTO search_keys(key, fts_rowid) VALUES ('d:1:99', "
     "(SELECT fts_rowid FROM search_keys WHERE key = 'd:1:0'))",
     "the search index entry under 'd:1:99' is not one of its segments"),
])
def test_verify_checks_every_segment(tmp_path, sql, said):
    path = tmp_path / "p.wbproj"
    with make_project(tmp_path) as project:
        assert add_doc(project, long_text(), "big.txt") == 1
    _tamper(path, sql)
    with Project.open(path) as project:
        assert any(said in p for p in verify(project).problems)


def test_a_long_document_indexed_as_one_row_before_segments_still_works(tmp_path):
    from workbench.core.repo import document_index_body

    with make_project(tmp_path) as project:
        big = add_doc(project, long_text(), "big.txt")
        row = project.repo.get("document", big)
        with project.conn:  # the index as an older version wrote it: one whole row
            project.conn.execute("DELETE FROM search WHERE doc_id = ?", (big,))
            project.conn.execute("DELETE FROM search_keys WHERE key GLOB ?", (f"d:{big}:*",))
            cur = project.conn.execute(
                "INSERT INTO search(body, doc_id, ann_id, field) VALUES (?, ?, NULL, 'text')",
                (document_index_body(row), big))
            project.conn.execute("INSERT INTO search_keys VALUES (?, ?)",
                                 (f"d:{big}", cur.lastrowid))
        assert verify(project).ok
        assert [h.doc_id for h in search(project, "zanzibarword quetzalword")] == [big]
        doc_ops.update_metadata(project, big, title="Renamed")  # now in segments
        assert doc_rows(project, big) > 1 and index_keys(project, big)[0] == f"d:{big}:0"
        assert verify(project).ok
