"""A merge run in another thread, on its own connection, into a project held open here."""

from __future__ import annotations

import threading

from tests.core.merge.conftest import tables
from tests.core.merge.test_merge_progress import pair  # noqa: F401 (a fixture)
from workbench.core.merge.detached import DetachedMerge
from workbench.core.ops import history
from workbench.core.project import Project
from workbench.core.verify import verify


def test_a_detached_merge_is_adopted_and_undone_by_the_open_project(pair):  # noqa: F811
    """While the thread merges, the open project reads the state before it; once taken
    in, the merge is on its undo history and undo takes all of it back."""
    lead, ben = pair
    halfway, go_on = threading.Event(), threading.Event()

    def progress(step):
        if step.what == "annotation" and step.done == 150:
            halfway.set()
            go_on.wait(10)

    with Project.open(lead, coder="lead") as target:
        before = tables(target)
        job = DetachedMerge(target, [ben], progress=progress)
        thread = threading.Thread(target=job.run)
        thread.start()
        assert halfway.wait(10)
        assert target.repo.annotations() == []  # its own connection: not yet committed
        go_on.set()
        thread.join(10)
        assert job.error is None and job.changes is not None
        assert len(target.repo.annotations()) == 300
        target.adopt(job.changes)
        assert history.can_undo(target)
        history.undo(target)
        after_undo = tables(target)
        assert len(target.repo.annotations()) == 0
        assert verify(target).ok
    # The undo wrote its own audit entries; the project's items are as before.
    for name in ("annotations", "documents", "links", "incidents", "codebook",
                 "timeline_index"):
        assert after_undo[name] == before[name]


def test_a_detached_merge_that_fails_or_is_cancelled_says_so_in_a_sentence(pair, tmp_path):  # noqa: F811
    lead, ben = pair
    not_a_project = tmp_path / "notes.wbproj"
    not_a_project.write_text("Shopping list, not a project.\n")
    with Project.open(lead, coder="lead") as target:
        before = tables(target)
        job = DetachedMerge(target, [not_a_project])
        job.run()
        assert job.changes is None and "notes.wbproj" in str(job.error)
        job = DetachedMerge(target, [ben])
        job.cancel()
        job.run()
        assert job.changes is None and "cancelled" in str(job.error)
        assert tables(target) == before
