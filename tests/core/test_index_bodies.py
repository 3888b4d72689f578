"""The index check builds its second index from ``searchindex.BODIES_IN_ROWID_ORDER``
(one Python call per annotation, the documents' texts held by id for one read), not
from the index's view (two calls and a text hash lookup per annotation). Its rows must
be the view's rows exactly, for the usual rows and for every odd one a change outside
the program can store: spans outside the text or not numbers, a missing document,
stored quotes, damaged bytes in quote, fields and memo, odd field values, rows at
rowid 0 and below, trashed rows; with version 1's folding too; and a second read after
a document's text changed must cut the new text."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.helpers import ARABIC, add_doc, make_project, raw_connect
from workbench.core import indexcheck, searchindex, textnorm
from workbench.core.ops import annotations as ann_ops
from workbench.core.project import Project

NORTH = ("Rockets struck the grain depot outside Tel Varra overnight, killing two "
         "guards and wounding a driver, the civil defence office said on Friday.")


@pytest.fixture
def odd(tmp_path: Path) -> Path:
    """A project whose annotations hold every odd value the comparison must carry."""
    with make_project(tmp_path) as project:
        north = add_doc(project, NORTH, "north.txt")
        arabic = add_doc(project, ARABIC, "arabic.txt")
        ids = {}
        for doc, quote, fields in (
                (north, "grain depot", {"outcome": "killed", "count_best": 2}),
                (north, "two guards", {"outcome": "killed"}),
                (north, "a driver", {}),
                (north, "Tel Varra", {}),
                (north, "Friday", {"incident_date": "2025-03-07"}),
                (north, "civil defence office", {"group": "office"}),
                (north, "overnight", {"outcome": "wounded"}),
                (north, "Rockets", {"outcome": "wounded"}),
                (arabic, "ثلاثةَ مدنيين", {"group": "مدنيين"}),
                (arabic, "القصف", {"location": "غزة"})):
            ids[quote] = ann_ops.annotate_quote(project, doc, "casualty", quote,
                                                fields).result
        ann_ops.update_annotation(project, ids["a driver"], memo="Seen Twice, ﻻ bound")
        trashed = ann_ops.annotate_quote(project, north, "claim", "struck").result
        ann_ops.trash_annotations(project, [trashed])
        path = project.path
    conn = raw_connect(path, isolation_level=None)
    conn.execute("PRAGMA ignore_check_constraints = ON")  # as a hand edit can
    edits = (
        ("UPDATE annotations SET start = start + 1000 WHERE id = ?", "grain depot"),
        # Negative, but a Python slice would still cut words with it.
        ("UPDATE annotations SET start = start - (SELECT length(text) FROM documents d "
         "WHERE d.id = doc_id) WHERE id = ?", "two guards"),
        ("UPDATE annotations SET start = 4.5 WHERE id = ?", "Tel Varra"),
        ("UPDATE annotations SET \"end\" = 'nine' WHERE id = ?", "Friday"),
        ("UPDATE annotations SET doc_id = 999 WHERE id = ?", "overnight"),
        ("UPDATE annotations SET exact = CAST(x'4865ff6c6c6f' AS TEXT) WHERE id = ?",
         "civil defence office"),
        ("UPDATE annotations SET exact = 'Rockets', memo = 'کشته ٣' WHERE id = ?", "Rockets"),
        ("UPDATE annotations SET fields = CAST(x'7b2261223aff7d' AS TEXT), "
         "memo = CAST(x'6d656d6fff' AS TEXT) WHERE id = ?", "القصف"),
        ("UPDATE annotations SET fields = '{\"a\": 1, \"a\": 2} ', memo = 7 WHERE id = ?",
         "ثلاثةَ مدنيين"),
        ("UPDATE annotations SET fields = '{\"count_best\": 2.5, \"verified\": true, "
         "\"none\": null, \"actors\": [\"civil defence\", \"guards\"], \"n\": 1e3}' "
         "WHERE id = ?", "a driver"),
        ("UPDATE annotations SET rowid = 0 WHERE id = ?", "a driver"),
    )
    for sql, quote in edits:
        conn.execute(sql, (ids[quote],))
    conn.execute("UPDATE annotations SET rowid = -7 WHERE id = ?", (trashed,))
    conn.close()
    return path


def _both(conn: sqlite3.Connection) -> tuple[list, list]:
    view = [r for select in searchindex.SOURCE_IN_ROWID_ORDER for r in conn.execute(select)]
    read = searchindex.new_read()
    ours = [r for select in searchindex.BODIES_IN_ROWID_ORDER
            for r in conn.execute(select, (read,))]
    return view, ours


def test_the_bodies_are_the_views_on_odd_rows(odd):
    conn = raw_connect(odd)
    try:
        view, ours = _both(conn)
    finally:
        conn.close()
    assert ours == view
    bodies = dict(view)
    assert 0 in bodies and -7 not in bodies  # the row moved to 0, not the trashed one
    assert any("\ufffd" in b for b in bodies.values())  # damaged bytes folded, not failed
    assert any(b.startswith(" ") for b in bodies.values())  # spans not derived
    assert any("rockets" in b for b in bodies.values())  # a stored quote
    assert len(view) == 2 + 10


def test_the_bodies_are_the_views_with_the_first_folding(odd):
    conn = raw_connect(odd)
    try:
        with textnorm.folding_first():
            view, ours = _both(conn)
        now, _ = _both(conn)
    finally:
        conn.close()
    assert ours == view
    assert view != now  # the Arabic rows fold otherwise: the thread's folding is used


def test_a_second_read_cuts_a_changed_text(tmp_path):
    with make_project(tmp_path) as project:
        doc = add_doc(project, NORTH, "north.txt")
        ann_ops.annotate_quote(project, doc, "casualty", "two guards", {})
        path = project.path
    conn = raw_connect(path, isolation_level=None)
    try:
        _, before = _both(conn)
        assert any(b.startswith("two guards") for _, b in before)
        # Changed outside the program, its hash with it: the derived quote's span now
        # cuts other words, which the index check must compare with.
        conn.execute("UPDATE documents SET text = 'Three ' || text, "
                     "text_sha256 = 'changed' WHERE id = ?", (doc,))
        view, after = _both(conn)
    finally:
        conn.close()
    assert after == view
    assert not any(b.startswith("two guards") for _, b in after)


def test_the_reads_walk_the_annotations_by_rowid(tmp_path):
    with make_project(tmp_path) as project:
        add_doc(project, NORTH, "north.txt")
        path = project.path
    conn = raw_connect(path)
    try:
        for select, how in zip(searchindex.BODIES_IN_ROWID_ORDER,
                               ("(rowid<?)", "(rowid>?)"), strict=True):
            plan = " | ".join(r[3] for r in conn.execute(f"EXPLAIN QUERY PLAN {select}",
                                                         (1,)))
            assert f"SEARCH a USING INTEGER PRIMARY KEY {how}" in plan, plan
            assert "annotations_live" not in plan, plan
    finally:
        conn.close()


def test_the_check_finds_a_changed_entry_of_a_derived_quote(tmp_path):
    with make_project(tmp_path) as project:
        doc = add_doc(project, ARABIC, "arabic.txt")
        ann = ann_ops.annotate_quote(project, doc, "casualty", "ثلاثةَ مدنيين", {}).result
        path = project.path
    conn = raw_connect(path, isolation_level=None)
    rid, body = conn.execute("SELECT rid, body FROM search_source WHERE rid > 0"
                             ).fetchone()
    conn.execute("INSERT INTO search(search, rowid, body) VALUES ('delete', ?, ?)",
                 (rid, body))
    conn.execute("INSERT INTO search(rowid, body) VALUES (?, ?)",
                 (rid, body.replace("مدنيين", "جنود")))
    conn.close()
    with Project.open(path, read_only=True) as project:
        said = [f.problem for f in indexcheck.findings(project.conn)]
    assert said == [f"annotation {ann}: its search index entry does not match its text "
                    "(the index was changed outside the program)." + indexcheck._REPAIR]
