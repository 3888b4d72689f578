"""The window opens a read-only project with a banner that says so."""

from __future__ import annotations

import os

from workbench.gui.app import create_main_window


def test_read_only_project_opens_with_a_banner(small_project, monkeypatch, qtbot):
    path = small_project.path
    small_project.close()
    real = os.access
    monkeypatch.setattr(os, "access", lambda p, mode, **kw: False if mode & os.W_OK
                        else real(p, mode, **kw))
    window = create_main_window(path)
    qtbot.addWidget(window)
    window.show_dialogs = False
    window.show()
    from PySide6.QtWidgets import QLabel

    banner = window.findChild(QLabel, "readOnlyBanner")
    assert banner is not None and banner.isVisible() and "read-only" in banner.text()
    assert window.session.project.read_only
    window.session.project.close()


def test_a_writable_project_has_no_banner(small_project, qtbot):
    from workbench.gui.bus import Bus
    from workbench.gui.main_window import MainWindow
    from workbench.gui.session import Session

    window = MainWindow(Session(small_project, Bus()))
    qtbot.addWidget(window)
    window.show()
    assert not window.read_only_banner.isVisible()
