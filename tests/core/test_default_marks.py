"""Packed audit images (migration lean_audit, ``auditimage``): a mark and a value equal
to its column's string default stored as one control character each. The chain is
defined over the logical text, so every check holds on packed rows, beside older rows
kept as they were written."""

from __future__ import annotations

import json
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
from workbench.core import auditimage, chain, logchain, rawread, rebuild, repo, schema
from workbench.core.merge import merge_projects
from workbench.core.ops import actors as actor_ops
from workbench.core.ops import annotations as ann_ops
from workbench.core.project import Project
from workbench.core.repo import TABLES
from workbench.core.verify import verify

LEAN = next(m.version for m in schema.MIGRATIONS if m.name == "lean_audit")
QUOTE = "wounded four troops"
# Values holding the packed characters, or the text of their escapes.
AWKWARD = ["\x01", "\x02", "\x03", "a\"\x02", "\x07\x01", "\\u0001", "\"\\u0003\"", "\x1f"]


def _worked(project: Project) -> list[str]:
    doc = add_doc(project)
    ann = ann_ops.annotate_quote(project, doc, "casualty", QUOTE,
                                 {"outcome": "wounded", "count_low": 4}).result
    other = ann_ops.annotate_quote(project, doc, "claim", "claimed responsibility").result
    ann_ops.update_annotation(project, other, memo="checked")
    ann_ops.trash_annotations(project, [ann])
    actor_ops.add_actor(project, "Crescent Brigade", ["the Brigade"])
    return [ann, other]


@pytest.fixture
def older(monkeypatch):
    """Makes projects as the schema before lean_audit did, while the fixture is asked for
    before the test's first write (``older.stop()`` goes back to the current one)."""
    return SchemaBefore(monkeypatch, LEAN)


def _old_project(tmp_path: Path, older, name: str = "old.wbproj", coder: str = "tester"
                 ) -> Path:
    with Project.create(tmp_path / name, coder=coder) as project:
        _worked(project)
        assert not repo.packs_images(project.conn)
        path = project.path
    older.stop()
    return path


def _packed_seqs(path: Path) -> list[int]:
    return [r[0] for r in stored_rows(path, "SELECT seq FROM audit WHERE after GLOB "
                                        "'*[' || char(1, 2, 3, 4, 5, 6, 7) || ']*' ORDER BY seq")]


def _tampered(path: Path, *statements: str) -> str:
    conn = raw_connect(path, isolation_level=None)
    for t in schema.LOG_TRIGGERS:
        conn.execute(f"DROP TRIGGER IF EXISTS {t}")
    for sql in statements:
        conn.execute(sql)
    conn.close()
    with Project.open(path) as project:  # the guards' removal is said, and left out here
        return "\n".join(p for p in verify(project).problems if "append-only guard" not in p)


@pytest.fixture
def lean(tmp_path) -> Path:
    with make_project(tmp_path) as project:
        _worked(project)
        return project.path


def test_an_insert_stores_marks_and_defaults_as_one_character_each(lean):
    after = stored_rows(lean, "SELECT after FROM audit WHERE op = (SELECT code FROM audit_ops "
                          "WHERE op = 'annotate:insert') ORDER BY seq LIMIT 1")[0][0]
    # exact, prefix, suffix marked; anchor, status, memo, origin at their defaults;
    # created_at and modified_at marked.
    assert after.count("\x01") == 5 and "\x02" in after and "\x03" in after
    assert "\x04" in after and "\x05" in after
    logical = auditimage.expand(after)
    assert '"anchored","accepted"' in logical and "true,true,true" in logical
    assert len(after) <= len(logical) - 40
    # A document's direction ('ltr') and memo ('') are its defaults too.
    doc = stored_rows(lean, "SELECT after FROM audit WHERE entity = '1' ORDER BY seq LIMIT 1")
    assert "\x06" in doc[0][0] and "\x05" in doc[0][0]


