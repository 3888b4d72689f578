"""An older project opened by two programs at once, both upgrading it.

Each migration was applied when the version read before its transaction was lower.
The program that waited for the other's transaction then applied the same migration a
second time, and opening failed with "could not be upgraded (UNIQUE constraint
failed: migrations.version)" (or a table that already existed) on a project that was
by then upgraded. The other program's whole opening is placed by hand just before the
first program's first migration begins.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys

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


def test_two_programs_copying_the_project_before_its_upgrade_both_open_it(tmp_path,
                                                                        monkeypatch):
    # Both keep a copy from before the upgrade first, under the same free name and
    # through the same ".partial" file: the second deleted the first's copy and renamed
    # its own into place, and the first then found no copy to rename and said
    # "old.wbproj was not upgraded, as the copy kept from before an upgrade could not
    # be made". The other program (a real second process: the copies are told apart by
    # it) opens and upgrades the project just before the first one's copy is renamed.
    from workbench.core import store

    path = tmp_path / "old.wbproj"
    _first_schema_project(path)
    real_fsync = store.fsync_file
    placed: list[str] = []
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}

    def fsync_file(target):
        real_fsync(target)
        if "upgrad" in str(target) and not placed:  # the copy, written before its rename
            done = subprocess.run([sys.executable, "-c", OTHER, str(path)], env=env,
                                  capture_output=True, text=True, timeout=120)
            placed.append(done.stdout.strip() + done.stderr)

    monkeypatch.setattr(store, "fsync_file", fsync_file)
    with Project.open(path, coder="me") as project:
        assert schema.current_version(project.conn) == schema.LATEST
        assert [d["title"] for d in project.repo.documents()] == ["Old report"]
    assert placed == ["opened"], "the other program did not open it inside the copy"
    kept = sorted(tmp_path.glob("old.wbproj.before-upgrade-v1*"))
    assert len(kept) == 2 and sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["old.wbproj", *(k.name for k in kept)])
    for copy in kept:  # each a whole copy of the project as it was
        old = sqlite3.connect(f"{copy.as_uri()}?mode=ro", uri=True)
        try:
            assert old.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            assert schema.current_version(old) == 1
            assert old.execute("SELECT title FROM documents").fetchall() == [("Old report",)]
        finally:
            old.close()


# Opens (and so upgrades) the project, then closes it.
OTHER = """
import sys
from workbench.core.project import Project
with Project.open(sys.argv[1], coder="other"):
    pass
print("opened")
"""
