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
    with pytest.raises(ValidationError, match="since by another window"):
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
    with pytest.raises(ValidationError, match="since by another window"):
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


def test_undoing_a_new_kind_another_window_has_used_is_refused(two):
    # The kind was deleted under the other window's annotation: an annotation of a kind
    # the codebook no longer had, whose fields could not be edited, and verify said
    # nothing.
    from workbench.core.ops import codebook
    from workbench.core.ops.annotations import create_annotation

    alice, bob, _figs = two
    codebook.add_kind(alice, "checkpoint", "Checkpoint", "Q")
    doc = bob.repo.documents()[0]["id"]
    made = create_annotation(bob, doc, "checkpoint", 0, 8, {}).result
    with pytest.raises(ValidationError, match="checkpoint"):
        history.undo(alice)
    assert "checkpoint" in bob.codebook
    assert bob.repo.get("annotation", made)["kind"] == "checkpoint"
    assert not history.can_undo(alice)


def test_undoing_a_new_field_another_window_has_filled_is_refused(two):
    # The field left the codebook under the other window's value: the value stayed in
    # the annotation, shown nowhere, exported as a column of no field, and the editor
    # could neither show nor clear it.
    from workbench.core.ops import codebook

    alice, bob, figs = two
    codebook.add_field(alice, "casualty", "weapon", "text")
    annotations.update_annotation(bob, figs[0], fields={"weapon": "mortar"})
    with pytest.raises(ValidationError, match="the codebook casualty"):
        history.undo(alice)
    assert bob.codebook.kind("casualty").field("weapon").type == "text"
    assert bob.repo.get("annotation", figs[0])["fields"]["weapon"] == "mortar"
    assert not history.can_undo(alice)
    assert verify(alice).problems == []


def test_a_new_field_nobody_filled_is_still_undone(two):
    from workbench.core.ops import codebook

    alice, bob, figs = two
    codebook.add_field(alice, "casualty", "weapon", "text")
    annotations.update_annotation(bob, figs[0], memo="Counted twice?")
    history.undo(alice)
    assert "weapon" not in {f.name for f in bob.codebook.kind("casualty").fields}


def test_undoing_a_new_incident_another_window_has_added_to_is_refused(two):
    # Undo deleted the incident under the other window's member: SQLite refused
    # ("FOREIGN KEY constraint failed"), a traceback instead of a sentence.
    alice, bob, figs = two
    inc = incidents.create_incident(alice, "Port Halden shelling", members=[figs[0]]).result
    incidents.add_members(bob, inc, [figs[1]])
    with pytest.raises(ValidationError, match="was not undone"):
        history.undo(alice)
    assert bob.repo.get("incident", inc) is not None
    assert not history.can_undo(alice)
    assert verify(bob).problems == []


def test_undoing_a_new_choice_another_window_has_used_is_refused(two):
    # Undone, the choice left the codebook under the other window's value: the figure
    # held an outcome the field no longer offered, which every later edit of it refused.
    from workbench.core.ops import codebook

    alice, bob, figs = two
    codebook.add_choice(alice, "casualty", "outcome", "abducted")
    annotations.update_annotation(bob, figs[0], fields={"outcome": "abducted"})
    with pytest.raises(ValidationError, match="the codebook casualty"):
        history.undo(alice)
    assert "abducted" in bob.codebook.kind("casualty").field("outcome").choices
    assert bob.repo.get("annotation", figs[0])["fields"]["outcome"] == "abducted"


def test_undoing_a_renamed_choice_puts_back_what_it_rewrote_unless_used_since(two):
    from workbench.core.ops import codebook

    alice, bob, figs = two
    # An outcome of the team's own: those the tallies count keep their words.
    codebook.add_choice(alice, "casualty", "outcome", "abducted")
    annotations.update_annotation(bob, figs[1], fields={"outcome": "abducted"})
    codebook.rename_choice(alice, "casualty", "outcome", "abducted", "kidnapped")
    assert bob.repo.get("annotation", figs[1])["fields"]["outcome"] == "kidnapped"
    history.undo(alice)
    assert bob.repo.get("annotation", figs[1])["fields"]["outcome"] == "abducted"
    history.redo(alice)
    annotations.update_annotation(bob, figs[0], fields={"outcome": "kidnapped"})
    with pytest.raises(ValidationError, match="the codebook casualty"):
        history.undo(alice)
    assert bob.repo.get("annotation", figs[0])["fields"]["outcome"] == "kidnapped"


def test_a_refused_undo_names_the_step_in_words(two):
    # The window says "Undid accepting suggestions."; refused, the sentence read
    # "'review:accepted' was not undone", the history's internal name.
    alice, bob, figs = two
    annotations.set_status(alice, [figs[0]], "accepted")
    annotations.update_annotation(bob, figs[0], memo="Matches the hospital list.")
    with pytest.raises(ValidationError) as refused:
        history.undo(alice)
    assert str(refused.value).startswith(
        f"Accepting suggestions was not undone: the annotation {figs[0]} was changed")
    assert "review:" not in str(refused.value)
    inc = incidents.create_incident(alice, "Port Halden shelling", members=[figs[1]]).result
    incidents.set_best(alice, inc, "wounded", 4, "The official's count")
    history.undo(alice)
    incidents.update_incident(bob, inc, memo="Second source pending.")
    with pytest.raises(ValidationError) as refused:
        history.redo(alice)
    assert str(refused.value).startswith("Setting the best figure was not redone: ")
