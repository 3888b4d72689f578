"""A one-line label that gives way on a narrow pane: cut with "…", whole in its tool tip.

A plain QLabel asks for its whole line as its minimum width, so a long status line
beside a pane's buttons set the pane's (and so the window's) minimum width."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

LEAST_CHARS = 6  # what it keeps at its narrowest: a number and the start of a word


class ElidedLabel(QLabel):
    """Plain text on one line, elided at the right when the label is narrower than it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._shorter: tuple[str, ...] = ()

    def setText(self, text: str) -> None:
        self.set_forms(text)

    def set_forms(self, text: str, *shorter: str) -> None:
        """``text``, or where it does not fit the first of the ``shorter`` forms that does
        ("85 dated" for "85 dated · 8 published"): a whole phrase reads better than a
        cut one. The last form is cut when none fits."""
        super().setText(text)
        self._shorter = shorter
        self.setToolTip(text if self.elided() else "")

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        least = self.fontMetrics().horizontalAdvance("n" * LEAST_CHARS)
        return QSize(min(hint.width(), least), hint.height())

    def shown_text(self) -> str:
        """The text as painted at the label's width."""
        room = self.contentsRect().width()
        fm = self.fontMetrics()
        forms = (self.text(), *self._shorter)
        for form in forms:
            if fm.horizontalAdvance(form) <= room:
                return form
        return fm.elidedText(forms[-1], Qt.TextElideMode.ElideRight, room)

    def elided(self) -> bool:
        return self.shown_text() != self.text()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.setToolTip(self.text() if self.elided() else "")

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        self.style().drawItemText(painter, self.contentsRect(), int(self.alignment()),
                                  self.palette(), self.isEnabled(), self.shown_text(),
                                  self.foregroundRole())
        painter.end()
