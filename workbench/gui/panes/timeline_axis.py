"""The timeline's date axis: ticks kept while panning, grid lines as one textured fill.

Panning at a fixed zoom shows the same ticks shifted: ``DateAxisItem`` recomputed
every tick (a Qt local-time conversion each, even at UTC) and its text each frame,
~1.5 ms of the ~3 ms the axis took per frame. The ticks of three view-widths are
kept per zoom level and tick spacing and filtered to the view; tick strings are kept
per value. The result is the same list of ticks (the steppers start at the first tick
after the range's start, on an absolute grid).

The grid (``showGrid``) is the axis' tick lines drawn across the plot, faint
(translucent). Qt's raster engine draws a translucent one-pixel line pixel by pixel:
~40 month lines of ~450 px took 1.5-5 ms a paint, more than all the axis' text. The
same pixels as one fill: a one-pixel-high image holding each line's colour at its
column, tiled down the plot (~0.2 ms).
"""

from __future__ import annotations

import calendar
import math
from datetime import UTC, datetime

import pyqtgraph as pg
from pyqtgraph.graphicsItems.DateAxisItem import MAX_REGULAR_TIMESTAMP, MIN_REGULAR_TIMESTAMP
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QImage, QPainter, QPen

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


TickLevels = list[tuple[float, list[float]]]  # (spacing, values) per tick level
MAX_STRINGS = 5000  # tick strings kept before the memo starts afresh
LABEL_GAP = 6.0  # px between two date labels, or the later one is left out


def apart(text_specs: list) -> list:
    """The labels that keep a gap from those kept before them. pyqtgraph draws each
    level's labels (months, then days) without looking at the other levels': a month's
    name ran into a day's number ("Mar03", "Apr02" at 1280×720). The coarser level
    comes first and wins; a day label that would touch it is left out."""
    kept: list = []
    for spec in text_specs:
        rect = spec[0].adjusted(-LABEL_GAP / 2, 0, LABEL_GAP / 2, 0)
        if not any(rect.intersects(k[0].adjusted(-LABEL_GAP / 2, 0, LABEL_GAP / 2, 0))
                   for k in kept):
            kept.append(spec)
    return kept


def names_period(text: str) -> bool:
    """Whether a tick label says which month or year it is in ("Mar", "2026")."""
    return any(word in calendar.month_abbr[1:] or (len(word) == 4 and word.isdigit())
               for word in text.split())


class TimelineDateAxis(pg.DateAxisItem):
    def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        super().__init__(*args, **kwargs)
        # (zoom level, minimal spacing) -> (start, end, levels) of the last computation
        self._ticks: tuple[tuple[object, float], float, float, TickLevels] | None = None
        self._strings: dict[tuple[float, str, float], str] = {}

    def tickValues(self, minVal: float, maxVal: float, size: float) -> TickLevels:
        if self.utcOffset != 0 or not (MIN_REGULAR_TIMESTAMP <= minVal < maxVal
                                       <= MAX_REGULAR_TIMESTAMP):
            return super().tickValues(minVal, maxVal, size)  # local time: DST shifts
        self.setZoomLevelForDensity((maxVal - minVal) / size)
        # The spacing to 9 digits: a pan's range width varies in its last bits.
        key = (self.zoomLevel, float(f"{self.minSpacing:.9g}"))
        cached = self._ticks
        if cached is None or cached[0] != key or not cached[1] <= minVal <= maxVal <= cached[2]:
            width = maxVal - minVal
            start = max(minVal - width, MIN_REGULAR_TIMESTAMP)
            end = min(maxVal + width, MAX_REGULAR_TIMESTAMP)
            cached = (key, start, end,
                      self.zoomLevel.tickValues(start, end, minSpc=self.minSpacing))
            self._ticks = cached
        # A stepper's first tick is strictly after the range's start: (minVal, maxVal].
        return [(spacing, [v for v in values if minVal < v <= maxVal])
                for spacing, values in cached[3]]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        fmt = next((s.format for s in self.zoomLevel.tickSpecs if s.spacing == spacing), "")
        if len(self._strings) > MAX_STRINGS:
            self._strings.clear()
        missing = [v for v in values if (spacing, fmt, v) not in self._strings]
        if missing:
            texts = super().tickStrings(missing, scale, spacing)
            self._strings.update(((spacing, fmt, v), t)
                                 for v, t in zip(missing, texts, strict=True))
        return [self._strings[(spacing, fmt, v)] for v in values]

    def labels(self, textSpecs: list) -> list:
        """The labels drawn: pyqtgraph's, kept apart, led by the month and year at the
        axis' left end when no label names them (zoomed in to a few days the axis read
        "21  22  23", and nothing said which month)."""
        if not textSpecs or any(names_period(text) for _, _, text in textSpecs):
            return apart(textSpecs)
        try:
            start = datetime.fromtimestamp(self.range[0] - self.utcOffset, tz=UTC)
        except (OverflowError, OSError, ValueError):
            return apart(textSpecs)
        hours = any(":" in text for _, _, text in textSpecs)
        period = f"{start.day} {start:%b %Y}" if hours else f"{start:%b %Y}"
        rect, flags, _ = textSpecs[0]
        font = self.style["tickFont"] or self.font()
        width = QFontMetricsF(font).horizontalAdvance(period) + 2
        flags = (int(flags) & ~int(Qt.AlignmentFlag.AlignHorizontal_Mask)
                 | int(Qt.AlignmentFlag.AlignLeft))
        lead = (QRectF(2, rect.top(), width, rect.height()), flags, period)
        return apart([lead, *textSpecs])

    def drawPicture(self, p: QPainter, axisSpec: TickSpec, tickSpecs: list[TickSpec],
                    textSpecs: list) -> None:  # type: ignore[override]
        textSpecs = self.labels(textSpecs)
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


class TimelineLaneAxis(pg.AxisItem):
    """The lanes' names. Lanes per actor on a busy project are more than the plot's
    height holds (~27 lanes in ~180 px at 1280×720): every name drawn, they lay one
    over another and none could be read. A name that would touch one kept before it is
    left out (hovering the lane still names it). The lanes are taken from the bottom:
    Incidents, the lane under the annotations' lanes, always keeps its name."""

    def drawPicture(self, p: QPainter, axisSpec: TickSpec, tickSpecs: list[TickSpec],
                    textSpecs: list) -> None:  # type: ignore[override]
        super().drawPicture(p, axisSpec, tickSpecs, apart(textSpecs[::-1])[::-1])
