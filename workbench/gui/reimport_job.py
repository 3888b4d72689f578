"""Re-import a new version of one document without parsing on the window's thread.

Parsing runs the importer in its sandboxed worker process (a PDF can take seconds), so
it happens in a thread, as the window's import does; the store step (the core's
``reimport_parsed``: new text, every annotation re-anchored) runs on the window's
thread through ``session.run``, so the project file never has two writers and the
ChangeSet reaches every pane on the bus like any edit, and Edit ▸ Undo takes it back.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal, Slot

from workbench.core.ops.documents import reimport_parsed
from workbench.core.ops.importing import ParsedFile, parse_path
from workbench.gui.session import Outcome, Session


class _Parse(QObject):
    parsed = Signal(object)  # ParsedFile

    def __init__(self, path: Path):
        super().__init__()
        self.path = path

    @Slot()
    def run(self) -> None:
        """Read and parse the file (worker thread); a failure is in the ParsedFile."""
        self.parsed.emit(parse_path(self.path))


class ReimportJob(QObject):
    """One document's new version: parsed in a thread, stored on the window's thread."""

    finished = Signal(object)  # Outcome of the store step (ok, or the refusal's sentence)

    def __init__(self, session: Session, doc_id: int, path: str | Path,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
        self.doc_id = doc_id
        self.path = Path(path)
        self.outcome: Outcome | None = None
        self.cancelled = False
        self._thread = QThread(self)
        self._worker = _Parse(self.path)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.parsed.connect(self._store)  # queued into the window's thread

    def start(self) -> None:
        """Begin parsing in the worker thread."""
        self._thread.start()

    def cancel(self) -> None:
        """Store nothing when the parse ends (the window is closing)."""
        self.cancelled = True

    @Slot(object)
    def _store(self, parsed: ParsedFile) -> None:
        self._thread.quit()
        self._thread.wait()
        if self.cancelled:
            return
        # A file that could not be read or parsed, or holds the same text, is refused
        # by the core in one sentence (on the status bar) and nothing is written.
        self.outcome = self.session.run(reimport_parsed, self.doc_id, parsed, sender=self)
        self.finished.emit(self.outcome)

    def wait(self, timeout_ms: int = 30000) -> bool:
        """Block until the parse is done (closing the window, tests)."""
        return self._thread.wait(timeout_ms)
