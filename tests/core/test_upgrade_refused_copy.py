"""The copy kept from before an upgrade, when the upgrade is refused or fails.

An older project is copied beside itself (``NAME.before-upgrade-vN``) before it is
upgraded: the user's way back if the upgrade goes wrong. An upgrade refused because
another program was writing the project (a long import or merge) changed nothing, yet
left the copy, a full second project beside the first, at every attempt.
"""

from __future__ import annotations

import sqlite3

import pytest

from tests.core.test_migrations import _first_schema_project
from workbench.core import schema, store
from workbench.core.errors import HeldElsewhere, ProjectError
from workbench.core.project import Project


@pytest.fixture
def old(tmp_path, monkeypatch):
    monkeypatch.setattr(store, "BUSY_MS", 200)  # the other program's lock: no 5 s wait
    path = tmp_path / "old.wbproj"
    _first_schema_project(path)
    return path


def _copies(path):
    return sorted(p.name for p in path.parent.iterdir()
                  if "upgrad" in p.name)  # the kept copy and its hidden making


def _writer(path) -> sqlite3.Connection:
    """Another program in the middle of a write to ``path`` (an import, a merge)."""
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    return other


def _version(path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()


def test_an_upgrade_refused_while_another_program_writes_keeps_no_copy(old):
    other = _writer(old)
    try:
        with pytest.raises(HeldElsewhere, match="so it was not upgraded for this version"):
            Project.open(old, coder="me")
    finally:
        other.close()
    assert _copies(old) == []
    assert _version(old) == 1
    with Project.open(old, coder="me") as project:  # once the other program is done
        assert schema.current_version(project.conn) == schema.LATEST
    assert _copies(old) == ["old.wbproj.before-upgrade-v1"]


def test_a_write_that_begins_once_the_copy_is_made_leaves_no_copy(old, monkeypatch):
    # The other program takes the project between the copy and the first step.
    real_backup = store._backup
    held: list[sqlite3.Connection] = []

    def backup(conn, path, version):
        made = real_backup(conn, path, version)
        held.append(_writer(path))
        return made

    monkeypatch.setattr(store, "_backup", backup)
    try:
        with pytest.raises(HeldElsewhere):
            Project.open(old, coder="me")
    finally:
        for conn in held:
            conn.close()
    assert held, "the other program's write was not placed after the copy"
    assert _copies(old) == []
    assert _version(old) == 1


def test_the_copy_stays_when_the_upgrade_ran_and_was_then_held(old, monkeypatch):
    # Steps were committed before another program took the project: the file is no
    # longer what it was, and the copy is the way back to it.
    real_migrate = schema.migrate
    held: list[sqlite3.Connection] = []

    def migrate(conn, upto=schema.LATEST, *, now):
        real_migrate(conn, 3, now=now)
        held.append(_writer(old))
        return real_migrate(conn, upto, now=now)

    monkeypatch.setattr(schema, "migrate", migrate)
    try:
        with pytest.raises(HeldElsewhere):
            Project.open(old, coder="me")
    finally:
        for conn in held:
            conn.close()
    assert _version(old) == 3
    assert _copies(old) == ["old.wbproj.before-upgrade-v1"]
    assert _version(old.with_name("old.wbproj.before-upgrade-v1")) == 1


def test_the_copy_stays_when_the_upgrade_fails(old, monkeypatch):
    from tests.helpers import crash_in_migration

    def crash(conn):
        raise sqlite3.OperationalError("disk I/O error")

    crash_in_migration(monkeypatch, 2, crash)
    with pytest.raises(ProjectError, match="could not be upgraded"):
        Project.open(old, coder="me")
    assert _copies(old) == ["old.wbproj.before-upgrade-v1"]


def test_a_project_another_program_upgraded_while_this_one_waited_gets_no_copy_of_it(
        old, monkeypatch):
    # This program read version 1, then waited for the write lock while another one
    # (here: whole, just before the wait ends) upgraded the project. Its copy, made
    # after the wait, held the upgraded project under the name of the version before
    # (before-upgrade-v1): a way back that leads nowhere back.
    real = store._upgrade
    others: list[str] = []

    def upgraded_meanwhile(conn, path, version, upto):
        if not others:
            others.append("opening")  # the other program's own upgrade runs unwatched
            with Project.open(path, coder="other"):
                others[0] = "opened"
        return real(conn, path, version, upto)

    monkeypatch.setattr(store, "_upgrade", upgraded_meanwhile)
    with Project.open(old, coder="me") as project:
        assert schema.current_version(project.conn) == schema.LATEST
        assert [d["title"] for d in project.repo.documents()] == ["Old report"]
    assert others == ["opened"]
    assert _copies(old) == ["old.wbproj.before-upgrade-v1"]  # the other program's
    assert _version(old.with_name("old.wbproj.before-upgrade-v1")) == 1
