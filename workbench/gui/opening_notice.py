"""A sentence shown while a project opens, for a step of the opening that takes long.

Opening runs on the window's thread. A search index rebuilt for a new folding reads the
whole project (about a minute for a million annotations), and a window that stops
painting for that long looks hung: the core announces such a step before it starts
(``Project.open(announce=)``), and this shows the sentence in a busy dialog, painted
before the step begins, until the opening returns.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget


@contextmanager
def opening_notice(parent: QWidget | None) -> Iterator[Callable[[str], None]]:
    """A function that shows a sentence until the block ends (nothing if never called)."""
    shown: list[QProgressDialog] = []

    def say(sentence: str) -> None:
        box = QProgressDialog(sentence, "", 0, 0, parent)
        box.setWindowTitle("Opening the project")
        box.setCancelButton(None)  # the step is one transaction: nothing to stop safely
        box.setWindowModality(Qt.WindowModality.ApplicationModal)
        box.setMinimumDuration(0)
        box.show()
        if not shown:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        shown.append(box)
        # Painted now: the step that follows holds the thread until it ends.
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents, 100)

    try:
        yield say
    finally:
        for box in shown:
            box.close()
            box.deleteLater()
        if shown:
            QApplication.restoreOverrideCursor()
