"""File → Merge project…, run in a thread of its own so the window keeps painting.

The merge itself is the core's (``core.merge.detached``): it opens its own connection
to the project file, merges through it in one transaction and closes it, so no SQLite
connection is used by two threads. This module starts it in a Python thread, passes its
progress into the window's thread (at most every 40 ms, queued signals), asks an
encrypted source's passphrase there when the merge needs it, and once it has ended
hands its ChangeSet to the session, which puts it on the undo history and publishes it
to every pane. While it runs the session refuses other writes (``Session.held_by``).
"""

from __future__ import annotations

import threading
import time
from pathlib import Path

from PySide6.QtCore import QEventLoop, QObject, Signal
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from workbench.core.errors import ProjectError
from workbench.core.merge import Step
from workbench.core.merge.detached import DetachedMerge, too_late
from workbench.core.merge.sources import open_source as read_source
from workbench.core.project import Project
from workbench.gui.crypto_actions import open_asking
from workbench.gui.dialogs.merge_progress import MergeProgressDialog
from workbench.gui.dialogs.passphrase import ask_passphrase
from workbench.gui.session import Outcome, Session

EVERY = 0.04  # seconds between two progress updates: smooth, and few queued events


class MergeRun(QObject):
    """One merge into ``session``'s project: start it, follow it, take its outcome."""

    _progressed = Signal(object)  # Step, from the merge's thread
    _asking = Signal(str, str)  # prompt, note: a passphrase is needed
    _ended = Signal()

    def __init__(self, session: Session, paths: list[str], *, sender: object):
        super().__init__()
        self.session = session
        self.sender_ = sender  # the window: what the bus names as the change's sender
        self.job = DetachedMerge(session.project, paths, opener=self._open_source,
                                 progress=self._progress)
        self.outcome: Outcome | None = None
        # The sentence for a Cancel that came after the merge was saved; "" otherwise.
        self.late = ""
        self.dialog: MergeProgressDialog | None = None
        self._thread: threading.Thread | None = None
        self._last = 0.0
        self._last_what = ("", "")
        self._answer: str | None = None
        self._answered = threading.Event()
        self._progressed.connect(self._show)
        self._asking.connect(self._ask)
        self._ended.connect(self._finish)

    # ------------------------------------------------------------ window's thread
    def start(self, window: QWidget) -> None:
        """Show the progress dialog, hold off other writes, start the merge's thread."""
        self.dialog = MergeProgressDialog([p.name for p in self.job.sources], window)
        self.dialog.cancel_requested.connect(self.cancel)
        # Shown first: a field being edited in the window commits as it loses focus
        # to the dialog, before the merge holds the file.
        self.dialog.show()
        self.session.held_by = "A merge"
        self._thread = threading.Thread(target=self._run, name="merge", daemon=True)
        self._thread.start()

    def wait(self) -> Outcome | None:
        """Run the window's events until the merge has ended and been taken in."""
        if self.outcome is None:
            loop = QEventLoop()
            self._ended.connect(loop.quit)
            if self.outcome is None and not self.job.finished.is_set():
                loop.exec()
            self._join()
            self._finish()  # a quit may come before the queued _finish
        return self.outcome

    def _join(self) -> None:
        # The thread's last act is emitting ``_ended`` from this object: it must be over
        # before the caller may delete the object.
        if self._thread is not None:
            self._thread.join()

    def cancel(self) -> None:
        """Stop the merge (it rolls back); a passphrase prompt it waits on gets none."""
        self.job.cancel()
        self._answered.set()

    def stop(self) -> None:
        """Cancel and wait for the thread (the window is closing)."""
        self.cancel()
        self._join()
        self._finish()

    def _show(self, step: Step) -> None:
        if self.dialog is not None and isValid(self.dialog):
            self.dialog.show_step(step)

    def _ask(self, prompt: str, note: str) -> None:
        self._answer = None if self.job.cancelling else ask_passphrase(
            self.dialog, prompt, note=note)
        self._answered.set()

    def _finish(self) -> None:
        if self.outcome is not None or not self.job.finished.is_set():
            return
        self.session.held_by = None
        if self.dialog is not None and isValid(self.dialog):
            self.dialog.end()
        if self.session.project.closed:  # the window closed meanwhile: nobody to tell
            self.outcome = Outcome(None, self.job.error, self)
        elif self.job.changes is not None:
            self.outcome = self.session.adopt(self.job.changes, self.sender_)
            if self.job.cancelled_late:
                self.late = too_late(self.job.sources, changed=bool(self.job.changes),
                                     can_undo=self.session.can_undo(),
                                     backup=self.job.backup_before())
        else:
            assert self.job.error is not None
            self.outcome = self.session.refused(self.job.error, self.sender_)

    # ------------------------------------------------------------ merge's thread
    def _run(self) -> None:
        try:
            self.job.run()
        finally:  # the window waits for this, whatever happened
            self._ended.emit()

    def _progress(self, step: Step) -> None:
        now = time.monotonic()
        what = (step.source, step.what)
        if what != self._last_what or step.done == step.total or now - self._last >= EVERY:
            self._last, self._last_what = now, what
            self._progressed.emit(step)

    def _open_source(self, path: Path) -> Project:
        source = open_asking(None, path, coder=self.job.coder, opener=read_source,
                             ask=self._ask_in_window)
        if source is None:
            raise ProjectError(f"{path.name} was not opened (no passphrase given); "
                               "nothing was merged.")
        return source

    def _ask_in_window(self, _parent: object, prompt: str, *, note: str = "",
                       **_kw: object) -> str | None:
        # Dialogs belong to the window's thread: ask there and wait for the answer.
        self._answered.clear()
        if self.job.cancelling:  # checked after the clear: a cancel is never missed
            return None
        self._asking.emit(prompt, note)
        self._answered.wait()
        return None if self.job.cancelling else self._answer
