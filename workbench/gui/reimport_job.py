"""Re-import a new version of one document without holding up the window's thread.

Two steps, each in a thread of its own:

1. the parse: the importer runs in its sandboxed worker process (a PDF can take
   seconds), as for the window's import;
2. the store: the core's ``reimport_parsed`` (new text, every annotation re-anchored and
   rewritten, and, when the window suggests on import, the new text's suggestions), run
   on a connection of its own (``core/detached_write.py``): for a
   document of 2,000 annotations it takes more than a second, twenty times what the
   import's biggest batch holds the window's thread for. Meanwhile the session refuses
   other writes in a sentence (``Session.held_by``), as during a merge.

Then, on the window's thread, the session takes the ChangeSet in (on the undo history,
so Edit ▸ Undo takes it back) and publishes it to every pane.
"""

from __future__ import annotations

import functools
import threading
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from workbench.core.detached_write import DetachedWrite
from workbench.core.ops.documents import reimport_parsed
from workbench.core.ops.importing import ParsedFile, parse_path
from workbench.gui.session import Outcome, Session

HELD_BY = "A re-import"  # "A re-import is running, so this change was not made; …"


class ReimportJob(QObject):
    """One document's new version: parsed, then stored, each in a thread of its own."""

    finished = Signal(object)  # Outcome (ok, or the refusal's sentence on the status bar)
    _parsed = Signal(object)  # ParsedFile, from the parse thread
    _stored = Signal()  # from the store thread

    def __init__(self, session: Session, doc_id: int, path: str | Path, *, sender: object,
                 parent: QObject | None = None, suggest: bool = False):
        super().__init__(parent)
        self.session = session
        self.doc_id = doc_id
        self.path = Path(path)
        # The engines' suggestions for the new text, stored in the re-import's own write.
        self.store_op = functools.partial(reimport_parsed, suggest=suggest)
        self.sender_ = sender  # the window: what the bus names as the change's sender
        self.outcome: Outcome | None = None
        self.cancelled = False
        self.write: DetachedWrite | None = None
        self._threads: list[threading.Thread] = []
        # Queued: emitted in the threads, handled on the window's thread.
        self._parsed.connect(self._store)
        self._stored.connect(self._finish)

    def start(self) -> None:
        """Begin parsing in a thread."""
        self._spawn(lambda: self._parsed.emit(parse_path(self.path)), "reimport-parse")

    def _spawn(self, target: object, name: str) -> None:
        thread = threading.Thread(target=target, name=name, daemon=True)  # type: ignore[arg-type]
        self._threads.append(thread)
        thread.start()

    def _store(self, parsed: ParsedFile) -> None:
        if self.cancelled or self.session.project.closed:
            return
        if self.session.held_by is not None:  # a merge began meanwhile: its sentence
            self._end(self.session.run(self.store_op, self.doc_id, parsed,
                                       sender=self.sender_))
            return
        self.session.held_by = HELD_BY
        self.write = DetachedWrite(self.session.project, self.store_op, self.doc_id,
                                   parsed, what="The re-import")

        def store() -> None:
            assert self.write is not None
            try:
                self.write.run()
            finally:  # the window waits for this, whatever happened
                self._stored.emit()

        self._spawn(store, "reimport-store")

    def _finish(self) -> None:
        write = self.write
        if self.outcome is not None or write is None or not write.finished.is_set():
            return
        self.session.held_by = None
        if self.session.project.closed:  # the window closed meanwhile: nobody to tell
            self.outcome = Outcome(write.changes, write.error, self.sender_)
        elif write.changes is not None:
            self._end(self.session.adopt(write.changes, self.sender_))
        else:
            assert write.error is not None
            self._end(self.session.refused(write.error, self.sender_))

    def _end(self, outcome: Outcome) -> None:
        self.outcome = outcome
        self.finished.emit(outcome)

    def stop(self) -> None:
        """Store nothing not yet begun, and wait for the threads (the window is closing).
        A store already running commits: it cannot be stopped halfway."""
        self.cancelled = True
        for thread in list(self._threads):
            thread.join()
        self._finish()

    def wait(self, timeout_s: float = 30.0) -> bool:
        """Block until the threads started so far are done (scripts)."""
        for thread in list(self._threads):
            thread.join(timeout_s)
        return not any(t.is_alive() for t in self._threads)
