"""The index check's second index and the index a rebuild makes are filled from the
view in ascending rowid order (two reads: rowids up to 0, then above 0), so FTS5
writes no extra segment at each document. Every row of the view must still be in them
exactly once: an annotation whose rowid was moved to 0 or below (outside the program)
is compared like any other, annotations of several documents written in turn (their
rowids and their documents' order differ) are found sound and their changed entries
named, and a rebuild holds what FTS5's own 'rebuild' of the view holds."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from tests.helpers import add_doc, make_project, raw_connect
from workbench.core import indexcheck, searchindex
from workbench.core.ops import annotations as ann_ops
from workbench.core.project import Project

GAZA = ("Shelling of the market near the crossing killed four traders on Monday, "
        "the district office said.")
NORTH = ("A convoy was stopped at the northern checkpoint and two drivers were "
         "wounded, according to the relief committee.")


def _said(path: Path) -> str:
    with Project.open(path, read_only=True) as project:
        return "\n".join(f.problem for f in indexcheck.findings(project.conn))


def _interleaved(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """Annotations of two documents written in turn: the partial index of live rows
    (by document) reads them in another order than their rowids."""
    with make_project(tmp_path) as project:
        first = add_doc(project, GAZA, "gaza.txt")
        second = add_doc(project, NORTH, "north.txt")
        ids = {}
        for doc, quote in ((second, "two drivers"), (first, "four traders"),
                           (second, "northern checkpoint"), (first, "district office"),
                           (second, "relief committee"), (first, "killed")):
            ids[quote] = ann_ops.annotate_quote(project, doc, "casualty", quote,
                                                {"outcome": "wounded"}).result
        return project.path, ids


def _rowid(path: Path, ann_id: str) -> int:
    conn = raw_connect(path)
    try:
        return conn.execute("SELECT rowid FROM annotations WHERE id = ?",
                            (ann_id,)).fetchone()[0]
    finally:
        conn.close()


def test_annotations_out_of_document_order_are_sound_and_checked(tmp_path):
    path, ids = _interleaved(tmp_path)
    assert _said(path) == ""
    rid = _rowid(path, ids["northern checkpoint"])
    conn = raw_connect(path, isolation_level=None)
    body = conn.execute("SELECT body FROM search_source WHERE rid = ?", (rid,)).fetchone()[0]
    conn.execute("INSERT INTO search(search, rowid, body) VALUES ('delete', ?, ?)", (rid, body))
    conn.execute("INSERT INTO search(rowid, body) VALUES (?, ?)",
                 (rid, body.replace("northern", "southern")))
    conn.close()
    said = _said(path)
    assert said == (f"annotation {ids['northern checkpoint']}: its search index entry does "
                    "not match its text (the index was changed outside the program)."
                    + indexcheck._REPAIR)


def test_an_annotation_moved_to_rowid_zero_is_compared(tmp_path):
    path, ids = _interleaved(tmp_path)
    old = _rowid(path, ids["killed"])
    conn = raw_connect(path, isolation_level=None)
    # The rowid is no column the index's triggers follow: the index keeps the old one.
    conn.execute("UPDATE annotations SET rowid = 0 WHERE rowid = ?", (old,))
    conn.close()
    said = _said(path).splitlines()
    assert f"annotation {ids['killed']}: its search index entry is missing, so searches " \
           "cannot find it." + indexcheck._REPAIR in said
    assert f"search index: row {old} names no stored annotation (added outside the " \
           "program)." + indexcheck._REPAIR in said


def test_an_annotation_moved_below_zero_is_compared(tmp_path):
    path, ids = _interleaved(tmp_path)
    old = _rowid(path, ids["two drivers"])
    conn = raw_connect(path, isolation_level=None)
    conn.execute("UPDATE annotations SET rowid = -3 WHERE rowid = ?", (old,))
    conn.close()
    said = _said(path)
    # The row below zero is read as a document's (the index's rowids there are the
    # documents'); what matters here is that it is compared at all.
    assert "document 3: its search index entry is missing" in said
    assert f"search index: row {old} names no stored annotation" in said


def _held(path: Path) -> tuple[list[tuple], list[tuple]]:
    """Every (term, row, column, place) the index holds, and each row's token count."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("CREATE VIRTUAL TABLE temp.v USING fts5vocab(main, search, 'instance')")
        return ([tuple(r) for r in conn.execute(
                    "SELECT term, doc, col, offset FROM temp.v ORDER BY 1, 2, 3, 4")],
                [tuple(r) for r in conn.execute("SELECT id, sz FROM search_docsize "
                                                "ORDER BY id")])
    finally:
        conn.close()


def test_a_rebuild_holds_what_the_view_gives(tmp_path):
    path, ids = _interleaved(tmp_path)
    conn = raw_connect(path, isolation_level=None)
    conn.execute("UPDATE annotations SET rowid = 0 WHERE id = ?", (ids["killed"],))
    conn.execute("UPDATE annotations SET rowid = -3 WHERE id = ?", (ids["two drivers"],))
    conn.close()
    theirs = tmp_path / "fts5.wbproj"
    shutil.copy(path, theirs)
    for target, make in ((path, searchindex.rebuild),
                         (theirs, lambda c: c.execute(
                             "INSERT INTO search(search) VALUES ('rebuild')"))):
        conn = raw_connect(target, isolation_level=None)
        conn.execute("BEGIN")
        make(conn)
        conn.execute("COMMIT")
        conn.close()
    ours = _held(path)
    assert ours == _held(theirs)
    rows = {r[0] for r in ours[1]}
    assert {0, -3} <= rows and len(rows) == 2 + 6  # two documents' rows, six annotations


def test_a_rebuild_folds_each_annotation_in_one_call(tmp_path):
    """The rebuild reads the rows as the index check does (``wb_index_body``, one call
    per annotation), not through the view's two calls; what it holds is unchanged (the
    test above)."""
    path, _ = _interleaved(tmp_path)
    conn = raw_connect(path, isolation_level=None)
    view_folds = []
    conn.create_function(searchindex.FUNCTION, 3,
                         lambda *args: view_folds.append(args) or searchindex.body(*args),
                         deterministic=True)
    conn.execute("BEGIN")
    searchindex.rebuild(conn)
    conn.execute("COMMIT")
    assert view_folds == []
    assert conn.execute("SELECT count(*) FROM search WHERE search MATCH 'traders'"
                        ).fetchone()[0] == 2  # the document and its annotation
    conn.close()
    assert _said(path) == ""


def test_the_reads_walk_the_annotations_by_rowid(tmp_path):
    # Through the partial index of live rows (by document) the rowids fall back at
    # every document, and FTS5 writes a segment each time: the cost this order avoids.
    path, _ = _interleaved(tmp_path)
    conn = raw_connect(path)
    try:
        for select, how in zip(searchindex.SOURCE_IN_ROWID_ORDER,
                               ("(rowid<?)", "(rowid>?)"), strict=True):
            plan = " | ".join(r[3] for r in conn.execute(f"EXPLAIN QUERY PLAN {select}"))
            assert f"SEARCH a USING INTEGER PRIMARY KEY {how}" in plan, plan
            assert "annotations_live" not in plan, plan
    finally:
        conn.close()
