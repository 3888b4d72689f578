"""History that shows tampering (issue 12): each edit below is made with plain sqlite3 on
the project file, as someone holding the file could, and ``verify`` must report it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.helpers import REPORT, add_doc, make_project, raw_connect
from workbench.core import chain, logcodes, schema
from workbench.core.incidents import ops as incident_ops
from workbench.core.incidents.suggest import store_suggestions
from workbench.core.ops import actors as actor_ops
from workbench.core.ops import annotations as ann_ops
from workbench.core.ops import documents as doc_ops
from workbench.core.ops import history
from workbench.core.ops.codebook import set_key
from workbench.core.project import Project
from workbench.core.suggest import suggest_documents
from workbench.core.verify import verify

LOG_TRIGGERS = schema.LOG_TRIGGERS


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> dict:
    """A small worked project, closed; each test tampers with its own copy."""
    folder = tmp_path_factory.mktemp("tamper")
    with make_project(folder) as project:
        doc = add_doc(project)
        ann = ann_ops.annotate_quote(project, doc, "casualty", "wounded four troops",
                                     {"outcome": "wounded", "count_low": 4}).result
        other = ann_ops.annotate_quote(project, doc, "claim", "claimed responsibility").result
        gone = ann_ops.annotate_quote(project, doc, "casualty", "killed").result
        ann_ops.trash_annotations(project, [gone])
        actor = actor_ops.add_actor(project, "Crescent Brigade", ["the Brigade"]).result
        inc = incident_ops.create_incident(project, "Port Halden shelling",
                                           members=[ann]).result
        ids = {"doc": doc, "ann": ann, "other": other, "gone": gone, "actor": actor,
               "inc": inc, "path": project.path}
    return ids


def _copy(built: dict, tmp_path: Path) -> Path:
    target = tmp_path / "copy.wbproj"
    target.write_bytes(Path(built["path"]).read_bytes())
    return target


def _tamper(path: Path, *statements: str, params: tuple = ()) -> None:
    conn = raw_connect(path, isolation_level=None)
    for sql in statements:
        conn.execute(sql, params if "?" in sql else ())
    conn.close()


def _problems(path: Path) -> str:
    with Project.open(path) as project:
        report = verify(project)
    assert not report.ok, "verify called a tampered project intact"
    return "\n".join(report.problems)


def test_the_untouched_copy_verifies_intact(built, tmp_path):
    with Project.open(_copy(built, tmp_path)) as project:
        report = verify(project)
    assert report.ok, report.problems


@pytest.mark.parametrize("column, value, said", [
    ("fields", '{"outcome": "killed", "count_low": 40}', "its fields is"),
    ("memo", "planted note", "its memo is"),
    ("status", "rejected", "its status is \"rejected\""),
    ("coder", "someone else", "its coder is \"someone else\""),
])
def test_an_annotation_column_edited_without_audit(built, tmp_path, column, value, said):
    path = _copy(built, tmp_path)
    _tamper(path, f'UPDATE annotations SET "{column}" = ? WHERE id = ?',
            params=(value, built["ann"]))
    text = _problems(path)
    assert f"annotation {built['ann']}: {said}" in text
    assert "annotations table" in text and "changed without an audit entry" in text


def test_a_hard_delete(built, tmp_path):
    path = _copy(built, tmp_path)
    _tamper(path, "DELETE FROM annotations WHERE id = ?", params=(built["other"],))
    text = _problems(path)
    assert f"annotation {built['other']}: it is missing from the annotations table" in text


def test_an_insert_without_audit(built, tmp_path):
    path = _copy(built, tmp_path)
    _tamper(path, "INSERT INTO annotations(id, doc_id, kind, start, \"end\", exact, coder, "
            "created_at, modified_at) VALUES ('forged', ?, 'claim', 0, 8, 'Shelling', 'x', "
            "'2026-01-01', '2026-01-01')", params=(built["doc"],))
    text = _problems(path)
    assert "annotation forged: it is in the annotations table, but the audit log never" in text


def test_document_metadata_edit(built, tmp_path):
    path = _copy(built, tmp_path)
    _tamper(path, "UPDATE documents SET publisher = 'Forged Wire', published = '2020-01-01'")
    text = _problems(path)
    assert f"document {built['doc']}: its published is \"2020-01-01\"" in text
    assert "its publisher is \"Forged Wire\"" in text


def test_document_text_and_its_hash_rewritten_together(built, tmp_path):
    path = _copy(built, tmp_path)
    forged = REPORT.replace("four", "five")
    import hashlib

    _tamper(path, "UPDATE documents SET text = ?, text_sha256 = ?",
            params=(forged, hashlib.sha256(forged.encode()).hexdigest()))
    assert f"document {built['doc']}: its text_sha256 is" in _problems(path)


def test_codebook_edit(built, tmp_path):
    path = _copy(built, tmp_path)
    _tamper(path, "UPDATE codebook SET position = 99 WHERE name = 'claim'")
    assert "codebook kind claim: its position is 99" in _problems(path)


def test_actor_and_link_edits(built, tmp_path):
    path = _copy(built, tmp_path)
    _tamper(path, "UPDATE actors SET aliases = '[\"forged\"]'")
    assert f"actor {built['actor']}: its aliases is" in _problems(path)


def test_incident_and_member_edits(built, tmp_path):
    path = _copy(built, tmp_path)
    _tamper(path, "UPDATE incidents SET title = 'Forged', status = 'confirmed'",
            "UPDATE incident_members SET annotation_id = ?", params=(built["other"],))
    text = _problems(path)
    assert f"incident {built['inc']}: its status is \"confirmed\"" in text
    assert "incident member" in text and "its annotation_id is" in text


def test_an_edit_to_a_trashed_annotation(built, tmp_path):
    path = _copy(built, tmp_path)
    _tamper(path, "UPDATE annotations SET memo = 'edited in the trash' WHERE id = ?",
            params=(built["gone"],))
    assert f"annotation {built['gone']} (in the trash): its memo is" in _problems(path)


def test_an_audit_row_edited_after_dropping_the_triggers(built, tmp_path):
    path = _copy(built, tmp_path)
    drop = [f"DROP TRIGGER {t}" for t in LOG_TRIGGERS]
    _tamper(path, *drop, "UPDATE audit SET coder = 'someone else' WHERE seq = 5")
    assert "audit entry 5: its hash does not follow" in _problems(path)


def test_an_audit_row_removed_from_the_middle(built, tmp_path):
    path = _copy(built, tmp_path)
    drop = [f"DROP TRIGGER {t}" for t in LOG_TRIGGERS]
    _tamper(path, *drop, "DELETE FROM audit WHERE seq = 5")
    assert "audit entry 6: its hash does not follow" in _problems(path)


def test_the_last_audit_rows_removed(built, tmp_path):
    path = _copy(built, tmp_path)
    drop = [f"DROP TRIGGER {t}" for t in LOG_TRIGGERS]
    _tamper(path, *drop, "DELETE FROM audit WHERE seq > (SELECT max(seq) - 2 FROM audit)")
    assert "audit log: it once held entries up to" in _problems(path)


def test_a_forged_audit_entry_for_a_document_that_never_was(built, tmp_path):
    path = _copy(built, tmp_path)
    _tamper(path, "INSERT INTO audit(txn, at, coder, op, entity, entity_id, after) VALUES "
            "(999, 'x', 'x', 'x', 'document', 'not-a-number', '{}')")
    text = _problems(path)
    assert "audit entry" in text and "its hash does not follow" in text


def test_the_append_only_guard_dropped(built, tmp_path):
    path = _copy(built, tmp_path)
    _tamper(path, "DROP TRIGGER custody_no_delete")
    assert "custody log: its append-only guard (custody_no_delete) was removed" in \
        _problems(path)


def test_a_custody_row_edited_after_dropping_the_triggers(built, tmp_path):
    path = _copy(built, tmp_path)
    drop = [f"DROP TRIGGER {t}" for t in LOG_TRIGGERS]
    _tamper(path, *drop, "UPDATE custody SET filename = 'innocent.txt'")
    assert "custody entry 1: its hash does not follow" in _problems(path)


def test_search_index_poisoned(built, tmp_path):
    path = _copy(built, tmp_path)
    _tamper(path, "UPDATE search SET body = body || ' massacre' WHERE rowid = "
            "(SELECT rowid FROM annotations WHERE id = ?)", params=(built["ann"],))
    assert f"annotation {built['ann']}: its search index entry does not match" in \
        _problems(path)


def test_search_index_row_added(built, tmp_path):
    path = _copy(built, tmp_path)
    _tamper(path, "INSERT INTO search(rowid, body) VALUES (424242, 'massacre')")
    assert "search index: row 424242 names no stored annotation" in _problems(path)


def test_a_search_index_entry_removed(built, tmp_path):
    path = _copy(built, tmp_path)
    _tamper(path, "DELETE FROM search WHERE rowid = (SELECT rowid FROM annotations "
            "WHERE id = ?)", params=(built["ann"],))
    assert f"annotation {built['ann']}: its search index entry is missing" in _problems(path)


def test_a_clean_project_verifies_after_every_kind_of_work(tmp_path):
    with make_project(tmp_path) as project:
        doc = add_doc(project)
        ann = ann_ops.annotate_quote(project, doc, "casualty", "wounded four troops",
                                     {"outcome": "wounded", "count_low": 4}).result
        ann_ops.update_annotation(project, ann, memo="checked", status="accepted")
        history.undo(project)
        history.redo(project)
        ann_ops.trash_annotations(project, [ann])
        ann_ops.restore_annotations(project, [ann])
        other = ann_ops.annotate_quote(project, doc, "claim", "claimed responsibility").result
        ann_ops.add_link(project, ann, other, "corroborates")
        history.undo(project)  # undo of a creation deletes the link row for good
        history.redo(project)
        doc_ops.update_metadata(project, doc, title="Shelling (edited)")
        doc_ops.trash_document(project, doc)
        doc_ops.restore_document(project, doc)
        edited = tmp_path / "report.txt"
        edited.write_text(REPORT.replace("Sunday", "Monday"), encoding="utf-8")
        doc_ops.reimport(project, doc, edited)
        suggest_documents(project)
        store_suggestions(project)
        inc = incident_ops.create_incident(project, "Port Halden", members=[ann]).result
        incident_ops.update_incident(project, inc, status="confirmed")
        incident_ops.trash_incident(project, inc)
        incident_ops.restore_incident(project, inc)
        set_key(project, "claim", "Q")
        history.undo(project)
        actor_ops.add_actor(project, "Crescent Brigade")
        report = verify(project)
        assert report.ok, report.problems
        assert report.log_entries > 20


def test_every_log_row_is_chained(built, tmp_path):
    # Read as another tool would, through the views that show compact rows as the
    # chain defines them (logcodes).
    conn = raw_connect(_copy(built, tmp_path))
    conn.row_factory = sqlite3.Row
    for log in chain.LOGS:
        prev = chain.GENESIS
        rows = [dict(r) for r in conn.execute(
            f"SELECT * FROM {logcodes.VIEWS[log]} ORDER BY seq")]
        assert rows
        for row in rows:
            assert row["hash"] == chain.row_hash(prev, row)
            prev = row["hash"]
    conn.close()


def test_migration_11_chains_an_older_project_and_records_its_unaudited_rows(tmp_path):
    with make_project(tmp_path) as project:
        doc = add_doc(project)
        ann_ops.annotate_quote(project, doc, "casualty", "wounded four troops")
        path = project.path
    # Make the file look like a version-8 project: no hashes, and a codebook row that an
    # older migration changed without an audit entry (as migration 7 did).
    conn = raw_connect(path, isolation_level=None)
    for trigger in LOG_TRIGGERS:
        conn.execute(f"DROP TRIGGER {trigger}")
    for view in logcodes.VIEWS.values():  # none in a version-8 file
        conn.execute(f"DROP VIEW {view}")
    for log in chain.LOGS:
        conn.execute(f"ALTER TABLE {log} DROP COLUMN hash")
    conn.execute("UPDATE codebook SET position = 42 WHERE name = 'claim'")
    conn.execute("DELETE FROM migrations WHERE version >= 9")
    conn.execute("PRAGMA user_version = 8")
    conn.close()
    with Project.open(path) as project:
        report = verify(project)
        assert report.ok, report.problems
        baseline = project.repo.audit(entity_id="claim", limit=1)[0]
        assert baseline["op"] == "schema-11:baseline:update"
        assert baseline["after"]["position"] == 42
