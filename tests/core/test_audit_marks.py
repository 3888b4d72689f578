"""Marks in audit images (schema 15, core/auditimage.py, core/derived.py): a time equal
to its entry's own, a quote and context its document's text gives. Every reader puts
the values back, and verify still catches each kind of tampering."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tests.helpers import REPORT, add_doc, make_project
from workbench.core import auditimage, logchain, rawread, rebuild, repo, schema
from workbench.core.anchoring import Anchor
from workbench.core.errors import ProjectError
from workbench.core.merge import merge_projects
from workbench.core.ops import annotations as ann_ops
from workbench.core.ops import documents as doc_ops
from workbench.core.ops import history
from workbench.core.ops.annotations import new_row
from workbench.core.ops.bulk import NewAnnotation, create_annotations
from workbench.core.project import Project
from workbench.core.verify import verify

LOG_TRIGGERS = schema.LOG_TRIGGERS[:2]  # the audit log's
QUOTE = "wounded four troops"


def _stored(project: Project, ann_id: str) -> list[str]:
    """An annotation's after-images as the chain reads them (packed values written out,
    schema 18: the view shows them so)."""
    return [r[0] for r in project.conn.execute(
        "SELECT after FROM audit_entries WHERE entity_id = ? ORDER BY seq", (ann_id,))]


def _marked(text: str, project: Project) -> dict[str, bool]:
    """Which of an annotation image's markable columns hold a mark."""
    cols = repo.audit_layout(project.conn, "annotation")
    row = dict(zip(cols, json.loads(text), strict=False))
    return {c: row[c] is True for c in (*auditimage.QUOTE_COLUMNS, "created_at",
                                        "modified_at")}


def _problems(path: Path) -> list[str]:
    with Project.open(path) as project:
        return verify(project).problems


def _suspects(conn: sqlite3.Connection) -> list:
    return list(rawread.suspect_keys(conn, "annotation", "annotations", "id",
                                     rebuild._sql_match(conn, "annotation")))


def test_an_insert_marks_its_times_and_quote_and_reads_back_whole(tmp_path):
    with make_project(tmp_path) as project:
        doc = add_doc(project)
        ann = ann_ops.annotate_quote(project, doc, "casualty", QUOTE,
                                     {"outcome": "wounded", "count_low": 4}).result
        row = project.repo.get("annotation", ann)
        entry = project.repo.audit(entity_id=ann)[0]
        # One clock reading: the row's times are its entry's.
        assert row["created_at"] == row["modified_at"] == entry["at"]
        (text,) = _stored(project, ann)
        assert all(_marked(text, project).values())
        assert QUOTE not in text and entry["at"] not in text
        assert entry["after"] == row
        ann_ops.update_annotation(project, ann, memo="checked")
        text = _stored(project, ann)[-1]
        assert _marked(text, project) == {"exact": True, "prefix": True, "suffix": True,
                                          "created_at": False, "modified_at": True}
        assert project.repo.audit(entity_id=ann)[0]["after"] == project.repo.get(
            "annotation", ann)
        assert list(rebuild.differences(project.conn)) == []
        assert _suspects(project.conn) == []  # settled inside SQLite
        assert verify(project).ok


def test_values_the_text_does_not_give_are_stored_whole(tmp_path):
    with make_project(tmp_path) as project:
        doc = add_doc(project)
        start = REPORT.index(QUOTE)
        with project.write("annotate") as tx:  # a quote edited by hand: not the text's
            row = new_row(project, doc, "claim", Anchor(start, start + 6, "WOUNDED", "", ""),
                          {}, status="accepted", now=tx.time())
            tx.insert("annotation", row)
        (text,) = _stored(project, row["id"])
        assert _marked(text, project) == {"exact": False, "prefix": False, "suffix": False,
                                          "created_at": True, "modified_at": True}
        assert '"WOUNDED"' in text
        assert project.repo.audit(entity_id=row["id"])[0]["after"]["exact"] == "WOUNDED"
        assert list(rebuild.differences(project.conn)) == []


def test_a_boolean_where_a_mark_may_stand_keeps_the_object_format():
    cols = ("start", "exact", "prefix", "suffix", "created_at")
    image = {"k": 1, "start": 0, "exact": True, "prefix": "", "suffix": "b",
             "created_at": "t"}
    assert auditimage.encode(image, "k", cols, "t").startswith("{")
    fine = {**image, "exact": "a"}
    assert auditimage.encode(fine, "k", cols, "t", ("a", "", "b")) == "[0,true,true,true,true]"
    # One of the three differs: all three kept.
    assert auditimage.encode(fine, "k", cols, "t", ("a", "", "c")) == '[0,"a","","b",true]'
    assert auditimage.decode("[0,true,true,true,true]", "k", 1, cols, at="t",
                             derive=lambda *_: ("a", "", "b")) == fine
    with pytest.raises(auditimage.Underivable):
        auditimage.decode("[0,true,true,true,true]", "k", 1, cols, at="t")


