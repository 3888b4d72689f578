"""The compact audit image (schema 14, core/auditimage.py) beside the old JSON objects:
the chain, the rebuild, the exported log, merge and verify read both."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tests.helpers import ARABIC, add_doc, make_project, raw_connect
from workbench.core import auditimage, logchain, logcodes, rawread, rebuild, schema
from workbench.core.incidents import ops as incident_ops
from workbench.core.ops import actors as actor_ops
from workbench.core.ops import annotations as ann_ops
from workbench.core.ops import documents as doc_ops
from workbench.core.ops.bulk import NewAnnotation, create_annotations
from workbench.core.project import Project
from workbench.core.repo import TABLES
from workbench.core.verify import verify

LOG_TRIGGERS = schema.LOG_TRIGGERS[:2]  # the audit log's


def _old_encode(image, key, cols, at=None, quote=None, packs=None):
    """What the program wrote before schema 14: the whole image as a JSON object."""
    return json.dumps(dict(image), ensure_ascii=False, sort_keys=True)


def _mixed_project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, dict]:
    """A project whose log holds old object rows, then new array rows about the same
    rows (updates crossing formats), with awkward values in both."""
    with make_project(tmp_path) as project:
        with monkeypatch.context() as old:
            old.setattr(auditimage, "encode", _old_encode)
            doc = add_doc(project)
            arabic = add_doc(project, ARABIC, "ar.txt")
            first = ann_ops.annotate_quote(project, doc, "casualty", "wounded four troops",
                                           {"outcome": "wounded", "count_low": 4}).result
            kept = ann_ops.annotate_quote(project, doc, "claim", "claimed responsibility"
                                          ).result
            actor = actor_ops.add_actor(project, "Crescent \"Brigade\"\t\\", ["the B"]).result
        ann_ops.update_annotation(project, first, memo="line one\nline two \u2028 é ü 😀",
                                  status="accepted")
        ann_ops.trash_annotations(project, [kept])
        new = ann_ops.annotate_quote(project, arabic, "statement", "ثلاثةَ مدنيين").result
        inc = incident_ops.create_incident(project, "Port Halden", members=[first]).result
        incident_ops.update_incident(project, inc, latitude=12.25, longitude=-3.5,
                                     memo="\x01 control")
        actor_ops.update_actor(project, actor, name="Brigade \u00e9", add_aliases=["x"])
        doc_ops.update_metadata(project, doc, title="Shelling (edited)")
        create_annotations(project, [NewAnnotation(doc, "date", 0, 8,
                                                   {"value": "2025-03-03"})])
        path = project.path
    return path, {"doc": doc, "first": first, "kept": kept, "new": new, "actor": actor,
                  "inc": inc}


def _formats(path: Path) -> set[str]:
    conn = raw_connect(path)
    got = {row[0][:1] for row in conn.execute("SELECT after FROM audit WHERE after NOT NULL")}
    conn.close()
    return got


def test_new_rows_are_arrays_and_old_ones_stay_objects(tmp_path, monkeypatch):
    path, ids = _mixed_project(tmp_path, monkeypatch)
    assert _formats(path) == {"{", "["}
    with Project.open(path) as project:
        entries = project.repo.audit(entity_id=ids["first"])
        # Newest first: the update (array) and the insert (object) decode alike.
        assert [e["op"] for e in entries] == ["edit:update", "annotate:insert"]
        assert entries[0]["after"]["memo"].startswith("line one")
        assert entries[0]["before"] == entries[1]["after"]
        assert entries[0]["after"]["id"] == ids["first"]
        stored = project.repo.get("annotation", ids["first"])
        assert entries[0]["after"] == stored


def test_an_array_image_is_smaller_and_holds_every_column(tmp_path):
    with make_project(tmp_path) as project:
        doc = add_doc(project)
        ann = ann_ops.annotate_quote(project, doc, "casualty", "wounded four troops",
                                     {"outcome": "wounded", "count_low": 4}).result
        text = project.conn.execute("SELECT after FROM audit WHERE entity_id = ?",
                                    (ann,)).fetchone()[0]
        row = project.repo.get("annotation", ann)
        assert text.startswith("[") and ann not in text  # the key is the entry's own
        assert len(text) < 0.75 * len(_old_encode(row, "id", ()))
        assert project.repo.audit(entity_id=ann)[0]["after"] == row


def test_a_state_rebuilt_from_a_mixed_log_equals_the_tables(tmp_path, monkeypatch):
    path, _ids = _mixed_project(tmp_path, monkeypatch)
    with Project.open(path) as project:
        assert list(rebuild.differences(project.conn)) == []
        report = verify(project)
        assert report.ok, report.problems
        # Every row is settled inside SQLite, old images and new alike.
        conn = project.conn
        for entity in TABLES:
            table, pk = TABLES[entity]
            match = rebuild._sql_match(conn, entity)
            assert list(rawread.suspect_keys(conn, entity, table, pk, match)) == [], entity


def _tamper(path: Path, *statements: str, params: tuple = ()) -> None:
    conn = raw_connect(path, isolation_level=None)
    for sql in statements:
        conn.execute(sql, params if "?" in sql else ())
    conn.close()


def _problems(path: Path) -> list[str]:
    with Project.open(path) as project:
        return verify(project).problems


def test_tampering_an_array_row_breaks_the_chain(tmp_path, monkeypatch):
    path, ids = _mixed_project(tmp_path, monkeypatch)
    conn = raw_connect(path)
    seq, after = conn.execute("SELECT seq, after FROM audit WHERE entity_id = ? "
                              "ORDER BY seq DESC LIMIT 1", (ids["new"],)).fetchone()
    conn.close()
    assert after.startswith("[")
    # Stored packed (schema 18): the forger writes the logical text with another value.
    forged = auditimage.expand(after).replace('"accepted"', '"rejected"')
    assert forged != after
    _tamper(path, *(f"DROP TRIGGER {t}" for t in LOG_TRIGGERS))
    _tamper(path, "UPDATE audit SET after = ? WHERE seq = ?", params=(forged, seq))
    problems = _problems(path)
    assert any(p.startswith(f"audit entry {seq}: its hash does not follow") for p in problems)


def test_verify_names_a_row_that_differs_from_its_array_image(tmp_path, monkeypatch):
    path, ids = _mixed_project(tmp_path, monkeypatch)
    _tamper(path, "UPDATE annotations SET memo = 'planted' WHERE id = ?", params=(ids["new"],))
    _tamper(path, "UPDATE incidents SET latitude = 99.5 WHERE id = ?", params=(ids["inc"],))
    problems = _problems(path)
    assert any(f"annotation {ids['new']}: its memo is \"planted\" in the annotations "
               "table but \"\" in the audit log" in p for p in problems), problems
    assert any(f"incident {ids['inc']}: its latitude is 99.5" in p for p in problems)
    # The memo is indexed too: the search index check names the same row once more.
    assert len([p for p in problems if "audit log" in p]) == 2, problems


def test_verify_names_rows_removed_and_added_behind_the_log(tmp_path, monkeypatch):
    path, ids = _mixed_project(tmp_path, monkeypatch)
    _tamper(path, "DELETE FROM incident_members WHERE annotation_id = ?",
            params=(ids["first"],))
    _tamper(path, "DELETE FROM annotations WHERE id = ?", params=(ids["new"],))
    _tamper(path, "INSERT INTO actors(id, name, created_at, modified_at) "
            "VALUES ('forged', 'Nobody', 'x', 'x')")
    text = "\n".join(_problems(path))
    assert f"annotation {ids['new']}: it is missing from the annotations table" in text
    assert "incident member" in text and "missing from the incident_members table" in text
    assert "actor forged: it is in the actors table, but the audit log never" in text


def test_the_sql_comparison_only_skips_rows_python_calls_equal(tmp_path, monkeypatch):
    """A value SQLite writes otherwise than Python (a real's digits) is handed to the
    exact comparison, which decides as before; JSON spaced or escaped otherwise holds
    the same values and is no change either."""
    path, ids = _mixed_project(tmp_path, monkeypatch)
    with Project.open(path) as project:
        incident_ops.update_incident(project, ids["inc"], latitude=0.1 + 0.2)
    _tamper(path, "UPDATE annotations SET fields = replace(fields, 'wounded', "
            "'wo\\u0075nded') WHERE id = ?", params=(ids["first"],))
    with Project.open(path) as project:
        conn = project.conn
        assert '"wo\\u0075nded"' in project.conn.execute(
            "SELECT fields FROM annotations WHERE id = ?", (ids["first"],)).fetchone()[0]
        suspects = list(rawread.suspect_keys(conn, "incident", *TABLES["incident"],
                                             rebuild._sql_match(conn, "incident")))
        assert suspects == [ids["inc"]]  # SQLite writes 0.3, Python 0.30000000000000004
        report = verify(project)
        assert report.ok, report.problems  # the same values, written otherwise
    _tamper(path, "UPDATE annotations SET fields = json_set(fields, '$.count_low', 5) "
            "WHERE id = ?", params=(ids["first"],))
    problems = _problems(path)
    assert any(f"annotation {ids['first']}: its fields is" in p for p in problems), problems


def test_the_exported_log_of_a_mixed_project_checks_and_lists_the_layouts(
        tmp_path, monkeypatch):
    path, _ids = _mixed_project(tmp_path, monkeypatch)
    out = tmp_path / "log.jsonl"
    with Project.open(path) as project:
        heads = logchain.export_log(project.conn, out, path.name)
        got, problems = logchain.check_export(out, project.conn)
    assert problems == [] and got == heads
    header = json.loads(out.read_text(encoding="utf-8").splitlines()[0])
    assert header["keys"]["annotation"] == "id"
    assert header["layouts"]["annotation"][:3] == ["doc_id", "kind", "start"]
    # The header and the line are enough to read an array image back without the
    # project: a quote mark's values are written out beside the row.
    # Split on newlines only: a memo holds U+2028, which str.splitlines also splits on.
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").split("\n")
             if '"log": "audit"' in line]
    arrays = [x for x in lines if x["row"]["entity"] == "annotation" and x["row"]["after"]
              and x["row"]["after"].startswith("[")]
    assert arrays
    last = arrays[-1]
    quote = last["derived"]["after"]
    image = auditimage.decode(last["row"]["after"], "id", last["row"]["entity_id"],
                              tuple(header["layouts"]["annotation"]), at=last["row"]["at"],
                              derive=lambda *_: tuple(quote[c] for c in
                                                      auditimage.QUOTE_COLUMNS))
    assert set(image) == {"id", *header["layouts"]["annotation"]}
    with Project.open(path) as project:
        assert image == project.repo.get("annotation", last["row"]["entity_id"])


def test_an_image_of_other_columns_keeps_the_object_format():
    cols = ("a", "b")
    assert auditimage.encode({"k": 1, "a": 2, "b": None}, "k", cols) == "[2,null]"
    assert auditimage.encode({"k": 1, "a": {"y": 1, "x": [1, "é"]}, "b": None}, "k", cols
                             ) == '[{"x":[1,"é"],"y":1},null]'
    assert auditimage.encode({"k": 1, "a": 2}, "k", cols) == '{"a": 2, "k": 1}'
    assert auditimage.decode("[2]", "k", 1, cols, at=None) == {"a": 2, "k": 1}
    with pytest.raises(ValueError):
        auditimage.decode("[1,2,3]", "k", 1, cols, at=None)


def test_a_removed_row_is_found_though_another_table_holds_its_name(tmp_path):
    """A kind and an incident type may share a name: removing the kind behind the log's
    back is reported even though the name is still a key of another table."""
    from workbench.core.incidents.ops import add_incident_type

    with make_project(tmp_path) as project:
        add_doc(project)
        add_incident_type(project, "claim", "Claim")
        path = project.path
    _tamper(path, "DELETE FROM codebook WHERE name = 'claim'")
    text = "\n".join(_problems(path))
    assert "codebook kind claim: it is missing from the codebook table" in text


def test_a_forged_entry_for_a_document_named_by_no_number_is_reported(tmp_path):
    """An entry naming a document by a text that is no number (written with the chain
    recomputed, so only the rebuild can tell) is still a document missing; it is named
    by the number SQLite reads in it, 0, as before."""
    from workbench.core import chain

    with make_project(tmp_path) as project:
        add_doc(project)
        path = project.path
    conn = raw_connect(path, isolation_level=None)
    conn.row_factory = sqlite3.Row
    last = dict(conn.execute("SELECT * FROM audit ORDER BY seq DESC LIMIT 1").fetchone())
    row = {**last, "seq": last["seq"] + 1, "entity": "document", "entity_id": "abc",
           "op": "import:insert", "before": None, "after": '{"id": "abc"}'}
    row["hash"] = chain.row_hash(logcodes.hex_hash(last["hash"]), row)
    cols = list(row)
    conn.execute(f"INSERT INTO audit ({','.join(cols)}) VALUES ({','.join('?' * len(cols))})",
                 [row[c] for c in cols])
    conn.close()
    text = "\n".join(_problems(path))
    assert "document 0: it is missing from the documents table" in text, text
