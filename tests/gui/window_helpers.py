"""The main window as the GUI tests open it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path


def shown_window(project_path: Path, qtbot) -> Iterator:
    """The main window on ``project_path``, shown at 1400x900 without dialogs; closed after."""
    from workbench.gui.app import close_window, create_main_window

    win = create_main_window(project_path)
    win.show_dialogs = False
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    yield win
    close_window(win)


def module_window(project_path: Path, settings_file: Path) -> Iterator:
    """The main window on ``project_path`` for every test of a module, shown as
    ``shown_window`` shows it, with settings of its own in ``settings_file`` (not the
    first test's private folder, which the next test no longer uses); closed after the
    module's last test. Its tests must read it, or reset what they change (see
    ``WindowState``)."""
    from PySide6.QtCore import QSettings
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from workbench.gui.app import close_window, create_main_window
    from workbench.gui.settings import Settings

    settings = Settings(QSettings(str(settings_file), QSettings.Format.IniFormat))
    win = create_main_window(project_path, settings)
    win.show_dialogs = False
    win.resize(1400, 900)
    win.show()
    assert QTest.qWaitForWindowExposed(win)
    # The timeline is built after the first paint, and the editor's forms on a zero
    # timer, with about thirty hidden parentless widgets (the plot's menus, the lists'
    # pop-ups): made during the first test, they would be deleted after it as that test's
    # left-overs (the conftest's ``delete_closed_widgets``) while the window still holds
    # them, and closing it crashed. Made here, they are older than every test.
    win.timeline  # noqa: B018
    made, still = -1, 0
    while still < 3:  # no new window-less widget over three rounds of events
        QTest.qWait(10)
        count = len(QApplication.topLevelWidgets())
        made, still = count, (still + 1 if count == made else 0)
    yield win
    close_window(win)


class WindowState:
    """What a shared window looked like when it was new: its size, the widget with the
    keyboard, the selection and filters, its undo history, and that it was the only window
    shown. ``restore`` brings the keyboard back to it and checks the rest, so a test that
    left the window otherwise fails there instead of passing its change to the next test.
    The theme is not restored: a test that draws sets the theme it draws in (restoring
    it would re-polish every widget of the application once more per test)."""

    def __init__(self, win) -> None:
        from PySide6.QtWidgets import QApplication

        self.win = win
        self.size = win.size()
        self.focus = QApplication.focusWidget()
        self.bus = self._bus_state()
        self.undo = win.session.can_undo()

    def _bus_state(self) -> tuple:
        bus = self.win.session.bus
        f, inc = self.win.annotation_panel.filters, self.win.incident_panel
        return (bus.selection, bus.date_filter, bus.search, bus.incident,
                bus.incident_filter, f.whole_project.isChecked(), f.suggestions.isChecked(),
                f.kind.currentIndex(), f.status.currentIndex(), f.coder.currentIndex(),
                f.text.text(), inc.rejected_box.isChecked(), inc.filter_box.isChecked(),
                self.win.document_list.search_box.text())

    def restore(self) -> None:
        from PySide6.QtWidgets import QApplication

        win = self.win
        win.activateWindow()
        if self.focus is not None:
            self.focus.setFocus()
        QApplication.processEvents()
        shown = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        assert shown == [win], shown  # no dialog or test window left open
        assert QApplication.focusWidget() is self.focus
        assert win.size() == self.size
        assert self._bus_state() == self.bus  # the selection and every filter
        assert win.session.can_undo() == self.undo  # the project was not written
