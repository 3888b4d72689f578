"""Import files in the background without ever writing to the project from two threads.

The slow part of an import is reading and parsing a file (PDF, HTML); that runs
in a worker thread. Writing is quick and goes through ``session.run`` on the GUI
thread, one file at a time, so the single SQLite connection is never shared by
two writers and every import publishes its ChangeSet on the bus like any edit.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal, Slot

from workbench.core.ops.importing import (
    ImportResult,
    ParsedFile,
    expand_paths,
    parse_path,
    store_changes,
)
from workbench.gui.session import Session


class _ParseWorker(QObject):
    parsed = Signal(object)  # ParsedFile
    done = Signal()

    def __init__(self, paths: list[Path]):
        super().__init__()
        self.paths = paths
        self.cancelled = False

    @Slot()
    def run(self) -> None:
        """Parse every file in turn (worker thread); stop early when cancelled."""
        for path in self.paths:
            if self.cancelled:
                break
            self.parsed.emit(parse_path(path))
        self.done.emit()


class ImportJob(QObject):
    """One batch of files: progress while it runs, every result when it ends."""

    progress = Signal(int, int)  # done, total
    result = Signal(object)  # ImportResult, one per file
    finished = Signal(list)  # list[ImportResult]

    def __init__(self, session: Session, paths: Iterable[str | Path],
                 parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
        self.paths = expand_paths(paths, recursive=True)
        self.results: list[ImportResult] = []
        self._thread = QThread(self)
        self._worker = _ParseWorker(self.paths)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        # Queued into the GUI thread: writes happen here, in order.
        self._worker.parsed.connect(self._write)
        self._worker.done.connect(self._finish)

    def start(self) -> None:
        """Begin parsing in the worker thread; with no files, finish at once."""
        self.progress.emit(0, len(self.paths))
        if not self.paths:
            self._finish()
            return
        self._thread.start()

    def cancel(self) -> None:
        """Stop after the file being parsed now; what was parsed is still stored."""
        self._worker.cancelled = True

    @Slot(object)
    def _write(self, item: ParsedFile) -> None:
        outcome = self.session.run(store_changes, item, sender=self)
        res = outcome.changes.result if outcome.changes is not None else ImportResult(
            str(item.path), "rejected", message="The import failed.")
        self.results.append(res)
        self.result.emit(res)
        self.progress.emit(len(self.results), len(self.paths))

    @Slot()
    def _finish(self) -> None:
        self._thread.quit()
        self._thread.wait()
        self.finished.emit(self.results)

    def wait(self, timeout_ms: int = 30000) -> bool:
        """Block until the worker is done (tests and scripts)."""
        return self._thread.wait(timeout_ms)
