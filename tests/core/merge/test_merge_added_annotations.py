"""A merge writes the annotations it adds a few statements for many rows. FTS5 writes out
the terms it holds as a new segment at the start of every statement that writes it
through a trigger, so annotations inserted a statement each gave their search rows a
segment each, which FTS5 then merged. Merging is turned off where segments are counted,
so that every segment written stays to be counted."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.core.interrupt import spread, stopped_at
from tests.core.merge.conftest import tables
from tests.helpers import add_doc, fts_merging_off, fts_segments, make_project
from workbench.core import dbapi, indexcheck
from workbench.core.errors import StorageError
from workbench.core.merge import merge_projects
from workbench.core.ops import annotations as ann_ops
from workbench.core.ops import history
from workbench.core.project import Project
from workbench.core.verify import verify

REPORTS = 3
FIGURES = 40  # annotations ben adds, spread over the reports


def _report(n: int) -> str:
    return (f"Shelling near the grain market, report {n}\n\n"
            f"Artillery fire wounded {n + 3} porters and killed two guards at the "
            f"eastern gate on Tuesday, a district official told reporters.\n")


def _projects(folder: Path) -> tuple[Path, Path]:
    """The lead's project of REPORTS reports, and ben's copy of it with FIGURES figures,
    each with a memo holding a word no other annotation holds (tallyNN), to find it by."""
    with make_project(folder, "lead.wbproj") as lead:
        for n in range(REPORTS):
            add_doc(lead, _report(n), f"market-{n}.txt")
        path = lead.path
    ben = folder / "ben.wbproj"
    shutil.copy(path, ben)
    with Project.open(ben, coder="ben") as project:
        docs = [d["id"] for d in project.repo.documents()]
        for i in range(FIGURES):
            quote = ("fire wounded", "two guards", "eastern gate")[i % 3]
            ann_ops.annotate_quote(project, docs[i % REPORTS], "casualty", quote,
                                   {"outcome": "wounded"}, memo=f"tally{i:02d}")
    return path, ben


def _found(project: Project) -> dict[int, set[int]]:
    """For each figure's own word, the index rows that hold it."""
    return {i: {r[0] for r in project.conn.execute(
        "SELECT rowid FROM search WHERE search MATCH ?", (f"tally{i:02d}",))}
        for i in range(FIGURES)}


def _by_annotation(project: Project) -> dict[int, set[int]]:
    """What ``_found`` should give: each figure's own annotation's index row."""
    rows = project.conn.execute("SELECT rowid, memo FROM annotations "
                                "WHERE deleted_at IS NULL AND memo LIKE 'tally%'")
    return {int(memo[5:7]): {rowid} for rowid, memo in rows}


def test_a_merge_indexes_the_annotations_it_adds_in_one_segment(tmp_path):
    lead, ben = _projects(tmp_path)
    with Project.open(lead, coder="lead") as target:
        fts_merging_off(target)
        before = fts_segments(target)
        report = merge_projects(target, [ben]).result
        assert report.counts["annotation"].added == FIGURES
        assert fts_segments(target) == before + 1  # one an annotation before (40)
        found = _found(target)
        assert found == _by_annotation(target)
        assert all(len(rows) == 1 for rows in found.values())
        assert list(indexcheck.findings(target.conn)) == []
        assert verify(target).ok


def test_annotations_added_together_are_recorded_as_single_inserts(tmp_path):
    # The rows, after images and their order are those an insert a row records: the
    # source's order, each image the row as stored.
    lead, ben = _projects(tmp_path)
    with Project.open(ben) as source:
        theirs = {r["id"]: r for r in source.repo.all_rows("annotation")}
    with Project.open(lead, coder="lead") as target:
        changes = merge_projects(target, [ben]).changes
        added = [c for c in changes if c.entity == "annotation"]
        assert [c.id for c in added] == sorted(theirs)
        for change in added:
            assert change.before is None
            assert change.after == target.repo.get("annotation", change.id)
            assert {k: v for k, v in change.after.items() if k != "rowid"} == {
                k: v for k, v in theirs[change.id].items() if k != "rowid"}


def test_added_annotations_are_found_after_undo_and_redo(tmp_path):
    lead, ben = _projects(tmp_path)
    with Project.open(lead, coder="lead") as target:
        merge_projects(target, [ben])
        for step in (history.undo, history.redo):
            step(target)
            merged = step is history.redo
            assert _found(target) == (_by_annotation(target) if merged
                                      else {i: set() for i in range(FIGURES)})
            assert list(indexcheck.findings(target.conn)) == []
            assert verify(target).ok


