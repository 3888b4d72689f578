"""Writes whose statements fail as a failing or full disk fails them.

On an I/O error (and on a full disk, for a statement without a statement journal)
SQLite rolls the whole transaction back by itself before the call raises. Whatever the
write runs after that runs in autocommit, each statement saved on its own: nothing may.
The connection below makes one chosen statement fail that way; SQLite's own progress
handler cannot (an interrupted read leaves the transaction open).
"""

from __future__ import annotations

import sqlite3
from typing import Any

import pytest

from tests.core.incidents.helpers import figure, report
from workbench.core.errors import StorageError
from workbench.core.ops.annotations import set_status
from workbench.core.project import Project
from workbench.core.verify import verify


class FailingDisk:
    """A project connection whose next statement starting with ``prefix`` fails as an
    I/O error does: the transaction rolled back, then "disk I/O error"."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.__dict__["_conn"] = conn
        self.__dict__["prefix"] = None
        self.__dict__["failed"] = 0

    def __getattr__(self, name: str) -> Any:
        return getattr(self._conn, name)

    def __setattr__(self, name: str, value: Any) -> None:
        if name in self.__dict__:
            self.__dict__[name] = value
        else:
            setattr(self._conn, name, value)

    def _statement(self, sql: str) -> None:
        if self.prefix and sql.lstrip().startswith(self.prefix):
            self.prefix = None
            self.failed += 1
            if self._conn.in_transaction:
                self._conn.execute("ROLLBACK")
            raise sqlite3.OperationalError("disk I/O error")

    def execute(self, sql: str, *args: Any) -> Any:
        self._statement(sql)
        return self._conn.execute(sql, *args)

    def executemany(self, sql: str, *args: Any) -> Any:
        self._statement(sql)
        return self._conn.executemany(sql, *args)


def _project(tmp_path) -> tuple[Project, FailingDisk, list[str]]:
    with Project.create(tmp_path / "p.wbproj", coder="tester") as made:
        doc = report(made, "Shelling in Port Halden killed 12 civilians on Sunday; "
                           "four soldiers were wounded.\n", name="a.txt")
        figs = [figure(made, doc, "killed 12 civilians"),
                figure(made, doc, "four soldiers were wounded", outcome="wounded")]
        set_status(made, figs, "suggested")
    opened = Project.open(tmp_path / "p.wbproj", coder="tester")
    disk = FailingDisk(opened.conn)
    return Project(opened.path, disk, "tester"), disk, figs  # type: ignore[arg-type]


def _audit_rows(project: Project) -> int:
    return project.conn.execute("SELECT count(*) FROM audit").fetchone()[0]


def test_a_timeline_read_failing_mid_write_leaves_no_audit_entry_for_a_change_not_made(tmp_path):
    # The timeline refresh read the changed annotations again row by row after any
    # error: after an I/O error SQLite had rolled the write back, so the refresh, the
    # audit entries and the timeline rows were each saved on their own, for a change
    # that was not. Verify then called the history wrong ("changed without an audit
    # entry") and the user was told nothing was saved.
    project, disk, figs = _project(tmp_path)
    entries = _audit_rows(project)
    disk.prefix = "SELECT rowid, doc_id, kind, status"  # the timeline's read
    with pytest.raises(StorageError, match="not saved"):
        set_status(project, figs, "accepted")
    assert disk.failed == 1
    assert not project.conn.in_transaction
    assert [project.repo.get("annotation", f)["status"] for f in figs] == ["suggested"] * 2
    assert _audit_rows(project) == entries
    assert verify(project).problems == []
    # With the disk well again the same change is saved, once.
    set_status(project, figs, "accepted")
    assert [project.repo.get("annotation", f)["status"] for f in figs] == ["accepted"] * 2
    assert verify(project).problems == []
    project.conn.close()
