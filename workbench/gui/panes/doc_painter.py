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
from PySide6.QtGui import (
    QBrush,
    QColor,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QTextLayout,
    QTextLine,
)
from PySide6.QtWidgets import QPlainTextEdit

from workbench.gui.panes.doc_index import Mark, MarkIndex

MAX_LANES = 4  # deeper overlaps share the last lane rather than cover the next line
LANE_STEP = 2.5
# Place pieces by glyph runs on lines laid out in both directions (False: never, which
# is what bench/bidi_paint_bench.py compares against).
GLYPH_RUNS = True
_GLYPHS = QTextLayout.GlyphRunRetrievalFlag.RetrieveGlyphIndexes


def _mixed(line: QTextLine, start: int, length: int) -> bool:
    """Whether Qt laid part of ``line`` out right to left (letters, digits or neutrals
    resolved so, an override): only then can a span of it lie in two places. Asked of
    Qt's layout, not found by scanning the text: a regular expression over a 1 MB
    paragraph took ~100 ms a paint."""
    return any(run.isRightToLeft() for run in line.glyphRuns(start, length, _GLYPHS))


def _visual_spans(line: QTextLine, a: int, b: int) -> list[tuple[float, float]]:
    """The x ranges characters [a, b) of ``line`` cover on screen, left to right.

    In a line mixing directions, consecutive characters can lie apart: in an English
    line quoting Arabic, "said “قُتل" is "said “" on the left and "قُتل" at the right
    end of the quote, with the rest of the quote between them. The x of a span's two
    ends (cursorToX) then frames the wrong words, and at a change of direction it is
    not even the edge of the span's own first character. Qt's glyph runs for the span
    (one per run of one direction and font) give where its characters really are.
    """
    spans: list[tuple[float, float]] = []
    for run in line.glyphRuns(a, b - a, _GLYPHS):
        box = run.boundingRect()
        spans.append((box.left(), box.right()))
    spans.sort()
    merged: list[tuple[float, float]] = []
    for x1, x2 in spans:
        if merged and x1 <= merged[-1][1] + 0.5:  # touching runs: one piece
            if x2 > merged[-1][1]:
                merged[-1] = (merged[-1][0], x2)
        else:
            merged.append((x1, x2))
    return merged


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
    if index.known_empty:  # no block to walk (asking len() would read a lazy index whole)
        return
    offset = view.contentOffset()
    clip_top, clip_bottom = clip.top(), clip.bottom()
    text = getattr(view, "text", None)
    ascii_text = isinstance(text, str) and text.isascii()
    block = view.firstVisibleBlock()
    while block.isValid():
        geom = view.blockBoundingGeometry(block).translated(offset)
        top = geom.top()
        if top > clip_bottom:
            break
        if block.isVisible() and geom.bottom() >= clip_top:
            bpos = block.position()
            blen = block.length() - 1
            bend = bpos + blen
            marks = index.overlapping(bpos, bpos + max(blen, 1))
            if not marks:
                block = block.next()
                continue
            # Each line's figures once per block, not once per mark and line: a dense
            # paragraph has a hundred marks over a handful of lines, and every call
            # into Qt costs more than the arithmetic around it.
            layout = block.layout()
            lines = [layout.lineAt(i) for i in range(layout.lineCount())]
            n_lines = len(lines)
            line_starts = [ln.textStart() for ln in lines]
            line_ends = [ls + ln.textLength() for ls, ln in zip(line_starts, lines, strict=True)]
            line_geo = [(top + ln.y(), ln.height(), ln.ascent()) for ln in lines]
            # x of a position on a line, keyed by line too: a line's end and the next
            # one's start share a position but not an x. One int per key, not a tuple.
            xs: dict[int, float] = {}
            stride = n_lines + 1
            # Per line, asked once: does it mix directions? Never for an ASCII text (a
            # flag CPython keeps on the string, so this costs nothing to ask).
            mixed: dict[int, bool] = {} if GLYPH_RUNS and not ascii_text else dict.fromkeys(
                range(n_lines), False)
            left0 = geom.left()
            # Comparisons instead of min() and max(): this loop runs once per piece of
            # every mark in view, hundreds a paint, where the calls add up.
            for m in marks:
                ms, me = m.start, m.end
                s = (ms if ms > bpos else bpos) - bpos
                e = (me if me < bend else bend) - bpos
                i = bisect_right(line_starts, s) - 1  # from the line holding s
                if i < 0:
                    i = 0
                while i < n_lines:
                    ls = line_starts[i]
                    if ls >= e:
                        break
                    le = line_ends[i]
                    a = s if s > ls else ls
                    b = e if e < le else le
                    if a < b and mixed.get(i) is None:
                        mixed[i] = _mixed(lines[i], ls, le - ls)
                    if a < b and mixed[i]:
                        y, height, ascent = line_geo[i]
                        first, last = a == ms - bpos, b == me - bpos
                        for x1, x2 in _visual_spans(lines[i], a, b) or [
                                sorted((lines[i].cursorToX(a)[0], lines[i].cursorToX(b)[0]))]:
                            width = x2 - x1
                            rect = QRectF(left0 + x1, y, width if width > 2.0 else 2.0, height)
                            yield (m, rect, y + ascent, first, last)
                    elif a < b:
                        x1 = xs.get(a * stride + i)
                        if x1 is None:
                            x1 = xs[a * stride + i] = lines[i].cursorToX(a)[0]
                        x2 = xs.get(b * stride + i)
                        if x2 is None:
                            x2 = xs[b * stride + i] = lines[i].cursorToX(b)[0]
                        if x2 < x1:
                            x1, x2 = x2, x1
                        width = x2 - x1
                        y, height, ascent = line_geo[i]
                        rect = QRectF(left0 + x1, y, width if width > 2.0 else 2.0, height)
                        yield (m, rect, y + ascent, a == ms - bpos, b == me - bpos)
                    i += 1
        block = block.next()