def test_annotations_added_in_chunks_get_a_segment_a_chunk(tmp_path, monkeypatch):
    # Past ROWS_MAX rows a statement the rows go in several statements; the index and
    # the rows are the same.
    from workbench.core import rowsinsert

    monkeypatch.setattr(rowsinsert, "ROWS_MAX", 7)
    lead, ben = _projects(tmp_path)
    with Project.open(lead, coder="lead") as target:
        fts_merging_off(target)
        before = fts_segments(target)
        merge_projects(target, [ben])
        assert fts_segments(target) == before + -(-FIGURES // 7)
        assert _found(target) == _by_annotation(target)
        assert list(indexcheck.findings(target.conn)) == []


def test_a_merge_stopped_while_it_writes_the_annotations_it_adds_leaves_the_target(
        tmp_path, monkeypatch):
    # Stopped anywhere inside the statements that write the added annotations (a crash,
    # a full disk), the whole merge is rolled back and can be made again.
    from workbench.core import rowsinsert

    lead, ben = _projects(tmp_path)
    real = rowsinsert.insert_rows
    stop: list[int | None] = [None]
    calls = [0]
    swallowed: list[str | None] = []  # where a stop fired that the statement outlived

    def stopped_inside(conn, head, width, rows):
        if not head.startswith("INSERT INTO annotations"):
            return real(conn, head, width, rows)
        # Counted over every such statement of the merge: the step is the merge's.
        at = stop[0] - calls[0] if stop[0] is not None and stop[0] > calls[0] else None
        try:
            with stopped_at(conn, at, every=10, traced=True) as handler:
                real(conn, head, width, rows)
            if handler.fired:
                swallowed.append(handler.fired_in)
        finally:
            calls[0] += handler.calls
        return None

    monkeypatch.setattr(rowsinsert, "insert_rows", stopped_inside)
    counted = tmp_path / "counted.wbproj"
    shutil.copy(lead, counted)
    with Project.open(counted, coder="lead") as target:
        merge_projects(target, [ben])
        after = tables(target)["annotations"]
    assert calls[0] >= 5
    stopped = 0
    for step in spread(calls[0], 5):
        stop[0], calls[0] = step, 0
        swallowed.clear()
        path = tmp_path / f"stopped-{step}.wbproj"
        shutil.copy(lead, path)
        with Project.open(path, coder="lead") as target:
            before = tables(target)
            try:
                merge_projects(target, [ben])
            except (*dbapi.DatabaseError, StorageError) as err:
                assert "interrupted" in str(err)
                stopped += 1
                assert tables(target) == before
                assert _found(target) == {i: set() for i in range(FIGURES)}
            else:
                # FTS5 begins a write by reading ``PRAGMA data_version`` in a statement
                # of its own and drops that statement's error: a stop asked for there
                # (the first progress calls of a statement writing the search rows)
                # does not stop the insert, which completes in the open write. A crash
                # there would end the process, so nothing is committed either way; a
                # Stop in the window is asked between items (merge.progress). Then the
                # merge must be whole.
                assert len(swallowed) == 1 and "data_version" in (swallowed[0] or "")
                assert tables(target)["annotations"] == after
                assert _found(target) == _by_annotation(target)
                continue
            finally:
                assert list(indexcheck.findings(target.conn)) == []
        stop[0] = None
        with Project.open(path, coder="lead") as target:
            assert verify(target).ok
            merge_projects(target, [ben])
            assert len(tables(target)["annotations"]) == len(after)
            assert _found(target) == _by_annotation(target)
    assert stopped >= 4


def test_an_undone_and_redone_merge_writes_its_annotations_in_one_segment(tmp_path):
    lead, ben = _projects(tmp_path)
    with Project.open(lead, coder="lead") as target:
        merge_projects(target, [ben])
        fts_merging_off(target)
        before = fts_segments(target)
        history.undo(target)
        assert fts_segments(target) == before + 1  # the rows' removal, one a row before (40)
        history.redo(target)
        assert fts_segments(target) == before + 2  # put back, one a row before (40)
        assert _found(target) == _by_annotation(target)
        assert list(indexcheck.findings(target.conn)) == []


def test_undo_and_redo_record_what_putting_each_row_back_records(tmp_path):
    # Rows put back a few hundred a statement: the same changes, in the same order, and
    # the same rows, as putting each row back on its own.
    lead, ben = _projects(tmp_path)
    one_by_one = tmp_path / "one-by-one.wbproj"
    shutil.copy(lead, one_by_one)
    got: dict[str, list] = {}
    for path in (lead, one_by_one):
        with Project.open(path, coder="lead") as target:
            merged = merge_projects(target, [ben]).changes
            if path == lead:
                undone = history.undo(target).changes
                redone = history.redo(target).changes
            else:
                with target.write("undo") as tx:
                    for c in reversed(merged):
                        tx.restore_image(c.entity, c.id, c.before)
                undone = tx.changeset.changes
                with target.write("redo") as tx:
                    for c in merged:
                        tx.restore_image(c.entity, c.id, c.after)
                redone = tx.changeset.changes
            got[path.name] = [[(c.entity, c.id, c.before, c.after) for c in changes]
                              for changes in (undone, redone)]
            got[path.name].append(tables(target)["annotations"])
    assert len(got[lead.name][0]) == len(got[lead.name][1]) == FIGURES
    assert got[lead.name] == got[one_by_one.name]
