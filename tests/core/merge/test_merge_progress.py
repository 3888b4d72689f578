"""A merge tells its caller how far it has got, and stops when asked, rolling back."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core.merge.conftest import lead_and_busy_copy, tables
from workbench.core.merge import MergeCancelled, Step, merge_projects
from workbench.core.project import Project
from workbench.core.verify import verify


@pytest.fixture
def pair(tmp_path: Path) -> tuple[Path, Path]:
    """lead's project with one report; ben's copy of it with 300 figures in the report."""
    return lead_and_busy_copy(tmp_path, 300)


def test_progress_counts_each_kind_of_item_from_each_source(pair):
    lead, ben = pair
    steps: list[Step] = []
    with Project.open(lead, coder="lead") as target:
        merge_projects(target, [ben], progress=steps.append)
    assert steps[0].what == "checking" and steps[0].source == "ben.wbproj"
    annotations = [s for s in steps if s.what == "annotation"]
    assert [s.done for s in annotations] == list(range(1, 301))
    assert {s.total for s in annotations} == {300}
    assert [s.done for s in steps if s.what == "document"] == [1]
    assert annotations[119].sentence() == "ben.wbproj: annotations 120 of 300"


def test_the_log_stages_come_last_and_say_so(pair):
    """After the last item the source's logs are carried over: their stages are steps
    too, so a long history does not leave the bar full with nothing said."""
    lead, ben = pair
    steps: list[Step] = []
    with Project.open(lead, coder="lead") as target:
        merge_projects(target, [ben], progress=steps.append)
    logs = [s for s in steps if s.what == "logs"]
    assert [(s.done, s.total) for s in logs] == [(0, 4), (1, 4), (2, 4), (3, 4), (4, 4)]
    assert steps[-len(logs):] == logs  # after every item
    assert logs[2].sentence() == ("ben.wbproj: carrying over its audit and custody logs "
                                  "(2 of 4 stages)")


@pytest.mark.parametrize("stop_at", ["checking", "annotation", "logs"])
def test_a_cancelled_merge_leaves_the_target_exactly_as_it_was(pair, stop_at):
    """Asked to stop while the source is checked, or half-way through its annotations,
    the merge raises its sentence and rolls back: every row, the logs and the undo
    history as before; the same merge then completes."""
    lead, ben = pair
    seen: list[Step] = []

    def stop() -> bool:
        return any(s.what == stop_at and s.done >= min(s.total, 150) for s in seen)

    with Project.open(lead, coder="lead") as target:
        before = tables(target)
        file_before = lead.read_bytes()
        with pytest.raises(MergeCancelled, match=r"cancelled: nothing was merged, and "
                                                 r"lead\.wbproj is exactly as it was"):
            merge_projects(target, [ben], progress=seen.append, cancelled=stop)
        assert seen[-1].what == stop_at
        assert tables(target) == before
        assert lead.read_bytes() == file_before
        assert not target.undo_stack and not target.conn.in_transaction
        changes = merge_projects(target, [ben])
        assert changes.result.counts["annotation"].added == 300
        assert verify(target).ok
