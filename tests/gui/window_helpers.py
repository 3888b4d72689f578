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