def test_the_chain_hashes_the_logical_text(lean):
    """A third party hashes the rows with the packed values written out; the stored
    digest is exactly that."""
    packed = set(_packed_seqs(lean))
    assert len(packed) > 5
    conn = sqlite3.connect(lean)
    prev = chain.GENESIS
    cur = conn.execute("SELECT * FROM audit_entries ORDER BY seq")
    names = [d[0] for d in cur.description]
    for values in cur:
        row = dict(zip(names, values, strict=True))
        content = {k: v for k, v in row.items() if k != "hash"}
        assert not any(c in (content["after"] or "") for c in auditimage.PACKED)
        assert chain.row_hash(prev, content) == row["hash"]
        prev = row["hash"]
    raw = dict(conn.execute("SELECT seq, after FROM audit"))
    view = dict(conn.execute("SELECT seq, after FROM audit_entries"))
    conn.close()
    assert all(view[s] == auditimage.expand(raw[s]) != raw[s] for s in packed)


def test_state_rebuilt_from_packed_rows_equals_the_tables_inside_sqlite(lean):
    with Project.open(lean) as project:
        assert list(rebuild.differences(project.conn)) == []
        assert verify(project).ok
        for entity in TABLES:  # every row settled by the comparison inside SQLite
            table, pk = TABLES[entity]
            match = rebuild._sql_match(project.conn, entity)
            assert list(rawread.suspect_keys(project.conn, entity, table, pk, match)) == []
            with rawread.bytes_mode(project.conn):  # as verify reads: the cuts as bytes
                match = rebuild._sql_match(project.conn, entity)
                assert list(rawread.suspect_keys(project.conn, entity, table, pk,
                                                 match)) == [], entity


def test_the_history_reads_packed_images_whole(lean):
    with Project.open(lean) as project:
        entries = project.repo.audit()
        ann = [e for e in entries if e["op"] == "annotate:insert"][-1]  # the oldest
        assert ann["after"]["anchor"] == "anchored" and ann["after"]["exact"] == QUOTE
        assert ann["after"]["status"] == "accepted" and ann["after"]["memo"] == ""
        assert ann["after"]["created_at"] == ann["at"]
        logged = project.repo.log_rows("audit")
        assert not any(c in (r["after"] or "") for r in logged for c in auditimage.PACKED)


@pytest.mark.parametrize("statements, said", [
    # Another packed value in place of one: 'accepted' becomes 'anchored'.
    (["UPDATE audit SET after = replace(after, char(3), char(2)) WHERE seq = {F}"],
     "audit entry {F}: its hash"),
    # The packed character written out as another value.
    (["UPDATE audit SET after = replace(after, char(3), '\"rejected\"') WHERE seq = {F}"],
     "audit entry {F}: its hash"),
    # A mark removed, one added in place of a time.
    (["UPDATE audit SET after = replace(after, char(1) || ',', '') WHERE seq = {F}"],
     "audit entry {F}"),
    (["UPDATE audit SET after = replace(after, char(4), char(1)) WHERE seq = {F}"],
     "audit entry {F}: its hash"),
    # A control character with no meaning.
    (["UPDATE audit SET after = replace(after, char(2), char(8)) WHERE seq = {F}"],
     "audit entry {F}: its hash"),
    (["DELETE FROM audit WHERE seq = {F}"], "audit entry {G}: its hash"),
    # The table changed under a packed image: rebuilt from the log, it differs.
    (["UPDATE annotations SET status = 'rejected' WHERE id = '{A}'"],
     "its status is \"rejected\" in the annotations table but \"accepted\""),
    (["UPDATE annotations SET anchor = 'orphaned', origin = 'x' WHERE id = '{A}'"],
     "its anchor is \"orphaned\""),
])
def test_every_tamper_class_is_caught_on_packed_rows(lean, statements, said):
    first = _packed_seqs(lean)[-3]
    at = {"F": first, "G": first + 1,
          "A": stored_rows(lean, "SELECT entity_id FROM audit WHERE seq = ?", first)[0][0]}
    assert stored_rows(lean, "SELECT entity FROM audit WHERE seq = ?", first) == [("2",)]
    assert said.format(**at) in _tampered(lean, *(sql.format(**at) for sql in statements))


