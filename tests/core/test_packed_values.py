"""Values holding the packed characters (``\\x01``..``\\x07``) in every kind of column
that packs or nests: a document's title and memo, an annotation's fields JSON and memo.
Each image holding one is stored unpacked, exactly as a schema-17 writer stores it
(so it hashes the same), reads back whole, and the file verifies; a packed character
slipped into such an image breaks the chain."""

from __future__ import annotations

import json
import shutil
import sqlite3

import pytest

from tests.helpers import SchemaBefore, add_doc, make_project, raw_connect, stored_rows
from workbench.core import auditimage, repo, schema
from workbench.core.errors import ProjectError
from workbench.core.ops import annotations as ann_ops
from workbench.core.ops import documents as doc_ops
from workbench.core.project import Project
from workbench.core.verify import verify

VALUES = ["\x01", "a\x02b", "\x05", "\x07\x06", "\\u0003", '"\x04"']


def test_values_holding_the_characters_are_stored_as_schema_17_stores_them(tmp_path):
    with make_project(tmp_path) as project:
        doc = add_doc(project)
        ann = ann_ops.annotate_quote(project, doc, "claim", "claimed responsibility").result
        for value in VALUES:
            doc_ops.update_metadata(project, doc, title=f"Title {value}", memo=value)
            ann_ops.update_annotation(project, ann, fields={"claimant": value}, memo=value)
            history = {e["entity"]: e for e in reversed(project.repo.audit(limit=2))}
            assert history["document"]["after"]["title"] == f"Title {value}"
            assert history["document"]["after"]["memo"] == value
            assert history["annotation"]["after"]["fields"]["claimant"] == value
            assert history["annotation"]["after"]["memo"] == value
        layouts: dict = {}
        entries = project.conn.execute(
            "SELECT seq, entity, entity_id, at, after FROM audit_entries "
            "WHERE op IN ('describe:update', 'edit:update') ORDER BY seq").fetchall()
        assert len(entries) == 2 * len(VALUES)
        for seq, entity, entity_id, at, after in entries:
            # No raw character: the text a writer without packing (schema 17) stores,
            # marks and all, and so the same text hashed.
            assert not any(c in after for c in auditimage.PACKED), (seq, after)
            raw = project.conn.execute("SELECT after FROM audit WHERE seq = ?",
                                       (seq,)).fetchone()[0]
            assert raw == after
            image = repo.decode_image(layouts, project.conn, entity, entity_id, raw, at, seq)
            cols = repo.audit_layout(project.conn, entity)
            kept = {k: v for k, v in image.items() if k not in repo.AUDIT_OMIT}
            quote = (tuple(image[c] for c in auditimage.QUOTE_COLUMNS)
                     if entity == "annotation" and "true,true,true" in raw else None)
            assert auditimage.encode(kept, repo.TABLES[entity][1], cols, at, quote) == raw
            json.loads(raw)
        report = verify(project)
        assert report.ok, report.problems
        path = project.path
    # One of those unpacked images given a packed character in place of its value: the
    # text it stands for is another, and the chain says so.
    conn = raw_connect(path, isolation_level=None)
    for t in schema.LOG_TRIGGERS:
        conn.execute(f"DROP TRIGGER IF EXISTS {t}")
    seq = conn.execute("SELECT max(seq) FROM audit WHERE instr(after, '\"\\u0005\"')"
                       ).fetchone()[0]
    conn.execute("UPDATE audit SET after = replace(after, '\"\\u0005\"', char(5)) "
                 "WHERE seq = ?", (seq,))
    conn.close()
    with Project.open(path) as project:
        said = verify(project).problems
    assert any(p.startswith(f"audit entry {seq}: its hash") for p in said), said


def test_the_history_reads_a_value_of_one_character_as_itself(tmp_path):
    """A memo of exactly the packed character for '' is the character, not ''."""
    with make_project(tmp_path) as project:
        doc = add_doc(project)
        ann = ann_ops.annotate_quote(project, doc, "claim", "claimed responsibility").result
        ann_ops.update_annotation(project, ann, memo="\x05")
        assert project.repo.audit(entity_id=ann, limit=1)[0]["after"]["memo"] == "\x05"
        assert project.repo.get("annotation", ann)["memo"] == "\x05"
    conn = sqlite3.connect(tmp_path / "p.wbproj")
    try:
        stored = conn.execute("SELECT after FROM audit ORDER BY seq DESC LIMIT 1"
                              ).fetchone()[0]
    finally:
        conn.close()
    assert "\\u0005" in stored and "\x05" not in stored


