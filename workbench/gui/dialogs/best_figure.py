"""Set an incident's best figure by hand, with the reason: how a researcher settles
sources that disagree (the core's ``set_best``; its memo is shown as the rule).

The dialog only gathers the three answers; the incidents pane runs the operation and
the core validates it.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from workbench.core.codebook import COUNT_LIMIT
from workbench.core.incidents.tally import Tally


class BestFigureDialog(QDialog):
    """Outcome, best figure and the reason; OK stays disabled while the reason is blank."""

    def __init__(self, tally: Tally, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bestFigureDialog")
        self.setWindowTitle("Set the best figure")
        self.tally = tally
        intro = QLabel(f"{title}\n{tally.describe()}", self)
        intro.setWordWrap(True)
        self.outcome = QComboBox(self)
        self.outcome.setObjectName("bestOutcome")
        for name in tally.outcomes_with_figures():
            self.outcome.addItem(name, name)
        self.value = QSpinBox(self)
        self.value.setObjectName("bestValue")
        self.value.setRange(0, COUNT_LIMIT)
        self.memo = QLineEdit(self)
        self.memo.setObjectName("bestMemo")
        self.memo.setPlaceholderText("Why this figure (the sources you trust, and why)")
        # Room for the guidance whole and a sentence of reason: the dialog took its
        # width from the spin box, and the field read "Why this figure (the so…".
        self.memo.setMinimumWidth(
            self.memo.fontMetrics().horizontalAdvance(self.memo.placeholderText()) + 24)
        form = QFormLayout()
        form.addRow("Outcome", self.outcome)
        form.addRow("Best figure", self.value)
        form.addRow("Reason", self.memo)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.outcome.currentIndexChanged.connect(self._show_best)
        self.memo.textChanged.connect(self._check)
        self._show_best()
        self._check()

    def _show_best(self) -> None:
        cell = self.tally.cell(self.outcome.currentData() or "")
        self.value.setValue(cell.best if cell is not None and cell.best is not None else 0)

    def _check(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            bool(self.memo.text().strip()) and self.outcome.count() > 0)

    def chosen(self) -> tuple[str, int, str]:
        """(outcome, best figure, reason) as entered."""
        return self.outcome.currentData(), self.value.value(), self.memo.text().strip()
