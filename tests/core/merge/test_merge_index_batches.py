"""A merge writes the search index rows of the documents it copies together, in rowid
order. FTS5 writes out the terms it holds as a new segment at the start of every
statement that writes it through a trigger, and whenever a rowid comes lower than the
one before (a document's rowid is minus its id): documents indexed one at a time as
they were copied made a segment each, which FTS5 then merged. Merging is turned off in
these tests so that every segment written stays to be counted."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.core.interrupt import spread, stopped_at
from tests.core.merge.conftest import tables
from tests.helpers import add_doc, fts_merging_off, fts_segments, make_project
from workbench.core import dbapi, indexcheck, searchindex
from workbench.core.errors import StorageError
from workbench.core.merge import merge_projects
from workbench.core.ops import annotations as ann_ops
from workbench.core.ops import history
from workbench.core.project import Project
from workbench.core.verify import verify

DOCUMENTS = 24


def _report(n: int) -> str:
    # Each report holds one word no other holds (convoyNN), to find it by.
    return (f"Convoy stopped near the river crossing, report {n}\n\n"
            f"Gunmen stopped convoy{n:02d} at the northern checkpoint on Monday and "
            f"wounded {n % 5 + 2} drivers, the relief committee said.\n")


def _source(folder: Path, annotated: int = 0) -> Path:
    """ben's project of DOCUMENTS reports, the first ``annotated`` with a figure."""
    with make_project(folder, "ben.wbproj") as project:
        for n in range(DOCUMENTS):
            doc = add_doc(project, _report(n), f"convoy-{n:02d}.txt")
            if n < annotated:
                ann_ops.annotate_quote(project, doc, "casualty", "drivers",
                                       {"outcome": "wounded"})
        return project.path


def _found(project: Project) -> dict[int, set[int]]:
    """For each report's own word, the index rows that hold it."""
    return {n: {r[0] for r in project.conn.execute(
        "SELECT rowid FROM search WHERE search MATCH ?", (f"convoy{n:02d}",))}
        for n in range(DOCUMENTS)}


def _by_document(project: Project) -> dict[int, set[int]]:
    """What ``_found`` should give: each report's own document's index row."""
    ids = {r["filename"]: r["id"] for r in project.repo.documents()}
    return {n: {-ids[f"convoy-{n:02d}.txt"]} for n in range(DOCUMENTS)}


def test_a_merge_indexes_the_documents_it_copies_as_one_segment(tmp_path):
    source = _source(tmp_path)
    with make_project(tmp_path, "lead.wbproj") as target:
        fts_merging_off(target)
        assert fts_segments(target) == 0
        report = merge_projects(target, [source]).result
        assert report.counts["document"].added == DOCUMENTS
        assert fts_segments(target) == 1  # one a document before (24)
        assert _found(target) == _by_document(target)
        assert list(indexcheck.findings(target.conn)) == []
        assert verify(target).ok


def test_a_redone_merge_indexes_its_documents_as_one_segment(tmp_path):
    source = _source(tmp_path)
    with make_project(tmp_path, "lead.wbproj") as target:
        own = add_doc(target, _report(99), "own.txt")  # indexed before the merge
        merge_projects(target, [source])
        fts_merging_off(target)
        before = fts_segments(target)
        history.undo(target)
        assert fts_segments(target) == before + 1  # the documents' rows removed at once
        assert _found(target) == {n: set() for n in range(DOCUMENTS)}
        assert list(indexcheck.findings(target.conn)) == []
        history.redo(target)
        assert fts_segments(target) == before + 2  # put back one at a time before (24)
        assert _found(target) == _by_document(target)
        assert {r[0] for r in target.conn.execute(
            "SELECT rowid FROM search WHERE search MATCH 'convoy99'")} == {-own}
        assert list(indexcheck.findings(target.conn)) == []
        assert verify(target).ok


def test_merged_annotations_and_documents_are_found_after_merge_undo_and_redo(tmp_path):
    source = _source(tmp_path, annotated=4)
    with make_project(tmp_path, "lead.wbproj") as target:
        merge_projects(target, [source])
        for step in (None, history.undo, history.redo):
            if step is not None:
                step(target)
            merged = step is not history.undo
            found = target.conn.execute("SELECT count(*) FROM search WHERE search MATCH "
                                        "'drivers' AND rowid > 0").fetchone()[0]
            assert found == (4 if merged else 0)
            assert _found(target) == (_by_document(target) if merged else
                                      {n: set() for n in range(DOCUMENTS)})
            assert list(indexcheck.findings(target.conn)) == []
            assert verify(target).ok


def test_a_merge_stopped_while_it_indexes_its_documents_leaves_the_target_as_it_was(
        tmp_path, monkeypatch):
    # The documents' index rows are written at the end of the merge's one transaction;
    # stopped inside that write (a crash, a full disk), the whole merge is rolled back.
    source = _source(tmp_path, annotated=2)
    lead = tmp_path / "lead.wbproj"
    make_project(tmp_path, "lead.wbproj").close()
    real = searchindex.replace_documents
    stop: list[int | None] = [None]
    steps: list[int] = []

    def stopped_inside(conn, docs):  # the index write alone, stopped at step stop[0]
        with stopped_at(conn, stop[0], every=10) as handler:
            real(conn, docs)
        steps.append(handler.calls)

    monkeypatch.setattr(searchindex, "replace_documents", stopped_inside)
    counted = tmp_path / "counted.wbproj"
    shutil.copy(lead, counted)
    with Project.open(counted, coder="lead") as target:
        merge_projects(target, [source])
        after = {name: len(rows) for name, rows in tables(target).items()}
    [calls] = steps
    assert calls >= 5
    for step in spread(calls, 5):
        stop[0] = step
        path = tmp_path / f"stopped-{step}.wbproj"
        shutil.copy(lead, path)
        with Project.open(path, coder="lead") as target:
            before = tables(target)
            with pytest.raises((*dbapi.DatabaseError, StorageError), match="interrupted"):
                merge_projects(target, [source])
            assert tables(target) == before
            assert _found(target) == {n: set() for n in range(DOCUMENTS)}
            assert list(indexcheck.findings(target.conn)) == []
        stop[0] = None
        with Project.open(path, coder="lead") as target:
            assert verify(target).ok
            merge_projects(target, [source])
            assert {name: len(rows) for name, rows in tables(target).items()} == after
            assert _found(target) == _by_document(target)
            assert list(indexcheck.findings(target.conn)) == []
