"""A BLOB stored where an audited row holds text (written outside the program) is named
by verify as a change, and the rest of the file is still checked: the comparison inside
SQLite builds JSON, which cannot hold a BLOB, so such a row must not stop it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.helpers import add_doc, make_project, raw_connect
from workbench.core.ops import actors as actor_ops
from workbench.core.ops import annotations as ann_ops
from workbench.core.project import Project
from workbench.core.verify import verify


@pytest.fixture(scope="module")
def sound(tmp_path_factory) -> tuple[Path, str, str]:
    folder = tmp_path_factory.mktemp("blobs")
    with make_project(folder) as project:
        doc = add_doc(project)
        ann = ann_ops.annotate_quote(project, doc, "claim", "claimed responsibility").result
        other = ann_ops.annotate_quote(project, doc, "casualty", "wounded four troops").result
        actor_ops.add_actor(project, "Crescent Brigade", ["the Brigade"])
        assert verify(project).ok
        return project.path, ann, other


@pytest.mark.parametrize("statement, said", [
    ("UPDATE annotations SET memo = CAST('' AS BLOB) WHERE id = '{A}'", "annotation {A}: "),
    ("UPDATE annotations SET coder = CAST(coder AS BLOB) WHERE id = '{A}'",
     "annotation {A}: "),
    ("UPDATE annotations SET fields = CAST('{{\"claimant\":\"x\"}}' AS BLOB) "
     "WHERE id = '{A}'", "annotation {A}: "),
    ("UPDATE documents SET memo = CAST('x' AS BLOB)", "document 1: "),
    ("UPDATE actors SET memo = CAST('' AS BLOB)", "actor "),
])
def test_a_blob_in_an_audited_row_is_named_and_the_rest_still_checked(
        sound, tmp_path, statement, said):
    path, ann, other = sound
    copy = tmp_path / "copy.wbproj"
    shutil.copyfile(path, copy)
    conn = raw_connect(copy, isolation_level=None)
    conn.execute(statement.format(A=ann))
    # And a change elsewhere, which the blob must not hide.
    conn.execute("UPDATE annotations SET status = 'rejected' WHERE id = ?", (other,))
    conn.close()
    with Project.open(copy) as project:
        problems = verify(project).problems
    assert any(p.startswith(said.format(A=ann)) for p in problems), problems
    assert any(p.startswith(f"annotation {other}: its status is") for p in problems), problems
