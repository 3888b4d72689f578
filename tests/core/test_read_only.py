"""A project on read-only media opens for reading, exporting and verifying.

Tests run as root, which ignores file permissions, so read-only media is simulated
by ``os.access`` answering no for writing (what it answers on such media).
"""

from __future__ import annotations

import io
import os

import pytest

from tests.helpers import add_doc, make_project
from workbench.cli import main
from workbench.core.errors import StorageError
from workbench.core.exporters import export
from workbench.core.ops.annotations import annotate_quote
from workbench.core.project import Project
from workbench.core.verify import verify


@pytest.fixture
def on_read_only_media(tmp_path, monkeypatch):
    with make_project(tmp_path) as project:
        annotate_quote(project, add_doc(project), "statement", "a provincial official said")
    real = os.access
    monkeypatch.setattr(os, "access", lambda p, mode, **kw: False if mode & os.W_OK
                        else real(p, mode, **kw))
    return tmp_path / "p.wbproj"


def test_reads_exports_and_verifies_without_changing_the_file(on_read_only_media):
    path = on_read_only_media
    before, stamp = path.read_bytes(), os.stat(path).st_mtime_ns
    with Project.open(path) as project:
        assert project.read_only
        assert project.repo.stats() == {"documents": 1, "annotations": 1}
        assert export(project, "csv", io.StringIO()) == 1
        assert verify(project).ok
        with pytest.raises(StorageError, match="The project is read-only"):
            annotate_quote(project, 1, "casualty", "wounded four troops")
    assert path.read_bytes() == before and os.stat(path).st_mtime_ns == stamp
    assert sorted(p.name for p in path.parent.iterdir()) == ["p.wbproj"]


def test_the_command_line_says_read_only_plainly(on_read_only_media, capsys):
    path = str(on_read_only_media)
    assert main(["verify", path]) == 0
    assert main(["docs", path]) == 0
    assert main(["grade", path, "1", "--reliability", "B"]) == 1
    assert "The project is read-only" in capsys.readouterr().err


def test_read_only_flag_without_mocking(tmp_path):
    with make_project(tmp_path) as project:
        add_doc(project)
    from workbench.core.ops.documents import grade_source

    with (Project.open(tmp_path / "p.wbproj", read_only=True) as project,
          pytest.raises(StorageError, match="read-only")):
        grade_source(project, 1, "A", 1)
