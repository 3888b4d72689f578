"""Opening a project while another program holds it alone.

``encrypt``, ``decrypt`` and ``change-passphrase`` copy the project under an exclusive
lock that no reader passes (seconds to minutes for a big project). A window or a
command opening it meanwhile said "p.wbproj is damaged and cannot be opened (database
is locked)" (after trying three times, fifteen seconds), and a user told so may well
restore a backup over a sound project. The lock is taken here as the conversion takes
it; the wait for it is shortened (``store.BUSY_MS``) to keep the test fast.
"""

from __future__ import annotations

import sqlite3

import pytest

from tests.helpers import add_doc, make_project
from workbench.core import store
from workbench.core.errors import ProjectError
from workbench.core.project import Project


@pytest.mark.parametrize("log_beside", [True, False])
def test_a_project_held_alone_elsewhere_is_not_called_damaged(tmp_path, monkeypatch,
                                                              log_beside):
    with make_project(tmp_path) as made:
        doc = add_doc(made)
    path = tmp_path / "p.wbproj"
    monkeypatch.setattr(store, "BUSY_MS", 50)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")  # as a conversion's copy holds it
    holder.execute("BEGIN EXCLUSIVE")
    if not log_beside:
        (tmp_path / "p.wbproj-wal").unlink(missing_ok=True)
    try:
        with pytest.raises(ProjectError) as refused:
            Project.open(path)
        said = str(refused.value)
        assert "damaged" not in said
        assert "held by another program" in said and "nothing is wrong with it" in said
    finally:
        holder.rollback()
        holder.close()
    with Project.open(path) as project:  # once it has finished, it opens as it was
        assert project.repo.get("document", doc) is not None
