"""Compact log rows (``logcodes``, migration compact_log_rows): a hash stored as its 32
bytes and an audit op as a code of ``audit_ops``. The chain is the one defined over the
op's text and the hex hash, so every check holds on them, beside older rows kept as
they were written."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.helpers import (
    SchemaBefore,
    add_doc,
    crash_in_migration,
    make_project,
    raw_connect,
    stored_rows,
)
from workbench.core import chain, logchain, logcodes, rebuild, schema
from workbench.core.merge import merge_projects
from workbench.core.ops import actors as actor_ops
from workbench.core.ops import annotations as ann_ops
from workbench.core.project import Project
from workbench.core.verify import verify

COMPACT = next(m.version for m in schema.MIGRATIONS if m.name == "compact_log_rows")


def _worked(project: Project) -> None:
    doc = add_doc(project)
    ann = ann_ops.annotate_quote(project, doc, "casualty", "wounded four troops",
                                 {"outcome": "wounded", "count_low": 4}).result
    ann_ops.annotate_quote(project, doc, "claim", "claimed responsibility")
    ann_ops.trash_annotations(project, [ann])
    actor_ops.add_actor(project, "Crescent Brigade", ["the Brigade"])


@pytest.fixture
def older(monkeypatch):
    """Makes projects as the schema before compact rows did, while the fixture is asked
    for before the test's first write (``older.stop()`` goes back to the current one)."""
    return SchemaBefore(monkeypatch, COMPACT)


def _old_project(tmp_path: Path, older, name: str = "old.wbproj", coder: str = "tester"
                 ) -> Path:
    with Project.create(tmp_path / name, coder=coder) as project:
        _worked(project)
        assert not logcodes.compact(project.conn)
        path = project.path
    older.stop()
    return path


def _tampered(path: Path, *statements: str) -> str:
    conn = raw_connect(path, isolation_level=None)
    for t in (*schema.LOG_TRIGGERS, "audit_ops_no_update", "audit_ops_no_delete"):
        conn.execute(f"DROP TRIGGER IF EXISTS {t}")
    for sql in statements:
        conn.execute(sql)
    conn.close()
    with Project.open(path) as project:
        return "\n".join(verify(project).problems)


@pytest.fixture
def compact_project(tmp_path) -> Path:
    with make_project(tmp_path) as project:
        _worked(project)
        return project.path


def _first(path: Path) -> int:
    """The first compact entry: a new project's migrations wrote entries before
    compact_log_rows (codebook, incident types), which keep the older form."""
    return stored_rows(path, "SELECT min(seq) FROM audit WHERE typeof(hash) = 'blob'")[0][0]


def test_new_rows_store_a_digest_and_an_op_code_and_read_back_as_text(compact_project):
    first = _first(compact_project)
    assert stored_rows(compact_project, "SELECT count(*) FROM audit WHERE seq < ? AND "
                   "op NOT LIKE 'schema-11:%' AND op NOT LIKE 'codebook%'", first) == [(0,)]
    rows = stored_rows(compact_project, "SELECT typeof(hash), length(hash), op, entity FROM "
                                    "audit WHERE seq >= ?", first)
    assert len(rows) > 4 and all(r[:2] == ("blob", 32) and r[2].isdigit() for r in rows)
    assert {r[3] for r in rows} == {logcodes.ENTITIES[e] for e in (
        "document", "annotation", "actor", "codebook")}
    custody = stored_rows(compact_project, "SELECT typeof(hash), length(hash) FROM custody")
    assert custody and all(r == ("blob", 32) for r in custody)
    ops = dict(stored_rows(compact_project, "SELECT code, op FROM audit_ops"))
    assert "annotate:insert" in ops.values() and len(ops) == len(set(ops.values()))
    with Project.open(compact_project) as project:
        entries = project.repo.audit()
        assert {e["op"] for e in entries if e["seq"] >= first} == set(ops.values())
        assert all(len(e["hash"]) == 64 and int(e["hash"], 16) >= 0 for e in entries)
        assert {e["entity"] for e in entries if e["seq"] >= first} == {
            "document", "annotation", "actor", "codebook"}
        assert verify(project).ok
        # The log as the chain reads it is what the views show other tools.
        view = {r[0]: r[1:] for r in project.conn.execute(
            "SELECT seq, op, entity, hash FROM audit_entries")}
        assert view == {e["seq"]: (e["op"], e["entity"], e["hash"]) for e in entries}


