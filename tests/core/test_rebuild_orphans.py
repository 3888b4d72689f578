"""Ids the audit log names that no generated-id table holds (rows removed since, and the
keys of the small tables keyed by a name or a number) are compared only as the entities
their own entries name: every row removed or added outside the program is still found,
a name two entities share included."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import add_doc, make_project, raw_connect
from workbench.core import rawread, rebuild
from workbench.core.incidents import ops as incident_ops
from workbench.core.ops import actors as actor_ops
from workbench.core.ops import annotations as ann_ops
from workbench.core.project import Project
from workbench.core.verify import verify


def _built(tmp_path: Path) -> dict:
    with make_project(tmp_path) as project:
        doc = add_doc(project)
        ann = ann_ops.annotate_quote(project, doc, "claim", "claimed responsibility").result
        actor = actor_ops.add_actor(project, "Harbour Watch", ["the Watch"]).result
        # An incident type named as a codebook kind is: one id, two entities' entries.
        incident_ops.add_incident_type(project, "claim", "Claim")
        return {"doc": doc, "ann": ann, "actor": actor, "path": project.path}


def _run(path: Path, *statements: str) -> str:
    conn = raw_connect(path, isolation_level=None)
    for sql in statements:
        conn.execute(sql)
    conn.close()
    with Project.open(path) as project:
        return "\n".join(verify(project).problems)


def test_own_entities_names_each_ids_own_entries(tmp_path):
    ids = _built(tmp_path)
    conn = raw_connect(ids["path"], isolation_level=None)
    # An entry another project's merge carried over is not this file's own.
    conn.execute("INSERT INTO audit(txn, at, coder, op, entity, entity_id, after, "
                 "merged_from) VALUES (0, '2026-01-01', 'x', 'insert', 'actor', 'claim', "
                 "'{}', 'elsewhere')")
    with rawread.bytes_mode(conn):
        found = rawread.own_entities(conn, [str(ids["doc"]).encode(), ids["ann"], "claim",
                                            "never-logged"])
    conn.close()
    assert found == {str(ids["doc"]).encode(): {"document"},
                     ids["ann"].encode(): {"annotation"},
                     b"claim": {"codebook", "incident_type"}, b"never-logged": set()}


def test_rows_removed_outside_the_program_are_each_found(tmp_path):
    ids = _built(tmp_path)
    text = _run(ids["path"], "PRAGMA foreign_keys = OFF",
                "DELETE FROM incident_types WHERE name = 'claim'",
                f"DELETE FROM actors WHERE id = '{ids['actor']}'",
                f"DELETE FROM annotations WHERE id = '{ids['ann']}'")
    assert "incident type claim: it is missing from the incident_types table" in text
    assert f"actor {ids['actor']}: it is missing from the actors table" in text
    assert f"annotation {ids['ann']}: it is missing from the annotations table" in text
    # The codebook kind of the same name is still as its log left it.
    assert "codebook kind claim" not in text


def test_a_kind_removed_while_its_namesake_stays(tmp_path):
    ids = _built(tmp_path)
    text = _run(ids["path"], "PRAGMA foreign_keys = OFF",
                "DELETE FROM codebook WHERE name = 'claim'")
    assert "codebook kind claim: it is missing from the codebook table" in text
    assert "incident type claim" not in text


def test_a_named_row_added_without_an_entry(tmp_path):
    ids = _built(tmp_path)
    text = _run(ids["path"], "INSERT INTO incident_types(name, label, position) "
                "VALUES ('raid_by_night', 'Raid by night', 99)")
    assert ("incident type raid_by_night: it is in the incident_types table, but the audit "
            "log never recorded it") in text


def test_the_sound_project_has_no_differences(tmp_path):
    ids = _built(tmp_path)
    with Project.open(ids["path"]) as project:
        assert list(rebuild.differences(project.conn)) == []
