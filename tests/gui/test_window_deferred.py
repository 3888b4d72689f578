"""What the window's first paint does without: the timeline (pyqtgraph, numpy), the
importers, exporters and extractors are loaded after it or when first used."""

from __future__ import annotations

import gc
import subprocess
import sys

from PySide6.QtWidgets import QApplication

from workbench.gui.bus import Bus
from workbench.gui.main_window import MainWindow, TimelineSlot
from workbench.gui.session import Session

HEAVY = ("pyqtgraph", "numpy", "workbench.core.extract", "workbench.core.importers",
         "workbench.core.exporters", "workbench.core.prefill", "workbench.core.verify",
         "workbench.gui.panes.timeline")


def test_importing_the_window_loads_none_of_the_heavy_modules():
    code = ("import sys, workbench.gui.app\n"
            f"print(sorted(m for m in {HEAVY!r} if m in sys.modules))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=120, env={"QT_QPA_PLATFORM": "offscreen",
                                           "PYTHONPATH": ":".join(sys.path)})
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


def test_the_timeline_takes_its_slot_after_the_first_paint(small_project, qtbot):
    win = MainWindow(Session(small_project, Bus()))
    qtbot.addWidget(win)
    assert win._timeline is None  # not built with the window
    assert isinstance(win.bottom.widget(0), TimelineSlot)
    assert win.lane_mode() == "kind" and win.actions_["lanes_kind"].isChecked()
    win.resize(1200, 800)
    win.show()
    qtbot.waitUntil(lambda: win._timeline is not None, timeout=15_000)
    pane = win.timeline
    assert win.bottom.widget(0) is pane and win.bottom.count() == 2
    assert win.central_panes()["timeline"] is pane
    assert len(pane.marks) == 1  # the dated casualty figure
    # The View menu follows the pane, and the pane the menu.
    pane.set_lane_mode("actor")
    assert win.actions_["lanes_actor"].isChecked() and win.lane_mode() == "actor"
    win.actions_["lanes_kind"].trigger()
    assert pane.mode == "kind"


def test_the_opening_objects_are_frozen_after_the_first_paint_until_closing(small_project,
                                                                          qtbot):
    gc.unfreeze()
    win = MainWindow(Session(small_project, Bus()))
    qtbot.addWidget(win)
    assert gc.get_freeze_count() == 0  # not before the first paint
    win.show()
    # The window's objects among them: full collections no longer walk them.
    qtbot.waitUntil(lambda: gc.get_freeze_count() > 1000, timeout=15_000)
    win.close()
    assert gc.get_freeze_count() == 0


def test_the_editor_makes_the_kinds_forms_after_the_first_paint(small_project, qtbot):
    win = MainWindow(Session(small_project, Bus()))
    qtbot.addWidget(win)
    editor = win.annotation_panel.editor
    assert editor._forms == {}  # not before the first paint
    win.show()
    kinds = {k.name for k in small_project.codebook.kinds()}
    qtbot.waitUntil(lambda: set(editor._forms) == kinds, timeout=15_000)
    assert editor.inputs == {}  # nothing selected: no kind's fields are shown


def test_asking_for_the_timeline_builds_it_at_once(small_project, qtbot):
    win = MainWindow(Session(small_project, Bus()))
    qtbot.addWidget(win)
    pane = win.timeline  # never shown: built on demand, in its slot's place
    assert win.bottom.widget(0) is pane and win.timeline is pane


def test_a_project_closed_before_the_deferred_build_builds_nothing(small_project, qtbot):
    win = MainWindow(Session(small_project, Bus()))
    qtbot.addWidget(win)
    slot = win._timeline_slot
    small_project.close()  # as a window's owner may before the first paint's next turn
    win.show()
    qtbot.waitUntil(lambda: slot._asked, timeout=15_000)  # painted: the build was asked
    for _ in range(5):
        QApplication.processEvents()
    assert win._timeline is None
