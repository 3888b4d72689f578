"""A project file moved or deleted while open: the first change after says so."""

from __future__ import annotations

import os

import pytest

from tests.helpers import add_doc, make_project
from workbench.core.errors import ProjectError
from workbench.core.ops.documents import update_metadata
from workbench.core.project import Project


def test_a_change_after_the_file_moved_is_refused_and_the_moved_file_is_whole(tmp_path):
    project = make_project(tmp_path)
    doc = add_doc(project)
    update_metadata(project, doc, title="Before the move")
    moved = tmp_path / "elsewhere.wbproj"
    os.rename(tmp_path / "p.wbproj", moved)
    with pytest.raises(ProjectError, match="moved, renamed or deleted while it was open"):
        update_metadata(project, doc, title="After the move")
    project.close()
    # The changes made before the move sat in a log under the old name that the moved
    # file never reads: they must reach the moved file, the refused one must not.
    with Project.open(moved) as again:
        assert again.repo.get("document", doc)["title"] == "Before the move"


def test_closing_a_moved_project_keeps_what_was_written(tmp_path):
    project = make_project(tmp_path)
    doc = add_doc(project)
    moved = tmp_path / "elsewhere.wbproj"
    os.rename(tmp_path / "p.wbproj", moved)
    project.close()
    with Project.open(moved) as again:
        assert again.repo.get("document", doc) is not None


def test_a_change_after_the_file_was_deleted_is_refused(tmp_path):
    project = make_project(tmp_path)
    doc = add_doc(project)
    os.remove(tmp_path / "p.wbproj")
    with pytest.raises(ProjectError, match="was not saved"):
        update_metadata(project, doc, title="Into nowhere")
    project.close()


def test_a_project_left_in_place_keeps_writing(tmp_path):
    with make_project(tmp_path) as project:
        doc = add_doc(project)
        update_metadata(project, doc, title="Still here")
        assert project.repo.get("document", doc)["title"] == "Still here"
