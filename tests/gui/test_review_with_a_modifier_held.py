"""Enter or Delete pressed with Shift or Ctrl still held moves on to the next suggestion.

The move to the next suggestion made its row current through the view, which reads
the keyboard's modifiers: with Shift held the reviewed row stayed selected beside the
next one (a range), with Ctrl the selection stayed where it was, so the next key press
acted on rows the user had not chosen. The same held for a row selected from another
pane while a modifier was down.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.gui.test_annotation_panel import World


@pytest.fixture
def world(tmp_path):
    w = World(tmp_path)
    yield w
    w.project.close()


MODIFIERS = [Qt.KeyboardModifier.ShiftModifier, Qt.KeyboardModifier.ControlModifier]


@pytest.mark.parametrize("held", MODIFIERS, ids=["shift", "ctrl"])
def test_the_next_suggestion_alone_is_selected_after_a_review(panel, world, qtbot, held):
    panel.select_annotation(world.claim)
    qtbot.keyClick(panel.table, Qt.Key.Key_Return, held)
    assert world.project.repo.get("annotation", world.claim)["status"] == "accepted"
    assert panel.selected_ids() == [world.wounded]
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert world.project.repo.get("annotation", world.wounded)["status"] == "rejected"
    assert world.project.repo.get("annotation", world.claim)["status"] == "accepted"


@pytest.mark.parametrize("held", MODIFIERS, ids=["shift", "ctrl"])
def test_a_row_selected_from_elsewhere_is_the_only_one_selected(panel, world, qtbot, held):
    key = {MODIFIERS[0]: Qt.Key.Key_Shift, MODIFIERS[1]: Qt.Key.Key_Control}[held]
    panel.select_annotation(world.stmt)
    qtbot.keyPress(panel.table, key, held)  # the modifier is down ...
    try:
        panel.select_annotation(world.wounded)  # ... while another pane selects a row
        assert panel.selected_ids() == [world.wounded]
    finally:
        qtbot.keyRelease(panel.table, key)
