"""Asking for a passphrase: to open an encrypted project, or to choose a new one.

The words typed are hidden, returned to the caller and kept nowhere else: not in the
settings, not in a log.
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

from workbench.core.crypto import MIN_LENGTH
from workbench.core.store import normalised

PROMPT_CHARS = 60  # the dialog's least width, in average characters of its prompt


class PassphraseDialog(QDialog):
    """One hidden field, or two (typed twice) for a new passphrase."""

    def __init__(self, parent: QWidget | None, prompt: str, *, new: bool = False,
                 note: str = ""):
        super().__init__(parent)
        self.setObjectName("passphraseDialog")
        self.setWindowTitle("Passphrase")
        self.new = new
        # Sized to its fields alone it was 243 px: the prompt (the project's name and
        # what losing the passphrase means) ran over three or four short lines.
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("x" * PROMPT_CHARS))
        layout = QVBoxLayout(self)
        label = QLabel(prompt, self)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.field = self._field("passphrase")
        layout.addWidget(self.field)
        self.again = self._field("passphraseAgain") if new else None
        if self.again is not None:
            layout.addWidget(QLabel("Once more:", self))
            layout.addWidget(self.again)
        self.note = QLabel(note, self)
        self.note.setObjectName("passphraseNote")
        self.note.setWordWrap(True)
        # Its colour is the theme's error colour (``theme.ERROR_LABELS``).
        self.note.setVisible(bool(note))
        layout.addWidget(self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _field(self, name: str) -> QLineEdit:
        field = QLineEdit(self)
        field.setObjectName(name)
        field.setEchoMode(QLineEdit.EchoMode.Password)
        return field

    def problem(self) -> str | None:
        """Why the typed passphrase cannot be taken, or None."""
        text = self.field.text()
        if not normalised(text):
            return "Type the passphrase."
        if self.again is not None:
            if len(normalised(text)) < MIN_LENGTH:  # as it is keyed (no pasted line end)
                return f"Choose at least {MIN_LENGTH} characters."
            if normalised(self.again.text()) != normalised(text):  # typed alike, keyed alike
                return "The two passphrases differ."
        return None

    def accept(self) -> None:
        why = self.problem()
        if why:
            self.note.setText(why)
            self.note.show()
            return
        super().accept()

    def value(self) -> str:
        return self.field.text()


def ask_passphrase(parent: QWidget | None, prompt: str, *, new: bool = False,
                   note: str = "") -> str | None:
    """The passphrase typed, or None if the user cancelled."""
    dialog = PassphraseDialog(parent, prompt, new=new, note=note)
    try:
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.field.clear()
        if dialog.again is not None:
            dialog.again.clear()
        dialog.deleteLater()
