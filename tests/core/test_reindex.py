"""core.reindex and `workbench reindex`: the derived indexes rebuilt from their sources,
as verify advises when they drift; one transaction, so a failure changes nothing."""

from __future__ import annotations

import sqlite3

import pytest

from tests.helpers import add_doc, make_project, raw_connect
from workbench.cli import main
from workbench.core import reindex, timeline_index
from workbench.core.errors import StorageError
from workbench.core.ops import annotations as ann_ops
from workbench.core.project import Project
from workbench.core.search import search
from workbench.core.verify import verify


def _project(tmp_path):
    project = make_project(tmp_path)
    doc = add_doc(project)
    ann_ops.annotate_quote(project, doc, "statement", "a provincial official said",
                           {"speaker": "An official", "date": "2024-03-03"})
    path = project.path
    project.close()
    return path


def _drift(path) -> None:
    """Both indexes out of step with their sources, as a change outside the program
    leaves them (the sources themselves untouched): the search index's trigger and a
    document's indexed words gone, a timeline entry moved."""
    conn = raw_connect(path, isolation_level=None)
    conn.execute("DROP TRIGGER search_annotation_update")
    conn.execute("DELETE FROM search_documents")
    conn.execute("UPDATE timeline_index SET end_day = end_day + 3")
    conn.close()


def test_verify_names_the_repair_and_reindex_makes_both_indexes_whole(tmp_path):
    path = _project(tmp_path)
    _drift(path)
    with Project.open(path) as project:
        problems = verify(project).problems
        assert any(p.startswith("search index") and "workbench reindex" in p
                   for p in problems)
        assert any(p.startswith("timeline index") and "workbench reindex" in p
                   for p in problems)
        result = reindex.rebuild_indexes(project)
        assert (result.documents, result.annotations, result.timeline_entries) == (1, 1, 1)
        assert verify(project).ok
        assert search(project, "provincial")  # the document's words are found again


def test_a_failure_inside_the_rebuild_leaves_the_indexes_as_they_were(tmp_path, monkeypatch):
    path = _project(tmp_path)
    _drift(path)
    with Project.open(path) as project:
        before = verify(project).problems

        def dies(*_a, **_k):
            raise sqlite3.OperationalError("disk I/O error")

        monkeypatch.setattr(timeline_index, "rebuild", dies)
        with pytest.raises(StorageError, match="project is as it was"):
            reindex.rebuild_indexes(project)
        assert not project.conn.in_transaction
        assert verify(project).problems == before  # the search index was not half-rebuilt


def test_a_read_only_project_is_refused_with_a_sentence(tmp_path):
    path = _project(tmp_path)
    with Project.open(path, read_only=True) as project, \
            pytest.raises(StorageError, match="read-only"):
        reindex.rebuild_indexes(project)


def test_the_command_rebuilds_and_says_what(tmp_path, capsys):
    path = _project(tmp_path)
    _drift(path)
    assert main(["verify", str(path)]) == 1
    capsys.readouterr()
    assert main(["reindex", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Rebuilt the search index (1 documents, 1 annotations)" in out
    assert main(["verify", str(path)]) == 0
