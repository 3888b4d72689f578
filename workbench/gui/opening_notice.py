"""A step of opening a project that takes long, shown in a dialog with its progress.

A search index rebuilt for a new folding reads the whole project (half a minute of CPU
for a million annotations, more on a loaded machine). The core announces such a step
before it starts (``Project.open(announce=)``), says how far it has got (``progress``)
and lets the caller run it in another thread (``detach``): this runs it in a Python
thread (the core opens its own connection there) while the window's events go on, so
the window keeps painting and answering, and shows a modal dialog with a progress bar
so that nothing else can write meanwhile. Opening returns, and the dialog goes, once
the step has ended.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QProgressBar, QVBoxLayout, QWidget

EVERY = 0.04  # seconds between two progress updates: smooth, and few queued events


class OpeningDialog(QDialog):
    """The sentence the core said, a bar, and how many rows are done. It has no Cancel:
    the step is one transaction that the next opening would only start again."""

    def __init__(self, sentence: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("openingNotice")
        self.setWindowTitle("Opening the project")
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setMinimumWidth(460)
        self.label = QLabel(sentence, self)
        self.label.setWordWrap(True)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)  # busy until the first count
        self.count = QLabel("", self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.count)
        self._ending = False

    def show_progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(1, total))
        self.bar.setValue(min(done, total))
        self.count.setText(f"{done:,} of {total:,} documents and annotations")

    def reject(self) -> None:  # Esc: nothing can be stopped safely; the dialog stays
        pass

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._ending:  # the title bar's close button: stays until the step ends
            event.ignore()

    def end(self) -> None:
        self._ending = True
        self.accept()
        self.deleteLater()


class OpeningNotice(QObject):
    """``say``, ``progress`` and ``detach`` for ``Project.open``, shown in the window."""

    _progressed = Signal(int, int)  # from the step's thread
    _ended = Signal()

    def __init__(self, parent: QWidget | None):
        super().__init__()
        self.parent_ = parent
        self.dialogs: list[OpeningDialog] = []
        self._last = 0.0
        self._progressed.connect(self._show)

    def say(self, sentence: str) -> None:
        """Show ``sentence`` until the opening has ended, painted before the step starts."""
        if not self.dialogs:
            QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        box = OpeningDialog(sentence, self.parent_)
        self.dialogs.append(box)
        box.show()
        # Painted now: a step not run through ``detach`` holds the thread until it ends.
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents, 100)

    def progress(self, done: int, total: int) -> None:
        """How far the step has got; called in the step's thread, passed on queued."""
        now = time.monotonic()
        if done >= total or now - self._last >= EVERY:
            self._last = now
            self._progressed.emit(done, total)

    def detach(self, work: Callable[[], None]) -> None:
        """Run ``work`` in a thread of its own and return once it has ended, running the
        window's events meanwhile (the dialog is modal: they paint, they take no input)."""
        loop = QEventLoop()
        self._ended.connect(loop.quit)  # queued: delivered by ``loop`` itself
        finished = threading.Event()

        def run() -> None:
            try:
                work()
            finally:  # the loop waits for this, whatever happened
                finished.set()
                self._ended.emit()

        thread = threading.Thread(target=run, name="search-rebuild", daemon=True)
        thread.start()
        try:
            if not finished.is_set():
                loop.exec()
            thread.join()  # its last act is the emit: over before the notice goes
        finally:
            self._ended.disconnect(loop.quit)
        QCoreApplication.processEvents()  # the last progress, queued before the end

    def _show(self, done: int, total: int) -> None:
        if self.dialogs:
            self.dialogs[-1].show_progress(done, total)

    def close(self) -> None:
        for box in self.dialogs:
            box.end()
        if self.dialogs:
            QApplication.restoreOverrideCursor()
        self.dialogs.clear()


@contextmanager
def opening_notice(parent: QWidget | None) -> Iterator[OpeningNotice]:
    """An :class:`OpeningNotice` whose dialog goes when the block ends (none if never
    told a sentence)."""
    notice = OpeningNotice(parent)
    try:
        yield notice
    finally:
        notice.close()
