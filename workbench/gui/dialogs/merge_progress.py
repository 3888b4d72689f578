"""The progress of a long job in a thread of its own: what it is doing, a bar, Cancel.

A merge's, and a restore's check of its backup (``gui/restore_run.py``). Shown
window-modal while the job runs: the window goes on painting (its panes show the project
as it was until the job ends) but takes no input, so nothing in it can start a write
meanwhile.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)


class Step(Protocol):
    """Where the job is: ``done`` of ``total``, and the sentence that says it."""

    done: int
    total: int

    def sentence(self) -> str: ...


MERGE_NOTE = ("Nothing is written to this project until the merge has finished; "
              "Cancel leaves it exactly as it was.")
MERGE_CANCELLING = "Cancelling: putting the project back as it was…"


class MergeProgressDialog(QDialog):
    """Says what the job is doing; Cancel (or closing it) asks the job to stop. By
    default a merge's; a restore gives its own title, note and sentences."""

    cancel_requested = Signal()

    def __init__(self, sources: list[str], parent: QWidget | None = None, *,
                 title: str = "Merging", note: str = MERGE_NOTE, first: str = "",
                 cancelling: str = MERGE_CANCELLING, name: str = "mergeProgress"):
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(460)
        self._cancelling = cancelling
        self.label = QLabel(first or f"Opening {', '.join(sources)}…", self)
        self.label.setObjectName("mergeStep")
        self.label.setWordWrap(True)
        self.bar = QProgressBar(self)
        self.bar.setObjectName("mergeProgressBar")
        self.bar.setRange(0, 0)  # busy until the first step says how many
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.rejected.connect(self.cancel)
        said = QLabel(note, self)
        said.setWordWrap(True)  # cut at the dialog's edge otherwise
        layout = QVBoxLayout(self)
        layout.addWidget(said)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.buttons)
        self._ending = False

    def show_step(self, step: Step) -> None:
        if self._ending:
            return
        self.label.setText(step.sentence())
        self.bar.setRange(0, max(1, step.total))
        self.bar.setValue(step.done)

    def cancel(self) -> None:
        """Ask the job to stop; the dialog stays until it has (a merge rolled back)."""
        if not self._ending:
            self._ending = True
            self.label.setText(self._cancelling)
            self.buttons.setEnabled(False)
            self.cancel_requested.emit()

    def reject(self) -> None:  # Esc: the same as Cancel, not an unseen close
        self.cancel()

    def closeEvent(self, event: QCloseEvent) -> None:
        # The title bar's close button: the same as Cancel; the dialog goes once the
        # merge has ended (``end``), never while the job still runs.
        event.ignore()
        self.cancel()

    def end(self) -> None:
        """The job has ended (done, failed or cancelled): the dialog goes."""
        self._ending = True
        self.accept()  # hides it (QDialog.close would ask reject, which cancels)
        self.deleteLater()
