"""ChangeSet.live_delta: how a write moves a count of live rows."""

from __future__ import annotations

from workbench.core.changes import Change, ChangeSet


def _c(before, after) -> Change:
    return Change("annotation", "a1", before, after)


def test_live_delta_counts_inserts_trashing_restoring_and_deletions() -> None:
    live, trashed = {"deleted_at": None}, {"deleted_at": "2026-01-01T00:00:00Z"}
    assert ChangeSet("x", [_c(None, live)]).live_delta("annotation") == 1
    assert ChangeSet("x", [_c(live, trashed)]).live_delta("annotation") == -1
    assert ChangeSet("x", [_c(trashed, live)]).live_delta("annotation") == 1
    assert ChangeSet("x", [_c(live, None)]).live_delta("annotation") == -1
    assert ChangeSet("x", [_c(trashed, None)]).live_delta("annotation") == 0  # purged
    assert ChangeSet("x", [_c(live, live)]).live_delta("annotation") == 0  # an edit
    # One row touched twice in one write: inserted, then trashed.
    assert ChangeSet("x", [_c(None, live), _c(live, trashed)]).live_delta("annotation") == 0
    assert ChangeSet("x", [_c(None, live)]).live_delta("document") == 0
