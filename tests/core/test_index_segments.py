"""A long document is indexed in segments, and search, verify and edits treat them as one."""

from __future__ import annotations

import itertools
import shutil
import sqlite3
from pathlib import Path

import pytest

from tests.helpers import add_doc, make_project
from workbench.core import searchindex
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


@pytest.fixture(scope="module")
def _built(tmp_path_factory) -> Path:
    """A closed project holding only ``long_text()`` as document 1. Importing it (about a
    second of CPU: the text is folded and indexed segment by segment) is the bulk of each
    test here; the tests that need it start from a copy of this file instead."""
    folder = tmp_path_factory.mktemp("segments")
    with make_project(folder) as project:
        assert add_doc(project, long_text(), "big.txt") == 1
    return folder / "p.wbproj"


@pytest.fixture
def big_project(_built: Path, tmp_path) -> Path:
    """A copy of the built project in the test's own folder, free to change."""
    path = tmp_path / "p.wbproj"
    shutil.copyfile(_built, path)
    return path


def _doc_range(doc_id: int) -> tuple[int, int, int]:
    return (searchindex.doc_rid(doc_id), *searchindex.doc_rid_bounds(doc_id))


def index_keys(project, doc_id: int) -> list[str]:
    return sorted(searchindex.key_of(r[0]) for r in project.conn.execute(
        "SELECT rid FROM search_documents WHERE rid = ? OR rid BETWEEN ? AND ?",
        _doc_range(doc_id)))


def doc_rows(project, doc_id: int) -> int:
    """The document's rows in the index itself (FTS5 keeps each row's token count)."""
    return project.conn.execute(
        "SELECT count(*) FROM search_docsize WHERE id = ? OR id BETWEEN ? AND ?",
        _doc_range(doc_id)).fetchone()[0]


def test_cuts_fall_at_line_breaks_and_cover_the_text():
    text = long_text()
    pieces = list(cuts(text))
    assert pieces[0][0] == 0 and pieces[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in itertools.pairwise(pieces))
    assert all(b - a <= SEGMENT and text[b - 1] == "\n" for a, b in pieces[:-1])
    assert next(cuts("word " * 100, 12)) == (0, 10)  # no line: cut at a space


def test_a_long_document_gets_several_index_rows_a_short_one_one(big_project):
    with Project.open(big_project) as project:
        big = 1
        small = add_doc(project)
        n = len(list(cuts(long_text())))
        assert n >= 4
        assert doc_rows(project, big) == n  # was 1: FTS5 tokenised one huge row
        assert index_keys(project, big) == sorted(f"d:{big}:{i}" for i in range(n))
        assert index_keys(project, small) == [f"d:{small}"] and doc_rows(project, small) == 1
        assert verify(project).ok


def test_words_in_different_segments_find_the_document_once(big_project):
    with Project.open(big_project) as project:
        big = 1
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


def test_edits_trash_and_reimport_replace_all_segments(tmp_path, big_project):
    with Project.open(big_project) as project:
        big = 1
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


_SEG = {n: searchindex.rid_of_key(f"d:1:{n}") for n in (0, 1, 2, 99)}


@pytest.mark.parametrize("sql, said", [
    (f"UPDATE search_documents SET body = body || ' massacre' WHERE rid = {_SEG[2]}",
     "document 1 (d:1:2): its search index entry does not match"),
    (f"DELETE FROM search_documents WHERE rid = {_SEG[1]}",
     "document 1 (d:1:1): its search index entry is missing"),
    (f"INSERT INTO search_documents(rid, body) SELECT {_SEG[99]}, body "
     f"FROM search_documents WHERE rid = {_SEG[0]}",
     "the search index entry under 'd:1:99' is not one of its segments"),
    # The index itself, below search_documents: a plain tool can send FTS5 a 'delete'.
    (f"INSERT INTO search(search, rowid, body) SELECT 'delete', rid, body "
     f"FROM search_documents WHERE rid = {_SEG[2]}",
     "document 1 (d:1:2): its search index entry is missing"),
])
def test_verify_checks_every_segment(big_project, sql, said):
    _tamper(big_project, sql)
    with Project.open(big_project) as project:
        assert any(said in p for p in verify(project).problems)