def test_a_packed_value_written_out_is_the_same_content(lean):
    """Packing is a way of storing: a row holding the logical text instead of a packed
    character holds the same content and the same hash (as a hash stored as hex)."""
    first = _packed_seqs(lean)[0]
    assert _tampered(lean, f"UPDATE audit SET after = replace(after, char(1), 'true') "
                           f"WHERE seq = {first}") == ""


@pytest.mark.parametrize("value", AWKWARD)
def test_a_value_holding_the_characters_is_never_read_as_packed(value):
    cols = ("status", "memo", "anchor", "fields", "created_at")
    packs = ("accepted", "", "anchored", None, None)
    for image in ({"id": "k", "status": value, "memo": "", "anchor": "anchored",
                   "fields": {value: [value]}, "created_at": "t"},
                  {"id": "k", "status": "accepted", "memo": value, "anchor": value,
                   "fields": {}, "created_at": "t"}):
        text = auditimage.encode(image, "id", cols, at="t", packs=packs)
        plain = auditimage.encode(image, "id", cols, at="t")
        assert auditimage.expand(text) == plain
        assert auditimage.decode(text, "id", "k", cols, at="t") == dict(sorted(image.items()))
        json.loads(plain)  # the logical text is JSON; raw characters are never in it


def test_json_writers_escape_every_control_character():
    """Why a raw character can only be a packed value: neither Python's encoder nor
    SQLite's JSON functions write one inside a string."""
    conn = sqlite3.connect(":memory:")
    for code in range(1, 0x20):
        char = chr(code)
        for text in (json.dumps(char, ensure_ascii=False),
                     json.dumps([char], ensure_ascii=False, separators=(",", ":")),
                     conn.execute("SELECT json_quote(?), json_array(?), json(?)",
                                  (char, char, json.dumps(char))).fetchone()):
            assert all(chr(c) not in "".join(text) for c in range(1, 0x20))
    conn.close()


def test_a_project_value_holding_the_characters_round_trips(tmp_path):
    with make_project(tmp_path) as project:
        doc = add_doc(project)
        ids = []
        for value in AWKWARD:
            ann = ann_ops.annotate_quote(project, doc, "claim", "claimed responsibility"
                                         ).result
            ann_ops.update_annotation(project, ann, memo=value)
            ids.append(ann)
        report = verify(project)
        assert report.ok, report.problems
        assert list(rebuild.differences(project.conn)) == []
        # Stored unpacked where a value holds a character, and still settled in SQLite.
        match = rebuild._sql_match(project.conn, "annotation")
        assert list(rawread.suspect_keys(project.conn, "annotation", "annotations", "id",
                                         match)) == []
        for ann, value in zip(ids, AWKWARD, strict=True):
            assert project.repo.audit(entity_id=ann)[0]["after"]["memo"] == value
            stored = project.conn.execute(
                "SELECT after FROM audit WHERE entity_id = ? ORDER BY seq DESC LIMIT 1",
                (ann,)).fetchone()[0]
            assert json.loads(auditimage.expand(stored))[10] == value  # memo's place


def test_an_older_project_keeps_its_rows_and_gains_packed_ones(tmp_path, older):
    path = _old_project(tmp_path, older)
    old = stored_rows(path, "SELECT seq, before, after, hash FROM audit ORDER BY seq")
    assert _packed_seqs(path) == []
    with Project.open(path) as project:
        assert repo.packs_images(project.conn)
        assert repo.packed_from(project.conn) == old[-1][0] + 1
        actor_ops.add_actor(project, "Northern Front")
        ann_ops.annotate_quote(project, 1, "casualty", QUOTE)
        assert verify(project).ok
        assert list(rebuild.differences(project.conn)) == []
    assert stored_rows(path, "SELECT seq, before, after, hash FROM audit ORDER BY seq"
                   )[:len(old)] == old  # nothing rewritten
    assert _packed_seqs(path) and min(_packed_seqs(path)) > old[-1][0]
    seq = _packed_seqs(path)[-1]
    assert f"audit entry {seq}" in _tampered(
        path, f"UPDATE audit SET after = replace(after, char(2), char(3)) WHERE seq = {seq}")


