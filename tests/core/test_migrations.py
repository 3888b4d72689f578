import sqlite3

from workbench.core import clock, logcodes, schema
from workbench.core.project import Project
from workbench.core.search import search


def _first_schema_project(path):
    """A project exactly as the first schema made it, with one document in it."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
    schema.migrate(conn, upto=1, now=clock.now())
    conn.execute("INSERT INTO originals(sha256, data, size) VALUES ('abc', x'00', 1)")
    conn.execute(
        "INSERT INTO documents(uuid, title, imported_at, original_sha256, text, text_sha256, "
        "importer, importer_version) VALUES ('u1', 'Old report', '2024-01-01T00:00:00Z', "
        "'abc', 'Militia fighters shelled Qaryat al-Nahr at dawn.', 'x', 'text', '1')"
    )
    conn.close()


def test_a_first_schema_project_is_upgraded_with_its_data(tmp_path):
    path = tmp_path / "old.wbproj"
    _first_schema_project(path)
    with Project.open(path) as project:
        assert schema.current_version(project.conn) == schema.LATEST
        versions = [r[0] for r in project.conn.execute("SELECT version FROM migrations")]
        assert versions == [m.version for m in schema.MIGRATIONS]
        assert [d["title"] for d in project.repo.documents()] == ["Old report"]
        # The search index built by migration 2 covers documents that predate it.
        assert [h.doc_id for h in search(project, "shelled")] == [1]
        # The index rows of old documents are keyed too: trashing replaces them.
        from workbench.core.ops.documents import trash_document

        trash_document(project, 1)
        assert search(project, "shelled") == []
        assert project.conn.execute("SELECT count(*) FROM search_docsize").fetchone()[0] == 0
        assert project.codebook.names()[:3] == ["statement", "claim", "casualty"]
    backups = list(tmp_path.glob("old.wbproj.before-upgrade-v1*"))
    assert len(backups) == 1
    conn = sqlite3.connect(backups[0])
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    conn.close()


def test_migrations_are_ordered_and_unique():
    versions = [m.version for m in schema.MIGRATIONS]
    # No gaps: a project at version N must have had every migration up to N.
    assert versions == sorted(set(versions)) == list(range(1, len(versions) + 1))


def test_reopening_applies_nothing_twice(tmp_path):
    Project.create(tmp_path / "p.wbproj").close()
    with Project.open(tmp_path / "p.wbproj") as project:
        assert project.conn.execute("SELECT count(*) FROM migrations").fetchone()[0] == len(
            schema.MIGRATIONS
        )
    assert not list(tmp_path.glob("*.before-upgrade-*"))


def test_kinds_stored_before_roles_learn_them_and_user_kinds_keep_none(tmp_path):
    import json

    from workbench.core.codebook import BUILTIN_KINDS

    path = tmp_path / "p.wbproj"
    Project.create(path).close()
    conn = sqlite3.connect(path, isolation_level=None)
    # Make the file look like a version-6 project: specs without roles, plus a user kind.
    for name, spec_json in conn.execute("SELECT name, spec FROM codebook").fetchall():
        spec = json.loads(spec_json)
        del spec["roles"]
        conn.execute("UPDATE codebook SET spec = ? WHERE name = ?", (json.dumps(spec), name))
    user = {"name": "sighting", "label": "Sighting", "key": "G", "color": "#123456",
            "fields": [], "marker": "solid", "builtin": False}
    conn.execute("INSERT INTO codebook(name, position, spec) VALUES ('sighting', 9, ?)",
                 (json.dumps(user),))
    conn.execute("DELETE FROM migrations WHERE version >= 7")
    conn.execute("PRAGMA user_version = 6")
    conn.close()
    with Project.open(path) as project:
        cb = project.codebook
        for kind in BUILTIN_KINDS:
            assert cb.kind(kind.name).roles == kind.roles
        assert cb.kind("casualty").roles.count_low == "count_low"
        assert cb.kind("sighting").roles.field_names() == set()


def test_migration_7_gives_a_role_only_where_the_stored_kind_has_a_field_fit_for_it(tmp_path):
    import json

    path = tmp_path / "p.wbproj"
    Project.create(path).close()
    conn = sqlite3.connect(path, isolation_level=None)
    spec = json.loads(conn.execute(
        "SELECT spec FROM codebook WHERE name = 'casualty'").fetchone()[0])
    # A stored casualty kind without a best count, and whose raw words hold a number.
    del spec["roles"]
    spec["fields"] = [f for f in spec["fields"] if f["name"] != "count_best"]
    next(f for f in spec["fields"] if f["name"] == "raw")["type"] = "int"
    conn.execute("UPDATE codebook SET spec = ? WHERE name = 'casualty'", (json.dumps(spec),))
    # A user kind whose stored roles point at a missing field and at a text field.
    user = {"name": "sighting", "label": "Sighting", "key": "G", "color": "#123456",
            "fields": [{"name": "seen", "type": "int"}, {"name": "note", "type": "text"}],
            "roles": {"count_low": "seen", "count_high": "gone", "end_date": "note",
                      "symbol": "heart", "summary": ["note", "gone"]}}
    conn.execute("INSERT INTO codebook(name, position, spec) VALUES ('sighting', 9, ?)",
                 (json.dumps(user),))
    conn.execute("DELETE FROM migrations WHERE version >= 7")
    conn.execute("PRAGMA user_version = 6")
    conn.close()
    with Project.open(path) as project:
        casualty = project.codebook.kind("casualty").roles
        assert (casualty.count_low, casualty.count_best, casualty.raw) == ("count_low", None, None)
        assert casualty.summary == ("outcome", "count_low", "count_high", "qualifier", "group")
        sighting = project.codebook.kind("sighting").roles
        assert (sighting.count_low, sighting.count_high, sighting.end_date) == ("seen", None, None)
        assert (sighting.symbol, sighting.summary) == ("o", ("note",))
        actor = project.codebook.kind("actor").roles
        assert (actor.actor_record, actor.actor_name, actor.tagging) == ("actor_id", "name", True)


def test_migration_9_marks_log_rows_and_names_the_project(tmp_path):
    path = tmp_path / "old.wbproj"
    Project.create(path, coder="amal").close()
    conn = sqlite3.connect(path, isolation_level=None)
    for view in logcodes.VIEWS.values():  # none in a file this old
        conn.execute(f"DROP VIEW {view}")
    for table in ("audit", "custody"):
        conn.execute(f"ALTER TABLE {table} DROP COLUMN merged_from")
    conn.execute("DELETE FROM meta WHERE key = 'project_id'")
    conn.execute("DELETE FROM migrations WHERE version >= 9")
    conn.execute("PRAGMA user_version = 8")
    conn.close()
    with Project.open(path) as project:
        assert project.repo.meta("project_id")
        assert [r["merged_from"] for r in project.repo.log_rows("audit")] == [None] * len(
            project.repo.log_rows("audit"))


def test_migration_10_drops_the_duplicate_audit_index_and_keeps_lookups_indexed(tmp_path):
    from tests.helpers import add_doc, make_project

    with make_project(tmp_path) as project:
        add_doc(project)
        names = {r[0] for r in project.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'audit'")}
        assert names == {"audit_entity_id"}
        plan = " ".join(r[3] for r in project.conn.execute(
            "EXPLAIN QUERY PLAN SELECT * FROM audit WHERE entity = 'document' "
            "AND entity_id = '1'"))
        assert "audit_entity_id" in plan
        assert project.repo.audit(entity_id="1")


def _at_version_12(path):
    """A project as migration 12 left it: without migration 13's two indexes."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(f"DROP INDEX {schema.MARKS_INDEX}")
    conn.execute(f"DROP INDEX {schema.DAY_INDEX}")
    conn.execute("DELETE FROM migrations WHERE version >= 13")
    conn.execute("PRAGMA user_version = 12")
    conn.close()


