"""A day of coding in the panel: edits left unfinished when the selection moves on, and
what the review keys and accept-all do to what is shown."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.gui.test_annotation_panel import World
from workbench.core.ops import annotations as ops


@pytest.fixture
def world(tmp_path):
    w = World(tmp_path)
    yield w
    w.project.close()


def _type_into(panel, qtbot, name: str, words: str):
    """Focus the shown annotation's field ``name`` and type ``words`` over its value,
    without leaving it."""
    panel.show()
    qtbot.waitExposed(panel)
    panel.activateWindow()
    widget = panel.editor.inputs[name].widget
    widget.setFocus()
    QApplication.processEvents()
    assert QApplication.focusWidget() is widget
    widget.selectAll()
    QTest.keyClicks(widget, words)
    return widget


def _fields(world, ann_id: str) -> dict:
    return world.project.repo.get("annotation", ann_id)["fields"]


def test_words_typed_in_a_field_are_stored_when_another_kind_is_selected(
        panel, world, qtbot) -> None:
    # F8 or a click on the timeline moves the selection while the cursor is still in a
    # field: the field was hidden with its signals blocked, and the typing was lost.
    world.bus.select(world.stmt, world.doc, sender="viewer")
    _type_into(panel, qtbot, "speaker", "Defence spokesman")
    world.bus.select(world.killed, world.doc, sender="viewer")
    assert _fields(world, world.stmt)["speaker"] == "Defence spokesman"
    assert panel.editor.ann["id"] == world.killed
    assert "speaker" not in _fields(world, world.killed)


def test_words_typed_in_a_field_are_stored_when_one_of_the_same_kind_is_selected(
        panel, world, qtbot) -> None:
    # The same kind keeps its form: the next annotation's value was written over the
    # typing, which then went nowhere.
    world.bus.select(world.killed, world.doc, sender="viewer")
    _type_into(panel, qtbot, "group", "civilians")
    world.bus.select(world.wounded, world.doc, sender="viewer")
    assert _fields(world, world.killed)["group"] == "civilians"
    assert "group" not in _fields(world, world.wounded)
    assert panel.editor.inputs["group"].widget.text() == ""


def test_words_typed_in_a_field_are_stored_when_the_document_changes(
        panel, world, qtbot) -> None:
    world.bus.select(world.killed, world.doc, sender="viewer")
    _type_into(panel, qtbot, "group", "soldiers")
    world.bus.select(None, world.doc_b, sender="doclist")  # Ctrl+PgDown
    assert _fields(world, world.killed)["group"] == "soldiers"
    assert "group" not in _fields(world, world.other)


def _menu_texts(panel) -> list[str]:
    from PySide6.QtWidgets import QMenu

    menu = QMenu()
    panel._fill_accept_menu(menu)
    return [a.text() for a in menu.actions()]


def test_accept_all_offers_nothing_while_the_status_filter_hides_suggestions(
        panel, world) -> None:
    # The table listed only accepted rows, and the menu offered to accept the
    # suggestions it hid, as the status filter was overwritten with "suggested".
    status = panel.filters.status
    status.setCurrentIndex(status.findData("accepted"))
    assert all(panel.model.row_at(i)["status"] == "accepted"
               for i in range(panel.model.rowCount()))
    assert panel.suggestion_counts() == {}
    assert _menu_texts(panel) == ["No suggestions here"]
    panel.accept_all("casualty")
    assert world.project.repo.get("annotation", world.wounded)["status"] == "suggested"
    status.setCurrentIndex(status.findData("suggested"))
    assert _menu_texts(panel) == ["Accept all Casualty figure (1)", "Accept all Claim (1)"]


def test_accept_all_says_how_many_it_accepted(panel, world) -> None:
    # Accepting a kind's suggestions in bulk changed rows out of view and said nothing.
    said: list[str] = []
    world.bus.status_message.connect(said.append)
    panel.set_whole_project(True)
    panel.accept_all("casualty")
    assert said == ["Accepted 2 Casualty figure suggestions; Undo takes them back."]
    assert world.project.repo.get("annotation", world.other)["status"] == "accepted"
    panel.set_whole_project(False)
    said.clear()
    panel.accept_all("claim")
    assert said == ["Accepted 1 Claim suggestion; Undo takes it back."]


@pytest.mark.parametrize("keys", ["backspace", "spaces"])
def test_a_count_emptied_by_deleting_its_digits_is_stored_empty(
        panel, world, qtbot, keys) -> None:
    # A range taken back to one figure: the high count's digits deleted and Tab. The
    # spin box put the old figure back, so a count could only be emptied by stepping
    # below its minimum.
    from PySide6.QtCore import Qt

    world.bus.select(world.wounded, world.doc, sender="viewer")
    panel.show()
    qtbot.waitExposed(panel)
    panel.activateWindow()
    high = panel.editor.inputs["count_high"].widget
    high.setFocus()
    QApplication.processEvents()
    high.lineEdit().selectAll()
    if keys == "backspace":
        QTest.keyClick(high, Qt.Key.Key_Backspace)
    else:
        QTest.keyClicks(high, "  ")
    QTest.keyClick(high, Qt.Key.Key_Tab)
    assert "count_high" not in _fields(world, world.wounded)
    assert _fields(world, world.wounded)["count_low"] == 5
    assert high.text() == "high —"
    assert panel.editor.error_text() == ""


def test_undo_and_redo_of_a_review_are_said_in_words(window) -> None:
    # The status bar read "Undid review:accepted." (the history's internal name).
    panel = window.annotation_panel
    panel.set_whole_project(True)
    kind = next(iter(panel.suggestion_counts()))
    panel.accept_all(kind)
    window.undo()
    assert window.statusBar().currentMessage() == "Undid accepting suggestions."
    window.redo()
    assert window.statusBar().currentMessage() == "Redid accepting suggestions."


def test_suggesting_again_says_how_many_are_new(window) -> None:
    # The sentence named only the rules that read the document: a second run, adding
    # nothing (a rejected suggestion is not brought back), read as the first did.
    repo = window.session.project.repo
    doc_id = repo.documents()[0]["id"]
    window.session.bus.select(None, doc_id, sender=None)
    before = {a["id"] for a in repo.annotations(doc_id=doc_id)}
    window._suggest([doc_id])
    added = [a for a in repo.annotations(doc_id=doc_id) if a["id"] not in before]
    assert added and all(a["status"] == "suggested" for a in added)
    said = window.statusBar().currentMessage()
    assert said.startswith(f"Suggestions: {len(added)} new; English rules: document {doc_id}")
    window.session.run(ops.set_status, [added[0]["id"]], "rejected", sender=None)
    window._suggest([doc_id])
    assert repo.get("annotation", added[0]["id"])["status"] == "rejected"
    assert len(repo.annotations(doc_id=doc_id)) == len(before) + len(added)
    assert window.statusBar().currentMessage().startswith("Suggestions: none new; English")


@pytest.fixture
def viewer(qtbot, world):
    from workbench.gui.panes.document_view import DocumentView

    view = DocumentView(world.session)
    qtbot.addWidget(view)
    view.resize(800, 500)
    world.bus.select(None, world.doc, sender="doclist")
    return view


def _select(view, start: int, end: int) -> None:
    from PySide6.QtGui import QTextCursor

    cursor = view.textCursor()
    cursor.setPosition(view.omap.to_qt(start))
    cursor.setPosition(view.omap.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)


def test_a_selection_of_spaces_only_is_not_annotated(viewer, world) -> None:
    # A kind's key over a selected gap between words made an annotation of nothing.
    said: list[str] = []
    world.bus.status_message.connect(said.append)
    count = len(world.project.repo.annotations(doc_id=world.doc))
    gap = viewer.text.index(" the Ministry")
    _select(viewer, gap, gap + 1)
    assert viewer.annotate_selection("event") is None
    assert len(world.project.repo.annotations(doc_id=world.doc)) == count
    assert said == ["Select some words first, then press a kind's key."]


def test_spaces_at_the_edges_of_a_selection_stay_out_of_the_quote(viewer, world) -> None:
    # A dragged selection takes the space after the last word: the quote kept it
    # ("Riverton "), in the table, the exports and the editor's title.
    start = viewer.text.index("Riverton")
    _select(viewer, start - 1, start + len("Riverton") + 1)
    ann = world.project.repo.get("annotation", viewer.annotate_selection("location"))
    assert (ann["exact"], ann["start"], ann["end"]) == ("Riverton", start, start + 8)


def test_a_memo_being_typed_goes_to_its_own_annotation_when_the_selection_moves(
        panel, world, qtbot) -> None:
    # The memo box kept its words while it had the focus, whatever annotation was
    # shown next; leaving it then stored them in that next annotation.
    world.bus.select(world.stmt, world.doc, sender="viewer")
    panel.show()
    qtbot.waitExposed(panel)
    panel.activateWindow()
    memo = panel.editor.memo
    memo.setFocus()
    QApplication.processEvents()
    QTest.keyClicks(memo, "read in the evening bulletin")
    world.bus.select(world.killed, world.doc, sender="viewer")  # F8
    assert memo.toPlainText() == ""
    panel.table.setFocus()  # the memo is left
    QApplication.processEvents()
    repo = world.project.repo
    assert repo.get("annotation", world.stmt)["memo"] == "read in the evening bulletin"
    assert repo.get("annotation", world.killed)["memo"] == ""


def _click_at(view, qtbot, pos: int) -> None:
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtGui import QTextCursor

    cursor = QTextCursor(view.document())
    cursor.setPosition(view.omap.to_qt(pos))
    point = view.cursorRect(cursor).center() + QPoint(1, 0)
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)


def test_clicking_a_highlight_again_reaches_the_annotation_under_it(
        viewer, world, qtbot) -> None:
    # Two annotations over the same words (a figure and its event), or one inside
    # another: a click always chose the innermost, so the other could not be chosen
    # in the text at all.
    viewer.show()
    qtbot.waitExposed(viewer)
    killed = world.project.repo.get("annotation", world.killed)
    event = world.session.run(ops.annotate_quote, world.doc, "event",
                              "at least 3 people were killed", sender=None).changes.result
    inside = killed["start"] + 4
    chosen = []
    for _ in range(3):
        _click_at(viewer, qtbot, inside)
        chosen.append(world.bus.selection.ann_id)
    assert chosen[0] in (world.killed, event)
    assert set(chosen[:2]) == {world.killed, event}
    assert chosen[2] == chosen[0]
    # A click on a lone highlight keeps choosing it.
    stmt = world.project.repo.get("annotation", world.stmt)
    for _ in range(2):
        _click_at(viewer, qtbot, stmt["start"] + 2)
        assert world.bus.selection.ann_id == world.stmt


def _tab_chain(panel, steps: int) -> list[str]:
    from PySide6.QtCore import Qt

    names = []
    for _ in range(steps):
        focus = QApplication.focusWidget()
        names.append(focus.objectName())
        QTest.keyClick(focus, Qt.Key.Key_Tab)
        QApplication.processEvents()
    return names


@pytest.mark.parametrize("kind", ["casualty", "statement"])
def test_tab_goes_through_the_editor_in_the_order_it_is_shown(
        panel, world, qtbot, kind) -> None:
    # Tab from the last field left the editor for the filter bar: Status and Memo came
    # before the fields in the focus chain (made first), so the keyboard reached them
    # only backwards; and from the memo, Tab skipped the Links controls. Status and
    # Memo are now shown above the fields, so they come first in the chain too.
    ann = world.killed if kind == "casualty" else world.stmt
    world.bus.select(world.stmt if kind == "casualty" else world.killed, world.doc,
                     sender="viewer")  # another kind's form first: rows are moved in
    world.bus.select(ann, world.doc, sender="viewer")
    panel.show()
    qtbot.waitExposed(panel)
    panel.activateWindow()
    editor = panel.editor
    editor.focus_first_field()
    QApplication.processEvents()
    shown = [n for n, i in editor.inputs.items() if i.widget.isVisibleTo(editor)]
    more = ["annotationMoreFields"] if editor.more.isVisibleTo(editor) else []
    expected = [f"field_{n}" for n in shown] + more + ["annotationLinks", "linkType",
                                                        "linkTarget"]
    assert _tab_chain(panel, len(expected)) == expected
    # Backwards from the first field: Memo, then Status, as they are shown above it.
    editor.focus_first_field()
    QApplication.processEvents()
    names = []
    for _ in range(2):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab,
                       Qt.KeyboardModifier.ShiftModifier)
        QApplication.processEvents()
        names.append(QApplication.focusWidget().objectName())
    assert names == ["annotationMemo", "annotationStatus"]


def test_a_new_tag_takes_its_reading_place_in_the_table(panel, world) -> None:
    # The table promises reading order before any header click; a tag made in the
    # text was put at the bottom, after words that come later in the document.
    new = world.session.run(ops.annotate_quote, world.doc, "date", "On 1 March",
                            sender="viewer").changes.result
    repo = world.project.repo
    reading = [a["id"] for a in repo.annotations(doc_id=world.doc)]
    assert reading[0] == new
    assert panel.model.ids() == reading
    # Under a column's sort a new row is put last (placing it would compute every
    # row's key), and a click on the header places it.
    panel.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # Kind, Z to A
    later = world.session.run(ops.annotate_quote, world.doc, "event", "the attack",
                              sender="viewer").changes.result
    assert panel.model.ids()[-1] == later


def test_the_cursor_stays_in_the_fields_when_another_kind_is_shown(
        panel, world, qtbot) -> None:
    # The field holding the cursor was hidden with its kind's form and Qt passed the
    # focus on down its chain: to a box elsewhere (a letter typed next went into it),
    # or to Status, where a letter typed next chose a status.
    world.bus.select(world.stmt, world.doc, sender="viewer")
    _type_into(panel, qtbot, "speaker", "Defence spokesman")
    world.bus.select(world.killed, world.doc, sender="viewer")  # F8
    QApplication.processEvents()
    assert QApplication.focusWidget() is panel.editor.inputs["outcome"].widget
    world.bus.select(world.stmt, world.doc, sender="viewer")  # Shift+F8
    QApplication.processEvents()
    assert QApplication.focusWidget() is panel.editor.inputs["speaker"].widget
    assert _fields(world, world.stmt)["speaker"] == "Defence spokesman"


def test_a_field_the_cursor_only_rests_in_is_not_rewritten_when_the_selection_moves(
        panel, world, qtbot) -> None:
    # Coordinates pasted from a map keep seven decimals; the latitude box shows five.
    # With the cursor resting in it (nothing typed), moving the selection on stored the
    # box's rounded figure over the coordinate: an edit nobody made, on the undo history.
    place = world.quote(world.doc, "location", "Riverton",
                        {"name": "Riverton", "latitude": 33.3152817, "longitude": 44.3661403})
    world.bus.select(place, world.doc, sender="viewer")
    panel.show()
    qtbot.waitExposed(panel)
    panel.activateWindow()
    latitude = panel.editor.inputs["latitude"].widget
    latitude.setFocus()
    QApplication.processEvents()
    assert QApplication.focusWidget() is latitude
    steps = len(world.project.undo_stack)
    world.bus.select(world.killed, world.doc, sender="viewer")  # F8
    assert _fields(world, place)["latitude"] == 33.3152817
    assert len(world.project.undo_stack) == steps
    # Leaving the box without typing leaves the figure as it is too.
    world.bus.select(place, world.doc, sender="viewer")
    latitude.setFocus()
    QApplication.processEvents()
    panel.table.setFocus()
    QApplication.processEvents()
    assert _fields(world, place)["latitude"] == 33.3152817
    # A figure typed there is still stored.
    latitude.setFocus()
    QApplication.processEvents()
    latitude.lineEdit().selectAll()
    QTest.keyClicks(latitude, "33.5")
    world.bus.select(world.killed, world.doc, sender="viewer")
    assert _fields(world, place)["latitude"] == 33.5


def test_the_cursor_goes_to_a_shown_field_when_the_first_one_is_retired(
        panel, world, qtbot) -> None:
    # A kind whose first field was retired keeps that field's row, hidden on an
    # annotation with no value in it. The cursor was sent to that hidden field, which
    # cannot take it: it stayed on Status (a letter typed next chose a status), and a
    # kind's key left it in the text.
    from workbench.core.ops import codebook

    project = world.project
    codebook.add_kind(project, "checkpoint", "Checkpoint", "7")
    codebook.add_field(project, "checkpoint", "officer", "text")
    codebook.add_field(project, "checkpoint", "unit", "text")
    codebook.retire_field(project, "checkpoint", "officer")
    post = world.session.run(ops.annotate_quote, world.doc, "checkpoint", "near Riverton",
                             sender=None).changes.result
    world.bus.select(world.stmt, world.doc, sender="viewer")
    _type_into(panel, qtbot, "speaker", "Defence spokesman")
    world.bus.select(post, world.doc, sender="viewer")  # F8
    QApplication.processEvents()
    unit = panel.editor.inputs["unit"].widget
    assert not panel.editor.inputs["officer"].widget.isVisibleTo(panel.editor)
    assert QApplication.focusWidget() is unit
    panel.editor.status.setFocus()
    panel.editor.focus_first_field()  # as after a kind's key
    QApplication.processEvents()
    assert QApplication.focusWidget() is unit


def test_the_cursor_is_not_handed_to_the_filter_bar_when_nothing_is_selected_next(
        panel, world, qtbot) -> None:
    # Ctrl+PgDown while typing in a field: the next document has nothing selected, the
    # fields went, and Qt passed the cursor on to the Whole project box, where a space
    # typed next changed what the table lists. It stays with the editor, which takes no
    # keys, and goes to the first field of the annotation chosen next.
    world.bus.select(world.killed, world.doc, sender="viewer")
    _type_into(panel, qtbot, "group", "soldiers")
    world.bus.select(None, world.doc_b, sender="doclist")  # Ctrl+PgDown
    QApplication.processEvents()
    assert QApplication.focusWidget() is panel.editor
    whole = panel.whole_project()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    assert panel.whole_project() == whole
    world.bus.select(world.other, world.doc_b, sender="viewer")  # F8
    QApplication.processEvents()
    assert QApplication.focusWidget() is panel.editor.inputs["outcome"].widget
    assert _fields(world, world.killed)["group"] == "soldiers"


def test_a_count_stored_as_words_is_shown_empty_and_kept(panel, world, qtbot) -> None:
    # A project merged before merges checked types can hold words in a number field.
    # Showing such an annotation raised ValueError half way through filling the form,
    # which kept the count of the annotation shown before.
    with world.project.write("imported values") as tx:
        tx.update("annotation", world.killed,
                  {"fields": {"outcome": "killed", "count_low": "three"}})
    world.bus.select(world.wounded, world.doc, sender="viewer")
    world.bus.select(world.killed, world.doc, sender="viewer")
    low = panel.editor.inputs["count_low"].widget
    assert panel.editor.ann["id"] == world.killed
    assert low.text() == "low —"
    # Resting in the field and moving on leaves the words for the user to correct.
    panel.show()
    qtbot.waitExposed(panel)
    panel.activateWindow()
    low.setFocus()
    QApplication.processEvents()
    world.bus.select(world.wounded, world.doc, sender="viewer")
    assert _fields(world, world.killed)["count_low"] == "three"


@pytest.mark.parametrize("name, stored", [("latitude", "33.3152817"), ("count_low", 3.7),
                                          ("count_low", -2)],
                         ids=["figure-as-words", "fraction-in-a-count", "below-the-bounds"])
def test_a_number_stored_in_another_form_is_not_rewritten_by_a_resting_cursor(
        panel, world, qtbot, name, stored) -> None:
    # A project merged before merges checked types may hold a figure as words in a
    # number field ("33.3152817"), a fraction in a count, or a count below its bounds.
    # The box shows what it can (rounded to five decimals; 3; empty); with the cursor
    # resting in the box, moving the selection stored that over the figure stored, as
    # the rounded coordinate was before (the count below its bounds was erased).
    from tests.helpers import raw_connect

    ann = (world.quote(world.doc, "location", "Riverton", {"name": "Riverton"})
           if name == "latitude" else world.killed)
    raw = raw_connect(world.project.path)
    raw.execute("UPDATE annotations SET fields = json_set(fields, ?, ?) WHERE id = ?",
                (f"$.{name}", stored, ann))
    raw.commit()
    raw.close()
    world.project.repo.forget_cached()
    world.bus.select(ann, world.doc, sender="viewer")
    panel.show()
    qtbot.waitExposed(panel)
    panel.activateWindow()
    box = panel.editor.inputs[name].widget
    box.setFocus()
    QApplication.processEvents()
    assert QApplication.focusWidget() is box
    steps = len(world.project.undo_stack)
    world.bus.select(world.stmt, world.doc, sender="viewer")  # F8
    assert _fields(world, ann)[name] == stored
    assert len(world.project.undo_stack) == steps