@pytest.mark.parametrize("name", ["compact_log_rows", "partial_status_index"])
def test_an_older_workbench_refuses_a_packed_or_derived_file_in_one_sentence(
        tmp_path, monkeypatch, name):
    """A schema-17 Workbench would hash the packed characters as they are, a schema-19
    one would read a derived quote as bytes: each refuses the file, which stays as it was."""
    with make_project(tmp_path) as project:
        doc = add_doc(project)
        ann_ops.annotate_quote(project, doc, "claim", "claimed responsibility")
        path = project.path
    data = path.read_bytes()
    made_at = schema.LATEST
    older = next(m.version for m in schema.MIGRATIONS if m.name == name)
    monkeypatch.setattr(schema, "MIGRATIONS",
                        tuple(m for m in schema.MIGRATIONS if m.version <= older))
    monkeypatch.setattr(schema, "LATEST", older)
    for read_only in (False, True):
        with pytest.raises(ProjectError) as err:
            Project.open(path, read_only=read_only)
        assert str(err.value) == (f"{path.name} was made by a newer Workbench (schema "
                                  f"{made_at}); this version reads up to schema {older}.")
    assert path.read_bytes() == data


def test_a_packed_character_put_into_an_entry_before_the_cut(tmp_path, monkeypatch):
    """An entry written before migration 18 holds no packed character. One put there in
    place of the text it stands for is the same content (the chain hashes the text with
    every character written out, as for a packed entry); one standing for another value
    breaks the chain at that entry."""
    older = SchemaBefore(monkeypatch, next(m.version for m in schema.MIGRATIONS
                                           if m.name == "lean_audit"))
    with Project.create(tmp_path / "old.wbproj", coder="tester") as project:
        doc = add_doc(project)
        ann_ops.annotate_quote(project, doc, "claim", "claimed responsibility")
        path = project.path
    older.stop()
    with Project.open(path) as project:  # migrated: the cut after every entry so far
        cut = repo.packed_from(project.conn)
        history = project.repo.audit()
    seq = stored_rows(path, "SELECT max(seq) FROM audit WHERE instr(after, "
                            "'\"accepted\"')")[0][0]
    assert seq < cut
    for char, same in (("\x03", True), ("\x02", False)):
        copy = tmp_path / f"copy{ord(char)}.wbproj"
        shutil.copyfile(path, copy)
        conn = raw_connect(copy, isolation_level=None)
        for t in schema.LOG_TRIGGERS:
            conn.execute(f"DROP TRIGGER IF EXISTS {t}")
        conn.execute("UPDATE audit SET after = replace(after, '\"accepted\"', ?) "
                     "WHERE seq = ?", (char, seq))
        conn.close()
        with Project.open(copy) as project:
            said = [p for p in verify(project).problems if "append-only guard" not in p]
            if same:
                assert said == [] and project.repo.audit() == history
            else:
                assert any(p.startswith(f"audit entry {seq}: its hash") for p in said), said


def test_expand_writes_out_what_a_search_for_packed_characters_finds():
    # expand looks for each packed character on its own; the result is what replacing
    # them after one search for any of them gave, and the same object when none is there.
    import random
    import re

    def by_search(value):
        pattern = re.compile("[\x01-\x07]") if isinstance(value, str) else re.compile(
            b"[\x01-\x07]")
        if pattern.search(value) is None:
            return value
        pairs = auditimage.PACKED.items() if isinstance(value, str) else (
            (c.encode(), t.encode()) for c, t in auditimage.PACKED.items())
        for char, text in pairs:
            value = value.replace(char, text)
        return value

    rng = random.Random(15)
    alphabet = ['"', "\\", "a", "1", ",", "[", "]", "é", "ق", *auditimage.PACKED, "\x08", "\x00"]
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 30)))
        for value in (text, text.encode("utf-8")):
            got = auditimage.expand(value)
            assert got == by_search(value)
            if got == value:
                assert got is value
    assert auditimage.expand(None) is None
