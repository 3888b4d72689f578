"""Undo and redo in one window while another window or program writes the same rows."""

from __future__ import annotations

import pytest

from tests.core.incidents.helpers import figure, report
from workbench.core.errors import ValidationError
from workbench.core.incidents import ops as incidents
from workbench.core.ops import annotations, history
from workbench.core.project import Project
from workbench.core.verify import verify

BODY = "Shelling in Port Halden killed 12 civilians on Sunday; four soldiers were wounded.\n"


@pytest.fixture
def two(tmp_path):
    with Project.create(tmp_path / "p.wbproj", coder="setup") as made:
        doc = report(made, BODY, name="a.txt")
        figs = [figure(made, doc, "killed 12 civilians"),
                figure(made, doc, "four soldiers were wounded", outcome="wounded")]
        annotations.set_status(made, figs, "suggested")
    alice = Project.open(tmp_path / "p.wbproj", coder="alice")
    bob = Project.open(tmp_path / "p.wbproj", coder="bob")
    yield alice, bob, figs
    alice.close()
    bob.close()


def test_undo_does_not_overwrite_a_later_change_saved_elsewhere(two):
    # Undo put every row back to its image before the step, whatever had happened to it
    # since: another window's memo, saved and acknowledged after the step, was wiped.
    alice, bob, figs = two
    annotations.set_status(alice, [figs[0]], "accepted")
    annotations.update_annotation(bob, figs[0], memo="Matches the hospital list.")
    with pytest.raises(ValidationError, match="changed since"):
        history.undo(alice)
    row = bob.repo.get("annotation", figs[0])
    assert (row["status"], row["memo"]) == ("accepted", "Matches the hospital list.")
    assert not history.can_undo(alice)  # that step can no longer be undone
    assert verify(alice).problems == []


def test_redo_does_not_overwrite_a_later_change_saved_elsewhere(two):
    alice, bob, figs = two
    inc = incidents.create_incident(alice, "Port Halden shelling", members=[figs[0]]).result
    incidents.set_best(alice, inc, "killed", 12, "The official's count")
    history.undo(alice)
    incidents.update_incident(bob, inc, memo="Second source pending.")
    with pytest.raises(ValidationError, match="changed since"):
        history.redo(alice)
    row = bob.repo.get("incident", inc)
    assert (row["best"], row["memo"]) == ({}, "Second source pending.")
    assert not history.can_redo(alice)


def test_undo_and_redo_of_untouched_rows_still_work_beside_other_writers(two):
    alice, bob, figs = two
    annotations.set_status(alice, [figs[0]], "accepted")
    annotations.update_annotation(bob, figs[1], memo="Other figure.")  # another row
    history.undo(alice)
    assert bob.repo.get("annotation", figs[0])["status"] == "suggested"
    history.redo(alice)
    assert bob.repo.get("annotation", figs[0])["status"] == "accepted"
    history.undo(alice)  # an incident step undone after its own undo and redo
    inc = incidents.create_incident(alice, "Port Halden", members=[figs[0], figs[1]]).result
    incidents.remove_members(alice, inc, [figs[1]])
    history.undo(alice)
    history.undo(alice)
    assert alice.repo.get("incident", inc) is None
    assert verify(alice).problems == []
