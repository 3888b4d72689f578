"""What Tools → Verify project… found wrong: the counts in a sentence, every problem in a
list that scrolls.

A message box listing twelve problems grew with their length (616 px tall for twelve
two-line problems on a 1280×720 screen, more for longer ones), its OK button pushed
towards the bottom edge, and it could show only the first twelve. The list here keeps
the dialog the same size whatever it holds, and holds them all.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

LIST_LINES = 14  # the list's height, in lines; it scrolls beyond


class VerifyReportDialog(QDialog):
    """The verdict's sentence and the problems, one a paragraph, selectable to copy."""

    def __init__(self, sentence: str, problems: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("verifyReport")
        self.setWindowTitle("Verify project")
        self.sentence = QLabel(sentence, self)
        self.sentence.setObjectName("verifySentence")
        self.sentence.setWordWrap(True)
        self.problems = QPlainTextEdit(self)
        self.problems.setObjectName("verifyProblems")
        self.problems.setReadOnly(True)
        self.problems.setPlainText("\n".join(f"• {p}" for p in problems))
        line = self.problems.fontMetrics().lineSpacing()
        self.problems.setMinimumHeight(6 * line)
        self.problems.setFixedHeight(LIST_LINES * line + 12)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.sentence)
        layout.addWidget(self.problems)
        layout.addWidget(buttons)
        self.resize(640, self.sizeHint().height())
