"""Text copied out of an encrypted project: kept out of clipboard histories, and taken
off the clipboard when the project closes.

A copy is plaintext wherever it goes; the user asked for it, to paste it. But clipboard
managers keep a history (KDE's Klipper saves it to a file by default, Windows keeps one
and may send it to the cloud), and the clipboard outlives the window: the words of an
encrypted project stayed on the clipboard, and in such a history, after the project was
closed. Copies made from the document and the memo while an encrypted project is open
carry the formats those programs read as "do not keep this" and a mark of this process;
closing the project clears the clipboard if it still holds such a copy. A one-line
field puts plain text on the clipboard itself (QLineEdit's copy is no virtual call), so
the annotation panel's fields are :class:`GuardedLineEdit`, whose copy and cut go
through :func:`put_text`.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QByteArray, QMimeData
from PySide6.QtGui import QClipboard, QContextMenuEvent, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QMenu

_ZERO = QByteArray(b"\0\0\0\0")
# Hints read by clipboard managers and histories; extra formats harm no paste.
HINTS = {
    "x-kde-passwordManagerHint": QByteArray(b"secret"),  # Klipper, CopyQ and others
    # Windows clipboard formats, by name (Qt's spelling for a native format).
    'application/x-qt-windows-mime;value="ExcludeClipboardContentFromMonitorProcessing"': _ZERO,
    'application/x-qt-windows-mime;value="CanIncludeInClipboardHistory"': _ZERO,
    'application/x-qt-windows-mime;value="CanUploadToCloudClipboard"': _ZERO,
}
MARK = "application/x-workbench-encrypted-copy"
_TOKEN = QByteArray(f"{os.getpid()}-{id(HINTS)}".encode())

# Whether the project shown is encrypted; set by the window as it installs a project.
guarded = False


def prepared(data: QMimeData) -> QMimeData:
    """``data`` as it should go on the clipboard: with the hints and the mark when an
    encrypted project is open, else unchanged."""
    if guarded:
        for name, value in (*HINTS.items(), (MARK, _TOKEN)):
            data.setData(name, value)
    return data


def holds_our_copy(mode: QClipboard.Mode = QClipboard.Mode.Clipboard) -> bool:
    """Whether the clipboard (or the X11 selection) holds a copy this process made from
    an encrypted project."""
    data = QGuiApplication.clipboard().mimeData(mode)
    return data is not None and data.hasFormat(MARK) and data.data(MARK) == _TOKEN


def forget() -> None:
    """Clear the clipboard, and the selection X11 pastes with the middle button, where
    they still hold a copy from the encrypted project (a copy made since, by another
    program or from a plain project, stays)."""
    board = QGuiApplication.clipboard()
    modes = [QClipboard.Mode.Clipboard]
    if board.supportsSelection():
        modes.append(QClipboard.Mode.Selection)
    for mode in modes:
        if holds_our_copy(mode):
            board.clear(mode)


def put_text(text: str) -> None:
    """Put ``text`` on the clipboard as a copy from the project shown: hinted and marked
    when it is encrypted (so closing it clears the copy), plain text otherwise."""
    data = QMimeData()
    data.setText(text)
    QGuiApplication.clipboard().setMimeData(prepared(data))


class GuardedLineEdit(QLineEdit):
    """A one-line field whose copies of an encrypted project's words are guarded as the
    document's and the memo's are: Ctrl+C, Ctrl+X and the context menu's Copy and Cut
    go through :func:`put_text` while an encrypted project is open."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if guarded and event.matches(QKeySequence.StandardKey.Copy):
            self.guarded_copy()
        elif guarded and event.matches(QKeySequence.StandardKey.Cut):
            self.guarded_cut()
        else:
            super().keyPressEvent(event)

    def guarded_copy(self) -> None:
        # A password field copies nothing, as QLineEdit's own copy.
        if self.hasSelectedText() and self.echoMode() == QLineEdit.EchoMode.Normal:
            put_text(self.selectedText())

    def guarded_cut(self) -> None:
        if self.hasSelectedText() and not self.isReadOnly():
            self.guarded_copy()
            self.del_()

    def context_menu(self) -> QMenu:
        """Qt's own menu for the field, its Copy and Cut guarded while ``guarded``."""
        menu = self.createStandardContextMenu()
        if guarded:
            for action in menu.actions():
                name = action.objectName()
                if name in ("edit-copy", "edit-cut"):
                    action.triggered.disconnect()
                    action.triggered.connect(self.guarded_copy if name == "edit-copy"
                                             else self.guarded_cut)
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.context_menu()
        menu.exec(event.globalPos())
        menu.deleteLater()