def _marked_project(tmp_path):
    from tests.helpers import add_doc, make_project
    from workbench.core.ops.annotations import trash_annotations
    from workbench.core.ops.bulk import NewAnnotation, create_annotations

    project = make_project(tmp_path)
    doc = add_doc(project)
    spans = [(0, 8), (0, 20), (9, 14), (9, 14), (30, 41), (2, 5)]
    ids = create_annotations(project, [
        NewAnnotation(doc, "statement", s, e, {"speaker": "x", "date": "2024-03-03"})
        for s, e in spans]).result
    trash_annotations(project, [ids[-1]])
    return project, doc


def test_migration_13_indexes_an_older_project_and_the_viewer_reads_through_it(
        tmp_path, monkeypatch):
    from workbench.core import repo as repo_mod

    project, doc = _marked_project(tmp_path)
    path = project.path
    monkeypatch.setattr(repo_mod, "SMALL_DOCUMENT", 0)  # the viewer's five-column read
    want = project.repo.annotation_marks(doc)
    project.close()
    _at_version_12(path)
    with Project.open(path) as project:
        assert schema.current_version(project.conn) == schema.LATEST
        names = {r[0] for r in project.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert {schema.MARKS_INDEX, schema.DAY_INDEX} <= names
        seen: list[str] = []
        project.conn.set_trace_callback(seen.append)
        got = project.repo.annotation_marks(doc)
        project.conn.set_trace_callback(None)
        assert [tuple(r) for r in got] == [tuple(r) for r in want]
        assert len(got) == 5  # the trashed one left out
        read = next(s for s in seen if s.lstrip().startswith('SELECT id, kind'))
        # The statement as run (the trace gives it with its values in place).
        plan = " ".join(r[3] for r in project.conn.execute("EXPLAIN QUERY PLAN " + read))
        # One range of the covering index, already in the viewer's order.
        assert f"COVERING INDEX {schema.MARKS_INDEX}" in plan
        assert "TEMP B-TREE" not in plan


def test_the_viewer_reads_a_project_without_migration_13s_index(tmp_path, monkeypatch):
    from workbench.core import repo as repo_mod
    from workbench.core.repo import Repo

    project, doc = _marked_project(tmp_path)
    monkeypatch.setattr(repo_mod, "SMALL_DOCUMENT", 0)
    want = [tuple(r) for r in project.repo.annotation_marks(doc)]
    project.conn.execute(f"DROP INDEX {schema.MARKS_INDEX}")
    # As a read-only open of a file made before migration 13 would see it.
    assert [tuple(r) for r in Repo(project.conn).annotation_marks(doc)] == want
    project.close()


def test_the_day_index_serves_a_range_of_days(tmp_path):
    project, _ = _marked_project(tmp_path)
    plan = " ".join(r[3] for r in project.conn.execute(
        "EXPLAIN QUERY PLAN SELECT kind, status, count(*) FROM timeline_index "
        "WHERE start_day BETWEEN ? AND ? GROUP BY kind, status", (0, 30000)))
    assert f"COVERING INDEX {schema.DAY_INDEX}" in plan
    project.close()


def test_live_counts_read_the_small_live_index_not_the_viewers(tmp_path):
    project, doc = _marked_project(tmp_path)
    seen: list[str] = []
    project.conn.set_trace_callback(seen.append)
    stats = project.repo.stats()
    docs = project.repo.documents(lengths=False)
    project.conn.set_trace_callback(None)
    assert stats["annotations"] == 5 and {d["id"]: d["annotations"] for d in docs} == {doc: 5}
    counts = [s for s in seen if "count(*)" in s and "annotations" in s]
    assert len(counts) == 2
    for sql in counts:
        plan = " ".join(r[3] for r in project.conn.execute("EXPLAIN QUERY PLAN " + sql))
        assert "annotations_live" in plan and schema.MARKS_INDEX not in plan
    project.conn.execute("DROP INDEX annotations_live")  # a file without it still counts
    from workbench.core.repo import Repo

    assert Repo(project.conn).stats()["annotations"] == 5
    project.close()


def _upgrade_with_the_disk_full(monkeypatch, path):
    import pytest

    from workbench.core.errors import ProjectError

    migrate = schema.migrate

    def full(conn, upto=schema.LATEST, *, now):
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages + 40}")  # the card fills up
        return migrate(conn, upto, now=now)

    monkeypatch.setattr(schema, "migrate", full)
    with pytest.raises(ProjectError) as err:
        Project.open(path)
    monkeypatch.setattr(schema, "migrate", migrate)
    return str(err.value)


