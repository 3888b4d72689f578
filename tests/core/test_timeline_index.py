"""core.timeline_index: the narrow table equals its recomputation after every kind of write,
the marks read from it equal the marks read from the JSON, migration 12 builds it, and
verify names a tampered entry."""

from __future__ import annotations

import numpy as np
import pytest

from tests.helpers import REPORT, add_doc, make_project, raw_connect
from workbench.core import schema, timeline_index, timeline_rows
from workbench.core.ops import annotations as ann_ops
from workbench.core.ops import codebook as cb_ops
from workbench.core.ops import documents as doc_ops
from workbench.core.ops import history
from workbench.core.ops.bulk import NewAnnotation, create_annotations
from workbench.core.project import Project
from workbench.core.verify import verify


def stored(project: Project) -> list[tuple]:
    return [tuple(r) for r in project.conn.execute(
        f"SELECT {','.join(timeline_index.COLUMNS)} FROM timeline_index ORDER BY ann_rowid")]


def recomputed(project: Project) -> list[tuple]:
    conn = project.conn
    return timeline_index.compute(conn, timeline_index.load_codebook(conn), "1")


def assert_fresh(project: Project) -> None:
    assert stored(project) == recomputed(project)
    assert timeline_index.findings(project.conn) == []


@pytest.fixture
def demo(demo_project):
    project = Project.open(demo_project)
    yield project
    project.close()


@pytest.fixture
def coded(tmp_path):
    """A small project with dated annotations of three kinds."""
    project = make_project(tmp_path)
    doc = add_doc(project)
    ids = {
        "stmt": ann_ops.annotate_quote(project, doc, "statement", "a provincial official said",
                                       {"speaker": "An official", "date": "2024-03-03"}).result,
        "cas": ann_ops.annotate_quote(project, doc, "casualty", "killed at least 12 civilians",
                                      {"outcome": "killed", "count_low": 12,
                                       "incident_date": "2024-03"}).result,
        "claim": ann_ops.annotate_quote(project, doc, "claim", "The Crescent Brigade claimed",
                                        {"claimant": "Crescent Brigade"}).result,  # undated
    }
    project.doc = doc  # type: ignore[attr-defined]
    project.ids = ids  # type: ignore[attr-defined]
    yield project
    project.close()


def test_a_new_project_and_the_demo_hold_their_recomputation(demo, coded):
    assert_fresh(demo)
    assert len(stored(demo)) == len(timeline_rows.timeline_columns(demo)) > 50
    assert_fresh(coded)
    assert len(stored(coded)) == 2  # the undated claim has no entry


def test_single_writes_keep_it(coded):
    ids = coded.ids
    ann_ops.update_annotation(coded, ids["claim"], fields={"date": "2024-03-05"})
    assert_fresh(coded)
    assert len(stored(coded)) == 3
    ann_ops.update_annotation(coded, ids["stmt"], fields={"speaker": "Another official"})
    ann_ops.update_annotation(coded, ids["cas"], fields={"count_high": 20})
    ann_ops.set_status(coded, [ids["stmt"]], "rejected")
    assert_fresh(coded)
    assert {r[-1] for r in stored(coded)} >= {'["Another official"]'}


def test_trash_and_restore_of_annotations_and_documents(coded):
    ann_ops.trash_annotations(coded, [coded.ids["stmt"]])
    assert_fresh(coded)
    assert len(stored(coded)) == 1
    ann_ops.restore_annotations(coded, [coded.ids["stmt"]])
    assert_fresh(coded)
    assert len(stored(coded)) == 2
    # A trashed document keeps its entries; the read leaves them out.
    doc_ops.trash_document(coded, coded.doc)
    assert_fresh(coded)
    assert len(timeline_rows.timeline_columns(coded)) == 0
    doc_ops.restore_document(coded, coded.doc)
    assert_fresh(coded)
    assert len(timeline_rows.timeline_columns(coded)) == 2


