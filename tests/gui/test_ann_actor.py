"""The actor-record field in the annotation editor: records by name, chosen by typing a
name or alias (Arabic too), a new record from the quoted words, and names, never ids,
in the annotation table."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from workbench.core.ops import actors as actor_ops
from workbench.core.ops import annotations as ops
from workbench.core.ops import codebook as cb_ops
from workbench.core.ops.importing import import_bytes
from workbench.core.project import Project
from workbench.gui.bus import Bus
from workbench.gui.models.annotation_table_model import KEY
from workbench.gui.panes.ann_actor import ActorRecordInput
from workbench.gui.session import Session

TEXT = ("Gunmen of the Qasr Hills Front stormed a checkpoint near Marsa Dunes on Sunday. "
        "A spokesman for جبهة تلال القصر said two fighters died; the Dunes Guard denied "
        "any part in it, and the Marsa Watch called for calm.\n")


class World:
    def __init__(self, tmp_path):
        self.project = p = Project.create(tmp_path / "p.wbproj")
        self.doc = import_bytes(p, TEXT.encode(), "a.txt", {"published": "2026-03-02"},
                                sandbox=False).doc_id
        self.front = actor_ops.add_actor(p, "Qasr Hills Front",
                                         ["QHF", "جَبْهَةُ تِلالِ القَصْر"]).result
        self.guard = actor_ops.add_actor(p, "Dunes Guard").result
        self.mention = ops.annotate_quote(p, self.doc, "actor", "Qasr Hills Front").result
        self.arabic = ops.annotate_quote(p, self.doc, "actor", "جبهة تلال القصر").result
        self.watch = ops.annotate_quote(p, self.doc, "actor", "Marsa Watch").result
        p.undo_stack.clear()
        self.bus = Bus()
        self.session = Session(p, self.bus)
        self.notices: list = []
        self.said: list[str] = []
        self.bus.project_changed.connect(self.notices.append)
        self.bus.status_message.connect(self.said.append)

    def fields(self, ann_id):
        return self.project.repo.get("annotation", ann_id)["fields"]


@pytest.fixture
def world(tmp_path):
    w = World(tmp_path)
    yield w
    w.project.close()


@pytest.fixture
def panel(panel):
    """The shared panel (conftest), shown: typing and leaving the field need focus."""
    panel.show()
    return panel


def chooser(panel, world, ann_id) -> ActorRecordInput:
    world.bus.select(ann_id, world.doc, sender="doclist")
    QApplication.processEvents()
    found = panel.editor.inputs["actor_id"]
    assert isinstance(found, ActorRecordInput)
    return found


def type_text(widget, text: str) -> None:
    """Type ``text`` as keys (QTest's own typing knows no Arabic letters)."""
    for ch in text:
        QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_unknown,
                                                 Qt.KeyboardModifier.NoModifier, ch))


def focus(field: ActorRecordInput) -> None:
    # Offscreen, a popup shown and hidden leaves the window inactive: no focus moves then.
    field.combo.window().activateWindow()
    field.combo.setFocus()
    QApplication.processEvents()


def retype(field: ActorRecordInput, text: str) -> None:
    focus(field)
    field.combo.lineEdit().selectAll()
    type_text(field.combo.lineEdit(), text)


def leave(field: ActorRecordInput) -> None:
    """Tab out of the field, as a researcher leaves it (the list of matches may be open)."""
    popup = field.completer.popup()
    QTest.keyClick(popup if popup.isVisible() else field.combo.lineEdit(), Qt.Key.Key_Tab)
    QApplication.processEvents()