def test_an_upgrade_stopped_by_a_full_disk_says_so(tmp_path, monkeypatch):
    # SQLite rolls a transaction back itself when the disk fills; the upgrade's own
    # ROLLBACK then failed, and the user read "cannot rollback - no transaction is
    # active" instead of the cause.
    path = tmp_path / "old.wbproj"
    _first_schema_project(path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE documents SET text = ?", ("shelling near the market " * 80000,))
    conn.commit()
    conn.close()
    message = _upgrade_with_the_disk_full(monkeypatch, path)
    assert "disk is full" in message and "cannot rollback" not in message
    with Project.open(path) as project:  # with room again, the upgrade finishes
        assert schema.current_version(project.conn) == schema.LATEST
        assert [d["title"] for d in project.repo.documents()] == ["Old report"]


def test_a_search_index_rebuild_stopped_by_a_full_disk_says_so(tmp_path):
    import pytest

    from tests.helpers import add_doc
    from workbench.core import searchindex

    with Project.create(tmp_path / "p.wbproj", coder="tester") as project:
        add_doc(project, "Shelling near the market at dawn.\n" * 20000)
        project.conn.execute("UPDATE meta SET value = 'older' WHERE key = ?",
                             (searchindex.FOLD_META,))
        # An index emptied and the file compacted: the rebuild needs new pages.
        project.conn.execute("DELETE FROM search_documents")
        project.conn.execute("VACUUM")
        pages = project.conn.execute("PRAGMA page_count").fetchone()[0]
        project.conn.execute(f"PRAGMA max_page_count = {pages + 2}")
        with pytest.raises(sqlite3.OperationalError, match="disk is full"):
            searchindex.ensure_current(project.conn)
        assert not project.conn.in_transaction
