"""Import files in the background without ever writing to the project from two threads.

The slow part of an import is reading and parsing a file (PDF, HTML); that runs
in a worker thread. Writing is quick and goes through ``session.run`` on the GUI
thread, one file at a time, so the single SQLite connection is never shared by
two writers and every import publishes its ChangeSet on the bus like any edit.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

from workbench.core import importers
from workbench.core.changes import ChangeSet
from workbench.core.errors import ImportRejected, WorkbenchError
from workbench.core.ops.documents import ImportResult, import_bytes, read_file
from workbench.core.project import Project
from workbench.gui.session import Session


def expand_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files to import: folders are walked for files an importer knows."""
    extensions = {e for imp in importers.importers() for e in imp.extensions}
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out.extend(sorted(
                f for f in p.rglob("*")
                if f.is_file() and f.suffix.lower() in extensions
                and not any(part.startswith(".") for part in f.relative_to(p).parts)
            ))
        else:
            out.append(p)
    return out


@dataclass
class Parsed:
    """One file read and parsed in the worker, waiting to be written."""

    path: Path
    data: bytes | None
    document: Any = None  # ImportedDocument
    error: WorkbenchError | None = None


def import_parsed(project: Project, item: Parsed) -> ChangeSet:
    """Core import of an already parsed file; ``result`` carries the ImportResult.

    A rejection is a result, not an error: the dialog lists it with its reason.
    """

    def parse(_data: bytes, _name: str) -> Any:
        if item.error is not None:
            raise item.error
        return item.document

    try:
        if item.data is None:
            raise item.error or ImportRejected(f"{item.path}: the file could not be read.")
        res = import_bytes(project, item.data, item.path.name, source_path=str(item.path),
                           parse=parse)
    except WorkbenchError as err:
        res = ImportResult(str(item.path), "rejected", message=str(err))
    changes = res.changes if res.status == "imported" else ChangeSet("import")
    changes.result = res
    return changes


class _ParseWorker(QObject):
    parsed = Signal(object)  # Parsed
    done = Signal()

    def __init__(self, paths: list[Path]):
        super().__init__()
        self.paths = paths
        self.cancelled = False

    @Slot()
    def run(self) -> None:
        """Read and parse every path in turn, off the GUI thread, until cancelled."""
        for path in self.paths:
            if self.cancelled:
                break
            try:
                data = read_file(path)
            except WorkbenchError as err:
                self.parsed.emit(Parsed(path, None, error=err))
                continue
            try:
                self.parsed.emit(Parsed(path, data, importers.parse_file(data, path.name)))
            except WorkbenchError as err:
                self.parsed.emit(Parsed(path, data, error=err))
            except Exception as err:  # a broken file must not end the whole import
                self.parsed.emit(Parsed(path, data, error=ImportRejected(
                    f"{path.name}: the file could not be read ({type(err).__name__}).")))
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
        self.paths = expand_paths(paths)
        self.results: list[ImportResult] = []
        self._thread = QThread(self)
        self._worker = _ParseWorker(self.paths)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        # Queued into the GUI thread: writes happen here, in order.
        self._worker.parsed.connect(self._write)
        self._worker.done.connect(self._finish)

    def start(self) -> None:
        """Begin parsing; an empty batch finishes at once."""
        self.progress.emit(0, len(self.paths))
        if not self.paths:
            self._finish()
            return
        self._thread.start()

    def cancel(self) -> None:
        """Stop after the file being parsed; what was written stays written."""
        self._worker.cancelled = True

    @Slot(object)
    def _write(self, item: Parsed) -> None:
        outcome = self.session.run(import_parsed, item, sender=self)
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