Piece = tuple[Mark, QRectF, float, bool, bool]


def collect(view: QPlainTextEdit, index: MarkIndex, clip: QRectF) -> list[Piece]:
    """The visible pieces once per paint: fills and underlines both use them."""
    return list(_segments(view, index, clip))


@dataclass
class Plan:
    """What paint_under and paint_over draw for a list of pieces, as Qt objects made once:
    a repaint with nothing moved draws the same plan again without a Python step per
    piece (the viewer keeps it beside its pieces)."""

    fills: list[tuple[QRectF, QColor]] = field(default_factory=list)  # in piece order
    waves: list[tuple[QPointF, QRectF, QBrush]] = field(default_factory=list)  # brush origin
    lines: list[tuple[QPen, list[QLineF]]] = field(default_factory=list)  # one pen a kind
    outlines: list[tuple[QPen, list[QRectF]]] = field(default_factory=list)  # suggestions


def plan(pieces: list[Piece], pal: Palette) -> Plan:
    """The fills, underlines and outlines of ``pieces`` in ``pal``'s colours.

    Underlines are gathered per kind and drawn with one pen in one call each: a dense
    screen has hundreds of them, and a pen made and set per underline cost more than
    the drawing. (Kinds are drawn one after another, so where more than MAX_LANES marks
    share the last lane, the later kind lies on top.)
    """
    out = Plan()
    fill_colors: dict[tuple[str, str], QColor | None] = {}  # one per kind and status
    colors: dict[str, QColor] = {}
    lines: dict[tuple[str, str], list[QLineF]] = {}  # (kind, marker) -> underlines
    outlines: dict[str, list[QRectF]] = {}  # kind -> suggestions' dashed boxes
    markers = pal.kind_marker
    last_lane = MAX_LANES - 1
    for m, rect, base, _first, _last in pieces:
        kind, status = m.kind, m.status
        key = (kind, status)
        if key in fill_colors:
            fill = fill_colors[key]
        else:
            fill = fill_colors[key] = pal.fill(kind, status)
        if fill is not None:
            out.fills.append((rect, fill))  # overlapping fills blend: overlaps show darker
        if status == "rejected":
            continue  # rejected: only the faint fill is left
        if kind not in colors:
            colors[kind] = pal.line(kind)
        if status == "suggested":
            outlines.setdefault(kind, []).append(rect.adjusted(0.5, 0.5, -0.5, -0.5))
            continue
        lane = m.lane if m.lane < last_lane else last_lane
        y = base + 2.5 + lane * LANE_STEP
        bottom = rect.bottom() + 1.5
        if bottom < y:
            y = bottom
        marker = markers.get(kind, "solid")
        x1, x2 = rect.left(), rect.right()
        if marker == "wave":  # a brush, not a line
            out.waves.append((QPointF(x1, y - 2), QRectF(x1, y - 2, x2 - x1, 4),
                              _wave_brush(colors[kind])))
        elif marker == "double":
            group = lines.setdefault((kind, marker), [])
            group.append(QLineF(x1, y - 1, x2, y - 1))
            group.append(QLineF(x1, y + 1, x2, y + 1))
        else:
            lines.setdefault((kind, marker), []).append(QLineF(x1, y, x2, y))
    out.lines = [(_pen(marker, colors[kind]), group) for (kind, marker), group in lines.items()]
    out.outlines = [(QPen(colors[kind], 1.0, Qt.PenStyle.DashLine), rects)
                    for kind, rects in outlines.items()]
    return out


def paint_under(painter: QPainter, drawn: Plan, hits: list[Piece], pal: Palette) -> None:
    """Fills drawn before the text, so the glyphs stay crisp on top of them."""
    painter.setPen(Qt.PenStyle.NoPen)
    fill_rect = painter.fillRect
    for rect, color in drawn.fills:
        fill_rect(rect, color)
    for _m, rect, _base, _first, _last in hits:
        fill_rect(rect, pal.search)


def paint_over(painter: QPainter, drawn: Plan, pieces: list[Piece], pal: Palette,
               selected: str | None) -> None:
    """Underlines in each kind's marker style; outlines for suggestions and the selection."""
    for origin, rect, brush in drawn.waves:
        painter.setBrushOrigin(origin)
        painter.fillRect(rect, brush)
    for pen, group in drawn.lines:
        painter.setPen(pen)
        painter.drawLines(group)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for pen, rects in drawn.outlines:
        painter.setPen(pen)
        painter.drawRects(rects)
    if not selected:
        return
    for m, rect, _base, _first, _last in pieces:
        if m.key == selected:
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
