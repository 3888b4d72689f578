"""The question asked before a file of an encrypted project's words is written in the
clear (an export, a report): the passphrase protects the project, not what leaves it.

Asked every time, as password managers ask before an unencrypted export: the file is
written where the user chose (a desktop, a synced folder, a USB stick), and a warning
given once and clicked through is forgotten by the next export.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox

if TYPE_CHECKING:
    from workbench.gui.main_window import MainWindow

TITLE = "Write a file that is not encrypted"


def warning(project_name: str, target: Path, what: str) -> str:
    """The question's sentence: ``what`` is "This export" or "This report"."""
    return (f"{project_name} is encrypted, but {what.lower()} is not: {target.name} will be "
            "a plain file that anyone holding this computer or the drive it is written to "
            "can read, without the passphrase.")


def confirmed(win: MainWindow, target: Path, what: str) -> bool:
    """Whether to write ``target`` (always, for a plain project); Cancel is the default."""
    project = win.session.project
    if not project.encrypted or not win.show_dialogs:
        return True
    box = QMessageBox(QMessageBox.Icon.Warning, TITLE, warning(project.path.name, target, what),
                      QMessageBox.StandardButton.NoButton, win)
    box.setObjectName("plainExportWarning")
    box.setInformativeText("Write it only to an encrypted drive or folder, and delete it "
                           "once it has been delivered.")
    write = box.addButton("&Write plain file", QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Cancel))
    box.exec()
    return box.clickedButton() is write