def test_state_rebuilt_from_compact_rows_equals_the_tables(compact_project):
    with Project.open(compact_project) as project:
        assert list(rebuild.differences(project.conn)) == []


@pytest.mark.parametrize("statements, said", [
    (["UPDATE audit SET after = replace(after, 'wounded', 'killed') WHERE seq = "
      "(SELECT max(seq) FROM audit WHERE after LIKE '%wounded%')"], "its hash does not"),
    (["UPDATE audit SET hash = zeroblob(32) WHERE seq = {F}"], "audit entry {F}: its hash"),
    # The last byte changed whatever it was: set to 00 it changed nothing one run in 256.
    (["UPDATE audit SET hash = substr(hash, 1, 31) || CASE WHEN substr(hash, 32) = x'00' "
      "THEN x'01' ELSE x'00' END WHERE seq = {F}"], "audit entry {F}: its hash"),
    (["DELETE FROM audit WHERE seq = {F}"], "audit entry {G}: its hash"),
    (["UPDATE audit SET seq = -1 WHERE seq = {F}", "UPDATE audit SET seq = {F} WHERE seq = {G}",
      "UPDATE audit SET seq = {G} WHERE seq = -1"], "audit entry {F}: its hash"),
    # Another op's code, a code no op has:
    (["UPDATE audit SET op = (SELECT min(code) FROM audit_ops WHERE code <> "
      "CAST(audit.op AS INTEGER)) WHERE seq = {F}"], "audit entry {F}: its hash"),
    (["UPDATE audit SET op = '999' WHERE seq = {F}"], "audit entry {F}: its hash"),
    (["UPDATE audit SET entity = 'link' WHERE seq = {F}"], "audit entry {F}: its hash"),
    (["UPDATE audit SET entity = '3' WHERE seq = {F}"], "audit entry {F}: its hash"),
    # The code table itself: every entry naming that code breaks.
    (["UPDATE audit_ops SET op = 'annotate:delete' WHERE op = 'annotate:insert'"],
     "its hash does not"),
    (["UPDATE custody SET hash = zeroblob(32)"], "custody entry 1: its hash"),
])
def test_every_tamper_class_is_caught_on_compact_rows(compact_project, statements, said):
    first = _first(compact_project)
    at = {"F": first, "G": first + 1}
    assert stored_rows(compact_project, "SELECT typeof(hash), op GLOB '[0-9]*' FROM audit "
                                    "WHERE seq IN (?, ?)", first, first + 1) == [("blob", 1)] * 2
    assert said.format(**at) in _tampered(compact_project,
                                          *(sql.format(**at) for sql in statements))


def test_a_changed_code_table_breaks_each_entry_that_names_the_code(compact_project):
    code = stored_rows(compact_project,
                   "SELECT code FROM audit_ops WHERE op = 'annotate:insert'")[0][0]
    named = stored_rows(compact_project, f"SELECT seq FROM audit WHERE op = '{code}'")
    said = _tampered(compact_project, "UPDATE audit_ops SET op = 'annotate:delete' "
                                      f"WHERE code = {code}")
    for (seq,) in named:
        assert f"audit entry {seq}: its hash does not follow" in said


def test_a_damaged_code_text_breaks_its_entries_and_writes_go_on(compact_project):
    code = stored_rows(compact_project,
                   "SELECT code FROM audit_ops WHERE op = 'annotate:insert'")[0][0]
    said = _tampered(compact_project, "UPDATE audit_ops SET op = CAST(x'ff61' AS TEXT) "
                                      f"WHERE code = {code}")
    assert "its hash does not follow" in said
    with Project.open(compact_project) as project:
        actor_ops.add_actor(project, "Northern Front")  # the writer reads the table too
        assert project.repo.audit(limit=1)[0]["op"] == "actor:insert"


def test_the_view_expands_only_a_code_written_as_the_program_writes_it(compact_project):
    first = _first(compact_project)
    _tampered(compact_project, f"UPDATE audit SET op = '0' || op WHERE seq = {first}")
    assert stored_rows(compact_project, "SELECT op FROM audit_entries WHERE seq = ?",
                   first)[0][0].startswith("0")


