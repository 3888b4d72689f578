import sqlite3

from workbench.core import clock, schema
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
        assert project.conn.execute("SELECT count(*) FROM search").fetchone()[0] == 0
        assert project.codebook.names()[:3] == ["statement", "claim", "casualty"]
    backups = list(tmp_path.glob("old.wbproj.before-upgrade-v1*"))
    assert len(backups) == 1
    conn = sqlite3.connect(backups[0])
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    conn.close()


def test_migrations_are_ordered_and_unique():
    versions = [m.version for m in schema.MIGRATIONS]
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
