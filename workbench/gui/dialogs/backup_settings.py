"""File → Backup settings…: how often the window backs a project up, how many copies it
keeps, and where (beside the project or in the user's data folder).

The rules themselves are ``core.backup.Scheduler``'s; this dialog only edits the three
numbers the window hands it, and shows where the copies of the open project go.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from workbench.core import backup


@dataclass(frozen=True)
class BackupChoice:
    """What the user chose: minutes of changes between backups, copies kept, place."""

    interval: int
    keep: int
    place: str  # "beside" | "data"


class BackupSettingsDialog(QDialog):
    """Two spin boxes and a choice of place; the folder for the open project is shown."""

    def __init__(self, current: BackupChoice, project_path: Path | None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("backupSettingsDialog")
        self.setWindowTitle("Backup settings")
        self.project_path = project_path
        intro = QLabel("A backup is made when a project is opened, and again after changes "
                       "once the interval has passed. Backups of an encrypted project are "
                       "encrypted with it.", self)
        intro.setWordWrap(True)
        self.interval = QSpinBox(self)
        self.interval.setObjectName("backupInterval")
        self.interval.setRange(1, 24 * 60)
        self.interval.setSuffix(" min")
        self.interval.setValue(current.interval)
        self.keep = QSpinBox(self)
        self.keep.setObjectName("backupKeep")
        self.keep.setRange(1, 1000)
        self.keep.setValue(current.keep)
        self.beside = QRadioButton("Beside the project (NAME.wbproj.backups)", self)
        self.beside.setObjectName("backupBeside")
        self.data = QRadioButton("In my user data folder (not on the project's drive)", self)
        self.data.setObjectName("backupData")
        group = QButtonGroup(self)
        group.addButton(self.beside)
        group.addButton(self.data)
        (self.data if current.place == "data" else self.beside).setChecked(True)
        # Read-only line: a long path scrolls and can be copied instead of being cut off.
        self.folder = QLineEdit(self)
        self.folder.setObjectName("backupFolder")
        self.folder.setReadOnly(True)
        group.buttonToggled.connect(self._show_folder)
        form = QFormLayout()
        form.addRow("Back up after changes, every", self.interval)
        form.addRow("Copies to keep", self.keep)
        form.addRow("Keep them", self.beside)
        form.addRow("", self.data)
        form.addRow("Folder", self.folder)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._show_folder()

    def chosen(self) -> BackupChoice:
        return BackupChoice(self.interval.value(), self.keep.value(),
                            "data" if self.data.isChecked() else "beside")

    def _show_folder(self) -> None:
        if self.project_path is None:
            self.folder.setText("(no project open)")
            return
        place = self.chosen().place
        folder = (backup.data_folder(self.project_path) if place == "data"
                  else backup.default_folder(self.project_path))
        self.folder.setText(str(folder))
        self.folder.setCursorPosition(0)
        self.folder.setToolTip(str(folder))
