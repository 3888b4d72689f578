"""A huge memo without spaces is shown quickly (it used to hang the window for minutes)."""

from __future__ import annotations

import time

from PySide6.QtGui import QTextOption

from workbench.core.ops.annotations import update_annotation
from workbench.gui.bus import Bus
from workbench.gui.panes.ann_editor import AnnotationEditor
from workbench.gui.session import Session


def test_a_megabyte_memo_without_spaces_wraps_anywhere_and_shows(small_project, qtbot):
    ann = small_project.repo.annotations()[0]
    update_annotation(small_project, ann["id"], memo="x" * 1_000_000)
    editor = AnnotationEditor(Session(small_project, Bus()))
    qtbot.addWidget(editor)
    editor.resize(400, 600)
    editor.show()
    row = small_project.repo.get("annotation", ann["id"])
    started = time.perf_counter()
    editor.show_annotation(row)
    qtbot.wait(1)
    editor.memo.viewport().repaint()
    # Word-boundary layout of such text took minutes; wrapping anywhere takes under a
    # second. The bound here is loose so a loaded machine cannot fail it, yet minutes can.
    assert editor.memo.wordWrapMode() == QTextOption.WrapMode.WrapAnywhere
    assert time.perf_counter() - started < 20.0
    assert editor.memo.toPlainText() == row["memo"]  # all of it, nothing cut
    update_annotation(small_project, ann["id"], memo="an ordinary memo")
    started = time.perf_counter()
    editor.show_annotation(small_project.repo.get("annotation", ann["id"]))
    # Moving on to an ordinary memo re-wrapped the huge one at word boundaries before
    # replacing it: over two minutes.
    assert time.perf_counter() - started < 20.0
    assert editor.memo.wordWrapMode() != QTextOption.WrapMode.WrapAnywhere
    assert editor.memo.toPlainText() == "an ordinary memo"