def test_the_field_shows_the_record_by_name_and_odd_ids_as_such(panel, world):
    field = chooser(panel, world, world.mention)
    assert world.fields(world.mention)["actor_id"] == world.front
    assert field.shown_text() == "Qasr Hills Front"
    assert world.front not in field.combo.toolTip()
    names = [field.combo.itemText(i) for i in range(field.combo.count())]
    assert names == ["none", "Dunes Guard", "Qasr Hills Front"]
    field = chooser(panel, world, world.watch)  # none: an empty line under the hint
    assert field.shown_text() == "" and field.combo.currentIndex() == 0
    assert field.combo.lineEdit().placeholderText() == "type a name or alias"
    # Trashed through the bus: the annotation keeps the id and says whose it was.
    world.session.run(actor_ops.trash_actor, world.front, sender="actors dialog")
    field = chooser(panel, world, world.mention)
    assert field.shown_text() == "trashed record: Qasr Hills Front"
    assert field.combo.lineEdit().cursorPosition() == 0  # its beginning shows
    text = field.combo.lineEdit().palette().color(QPalette.ColorRole.Text)
    assert text != field.combo.palette().color(QPalette.ColorRole.Text)  # in error colour
    assert "Qasr Hills Front" not in [field.combo.itemText(i) for i in range(3)]
    # Another field edited in the window leaves the trashed record named.
    panel.editor.memo.setPlainText("Named in the lead.")
    panel.editor._commit_memo()
    assert world.fields(world.mention)["actor_id"] == world.front
    assert panel.editor.error_text() == ""
    assert field.shown_text() == "trashed record: Qasr Hills Front"
    # An id a team merge brought before its record is named as unknown, not replaced.
    with world.project.repo.transaction("merge", "lead") as tx:
        tx.update("annotation", world.watch, {"fields": {"actor_id": "q7rx2"}})
    field = chooser(panel, world, world.watch)
    assert field.shown_text() == "unknown record ID: q7rx2"
    assert field.value() == "q7rx2"
    world.session.run(actor_ops.restore_actor, world.front, sender="actors dialog")
    field = chooser(panel, world, world.mention)  # a live record again: ordinary colour
    assert field.shown_text() == "Qasr Hills Front"
    assert field.combo.lineEdit().palette().color(QPalette.ColorRole.Text) == (
        field.combo.palette().color(QPalette.ColorRole.Text))


def test_typing_an_arabic_alias_lists_its_record_and_choosing_stores_its_id(panel, world):
    field = chooser(panel, world, world.arabic)
    assert field.shown_text() == "Qasr Hills Front"  # matched when it was coded
    world.session.run(ops.update_annotation, world.arabic, fields={"actor_id": None},
                      sender="test")
    assert field.shown_text() == ""
    world.notices.clear()
    retype(field, "جبهة")
    assert field._matches.stringList() == ["Qasr Hills Front — جَبْهَةُ تِلالِ القَصْر"]
    assert field.completer.popup().isVisible()
    QTest.keyClick(field.completer.popup(), Qt.Key.Key_Down)
    QTest.keyClick(field.completer.popup(), Qt.Key.Key_Return)
    QApplication.processEvents()
    assert world.fields(world.arabic)["actor_id"] == world.front
    assert field.shown_text() == "Qasr Hills Front"
    assert [n.sender for n in world.notices] == [panel.editor]
    assert world.notices[0].changes.annotation_ids == [world.arabic]
    world.session.undo(sender="test")
    QApplication.processEvents()
    assert "actor_id" not in world.fields(world.arabic)
    assert chooser(panel, world, world.arabic).shown_text() == ""


def test_leaving_the_field_on_a_name_or_alias_chooses_it_and_empty_chooses_none(panel, world):
    field = chooser(panel, world, world.watch)
    retype(field, "qhf")
    leave(field)
    assert world.fields(world.watch)["actor_id"] == world.front
    assert field.shown_text() == "Qasr Hills Front"
    retype(field, "Marsa Patrol")  # no record: marked, nothing stored
    leave(field)
    assert world.fields(world.watch)["actor_id"] == world.front
    assert field.combo.styleSheet() and "New" in field.combo.lineEdit().toolTip()
    focus(field)
    field.combo.lineEdit().selectAll()
    QTest.keyClick(field.combo.lineEdit(), Qt.Key.Key_Backspace)
    leave(field)
    assert "actor_id" not in world.fields(world.watch)
    assert field.shown_text() == "" and not field.combo.styleSheet()