def test_undo_and_redo_keep_it(coded):
    before = stored(coded)
    new = ann_ops.annotate_quote(coded, coded.doc, "statement", "We heard three explosions",
                                 {"speaker": "Amal Rashed", "date": "2024-03-04"}).result
    assert_fresh(coded)
    history.undo(coded)  # the creation undone: the row is deleted for good
    assert_fresh(coded)
    assert stored(coded) == before
    history.redo(coded)
    assert_fresh(coded)
    assert coded.repo.get("annotation", new) is not None
    cb_ops.set_roles(coded, "statement", date="")
    history.undo(coded)
    assert_fresh(coded)
    history.redo(coded)
    assert_fresh(coded)


def test_bulk_inserts_keep_it(coded):
    text = coded.repo.get("document", coded.doc)["text"]
    items = [NewAnnotation(coded.doc, "statement", i, i + 5,
                           {"speaker": f"Speaker {i % 3}",
                            "date": f"2024-0{1 + i % 9}-0{1 + i % 9}"})
             for i in range(0, len(text) - 5, 7)]
    items.append(NewAnnotation(coded.doc, "event", 0, 5, {"start_date": "2024-01-02",
                                                          "end_date": "2024-01-09",
                                                          "actors": ["A", "B"]}))
    create_annotations(coded, items)
    assert_fresh(coded)
    assert len(stored(coded)) == 2 + len(items)


def test_codebook_role_and_kind_edits_recompute_the_kind(coded):
    cb_ops.set_roles(coded, "statement", date="")  # no longer dated
    assert_fresh(coded)
    assert {r[2] for r in stored(coded)} == {"casualty"}
    cb_ops.set_roles(coded, "statement", date="date")
    cb_ops.set_roles(coded, "casualty", count_low="count_best")  # another field
    cb_ops.set_roles(coded, "statement", actors=[])
    assert_fresh(coded)
    assert len(stored(coded)) == 2
    cb_ops.add_field(coded, "claim", "when", "date", label="When")
    cb_ops.set_roles(coded, "claim", date="when")
    ann_ops.update_annotation(coded, coded.ids["claim"], fields={"when": "2023"})
    assert_fresh(coded)
    assert len(stored(coded)) == 3


def test_reimport_reanchoring_keeps_it(coded, tmp_path):
    path = tmp_path / "report.txt"
    path.write_text("CORRECTION at the top.\n" + REPORT, encoding="utf-8")
    doc_ops.reimport(coded, coded.doc, path)
    assert_fresh(coded)
    assert len(stored(coded)) == 2


def test_merge_keeps_it(coded, tmp_path):
    from workbench.core.merge import merge_projects

    other = make_project(tmp_path, "other.wbproj")
    doc = add_doc(other)
    ann_ops.annotate_quote(other, doc, "event", "Artillery fire wounded four troops",
                           {"start_date": "2024-03-03", "actors": ["The army"]})
    ann_ops.update_annotation(other, ann_ops.annotate_quote(
        other, doc, "statement", "a provincial official said",
        {"speaker": "Someone else", "date": "2024-03-01"}).result, fields={"date": "2024-02"})
    other.close()
    merge_projects(coded, [tmp_path / "other.wbproj"])
    assert_fresh(coded)
    assert len(stored(coded)) > 2


def test_random_writes_keep_it(coded):
    import random

    rng = random.Random(12)
    text = coded.repo.get("document", coded.doc)["text"]
    live = list(coded.ids.values())
    for _ in range(40):
        step = rng.choice(["new", "edit", "trash", "undo", "roles", "status"])
        if step == "new":
            start = rng.randrange(len(text) - 10)
            live.append(ann_ops.create_annotation(
                coded, coded.doc, "casualty", start, start + 8,
                {"incident_date": rng.choice(["2024", "2024-05", "2024-05-06"]),
                 "count_best": rng.randrange(50), "perpetrator": rng.choice(["X", "Y"])}
            ).result)
        elif step == "edit" and live:
            ann = coded.repo.get("annotation", rng.choice(live))
            if ann and ann["kind"] == "casualty" and not ann["deleted_at"]:
                ann_ops.update_annotation(coded, ann["id"], fields={
                    "incident_date": rng.choice(["2023-12", "2024-02-29"]),
                    "count_high": rng.randrange(100)})
        elif step == "trash" and live:
            gone = live.pop(rng.randrange(len(live)))
            if coded.repo.get("annotation", gone):  # not an undone creation
                ann_ops.trash_annotations(coded, [gone])
        elif step == "undo" and history.can_undo(coded):
            history.undo(coded)
        elif step == "roles":
            cb_ops.set_roles(coded, "casualty",
                             count_low=rng.choice(["count_low", "count_best", ""]))
        elif step == "status" and live:
            ann = coded.repo.get("annotation", rng.choice(live))
            if ann and not ann["deleted_at"]:
                ann_ops.set_status(coded, [ann["id"]], rng.choice(["accepted", "rejected"]))
        assert stored(coded) == recomputed(coded), step


