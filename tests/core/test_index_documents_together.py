"""A write indexes the documents it changed together, before its commit
(``Transaction._index_documents``): the old rows of all of them go in one statement,
the new rows in another, in ascending rowid order. FTS5 starts a new segment at every
statement that writes it through a trigger, so a statement a document made a segment a
document. Merging is turned off here so that every segment written stays to be counted."""

from __future__ import annotations

import pytest

from tests.helpers import add_doc, fts_merging_off, fts_segments, make_project
from workbench.core import clock, indexcheck, repo
from workbench.core.project import Project


def _report(n: int) -> str:
    return (f"Checkpoint report {n}\n\nGunmen stopped lorry{n} at the bridge on Sunday, "
            "a district officer said.\n")


def _rows(project: Project, word: str) -> set[int]:
    return {r[0] for r in project.conn.execute(
        "SELECT rowid FROM search WHERE search MATCH ?", (word,))}


def _many_documents_changed(project: Project, ids: list[int]) -> None:
    """Inside the caller's write: a title changed twice, a document trashed, one
    removed and put back under its number with another title, one removed."""
    with project.write("many documents") as tx:
        tx.update("document", ids[0], {"title": "Zebraword checkpoint"})
        tx.update("document", ids[0], {"title": "Okapiword checkpoint"})
        tx.update("document", ids[1], {"deleted_at": clock.now()})
        gone = tx.repo.get("document", ids[2])
        tx.delete("document", ids[2])
        tx.insert("document", {**gone, "title": "Quaggaword checkpoint"})
        tx.delete("document", ids[3])


def test_documents_changed_in_one_write_are_indexed_as_they_end_it(tmp_path):
    with make_project(tmp_path) as project:
        ids = [add_doc(project, _report(n), f"r{n}.txt") for n in range(5)]
        fts_merging_off(project)
        before = fts_segments(project)
        _many_documents_changed(project, ids)
        # The old rows in one statement, the new ones in another (8 segments before).
        assert fts_segments(project) == before + 2
        assert _rows(project, "okapiword") == {-ids[0]}
        assert _rows(project, "zebraword") == set()
        assert _rows(project, "lorry0") == {-ids[0]}
        assert _rows(project, "lorry1") == set()  # in the trash
        assert _rows(project, "quaggaword") == _rows(project, "lorry2") == {-ids[2]}
        assert _rows(project, "lorry3") == set()
        assert _rows(project, "lorry4") == {-ids[4]}
        assert list(indexcheck.findings(project.conn)) == []


def test_a_write_holding_many_texts_indexes_them_on_the_way(tmp_path, monkeypatch):
    # Past UNINDEXED_CHARS of text the rows are written during the write (a merge of a
    # year of reports does not hold them all); a failure later rolls them back too.
    with make_project(tmp_path) as project:
        ids = [add_doc(project, _report(n), f"r{n}.txt") for n in range(6)]
        fts_merging_off(project)
        before = fts_segments(project)
        monkeypatch.setattr(repo, "UNINDEXED_CHARS", 2 * len(_report(0)))
        with pytest.raises(RuntimeError), project.write("renamed") as tx:
            for n, doc in enumerate(ids):
                tx.update("document", doc, {"title": f"Ferretword {n}"})
                if n == 3:
                    assert _rows(project, "ferretword") == {-ids[0], -ids[1], -ids[2],
                                                            -ids[3]}
            raise RuntimeError("stopped before the commit")
        assert _rows(project, "ferretword") == set()
        assert fts_segments(project) == before
        assert list(indexcheck.findings(project.conn)) == []
        with project.write("renamed") as tx:
            for n, doc in enumerate(ids):
                tx.update("document", doc, {"title": f"Ferretword {n}"})
        assert _rows(project, "ferretword") == {-doc for doc in ids}
        assert fts_segments(project) == before + 6  # old and new rows, three times
        assert list(indexcheck.findings(project.conn)) == []


def test_a_long_document_is_indexed_in_segments_at_its_write(tmp_path):
    # Segments are written as before: a row at a time, at once (memory stays flat);
    # the short documents of the same write still wait for its end.
    long_text = "Convoys crossed the bridge at dawn.\n" * 8000  # 288,000 characters
    with make_project(tmp_path) as project:
        long = add_doc(project, long_text, "long.txt")
        short = add_doc(project, _report(1), "short.txt")
        with project.write("renamed") as tx:
            tx.update("document", long, {"title": "Badgerword dossier"})
            tx.update("document", short, {"title": "Badgerword note"})
            found = _rows(project, "badgerword")
            assert found and all(rid < -repo.searchindex.SEGMENT_BASE for rid in found)
        found = _rows(project, "badgerword")
        assert -short in found and len(found) == 2
        assert list(indexcheck.findings(project.conn)) == []
