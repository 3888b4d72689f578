"""Opening never changes a file that is not a project, nor replays another file's log."""

from __future__ import annotations

import os
import shutil
import sqlite3

import pytest

from tests.helpers import add_doc, make_project
from workbench.core.errors import ProjectError
from workbench.core.project import Project


def _other_database(path, wal: bool = False) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path), isolation_level=None)
    if wal:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA wal_autocheckpoint = 0")  # keep the pages in the log
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.execute("INSERT INTO contacts VALUES ('Amal')")
    return conn


def test_another_programs_database_is_left_byte_for_byte(tmp_path):
    path = tmp_path / "contacts.db"
    _other_database(path).close()
    before, stamp = path.read_bytes(), os.stat(path).st_mtime_ns
    with pytest.raises(ProjectError, match="not a Workbench project"):
        Project.open(path)
    assert path.read_bytes() == before and os.stat(path).st_mtime_ns == stamp
    assert sorted(p.name for p in tmp_path.iterdir()) == ["contacts.db"]


def _project_with_stray_log(tmp_path):
    """A project of one document with another database's -wal beside it."""
    project = make_project(tmp_path)
    add_doc(project)
    project.close()
    other = _other_database(tmp_path / "other.db", wal=True)
    shutil.copy(tmp_path / "other.db-wal", tmp_path / "p.wbproj-wal")
    other.close()
    return tmp_path / "p.wbproj"


def test_a_stray_log_of_another_file_is_moved_aside_not_replayed(tmp_path):
    path = _project_with_stray_log(tmp_path)
    before = path.read_bytes()
    with Project.open(path) as project:
        assert project.repo.stats()["documents"] == 1
        assert project.notices and "moved aside" in project.notices[0]
        assert project.conn.execute(
            "SELECT count(*) FROM sqlite_master WHERE name = 'contacts'").fetchone()[0] == 0
    assert path.read_bytes()[:100] == before[:100]
    assert [p.name for p in tmp_path.glob("p.wbproj-wal.orphaned-*")]


def test_a_projects_own_log_after_a_crash_is_replayed(tmp_path):
    project = make_project(tmp_path)
    project.conn.execute("PRAGMA wal_autocheckpoint = 0")
    add_doc(project)
    # A copy taken while the project is open is what a crash leaves behind.
    crash = tmp_path / "crash"
    crash.mkdir()
    for suffix in ("", "-wal"):
        shutil.copy(tmp_path / f"p.wbproj{suffix}", crash / f"p.wbproj{suffix}")
    project.close()
    with Project.open(crash / "p.wbproj") as copy:
        assert copy.repo.stats()["documents"] == 1
        assert copy.notices == []
    assert not list(crash.glob("*.orphaned-*"))


def test_a_stray_log_is_never_set_aside_over_one_set_aside_before(tmp_path, monkeypatch):
    # The log was renamed to NAME-wal.orphaned-<time>: a log set aside before under
    # that name (the same millisecond, a clock set back) was replaced, and with it what
    # may be the only copy of another database's last writes.
    from workbench.core import clock

    path = _project_with_stray_log(tmp_path)
    monkeypatch.setattr(clock, "now", lambda: "2026-05-04T10:11:12.345Z")
    earlier = tmp_path / "p.wbproj-wal.orphaned-20260504T101112.345Z"
    earlier.write_bytes(b"a log set aside before")
    log = (tmp_path / "p.wbproj-wal").read_bytes()
    with Project.open(path) as project:
        assert project.repo.stats()["documents"] == 1
        assert "moved aside to p.wbproj-wal.orphaned-20260504T101112.345Z.2 " in (
            project.notices[0])
    assert earlier.read_bytes() == b"a log set aside before"
    assert (tmp_path / f"{earlier.name}.2").read_bytes() == log
