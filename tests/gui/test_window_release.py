"""A project replaced in the window, and a closed window, leave nothing alive behind.

The timeline's hover proxy has no parent and its connection held a slot holding the pane,
out of the collector's sight: every pane of every project shown before stayed alive with
the plot's parentless menus (13 hidden windows a switch, each re-polished by every later
theme change). The window's own status lambdas on the bus and on the theme manager kept a
closed window alive the same way.
"""

from __future__ import annotations

import gc
import weakref
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication

from workbench.core.project import Project


def _settle(qtbot) -> None:
    for _ in range(3):
        qtbot.wait(10)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


def _hidden_windows() -> set[int]:
    return {id(w) for w in QApplication.topLevelWidgets() if not w.isVisible()}


def test_a_replaced_project_leaves_no_pane_or_window_behind(window, tmp_path: Path,
                                                            qtbot) -> None:
    other = tmp_path / "other.wbproj"
    Project.create(other, coder="tester").close()
    window.timeline  # noqa: B018 - the pane is built, as after the first paint
    old_pane = weakref.ref(window.timeline)
    _settle(qtbot)
    hidden_before = len(_hidden_windows())

    assert window.open_project(other)
    window.timeline  # noqa: B018
    _settle(qtbot)

    assert old_pane() is None
    assert len(_hidden_windows()) <= hidden_before


def test_a_closed_window_is_collected(demo_project: Path, qtbot) -> None:
    from workbench.gui.app import close_window, create_main_window

    win = create_main_window(demo_project)
    win.show_dialogs = False
    win.show()
    qtbot.waitExposed(win)
    win.timeline  # noqa: B018
    ref = weakref.ref(win)
    close_window(win)
    del win
    _settle(qtbot)

    assert ref() is None
