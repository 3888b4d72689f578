"""The main actions from the keyboard alone, in the whole window: tag, undo, redo, review."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QSpinBox

from tests.gui.conftest import select_words

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _focus():
    QApplication.processEvents()  # the editor asks for the focus again on the next turn
    return QApplication.focusWidget()


def _live(window, doc_id: int, start: int, end: int) -> list[dict]:
    return [r for r in window.session.project.repo.annotations(doc_id=doc_id)
            if (r["start"], r["end"]) == (start, end)]


def test_ctrl_z_right_after_tagging_undoes_the_tag_from_the_field_it_focused(window) -> None:
    view = window.document_view
    doc_id = view.doc_id
    words = view.text.split()[3]
    start, end = select_words(window, words)
    before = len(_live(window, doc_id, start, end))
    QTest.keyClick(view, Qt.Key.Key_S)
    field = _focus()
    assert isinstance(field, QLineEdit) and field.objectName().startswith("field_")
    assert len(_live(window, doc_id, start, end)) == before + 1

    QTest.keyClick(field, Qt.Key.Key_Z, CTRL)  # nothing typed there: the project's undo
    assert len(_live(window, doc_id, start, end)) == before
    assert window.statusBar().currentMessage().startswith("Undid ")
    QTest.keyClick(_focus(), Qt.Key.Key_Z, CTRL | SHIFT)
    assert len(_live(window, doc_id, start, end)) == before + 1


def test_ctrl_z_while_typing_in_a_field_undoes_the_typing_only(window) -> None:
    view = window.document_view
    doc_id = view.doc_id
    start, end = select_words(window, view.text.split()[3])
    QTest.keyClick(view, Qt.Key.Key_S)
    field = _focus()
    QTest.keyClicks(field, "Amal")
    QTest.keyClick(field, Qt.Key.Key_Z, CTRL)  # the words not yet stored
    assert field.text() == ""
    assert len(_live(window, doc_id, start, end)) == 1  # the tag stays


def test_ctrl_z_in_a_count_field_showing_the_stored_figure_undoes_the_last_change(
        window) -> None:
    view = window.document_view
    doc_id = view.doc_id
    start, end = select_words(window, view.text.split()[3])
    QTest.keyClick(view, Qt.Key.Key_K)
    _focus()
    editor = window.annotation_panel.editor
    count = next(i.widget for i in editor.inputs.values() if isinstance(i.widget, QSpinBox))
    count.setFocus()
    QTest.keyClick(_focus(), Qt.Key.Key_Z, CTRL)
    assert _live(window, doc_id, start, end) == []


def test_undoing_a_tag_selects_no_other_annotation_and_redo_selects_it_again(window) -> None:
    view, panel = window.document_view, window.annotation_panel
    bus = window.session.bus
    start, end = select_words(window, view.text.split()[3])
    QTest.keyClick(view, Qt.Key.Key_S)
    new = bus.selection.ann_id
    _focus()
    window.actions_["undo"].trigger()
    _focus()
    # The table lost the row: Qt made a neighbour current, which was published, and the
    # viewer, the editor and the incident pane all moved to an annotation nobody chose.
    assert bus.selection.ann_id in (None, new)
    assert panel.editor.ann is None
    assert view.textCursor().selectedText() in ("", view.text[start:end])
    window.actions_["redo"].trigger()
    _focus()
    assert bus.selection.ann_id == new
    assert panel.selected_ids() == [new] and panel.editor.ann["id"] == new


def test_escape_from_the_editor_returns_to_the_text_to_tag_the_next_words(window) -> None:
    view = window.document_view
    doc_id = view.doc_id
    select_words(window, view.text.split()[3])
    QTest.keyClick(view, Qt.Key.Key_S)
    field = _focus()
    assert field is not view
    QTest.keyClick(field, Qt.Key.Key_Escape)
    assert _focus() is view
    # From there the keyboard alone selects the next words and tags them.
    cursor = view.textCursor()
    cursor.clearSelection()
    view.setTextCursor(cursor)
    for _ in range(4):
        QTest.keyClick(view, Qt.Key.Key_Right, SHIFT)
    start, end = view.selected_span()
    words = view.text[start:end]  # the space it starts on stays out of the quote
    start, end = start + len(words) - len(words.lstrip()), end - len(words) + len(words.rstrip())
    QTest.keyClick(view, Qt.Key.Key_C)
    assert [r["kind"] for r in _live(window, doc_id, start, end)] == ["claim"]


def test_ctrl_z_in_the_actor_record_chooser_leaves_typed_words_to_it(window) -> None:
    view = window.document_view
    doc_id = view.doc_id
    start, end = select_words(window, view.text.split()[3])
    QTest.keyClick(view, Qt.Key.Key_A)
    chooser = window.annotation_panel.editor.inputs["actor_id"]
    QTest.keyClick(_focus(), Qt.Key.Key_Tab)  # from the name to the record
    assert _focus() is chooser.combo
    QTest.keyClicks(chooser.combo.lineEdit(), "Amal")
    QTest.keyClick(chooser.combo.lineEdit(), Qt.Key.Key_Z, CTRL)  # the words not yet stored
    assert chooser.combo.lineEdit().text() == ""
    assert len(_live(window, doc_id, start, end)) == 1  # the tag stays
    QTest.keyClick(chooser.combo.lineEdit(), Qt.Key.Key_Z, CTRL)  # nothing typed: undo
    assert len(_live(window, doc_id, start, end)) == 0