def test_new_makes_a_record_of_the_quoted_words_in_one_undo_step(panel, world):
    field = chooser(panel, world, world.watch)
    steps = len(world.project.undo_stack)
    field.new_button.click()
    QApplication.processEvents()
    made = world.fields(world.watch)["actor_id"]
    assert world.project.repo.get("actor", made)["name"] == "Marsa Watch"
    assert field.shown_text() == "Marsa Watch"
    assert world.fields(world.watch)["name"] == "Marsa Watch"
    assert len(world.project.undo_stack) == steps + 1
    assert world.said[-1].startswith("Added the actor record Marsa Watch")
    world.session.undo(sender="test")
    QApplication.processEvents()
    assert world.project.repo.get("actor", made) is None
    assert world.fields(world.watch) == {}
    assert chooser(panel, world, world.watch).shown_text() == ""


def test_new_takes_the_typed_words_and_a_refusal_is_shown(panel, world):
    field = chooser(panel, world, world.watch)
    retype(field, "Marsa Civic Watch")
    field.new_button.click()
    QApplication.processEvents()
    made = world.fields(world.watch)["actor_id"]
    assert world.project.repo.get("actor", made)["name"] == "Marsa Civic Watch"
    assert field.shown_text() == "Marsa Civic Watch"
    # A refusal (here: the file is busy with a merge) is said under the title.
    world.session.held_by = "A team merge"
    retype(field, "Marsa Youth Watch")
    field.new_button.click()
    assert panel.editor.error_text().startswith("A team merge is running")
    world.session.held_by = None
    assert [a["name"] for a in world.project.repo.actors()] == [
        "Dunes Guard", "Marsa Civic Watch", "Qasr Hills Front"]


def test_the_table_names_the_record_where_the_kind_shows_it(panel, world):
    world.session.run(cb_ops.set_roles, "actor", summary=("actor_id", "actor_type"),
                      sender="codebook")
    QApplication.processEvents()
    model = panel.model
    key = {model.row_at(r)["id"]: model.index(r, KEY) for r in range(model.rowCount())}
    assert model.data(key[world.mention]) == "Qasr Hills Front"
    assert model.data(key[world.mention], Qt.ItemDataRole.ToolTipRole) == "Qasr Hills Front"
    assert model.data(key[world.watch]) == ""
    world.session.run(actor_ops.update_actor, world.front, name="Front of the Qasr Hills",
                      sender="actors dialog")
    assert model.data(key[world.mention]) == "Front of the Qasr Hills"
    assert chooser(panel, world, world.mention).shown_text() == "Front of the Qasr Hills"
    world.session.run(actor_ops.trash_actor, world.front, sender="actors dialog")
    assert model.data(key[world.mention]) == "trashed record: Front of the Qasr Hills"


def test_words_being_typed_survive_another_write_and_the_sentence_names_records(panel, world):
    field = chooser(panel, world, world.watch)
    retype(field, "Marsa Pat")
    field.completer.popup().hide()
    # Another pane (here: a review elsewhere) names the Dunes Guard in this annotation.
    world.session.run(ops.update_annotation, world.watch, fields={"actor_id": world.guard},
                      sender="another pane")
    QApplication.processEvents()
    assert field.combo.currentText() == "Marsa Pat"
    sentence = panel.editor.error_text()
    assert "changed elsewhere to “Dunes Guard”" in sentence
    assert world.guard not in sentence
    # Esc, in the field's line edit, takes the other value, as in any field.
    QTest.keyClick(field.combo, Qt.Key.Key_Escape)  # the focus is on the combo
    assert field.shown_text() == "Dunes Guard" and field.value() == world.guard
    assert panel.editor.error_text() == ""
