"""Paint annotation highlights for the visible blocks of a QPlainTextEdit.

QTextEdit.ExtraSelection does not scale (10,000 highlights took 8–9 s), so the
viewer paints marks itself: fills under the text, then underlines in each
kind's marker style, outlines for suggestions and the selected annotation.
Only blocks inside the repainted rectangle are visited.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QPlainTextEdit

from workbench.gui.panes.doc_index import Mark, MarkIndex

MAX_LANES = 4  # deeper overlaps share the last lane rather than cover the next line
LANE_STEP = 2.5


@dataclass
class Palette:
    """Colours per kind, adjusted to the light or dark background."""

    kind_color: dict[str, QColor] = field(default_factory=dict)
    kind_marker: dict[str, str] = field(default_factory=dict)
    dark: bool = False
    search: QColor = field(default_factory=lambda: QColor(255, 214, 64, 150))

    def fill(self, kind: str, status: str) -> QColor | None:
        if status == "suggested":
            alpha = 22
        elif status == "rejected":
            alpha = 10
        else:
            alpha = 70 if self.dark else 48
        c = QColor(self.line(kind))
        c.setAlpha(alpha)
        return c

    def line(self, kind: str) -> QColor:
        c = self.kind_color.get(kind, QColor("#888888"))
        return c.lighter(145) if self.dark else c


def _segments(view: QPlainTextEdit, index: MarkIndex, clip: QRectF
              ) -> Iterator[tuple[Mark, QRectF, float, bool, bool]]:
    """(mark, line rect, baseline y, first piece?, last piece?) for visible pieces of marks."""
    if not len(index):
        return
    offset = view.contentOffset()
    block = view.firstVisibleBlock()
    while block.isValid():
        geom = view.blockBoundingGeometry(block).translated(offset)
        if geom.top() > clip.bottom():
            break
        if block.isVisible() and geom.bottom() >= clip.top():
            bpos = block.position()
            blen = block.length() - 1
            marks = index.overlapping(bpos, bpos + max(blen, 1))
            if not marks:
                block = block.next()
                continue
            # Each line's figures once per block, not once per mark and line: a dense
            # paragraph has a hundred marks over a handful of lines, and every call
            # into Qt costs more than the arithmetic around it.
            layout = block.layout()
            lines = [layout.lineAt(i) for i in range(layout.lineCount())]
            line_starts = [ln.textStart() for ln in lines]
            line_ends = [ls + ln.textLength() for ls, ln in zip(line_starts, lines, strict=True)]
            line_geo = [(geom.top() + ln.y(), ln.height(), ln.ascent()) for ln in lines]
            # Keyed by line too: a line's end and the next one's start share a position
            # but not an x.
            xs: dict[tuple[int, int], float] = {}
            left0 = geom.left()
            for m in marks:
                s, e = max(m.start, bpos) - bpos, min(m.end, bpos + blen) - bpos
                # From the line holding s; lines are in text order.
                for i in range(max(bisect_right(line_starts, s) - 1, 0), len(lines)):
                    ls = line_starts[i]
                    if ls >= e:
                        break
                    a, b = max(s, ls), min(e, line_ends[i])
                    if a >= b:
                        continue
                    x1 = xs.get((i, a))
                    if x1 is None:
                        x1 = xs[(i, a)] = lines[i].cursorToX(a)[0]
                    x2 = xs.get((i, b))
                    if x2 is None:
                        x2 = xs[(i, b)] = lines[i].cursorToX(b)[0]
                    left, right = min(x1, x2), max(x1, x2)
                    y, height, ascent = line_geo[i]
                    rect = QRectF(left0 + left, y, max(right - left, 2.0), height)
                    yield (m, rect, y + ascent, a == m.start - bpos, b == m.end - bpos)
        block = block.next()


Piece = tuple[Mark, QRectF, float, bool, bool]


def collect(view: QPlainTextEdit, index: MarkIndex, clip: QRectF) -> list[Piece]:
    """The visible pieces once per paint: fills and underlines both use them."""
    return list(_segments(view, index, clip))


def paint_under(painter: QPainter, pieces: list[Piece], hits: list[Piece],
                pal: Palette) -> None:
    """Fills drawn before the text, so the glyphs stay crisp on top of them."""
    painter.setPen(Qt.PenStyle.NoPen)
    # One colour per kind and status per paint: a dense screen has hundreds of pieces.
    fills: dict[tuple[str, str], QColor | None] = {}
    for m, rect, _base, _first, _last in pieces:
        key = (m.kind, m.status)
        if key not in fills:
            fills[key] = pal.fill(m.kind, m.status)
        color = fills[key]
        if color is not None:
            painter.fillRect(rect, color)  # overlapping fills blend, so overlaps show darker
    for _m, rect, _base, _first, _last in hits:
        painter.fillRect(rect, pal.search)


def paint_over(painter: QPainter, pieces: list[Piece], pal: Palette,
               selected: str | None) -> None:
    """Underlines in each kind's marker style; outlines for suggestions and the selection.

    Lines are gathered per kind and drawn with one pen in one call each: a dense screen
    has hundreds of underlines, and a pen made and set per underline cost more than the
    drawing. (Kinds are drawn one after another, so where more than MAX_LANES marks
    share the last lane, the later kind lies on top.)
    """
    colors: dict[str, QColor] = {}
    lines: dict[tuple[str, str], list[QLineF]] = {}  # (kind, marker) -> underlines
    outlines: dict[str, list[QRectF]] = {}  # kind -> suggestions' dashed boxes
    for m, rect, base, _first, _last in pieces:
        if m.status == "rejected":
            continue  # rejected: only the faint fill is left
        if m.kind not in colors:
            colors[m.kind] = pal.line(m.kind)
        if m.status == "suggested":
            outlines.setdefault(m.kind, []).append(rect.adjusted(0.5, 0.5, -0.5, -0.5))
            continue
        lane = min(m.lane, MAX_LANES - 1)
        y = min(base + 2.5 + lane * LANE_STEP, rect.bottom() + 1.5)
        marker = pal.kind_marker.get(m.kind, "solid")
        x1, x2 = rect.left(), rect.right()
        if marker == "wave":
            _underline(painter, marker, colors[m.kind], x1, x2, y)  # a brush, not a line
        elif marker == "double":
            group = lines.setdefault((m.kind, marker), [])
            group.append(QLineF(x1, y - 1, x2, y - 1))
            group.append(QLineF(x1, y + 1, x2, y + 1))
        else:
            lines.setdefault((m.kind, marker), []).append(QLineF(x1, y, x2, y))
    for (kind, marker), group in lines.items():
        painter.setPen(_pen(marker, colors[kind]))
        painter.drawLines(group)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for kind, rects in outlines.items():
        painter.setPen(QPen(colors[kind], 1.0, Qt.PenStyle.DashLine))
        painter.drawRects(rects)
    for m, rect, _base, _first, _last in pieces:
        if m.key and m.key == selected:
            painter.setPen(QPen(pal.line(m.kind), 1.6))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(-1, 0, 1, 0))


_WAVES: dict[int, QBrush] = {}
WAVE_PERIOD = 6


def _wave_brush(color: QColor) -> QBrush:
    """A tiled pixmap of one wave period: filling a strip with it is far cheaper than a path."""
    brush = _WAVES.get(color.rgba())
    if brush is None:
        tile = QPixmap(WAVE_PERIOD, 4)
        tile.fill(Qt.GlobalColor.transparent)
        p = QPainter(tile)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.setPen(QPen(color, 1.0))
        path = QPainterPath(QPointF(0, 2))
        for i in range(1, 4 * WAVE_PERIOD + 1):
            x = i / 4
            path.lineTo(x, 2 - 1.3 * math.sin(2 * math.pi * x / WAVE_PERIOD))
        p.drawPath(path)
        p.end()
        brush = _WAVES[color.rgba()] = QBrush(tile)
    return brush


def _underline(painter: QPainter, marker: str, color: QColor, x1: float, x2: float,
               y: float) -> None:
    if marker == "wave":
        painter.setBrushOrigin(QPointF(x1, y - 2))
        painter.fillRect(QRectF(x1, y - 2, x2 - x1, 4), _wave_brush(color))
        return
    if marker == "double":
        painter.setPen(_pen(marker, color))
        painter.drawLine(QPointF(x1, y - 1), QPointF(x2, y - 1))
        painter.drawLine(QPointF(x1, y + 1), QPointF(x2, y + 1))
        return
    painter.setPen(_pen(marker, color))
    painter.drawLine(QPointF(x1, y), QPointF(x2, y))


_STYLES = {
    "dash": Qt.PenStyle.DashLine,
    "dot": Qt.PenStyle.DotLine,
    "dashdot": Qt.PenStyle.DashDotLine,
    "dotline": Qt.PenStyle.DashDotDotLine,
}


def _pen(marker: str, color: QColor) -> QPen:
    """The pen of a line marker: a double line is two thin lines, the others one."""
    if marker == "double":
        return QPen(color, 1.0)
    pen = QPen(color, 1.6, _STYLES.get(marker, Qt.PenStyle.SolidLine))
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    return pen