def test_an_older_project_keeps_its_rows_and_gains_compact_ones(tmp_path, older):
    path = _old_project(tmp_path, older)
    old = stored_rows(path, "SELECT seq, op, hash FROM audit ORDER BY seq")
    assert all(len(h) == 64 and ":" in op for _, op, h in old)
    with Project.open(path) as project:
        assert logcodes.compact(project.conn)
        actor_ops.add_actor(project, "Northern Front")
        assert verify(project).ok
        assert list(rebuild.differences(project.conn)) == []
    after = stored_rows(path, "SELECT seq, op, hash FROM audit ORDER BY seq")
    assert after[:len(old)] == old  # nothing rewritten
    assert all(isinstance(h, bytes) and op.isdigit() for _, op, h in after[len(old):])
    assert "audit entry" in _tampered(path, f"UPDATE audit SET op = 'x' WHERE seq = {old[2][0]}")


def test_exports_round_trip_and_older_exports_still_verify(tmp_path, older):
    path = _old_project(tmp_path, older)
    conn = sqlite3.connect(path)
    old_export = tmp_path / "old.jsonl"
    logchain.export_log(conn, old_export, "old")
    conn.close()
    with Project.open(path) as project:
        actor_ops.add_actor(project, "Northern Front")
        new_export = tmp_path / "new.jsonl"
        heads = logchain.export_log(project.conn, new_export, "old")
        for export in (old_export, new_export):
            assert logchain.check_export(export)[1] == []  # from the file alone
            assert logchain.check_export(export, project.conn)[1] == []
        assert logchain.check_export(new_export)[0] == heads
    # The new file carries every row as the chain defines it: the old rows as before.
    old_lines = old_export.read_text(encoding="utf-8").splitlines()[1:-1]
    new_lines = new_export.read_text(encoding="utf-8").splitlines()
    assert set(old_lines) <= set(new_lines)


def test_a_new_export_lists_text_ops_and_hex_hashes(compact_project, tmp_path):
    import json

    out = tmp_path / "log.jsonl"
    conn = sqlite3.connect(compact_project)
    logchain.export_log(conn, out, "p")
    conn.close()
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    entries = [r["row"] for r in rows if "row" in r]
    assert entries and all(":" in e["op"] for e in entries if "op" in e)
    assert all(isinstance(e["hash"], str) and len(e["hash"]) == 64 for e in entries)
    prev = chain.GENESIS
    for e in (e for e in entries if "op" in e):  # a third party's own check
        assert chain.row_hash(prev, e) == e["hash"]
        prev = e["hash"]


@pytest.mark.parametrize("old_side", ["source", "target"])
def test_merging_an_older_project_with_a_compact_one(tmp_path, older, old_side):
    old = _old_project(tmp_path, older, "old.wbproj", coder="amal")
    with Project.create(tmp_path / "new.wbproj", coder="basel") as project:
        _worked(project)
    new = tmp_path / "new.wbproj"
    target, source = (new, old) if old_side == "source" else (old, new)
    with Project.open(target) as project:
        before = len(project.repo.log_rows("audit"))
        merge_projects(project, [source])
        entries = project.repo.log_rows("audit")
        carried = [e for e in entries if e["merged_from"]]
        assert len(entries) > before and carried
        assert all(":" in e["op"] for e in entries)
        report = verify(project)
        assert report.ok, report.problems
    # Carried rows are written compactly in the target, under their text's code.
    assert all(op.isdigit() for (op,) in stored_rows(
        target, "SELECT op FROM audit WHERE merged_from IS NOT NULL"))
    with Project.open(target) as project:  # merging again carries nothing twice
        merge_projects(project, [source])
        again = [e for e in project.repo.log_rows("audit") if e["merged_from"]]
        assert len(again) == len(carried)


def test_a_crash_in_the_migration_leaves_the_file_as_it_was(tmp_path, older, monkeypatch):
    path = _old_project(tmp_path, older)
    snapshot = stored_rows(path, "SELECT * FROM audit ORDER BY seq")

    def crash(conn: sqlite3.Connection) -> None:
        conn.execute(logcodes.DDL.split(";")[0])  # the code table made, then the crash
        raise KeyboardInterrupt

    crash_in_migration(monkeypatch, COMPACT, crash)
    with pytest.raises(KeyboardInterrupt):
        Project.open(path)
    assert stored_rows(path, "PRAGMA user_version")[0][0] == COMPACT - 1
    assert stored_rows(path, "SELECT name FROM sqlite_master WHERE name IN "
                         "('audit_ops', 'audit_entries')") == []
    assert stored_rows(path, "SELECT * FROM audit ORDER BY seq") == snapshot
    monkeypatch.undo()
    with Project.open(path) as project:
        assert logcodes.compact(project.conn) and verify(project).ok