def test_exports_before_and_after_the_migration_verify_from_the_file(tmp_path, older):
    path = _old_project(tmp_path, older)
    old_export = tmp_path / "old.jsonl"
    conn = sqlite3.connect(path)
    logchain.export_log(conn, old_export, "old")
    conn.close()
    with Project.open(path) as project:
        ann_ops.annotate_quote(project, 1, "casualty", QUOTE)
        new_export = tmp_path / "new.jsonl"
        heads = logchain.export_log(project.conn, new_export, "old")
        for export in (old_export, new_export):
            assert logchain.check_export(export)[1] == []  # from the file alone
            assert logchain.check_export(export, project.conn)[1] == []
        assert logchain.check_export(new_export)[0] == heads
    assert _packed_seqs(path)
    text = new_export.read_text(encoding="utf-8")
    assert not any(c in text for c in auditimage.PACKED)  # the logical text only
    old_lines = old_export.read_text(encoding="utf-8").splitlines()[1:-1]
    assert set(old_lines) <= set(text.splitlines())


@pytest.mark.parametrize("old_side", ["source", "target"])
def test_merging_an_older_project_with_a_packed_one(tmp_path, older, old_side):
    old = _old_project(tmp_path, older, "old.wbproj", coder="amal")
    with Project.create(tmp_path / "new.wbproj", coder="basel") as project:
        _worked(project)
    new = tmp_path / "new.wbproj"
    assert _packed_seqs(new)
    target, source = (new, old) if old_side == "source" else (old, new)
    with Project.open(target) as project:
        before = len(project.repo.log_rows("audit"))
        merge_projects(project, [source])
        entries = project.repo.log_rows("audit")
        carried = [e for e in entries if e["merged_from"]]
        assert len(entries) > before and carried
        report = verify(project)
        assert report.ok, report.problems
        assert list(rebuild.differences(project.conn)) == []
    with Project.open(target) as project:  # merging again carries nothing twice
        merge_projects(project, [source])
        again = [e for e in project.repo.log_rows("audit") if e["merged_from"]]
        assert len(again) == len(carried)


def test_a_crash_in_the_migration_leaves_the_file_as_it_was(tmp_path, older, monkeypatch):
    path = _old_project(tmp_path, older)
    snapshot = stored_rows(path, "SELECT * FROM audit ORDER BY seq")
    view = stored_rows(path, "SELECT sql FROM sqlite_master WHERE name = 'audit_entries'")

    def crash(conn: sqlite3.Connection) -> None:
        apply(conn)  # the whole migration's work done, then the crash before its commit
        raise KeyboardInterrupt

    apply = next(m.apply for m in schema.MIGRATIONS if m.version == LEAN)

    crash_in_migration(monkeypatch, LEAN, crash)
    with pytest.raises(KeyboardInterrupt):
        Project.open(path)
    assert stored_rows(path, "PRAGMA user_version")[0][0] == LEAN - 1
    assert stored_rows(path, "SELECT sql FROM sqlite_master WHERE name = 'audit_entries'") == view
    assert stored_rows(path, "SELECT * FROM audit ORDER BY seq") == snapshot
    assert stored_rows(path, "SELECT value FROM meta WHERE key = ?", repo.PACKED_FROM) == []
    monkeypatch.undo()
    with Project.open(path) as project:
        ann_ops.annotate_quote(project, 1, "casualty", QUOTE)
        assert repo.packs_images(project.conn) and verify(project).ok
    assert _packed_seqs(path)


def test_without_its_cut_the_file_takes_no_packed_images_and_reads_the_old(lean):
    """The cut is a fact of the file like the marks' one: removed, new images are stored
    unpacked and the packed ones are still read (decoded in Python: never missed);
    verify names the missing fact and nothing else (``cutcheck``)."""
    conn = sqlite3.connect(lean)
    conn.execute("DELETE FROM meta WHERE key = ?", (repo.PACKED_FROM,))
    conn.commit()
    conn.close()
    packed = _packed_seqs(lean)
    with Project.open(lean) as project:
        actor_ops.add_actor(project, "Northern Front")
        assert list(rebuild.differences(project.conn)) == []
        said = verify(project).problems
        assert len(said) == 1 and said[0].startswith(f"project fact {repo.PACKED_FROM}: it "
                                                     "is missing"), said
    assert _packed_seqs(lean) == packed
