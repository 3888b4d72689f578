"""The merge's progress: what is being merged, a bar, and Cancel.

Shown window-modal while a merge runs in its own thread: the window goes on painting
(its panes show the project as before the merge until it commits) but takes no input,
so nothing in it can start a write meanwhile.
"""

from __future__ import annotations

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

from workbench.core.merge import Step


class MergeProgressDialog(QDialog):
    """Says what the merge is doing; Cancel (or closing it) asks the merge to stop."""

    cancel_requested = Signal()

    def __init__(self, sources: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("mergeProgress")
        self.setWindowTitle("Merging")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(460)
        self.label = QLabel(f"Opening {', '.join(sources)}…", self)
        self.label.setObjectName("mergeStep")
        self.bar = QProgressBar(self)
        self.bar.setObjectName("mergeProgressBar")
        self.bar.setRange(0, 0)  # busy until the first step says how many
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.rejected.connect(self.cancel)
        note = QLabel("Nothing is written to this project until the merge has finished; "
                      "Cancel leaves it exactly as it was.", self)
        note.setWordWrap(True)  # cut at the dialog's edge otherwise
        layout = QVBoxLayout(self)
        layout.addWidget(note)
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
        """Ask the merge to stop; the dialog stays until it has rolled back."""
        if not self._ending:
            self._ending = True
            self.label.setText("Cancelling: putting the project back as it was…")
            self.buttons.setEnabled(False)
            self.cancel_requested.emit()

    def reject(self) -> None:  # Esc: the same as Cancel, not an unseen close
        self.cancel()

    def closeEvent(self, event: QCloseEvent) -> None:
        # The title bar's close button: the same as Cancel; the dialog goes once the
        # merge has ended (``end``), never while the merge still holds the file.
        event.ignore()
        self.cancel()

    def end(self) -> None:
        """The merge has ended (done, failed or cancelled): the dialog goes."""
        self._ending = True
        self.accept()  # hides it (QDialog.close would ask reject, which cancels)
        self.deleteLater()
