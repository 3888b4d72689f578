"""``verify`` reads the file through a memory map (its pages read where the OS cache
holds them, not copied out per read) and leaves the project's connection as it was."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import add_doc, make_project
from workbench.core import store
from workbench.core import verify as verify_module
from workbench.core.project import Project
from workbench.core.verify import verify


def _mapped(conn) -> int:  # type: ignore[no-untyped-def]
    return int(conn.execute("PRAGMA mmap_size").fetchone()[0])


@pytest.fixture
def path(tmp_path: Path) -> Path:
    with make_project(tmp_path) as project:
        add_doc(project)
        return project.path


def test_a_checking_connection_reads_through_a_map(path: Path):
    conn = store.open_reader(path)
    try:
        assert _mapped(conn) > 0
    finally:
        conn.close()


def test_verify_maps_the_projects_connection_while_it_checks_then_restores_it(
        path: Path, monkeypatch: pytest.MonkeyPatch):
    seen: list[int] = []
    real = verify_module._check_texts

    def texts(conn, report):  # type: ignore[no-untyped-def]
        seen.append(_mapped(conn))
        real(conn, report)

    monkeypatch.setattr(verify_module, "_check_texts", texts)
    with Project.open(path) as project:
        before = _mapped(project.conn)
        assert verify(project).ok
        assert seen and seen[0] > 0
        assert _mapped(project.conn) == before == 0
