"""Import files in the background without ever writing to the project from two threads.

The slow part of an import is reading and parsing files (PDF, HTML); that runs in a
worker thread, which parses several files at once in sandboxed worker processes (one per
core). Writing is quick and goes through ``session.run`` on the GUI thread, a batch of
files per transaction (up to 200 files or one second of parsing), so the single SQLite
connection is never shared by two writers and every batch publishes its ChangeSet on the
bus like any edit. A file's result is announced only once its batch is committed.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal, Slot

from workbench.core.ops.batch_import import (
    BATCH_FILES,
    BATCH_SECONDS,
    Progress,
    known_originals,
    parse_many,
    store_batch_changes,
)
from workbench.core.ops.importing import ImportResult, ParsedFile, expand_paths
from workbench.gui.session import Session


class _ParseWorker(QObject):
    parsed = Signal(object)  # ParsedFile
    tick = Signal()  # the next file is slow: time to store what is parsed
    done = Signal()

    def __init__(self, paths: list[Path], known: frozenset[str]):
        super().__init__()
        self.paths = paths
        self.known = known
        self.cancelled = False

    @Slot()
    def run(self) -> None:
        """Parse every file, several at once (worker thread); stop early when cancelled."""
        for item in parse_many(self.paths, known=self.known, tick=BATCH_SECONDS / 4):
            if self.cancelled:
                break
            if item is None:
                self.tick.emit()
            else:
                self.parsed.emit(item)
        self.done.emit()


class ImportJob(QObject):
    """One import of many files: progress while it runs, every result when it ends."""

    progress = Signal(int, int)  # done, total
    progress_text = Signal(str)  # "120 of 2,000 files, 450 files/s, about 4 s left"
    result = Signal(object)  # ImportResult, one per file
    finished = Signal(list)  # list[ImportResult]

    def __init__(self, session: Session, paths: Iterable[str | Path],
                 parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
        self.paths = expand_paths(paths, recursive=True)
        self.results: list[ImportResult] = []
        self._pending: list[ParsedFile] = []
        self._batch_started = 0.0
        self._meter = Progress(len(self.paths))
        self._thread = QThread(self)
        # Read here, on the connection's own thread: bytes the project holds are not parsed.
        self._worker = _ParseWorker(self.paths, known_originals(session.project))
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        # Queued into the GUI thread: writes happen here, in order.
        self._worker.parsed.connect(self._add)
        self._worker.tick.connect(self._flush_if_due)
        self._worker.done.connect(self._finish)

    def start(self) -> None:
        """Begin parsing in the worker thread; with no files, finish at once."""
        self.progress.emit(0, len(self.paths))
        if not self.paths:
            self._finish()
            return
        self._meter = Progress(len(self.paths))
        self._thread.start()

    def cancel(self) -> None:
        """Stop after the files being parsed now; what was parsed is still stored."""
        self._worker.cancelled = True

    @Slot(object)
    def _add(self, item: ParsedFile) -> None:
        if not self._pending:
            self._batch_started = time.monotonic()
        self._pending.append(item)
        if len(self._pending) >= BATCH_FILES:
            self._flush()
        else:
            self._flush_if_due()

    @Slot()
    def _flush_if_due(self) -> None:
        if self._pending and time.monotonic() - self._batch_started >= BATCH_SECONDS:
            self._flush()

    def _flush(self) -> None:
        batch, self._pending = self._pending, []
        outcome = self.session.run(store_batch_changes, batch, sender=self)
        results = outcome.changes.result if outcome.changes is not None else [
            ImportResult(str(item.path), "rejected", message="The import failed.")
            for item in batch]
        for res in results:
            self.results.append(res)
            self.result.emit(res)
        self._meter.advance(len(results))
        self.progress.emit(len(self.results), len(self.paths))
        self.progress_text.emit(self._meter.text())

    @Slot()
    def _finish(self) -> None:
        if self._pending:
            self._flush()
        self._thread.quit()
        self._thread.wait()
        self.finished.emit(self.results)

    def wait(self, timeout_ms: int = 30000) -> bool:
        """Block until the worker is done (tests and scripts)."""
        return self._thread.wait(timeout_ms)