def _old_style(project: Project, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Entries written as a schema-14 file writes them (arrays, no marks), then the file
    marked as migration 15 marks it; returns the annotations written."""
    with monkeypatch.context() as old:
        old.setattr(repo, "marks_from", lambda conn: None)
        old.setattr(repo, "image_cuts", lambda conn: (None, None))  # the writer's read
        doc = add_doc(project, REPORT.replace("Sunday", "Monday"), "old.txt")
        ids = create_annotations(project, [NewAnnotation(doc, "date", 0, 8),
                                           NewAnnotation(doc, "claim", 40, 60)]).result
        ann_ops.update_annotation(project, ids[0], memo="old")
    last = project.conn.execute("SELECT max(seq) FROM audit").fetchone()[0]
    with project.repo.transaction("mark", "tester") as tx:
        tx.set_meta(repo.MARKS_FROM, str(last + 1))
    return ids


def test_a_log_mixing_unmarked_and_marked_entries_rebuilds_to_the_tables(
        tmp_path, monkeypatch):
    with make_project(tmp_path) as project:
        old = _old_style(project, monkeypatch)
        # Unmarked though their times equal their entry's: read by the cut-off.
        assert not any(_marked(t, project)["created_at"] for t in _stored(project, old[0]))
        doc = add_doc(project)
        new = create_annotations(project, [NewAnnotation(doc, "date", 0, 8),
                                           NewAnnotation(doc, "claim", 40, 60)]).result
        ann_ops.update_annotation(project, old[1], memo="new")  # an old row, marked now
        assert all(_marked(_stored(project, new[0])[0], project).values())
        assert _marked(_stored(project, old[1])[-1], project)["exact"]
        assert list(rebuild.differences(project.conn)) == []
        assert _suspects(project.conn) == []
        report = verify(project)
        assert report.ok, report.problems
        for ann in (*old, *new):
            assert project.repo.audit(entity_id=ann)[0]["after"] == project.repo.get(
                "annotation", ann)


def _marked_project(tmp_path: Path) -> tuple[Path, str, int]:
    with make_project(tmp_path) as project:
        doc = add_doc(project)
        ann = ann_ops.annotate_quote(project, doc, "casualty", QUOTE).result
        return project.path, ann, doc


def _tamper(path: Path, sql: str, *params, log: bool = False) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    if log:
        for name in LOG_TRIGGERS:
            conn.execute(f"DROP TRIGGER {name}")
    conn.execute(sql, params)
    conn.close()


def test_a_row_whose_context_differs_from_its_marked_image_is_reported(tmp_path):
    path, ann, _doc = _marked_project(tmp_path)
    # Only the context: the quote check of live annotations does not look at it.
    _tamper(path, "UPDATE annotations SET prefix = 'forged ' WHERE id = ?", ann)
    problems = _problems(path)
    assert any(f"annotation {ann}: its prefix is" in p for p in problems), problems


def test_a_row_whose_time_differs_from_its_marked_image_is_reported(tmp_path):
    path, ann, _doc = _marked_project(tmp_path)
    _tamper(path, "UPDATE annotations SET created_at = '2020-01-01T00:00:00.000Z' "
                  "WHERE id = ?", ann)
    problems = _problems(path)
    assert any(f"annotation {ann}: its created_at is" in p for p in problems), problems


def test_a_changed_marked_image_breaks_the_chain(tmp_path):
    path, ann, _doc = _marked_project(tmp_path)
    # The marks stored packed (schema 18) or as their text: either spelling replaced.
    _tamper(path, "UPDATE audit SET after = replace(replace(after, 'true,true,true', "
                  "'\"a\",\"b\",\"c\"'), char(1, 44, 1, 44, 1), '\"a\",\"b\",\"c\"') "
                  "WHERE entity_id = ?", ann, log=True)
    problems = _problems(path)
    assert any("its hash does not follow" in p for p in problems), problems


def test_a_changed_document_text_is_reported(tmp_path):
    path, _ann, doc = _marked_project(tmp_path)
    _tamper(path, "UPDATE documents SET text = replace(text, 'four', 'five') WHERE id = ?",
            doc)
    problems = _problems(path)
    assert any(f"document {doc}: its text no longer matches its hash" in p
               for p in problems), problems


def _reimported(tmp_path: Path) -> tuple[Path, str]:
    """A marked annotation whose document's text was then replaced around it."""
    with make_project(tmp_path) as project:
        doc = add_doc(project)
        ann = ann_ops.annotate_quote(project, doc, "casualty", QUOTE).result
        newer = tmp_path / "report-v2.txt"
        newer.write_text("Updated. " + REPORT, encoding="utf-8")
        doc_ops.reimport(project, doc, newer)
        return project.path, ann


def test_a_replaced_text_is_kept_and_older_marks_read_from_it(tmp_path):
    path, ann = _reimported(tmp_path)
    with Project.open(path) as project:
        entries = project.repo.audit(entity_id=ann)
        assert [e["op"] for e in entries] == ["reimport:update", "annotate:insert"]
        # The insert's marks derive from the text it was made on, kept since.
        assert entries[-1]["after"]["exact"] == QUOTE
        assert entries[-1]["after"]["prefix"] == REPORT[:REPORT.index(QUOTE)][-32:]
        assert entries[0]["after"] == project.repo.get("annotation", ann)
        assert project.conn.execute("SELECT count(*) FROM past_texts").fetchone()[0] == 1
        report = verify(project)
        assert report.ok, report.problems


def test_a_changed_kept_text_is_reported(tmp_path):
    path, _ann = _reimported(tmp_path)
    _tamper(path, "UPDATE past_texts SET text = text || 'x'")
    problems = _problems(path)
    assert any("kept text" in p and "no longer matches its hash" in p
               for p in problems), problems


def test_a_kept_text_gone_is_reported_though_only_history_needs_it(tmp_path):
    path, ann = _reimported(tmp_path)  # the annotation's last image: whole
    _tamper(path, "DELETE FROM past_texts")
    problems = _problems(path)
    assert any("document 1: the text it had until an audit entry replaced" in p
               for p in problems), problems
    with Project.open(path) as project, pytest.raises(ProjectError):
        project.repo.audit(entity_id=ann)  # the insert's marks have no text left


def test_a_mark_whose_kept_text_is_gone_is_reported(tmp_path):
    with make_project(tmp_path) as project:
        doc = add_doc(project)
        ann = ann_ops.annotate_quote(project, doc, "casualty", QUOTE).result
        newer = tmp_path / "report-v2.txt"
        newer.write_text(REPORT.replace("Sunday", "Monday"), encoding="utf-8")
        doc_ops.reimport(project, doc, newer)  # the span still holds the quote
        assert [e["op"] for e in project.repo.audit(entity_id=ann)] == ["annotate:insert"]
        path = project.path
    _tamper(path, "DELETE FROM past_texts")
    problems = _problems(path)
    assert any(f"annotation {ann}: its last audit entry derives its quote" in p
               for p in problems), problems
    assert any("document 1: the text it had" in p for p in problems), problems
    with Project.open(path) as project, pytest.raises(ProjectError):
        project.repo.audit(entity_id=ann)


def test_an_undone_import_keeps_the_text_its_annotations_history_needs(tmp_path):
    with make_project(tmp_path) as project:
        doc = add_doc(project)
        ann = ann_ops.annotate_quote(project, doc, "casualty", QUOTE).result
        history.undo(project)  # the annotation
        history.undo(project)  # the import: the document and its text go
        assert project.repo.get("document", doc) is None
        path = project.path
        insert = project.repo.audit(entity_id=ann)[-1]
        assert insert["op"] == "annotate:insert" and insert["after"]["exact"] == QUOTE
        report = verify(project)
        assert report.ok, report.problems
    _tamper(path, "DELETE FROM past_texts")
    problems = _problems(path)
    assert any(f"document {doc}: the text it had" in p for p in problems), problems


def test_a_merge_writes_out_the_quotes_it_carries_and_recognises_them_again(tmp_path):
    with make_project(tmp_path, "source.wbproj") as source:
        doc = add_doc(source)
        ann = ann_ops.annotate_quote(source, doc, "casualty", QUOTE).result
        source_path = source.path
    with make_project(tmp_path, "target.wbproj") as target:
        add_doc(target, "Another text altogether, not the report.\n", "other.txt")
        merge_projects(target, [source_path])
        carried = target.conn.execute(
            "SELECT after FROM audit WHERE entity_id = ? AND merged_from IS NOT NULL",
            (ann,)).fetchall()
        assert carried and all(QUOTE in r[0] for r in carried)  # no marks carried
        count = target.conn.execute("SELECT count(*) FROM audit").fetchone()[0]
        merge_projects(target, [source_path])
        merged = target.conn.execute("SELECT count(*) FROM audit WHERE merged_from "
                                     "IS NOT NULL AND entity_id = ?", (ann,)).fetchone()[0]
        assert merged == len(carried)  # nothing carried twice
        assert target.conn.execute("SELECT count(*) FROM audit").fetchone()[0] >= count
        # The target's own entry for the merged-in row derives from its own copy.
        own = target.repo.audit(entity_id=ann)
        assert all(e["after"]["exact"] == QUOTE for e in own if e["after"])
        report = verify(target)
        assert report.ok, report.problems


def test_the_exported_log_writes_out_marked_quotes_and_leaves_other_lines_alone(tmp_path):
    path, ann = _reimported(tmp_path)
    out = tmp_path / "log.jsonl"
    with Project.open(path) as project:
        heads = logchain.export_log(project.conn, out, path.name)
        got, problems = logchain.check_export(out, project.conn)
        stored = {r["seq"]: r for r in project.repo.log_rows("audit")}
    assert problems == [] and got == heads
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").split("\n")
             if '"log": "audit"' in x]
    for line in lines:  # rows as stored: the chain checks from the file alone
        assert line["row"] == stored[line["row"]["seq"]]
    derived = [x for x in lines if "derived" in x]
    assert [x["row"]["entity_id"] for x in derived] == [ann]
    assert derived[0]["derived"]["after"]["exact"] == QUOTE
    assert all(set(x) == {"log", "row"} for x in lines if "derived" not in x)
