"""Markdown in the viewer: headings and emphasis shown as formatting, on the stored
text. The characters never change (annotations anchor to them): the markup is painted
small and dimmed, the words it marks bold, italic or large (core.markup finds them)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

from workbench.core.markup import markdown_spans
from workbench.gui.offsets import OffsetMap

HEADING_SCALE = {1: 1.45, 2: 1.3, 3: 1.15}


def format_markdown(view: QPlainTextEdit, text: str, omap: OffsetMap) -> int:
    """Format ``view``'s document (holding ``text``); returns the number of spans."""
    base = view.font().pointSizeF()
    dim = QColor(view.palette().color(QPalette.ColorRole.Text))
    dim.setAlpha(110)
    doc = view.document()
    spans = markdown_spans(text)
    cursor = QTextCursor(doc)
    cursor.beginEditBlock()
    # Whole spans first (headings, emphasis), then the markup inside them on top.
    for span in sorted(spans, key=lambda s: s.style == "markup"):
        fmt = QTextCharFormat()
        if span.style.startswith("heading"):
            level = int(span.style[-1])
            fmt.setFontWeight(QFont.Weight.Bold)
            fmt.setFontPointSize(base * HEADING_SCALE.get(level, 1.0))
        elif span.style == "strong":
            fmt.setFontWeight(QFont.Weight.Bold)
        elif span.style == "emphasis":
            fmt.setFontItalic(True)
        else:
            fmt.setForeground(dim)
            fmt.setFontPointSize(base * 0.8)
            fmt.setFontWeight(QFont.Weight.Normal)
        cursor.setPosition(omap.to_qt(span.start))
        cursor.setPosition(omap.to_qt(span.end), QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(fmt)
    cursor.endEditBlock()
    return len(spans)
