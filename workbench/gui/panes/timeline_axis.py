"""The timeline's date axis: its grid lines as one textured fill.

The grid (``showGrid``) is the axis' tick lines drawn across the plot, faint
(translucent). Qt's raster engine draws a translucent one-pixel line pixel by pixel:
~40 month lines of ~450 px took 1.5-5 ms a paint, more than all the axis' text. The
same pixels as one fill: a one-pixel-high image holding each line's colour at its
column, tiled down the plot (~0.2 ms).
"""

from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPen

TickSpec = tuple[QPen, QPointF, QPointF]


def grid_row(lines: list[tuple[float, QColor]], width: int) -> QImage:
    """One row of pixels: each line's colour at its column (``column_of``), composed
    as the lines would be drawn one over another."""
    row = QImage(max(width, 1), 1, QImage.Format.Format_ARGB32_Premultiplied)
    row.fill(0)
    p = QPainter(row)
    for x, color in lines:
        p.fillRect(QRectF(column_of(x), 0, 1, 1), color)
    p.end()
    return row


def column_of(x: float) -> int:
    """The pixel column Qt's aliased one-pixel line at ``x`` covers."""
    return math.floor(x)


class TimelineDateAxis(pg.DateAxisItem):
    def drawPicture(self, p: QPainter, axisSpec: TickSpec, tickSpecs: list[TickSpec],
                    textSpecs: list) -> None:  # type: ignore[override]
        grid = [s for s in tickSpecs if s[1].x() == s[2].x()] if (
            self.grid is not False and self.orientation in ("bottom", "top")) else []
        if not grid:
            super().drawPicture(p, axisSpec, tickSpecs, textSpecs)
            return
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        pen, p1, p2 = axisSpec
        p.setPen(pen)
        p.drawLine(p1, p2)
        # Every grid line spans the same rows (the view's top to the axis): one fill.
        top = min(min(a.y(), b.y()) for _, a, b in grid)
        bottom = max(max(a.y(), b.y()) for _, a, b in grid)
        width = max(column_of(a.x()) for _, a, _ in grid) + 1
        row = grid_row([(a.x(), pen.color()) for pen, a, _ in grid], width)
        p.fillRect(QRectF(0, top, width, bottom - top + 1), QBrush(row))
        # The rest as AxisItem.drawPicture draws it.
        for pen, a, b in tickSpecs:
            if a.x() != b.x():
                p.setPen(pen)
                p.drawLine(a, b)
        if self.style["tickFont"] is not None:
            p.setFont(self.style["tickFont"])
        p.setPen(self.textPen())
        p.setClipRect(self.boundingRect().toAlignedRect())
        for rect, flags, text in textSpecs:
            p.drawText(rect, int(flags), text)
