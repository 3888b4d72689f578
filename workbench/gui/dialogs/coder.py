"""The coder-name dialog: asked on first start and from File → Coder name….

Every annotation, incident and audit row records the name given here, so a team can
tell its coders apart when their projects are merged or compared.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)


class CoderDialog(QDialog):
    """One line for the name; OK stays disabled while it is blank."""

    def __init__(self, current: str, parent: QWidget | None = None, *, first: bool = False):
        super().__init__(parent)
        self.setObjectName("coderDialog")
        self.setWindowTitle("Coder name")
        intro = ("Your name as a coder. Every annotation, incident and change you make is "
                 "recorded under it, so merged projects and agreement reports can tell "
                 "coders apart.")
        if first:
            intro = "Welcome to Workbench. " + intro
        label = QLabel(intro, self)
        label.setWordWrap(True)
        self.name = QLineEdit(current, self)
        self.name.setObjectName("coderName")
        self.name.selectAll()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name.textChanged.connect(self._check)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.name)
        layout.addWidget(self.buttons)
        self._check()

    def _check(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.chosen()))

    def chosen(self) -> str:
        """The name as typed, trimmed ("" when blank)."""
        return self.name.text().strip()


def ask_coder(current: str, parent: QWidget | None = None, *, first: bool = False) -> str | None:
    """Show the dialog and return the chosen name, or None when cancelled."""
    dialog = CoderDialog(current, parent, first=first)
    if dialog.exec() == QDialog.DialogCode.Accepted and dialog.chosen():
        return dialog.chosen()
    return None
