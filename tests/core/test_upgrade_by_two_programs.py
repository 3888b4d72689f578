"""An older project opened by two programs at once, both upgrading it.

Each migration was applied when the version read before its transaction was lower.
The program that waited for the other's transaction then applied the same migration a
second time, and opening failed with "could not be upgraded (UNIQUE constraint
failed: migrations.version)" (or a table that already existed) on a project that was
by then upgraded. The other program's whole opening is placed by hand just before the
first program's first migration begins.
"""

from __future__ import annotations

from tests.core.test_migrations import _first_schema_project
from tests.helpers import Watched
from workbench.core import schema
from workbench.core.project import Project


def test_a_project_upgraded_by_another_program_meanwhile_opens(tmp_path, monkeypatch):
    path = tmp_path / "old.wbproj"
    _first_schema_project(path)
    real_migrate = schema.migrate
    others: list[Project] = []

    def before(sql: str) -> None:
        if sql == "BEGIN IMMEDIATE" and not others:
            others.append(Project.open(path, coder="other"))  # upgrades it whole

    def migrate(conn, upto=schema.LATEST, *, now):
        if others or getattr(migrate, "busy", False):
            return real_migrate(conn, upto, now=now)
        migrate.busy = True  # the other program's own upgrade runs unwatched
        try:
            return real_migrate(Watched(conn, before), upto, now=now)
        finally:
            migrate.busy = False

    monkeypatch.setattr(schema, "migrate", migrate)
    with Project.open(path, coder="me") as project:
        assert others, "the other program's opening was not placed inside the upgrade"
        assert schema.current_version(project.conn) == schema.LATEST
        versions = [r[0] for r in project.conn.execute("SELECT version FROM migrations")]
        assert versions == [m.version for m in schema.MIGRATIONS]
        assert [d["title"] for d in project.repo.documents()] == ["Old report"]
    others[0].close()