def test_marks_from_the_table_equal_marks_from_the_json(demo):
    doc_ops.trash_document(demo, demo.repo.documents()[0]["id"])
    from_table = timeline_rows.timeline_columns(demo)
    # The same reader fed by the JSON, as the timeline read before the table existed.
    reader = timeline_rows.ColumnReader(demo)
    trashed = {r[0] for r in demo.conn.execute(
        "SELECT id FROM documents WHERE deleted_at IS NOT NULL")}
    reader.add([e for e in recomputed(demo) if e[1] not in trashed])
    from_json = reader.columns()
    for name in ("rowid", "doc_id", "kind", "start", "end", "status", "actor_at", "actor"):
        assert np.array_equal(getattr(from_table, name), getattr(from_json, name)), name
    for name in ("count_low", "count_high"):
        assert np.array_equal(getattr(from_table, name), getattr(from_json, name),
                              equal_nan=True), name
    assert from_table.kinds == from_json.kinds
    assert from_table.actor_names == from_json.actor_names


def test_migration_12_builds_it_for_a_project_made_before(demo_project):
    path = demo_project
    with Project.open(path) as project:
        want = stored(project)
    conn = raw_connect(path, isolation_level=None)
    conn.execute("DROP TABLE timeline_index")
    conn.execute("DELETE FROM migrations WHERE version >= 12")
    conn.execute("PRAGMA user_version = 11")
    conn.close()
    with Project.open(path) as project:
        assert schema.current_version(project.conn) == schema.LATEST
        assert stored(project) == want
        assert_fresh(project)
        assert verify(project).ok


def test_verify_names_an_edited_missing_or_added_entry(coded):
    assert verify(coded).ok
    coded.conn.execute("UPDATE timeline_index SET start_day = start_day + 1 "
                       "WHERE kind = 'statement'")
    problems = verify(coded).problems
    assert len(problems) == 1
    assert problems[0].startswith("timeline index: 1 entry differs")
    assert coded.ids["stmt"] in problems[0]
    coded.conn.execute("DELETE FROM timeline_index")
    assert "2 entries differ" in verify(coded).problems[0]
    timeline_index.rebuild(coded.conn)
    assert verify(coded).ok
    coded.conn.execute("INSERT INTO timeline_index VALUES (999, 1, 'statement', 0, 1, 1, "
                       "NULL, NULL, NULL)")
    assert "does not exist" in verify(coded).problems[0]


@pytest.mark.parametrize("rowid", [0, -7, -(2 ** 63)])
def test_verify_names_an_entry_put_below_the_first_rowid(coded, rowid):
    # The check walks rowid ranges from 1 up; an entry put below them outside the
    # program is a mark the timeline shows for no annotation all the same.
    coded.conn.execute("INSERT INTO timeline_index VALUES (?, 1, 'statement', 0, 1, 1, "
                       "NULL, NULL, NULL)", (rowid,))
    problems = verify(coded).problems
    assert len(problems) == 1 and f"annotation row {rowid} (which does not exist)" in problems[0]
    with coded.conn:
        timeline_index.rebuild(coded.conn)
    assert verify(coded).ok


