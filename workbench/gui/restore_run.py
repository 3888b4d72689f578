"""File → Restore from backup…: the backup's copy and check, run in a thread of its own.

The check (``core.backup.stage``: the backup copied beside the project and checked as
``verify`` checks a project) reads only that copy, so the project stays open and the
window keeps painting while it runs (it takes about as long as ``verify``). The
merge's progress dialog (window-modal: no input reaches the window) says what is being
checked, and Cancel stops the check between two of its stages, with nothing changed and
the copy removed. The session refuses writes meanwhile (``Session.held_by``). Only then
is the project closed and the checked copy put in its place (``core.backup.restore``).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Signal
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from workbench.core import backup, restorecheck
from workbench.gui.dialogs.merge_progress import MergeProgressDialog


@dataclass(frozen=True)
class CheckStep:
    """One stage of the restore's check, for the progress dialog."""

    done: int  # stages begun before this one
    total: int
    what: str  # "copying the backup beside the project", or a stage of ``verify``

    def sentence(self) -> str:
        doing = self.what if self.done == 0 else f"checking the {self.what}"
        return f"{doing[0].upper()}{doing[1:]} ({self.done + 1} of {self.total})…"


class RestoreCheck(QObject):
    """One backup's copy and check for a restore: run it, follow it, take its outcome."""

    _progressed = Signal(int, int, str)  # from the check's thread
    _ended = Signal()

    def __init__(self, path: Path, chosen: Path, passphrase: str | None,
                 project_key: str | None = None):
        super().__init__()
        self.path, self.chosen, self.passphrase = Path(path), Path(chosen), passphrase
        self.project_key = project_key  # the project's, when the backup has another
        self.staged: backup.Staged | None = None
        self.error: BaseException | None = None  # what the check raised (a cancel too)
        self.steps: list[CheckStep] = []  # every stage heard, for the window's tests
        self.dialog: MergeProgressDialog | None = None
        self._cancel = threading.Event()
        self._finished = threading.Event()
        self._thread: threading.Thread | None = None
        self._progressed.connect(self._show)

    # ------------------------------------------------------------ window's thread
    def run(self, window: QWidget) -> backup.Staged:
        """Show the progress, run the check in its thread and the window's events until
        it has ended; the checked copy, or what the check raised (RestoreCancelled
        after a Cancel), raised here."""
        self.dialog = MergeProgressDialog(
            [], window, title="Restore from backup", name="restoreProgress",
            note=(f"{self.chosen.name} is checked as Verify checks a project before it "
                  f"replaces anything; {self.path.name} stays as it is until the check "
                  "has ended, and Cancel leaves it so."),
            first=f"Reading {self.chosen.name}…",
            cancelling="Cancelling: stopping the check after its current stage…")
        self.dialog.cancel_requested.connect(self.cancel)
        self.dialog.show()
        loop = QEventLoop()
        self._ended.connect(loop.quit)  # queued: delivered by ``loop`` itself
        self._thread = threading.Thread(target=self._run, name="restore-check", daemon=True)
        self._thread.start()
        try:
            if not self._finished.is_set():
                loop.exec()
            self._thread.join()  # its last act is the emit: over before this object goes
        finally:
            self._ended.disconnect(loop.quit)
            QCoreApplication.processEvents()  # the last stage, queued before the end
            if isValid(self.dialog):
                self.dialog.end()
        if self.error is None and self._cancel.is_set():
            # A Cancel (or the window closing) after the last stage: still nothing done.
            assert self.staged is not None
            self.staged.discard()
            self.error = restorecheck.RestoreCancelled(
                f"The restore of {self.chosen.name} was cancelled: {self.path.name} is as "
                "it was, and nothing was left behind.")
        if self.error is not None:
            raise self.error
        assert self.staged is not None
        return self.staged

    def cancel(self) -> None:
        """Stop the check before its next stage (the window closing, or Cancel)."""
        self._cancel.set()

    def _show(self, done: int, total: int, what: str) -> None:
        step = CheckStep(done - 1, total, what)
        self.steps.append(step)
        if self.dialog is not None and isValid(self.dialog):
            self.dialog.show_step(step)

    # ------------------------------------------------------------ check's thread
    def _run(self) -> None:
        try:
            self.staged = backup.stage(self.path, self.chosen, self.passphrase,
                                       progress=self._progressed.emit,
                                       cancelled=self._cancel.is_set,
                                       project_key=self.project_key)
        except BaseException as err:  # handed to the window's thread, raised there
            self.error = err
        finally:  # the window waits for this, whatever happened
            self._finished.set()
            self._ended.emit()
