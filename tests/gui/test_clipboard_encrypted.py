"""Words copied out of an encrypted project: hinted out of clipboard histories, and not
left on the clipboard once the project is closed."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from tests.gui.conftest import add_text
from workbench.core.project import Project
from workbench.gui import clipboard
from workbench.gui.bus import Bus
from workbench.gui.main_window import MainWindow
from workbench.gui.session import Session

KEY = "correct horse battery"
TEXT = "Mortar rounds fell on the Ostravine bakery at dawn, a volunteer medic said.\n"


def _window(tmp_path, qtbot, passphrase):
    project = Project.create(tmp_path / "p.wbproj", coder="tester", passphrase=passphrase)
    doc = add_text(project, TEXT, "report.txt")
    window = MainWindow(Session(project, Bus()))
    qtbot.addWidget(window)
    window.show_dialogs = False
    window.session.bus.select(None, doc, sender="list")
    return window


def _copy_all(window) -> None:
    view = window.document_view
    assert "Ostravine" in view.toPlainText()
    view.selectAll()
    view.copy()


def test_a_copy_from_an_encrypted_project_is_hinted_and_cleared_on_close(tmp_path, qtbot):
    window = _window(tmp_path, qtbot, KEY)
    _copy_all(window)
    board = QApplication.clipboard()
    assert "Ostravine" in board.text()
    assert bytes(board.mimeData().data("x-kde-passwordManagerHint")) == b"secret"
    window.backup_timer.wait()
    window.close()
    assert "Ostravine" not in board.text()


def test_a_copy_made_after_by_someone_else_stays(tmp_path, qtbot):
    window = _window(tmp_path, qtbot, KEY)
    _copy_all(window)
    board = QApplication.clipboard()
    board.setText("a line from another program")
    window.backup_timer.wait()
    window.close()
    assert board.text() == "a line from another program"


def test_a_plain_project_leaves_the_clipboard_as_it_is(tmp_path, qtbot):
    window = _window(tmp_path, qtbot, None)
    _copy_all(window)
    board = QApplication.clipboard()
    assert not board.mimeData().hasFormat("x-kde-passwordManagerHint")
    window.backup_timer.wait()
    window.close()
    assert "Ostravine" in board.text()
    assert not clipboard.holds_our_copy()


# ------------------------------------------------- the annotation panel's one-line fields
def _field_window(tmp_path, qtbot, passphrase):
    from workbench.core.ops.annotations import annotate_quote

    window = _window(tmp_path, qtbot, passphrase)
    project = window.session.project
    ann = annotate_quote(project, 1, "casualty", "Mortar rounds fell on the Ostravine bakery",
                         fields={"location": "Ostravine bakery"}).result
    window.session.bus.select(ann, 1, sender="list")
    field = window.annotation_panel.editor.inputs["location"].widget
    assert field.text() == "Ostravine bakery"
    field.selectAll()
    return window, field


def test_a_copy_from_a_one_line_field_is_hinted_and_cleared_on_close(tmp_path, qtbot):
    from PySide6.QtCore import Qt

    window, field = _field_window(tmp_path, qtbot, KEY)
    board = QApplication.clipboard()
    qtbot.keyClick(field, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert board.text() == "Ostravine bakery"
    assert bytes(board.mimeData().data("x-kde-passwordManagerHint")) == b"secret"
    assert clipboard.holds_our_copy()
    window.backup_timer.wait()
    window.close()
    assert "Ostravine" not in board.text()


def test_the_fields_menu_copy_and_cut_are_hinted(tmp_path, qtbot):
    window, field = _field_window(tmp_path, qtbot, KEY)
    board = QApplication.clipboard()
    board.setText("before")
    menu = field.context_menu()
    actions = {a.objectName(): a for a in menu.actions()}
    actions["edit-copy"].trigger()
    assert board.text() == "Ostravine bakery" and clipboard.holds_our_copy()
    board.setText("before")
    field.selectAll()
    field.context_menu()  # a menu made again is guarded again
    {a.objectName(): a for a in field.context_menu().actions()}["edit-cut"].trigger()
    assert board.text() == "Ostravine bakery" and clipboard.holds_our_copy()
    assert field.text() == ""
    window.backup_timer.wait()
    window.close()
    assert "Ostravine" not in board.text()


def test_a_plain_projects_field_copies_plain_text(tmp_path, qtbot):
    from PySide6.QtCore import Qt

    window, field = _field_window(tmp_path, qtbot, None)
    board = QApplication.clipboard()
    qtbot.keyClick(field, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert board.text() == "Ostravine bakery"
    assert not board.mimeData().hasFormat("x-kde-passwordManagerHint")
    window.backup_timer.wait()
    window.close()
    assert board.text() == "Ostravine bakery"