def test_an_encrypted_project_keeps_and_checks_it_the_same(tmp_path):
    pytest.importorskip("sqlcipher3")
    path = tmp_path / "e.wbproj"
    with Project.create(path, coder="tester", passphrase="correct horse") as project:
        doc = add_doc(project)
        ann_ops.annotate_quote(project, doc, "statement", "a provincial official said",
                               {"speaker": "An official", "date": "2024-03-03"})
        cb_ops.set_roles(project, "statement", actors=[])
        assert_fresh(project)
        assert len(timeline_rows.timeline_columns(project)) == 1
    with Project.open(path, passphrase="correct horse") as project:
        assert verify(project).ok
        project.conn.execute("UPDATE timeline_index SET end_day = end_day + 3")
        assert verify(project).problems[0].startswith("timeline index: 1 entry differs")


# Days since 1970-01-01, worked out by hand: 54 years with 13 leap days to 2024.
JAN_1_2024, MAR_1_2024, MAR_31_2024, DEC_31_2024 = 19723, 19783, 19813, 20088


def test_a_month_at_year_precision_spans_its_year(coded):
    ann_ops.update_annotation(coded, coded.ids["cas"], fields={"date_precision": "year"})
    entry = next(r for r in stored(coded) if r[2] == "casualty")
    assert entry[4:6] == (JAN_1_2024, DEC_31_2024)
    assert_fresh(coded)


def test_migration_21_redraws_the_months_stored_at_year_precision(coded):

    ids = coded.ids
    ann_ops.update_annotation(coded, ids["cas"], fields={"date_precision": "year"})
    # A month at month precision is its month under either rule: left as it is.
    ann_ops.update_annotation(coded, ids["stmt"], fields={"date": "2024-03",
                                                          "date_precision": "month"})
    path = coded.path
    conn = coded.conn
    cas_rowid = conn.execute("SELECT rowid FROM annotations WHERE id = ?",
                             (ids["cas"],)).fetchone()[0]
    custody_before = conn.execute("SELECT count(*) FROM custody").fetchone()[0]
    coded.close()
    # The file as schema 20 left it: the casualty's entry spans March, the old rule.
    raw = raw_connect(path, isolation_level=None)
    raw.execute("UPDATE timeline_index SET start_day = ?, end_day = ? WHERE ann_rowid = ?",
                (MAR_1_2024, MAR_31_2024, cas_rowid))
    raw.execute("DELETE FROM migrations WHERE version >= 21")
    raw.execute("PRAGMA user_version = 20")
    raw.close()
    with Project.open(path) as project:
        assert schema.current_version(project.conn) == schema.LATEST
        rows = {r[0]: r for r in stored(project)}
        assert rows[cas_rowid][4:6] == (JAN_1_2024, DEC_31_2024)
        assert [r[4:6] for r in rows.values() if r[2] == "statement"] == [
            (MAR_1_2024, MAR_31_2024)]
        assert_fresh(project)
        assert verify(project).ok
        log = project.conn.execute("SELECT count(*) FROM custody").fetchone()[0]
        assert log == custody_before + 1
        last = project.repo.custody()[-1]
        assert last["action"] == "upgrade"
        assert "schema 21" in last["detail"] and "1 timeline entry " in last["detail"]


def test_migration_21_leaves_an_entry_edited_outside_the_program_for_verify(coded):
    path = coded.path
    stmt_rowid = coded.conn.execute("SELECT rowid FROM annotations WHERE id = ?",
                                    (coded.ids["stmt"],)).fetchone()[0]
    coded.close()
    raw = raw_connect(path, isolation_level=None)
    raw.execute("UPDATE timeline_index SET start_day = start_day + 1 WHERE ann_rowid = ?",
                (stmt_rowid,))
    raw.execute("DELETE FROM migrations WHERE version >= 21")
    raw.execute("PRAGMA user_version = 20")
    raw.close()
    with Project.open(path) as project:
        problems = verify(project).problems
        assert len(problems) == 1 and problems[0].startswith("timeline index: 1 entry")
        # Nothing to redraw: the upgrade adds nothing to the custody log.
        assert all(r["action"] != "upgrade" for r in project.repo.custody())
