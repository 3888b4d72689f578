"""The index of trashed annotations (migration trashed_index): the trash's listing and
its choice of kinds read the few trashed rows through it instead of every annotation,
and a project of the schema before it is upgraded, keeps its copy, and verifies."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

from tests.core.test_trash import _filled
from tests.helpers import crash_in_migration, make_project
from workbench.core import schema, trash
from workbench.core.project import Project
from workbench.core.trash import TrashListing
from workbench.core.verify import verify

TRASHED = next(m.version for m in schema.MIGRATIONS if m.name == "trashed_index")


def _has_index(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?",
                        (schema.TRASHED_INDEX,)).fetchone() is not None


def _plans(project: Project, run) -> list[str]:
    """The query plan of every statement ``run()`` makes that reads annotations."""
    seen: list[str] = []
    project.conn.set_trace_callback(seen.append)
    try:
        run()
    finally:
        project.conn.set_trace_callback(None)
    plans = []
    for sql in seen:
        if "annotations" in sql and sql.lstrip().upper().startswith("SELECT"):
            plans.append(" | ".join(r[3] for r in project.conn.execute(
                "EXPLAIN QUERY PLAN " + sql)))
    return plans


def test_the_index_holds_only_the_trashed_annotations(project):
    _filled(project)
    held = project.conn.execute(
        f"SELECT count(*) FROM annotations INDEXED BY {schema.TRASHED_INDEX} "
        "WHERE deleted_at IS NOT NULL").fetchone()[0]
    assert held == 3
    assert project.conn.execute("SELECT count(*) FROM annotations").fetchone()[0] == 4


@pytest.mark.parametrize("listing", [TrashListing(), TrashListing(what="annotation"),
                                     TrashListing(what="kind:statement"),
                                     TrashListing(text="wounded"),
                                     TrashListing(sort="words", descending=False)])
def test_listing_the_trash_reads_the_trashed_rows_only(project, listing):
    _filled(project)
    plans = _plans(project, lambda: (trash.snapshot(project, listing), trash.parts(project),
                                     trash.count(project, listing)))
    reads = [p for p in plans if re.search(r"\bSCAN (a|annotations)\b", p)
             or "annotations_kind" in p]
    assert not reads, reads
    assert sum(schema.TRASHED_INDEX in p for p in plans) >= 3


def _older(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, set]:
    """A project as the schema before the index left it, with things in its trash."""
    with monkeypatch.context() as old:
        old.setattr(schema, "MIGRATIONS",
                    tuple(m for m in schema.MIGRATIONS if m.version < TRASHED))
        old.setattr(schema, "LATEST", TRASHED - 1)
        with make_project(tmp_path) as project:
            _filled(project)
            assert not _has_index(project.conn)
            keys = set(trash.snapshot(project, TrashListing()))
            return project.path, keys


def test_an_older_project_is_upgraded_keeps_its_copy_and_verifies(tmp_path, monkeypatch):
    path, keys = _older(tmp_path, monkeypatch)
    with Project.open(path) as project:
        assert schema.current_version(project.conn) == schema.LATEST
        assert _has_index(project.conn)
        assert set(trash.snapshot(project, TrashListing())) == keys
        assert verify(project).ok
    kept = list(tmp_path.glob(f"{path.name}.before-upgrade-v{TRASHED - 1}*"))
    assert len(kept) == 1
    conn = sqlite3.connect(kept[0])
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == TRASHED - 1
        assert not _has_index(conn)
    finally:
        conn.close()


def test_an_upgrade_stopped_midway_leaves_the_project_as_it_was(tmp_path, monkeypatch):
    path, keys = _older(tmp_path, monkeypatch)
    apply = next(m.apply for m in schema.MIGRATIONS if m.version == TRASHED)

    def crash(conn: sqlite3.Connection) -> None:
        apply(conn)
        raise KeyboardInterrupt

    with monkeypatch.context() as patched:
        crash_in_migration(patched, TRASHED, crash)
        with pytest.raises(KeyboardInterrupt):
            Project.open(path)
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == TRASHED - 1
        assert not _has_index(conn)
    finally:
        conn.close()
    with Project.open(path) as project:  # the next open upgrades it
        assert _has_index(project.conn)
        assert set(trash.snapshot(project, TrashListing())) == keys
