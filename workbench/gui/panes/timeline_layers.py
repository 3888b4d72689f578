"""The graphics of the timeline: a handful of pyqtgraph items fed numpy slices.

Per kind: one ScatterPlotItem for accepted marks (filled), one for suggestions
(hollow), one PlotCurveItem (connect="pairs") for the date-precision bars and,
for casualties, one ScatterPlotItem of range rings. Plus the document rug and the
selection highlight. No per-point Python objects or per-spot brushes: 100k marks
stay a few dozen draw calls.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QColor, QPalette

from workbench.core.codebook import Codebook
from workbench.gui.panes.timeline_items import DAY, Marks

SYMBOLS = {"statement": "o", "claim": "d", "casualty": "o", "event": "s", "date": "t"}
PICK_RADIUS = 8.0  # px added to a mark's radius when hovering or clicking


def distinct(*cols: np.ndarray) -> np.ndarray:
    """Indexes of the first of each group of identical rows.

    Marks with the same day, lane slot and size draw the same pixels: drawing one
    of them is lossless and, at 100k marks over a few years, removes most of the work.
    """
    if not len(cols[0]):
        return np.zeros(0, dtype=np.int64)
    _, first = np.unique(np.column_stack(cols), axis=0, return_index=True)
    return np.sort(first)


def largest_per_slot(x: np.ndarray, y: np.ndarray, size: np.ndarray) -> np.ndarray:
    """Of filled same-colour discs on one spot only the largest shows: keep that one."""
    if not len(x):
        return np.zeros(0, dtype=np.int64)
    order = np.lexsort((-size, y, x))  # per (x, y) slot, the largest first
    xs, ys = x[order], y[order]
    first = np.ones(len(order), dtype=bool)
    first[1:] = (xs[1:] != xs[:-1]) | (ys[1:] != ys[:-1])
    return np.sort(order[first])


def kind_color(codebook: Codebook, kind: str) -> QColor:
    return QColor(codebook.kind(kind).color if kind in codebook else "#888888")


class TimelineLayers:
    def __init__(self, plot: pg.PlotItem) -> None:
        self.plot = plot
        self.items: list[pg.GraphicsObject] = []
        self.marks: Marks | None = None
        self.rug = pg.ScatterPlotItem(symbol="|", size=12, pxMode=True, hoverable=False)
        self.rug.setZValue(-5)
        self.highlight = pg.ScatterPlotItem(pxMode=True, hoverable=False)
        self.highlight.setZValue(100)
        plot.addItem(self.rug)
        plot.addItem(self.highlight)
        # Kept so tests and the legend can find them by kind.
        self.scatters: dict[tuple[str, bool], pg.ScatterPlotItem] = {}
        self.bars: dict[str, pg.PlotCurveItem] = {}
        self.rings: dict[str, pg.ScatterPlotItem] = {}

    # ------------------------------------------------------------ drawing
    def set_marks(self, marks: Marks, codebook: Codebook, palette: QPalette) -> None:
        for item in self.items:
            self.plot.removeItem(item)
        self.items, self.scatters, self.bars, self.rings = [], {}, {}, {}
        self.marks = marks
        base = palette.color(QPalette.ColorRole.Base)
        for k, kind in enumerate(marks.kinds):
            sel = marks.kind == k
            if not sel.any():
                continue
            color = kind_color(codebook, kind)
            self._bars(kind, sel, color)
            self._rings(kind, sel, color)
            for suggested in (False, True):
                part = sel & (marks.suggested == suggested)
                if part.any():
                    self._scatter(kind, suggested, part, color, base)

    def _add(self, item: pg.GraphicsObject) -> None:
        self.plot.addItem(item)
        self.items.append(item)

    def _scatter(self, kind: str, suggested: bool, sel: np.ndarray, color: QColor,
                 base: QColor) -> None:
        m = self.marks
        assert m is not None
        # Suggestions are hollow (filled with the background) with a thinner outline.
        brush = pg.mkBrush(base if suggested else color)
        pen = pg.mkPen(color, width=1.5) if suggested else pg.mkPen(base, width=0.8)
        idx = np.flatnonzero(sel)
        # Hollow suggestions nest visibly, so they keep every size; filled marks do not.
        pick = distinct if suggested else largest_per_slot
        idx = idx[pick(m.x[idx], m.y[idx], m.size[idx])]
        item = pg.ScatterPlotItem(
            x=m.x[idx], y=m.y[idx], size=m.size[idx], symbol=SYMBOLS.get(kind, "o"),
            pen=pen, brush=brush, pxMode=True, useCache=True, hoverable=False,
        )
        item.setZValue(10 if not suggested else 9)
        self._add(item)
        self.scatters[(kind, suggested)] = item

    def _bars(self, kind: str, sel: np.ndarray, color: QColor) -> None:
        """Intervals longer than a day (month precision, multi-day events) as bars."""
        m = self.marks
        assert m is not None
        wide = sel & (m.x_end - m.x > DAY * 1.5)
        if not wide.any():
            return
        idx = np.flatnonzero(wide)
        idx = idx[distinct(m.x[idx], m.x_end[idx], m.y[idx])]
        xs = np.column_stack([m.x[idx], m.x_end[idx]]).ravel()
        ys = np.repeat(m.y[idx], 2)
        faint = QColor(color)
        faint.setAlpha(150)  # under the marks, yet visible on dark bases
        item = pg.PlotCurveItem(xs, ys, connect="pairs", pen=pg.mkPen(faint, width=4),
                                skipFiniteCheck=True)
        item.setZValue(1)
        self._add(item)
        self.bars[kind] = item

    def _rings(self, kind: str, sel: np.ndarray, color: QColor) -> None:
        """A hollow ring sized by count_high around the disc sized by count_low."""
        m = self.marks
        assert m is not None
        ranged = sel & ~np.isnan(m.high_size)
        if not ranged.any():
            return
        idx = np.flatnonzero(ranged)
        idx = idx[distinct(m.x[idx], m.y[idx], m.high_size[idx])]
        item = pg.ScatterPlotItem(
            x=m.x[idx], y=m.y[idx], size=m.high_size[idx], symbol="o",
            pen=pg.mkPen(color, width=1.2), brush=pg.mkBrush(None), pxMode=True,
            useCache=True, hoverable=False,
        )
        item.setZValue(8)
        self._add(item)
        self.rings[kind] = item

    def set_rug(self, xs: np.ndarray, y: float, palette: QPalette) -> None:
        color = QColor(palette.color(QPalette.ColorRole.Text))
        color.setAlpha(70)
        self.rug.setData(x=xs, y=np.full(len(xs), y), pen=pg.mkPen(color, width=1.5),
                         brush=pg.mkBrush(color))

    def set_highlight(self, indexes: list[int], palette: QPalette) -> None:
        m = self.marks
        if m is None or not indexes:
            self.highlight.setData(x=[], y=[])
            return
        sel = np.array(indexes, dtype=np.int64)
        color = palette.color(QPalette.ColorRole.Highlight)
        self.highlight.setData(
            x=m.x[sel], y=m.y[sel], size=np.nan_to_num(m.high_size[sel], nan=0)
            .clip(min=m.size[sel]) + 10, symbol="o", pen=pg.mkPen(color, width=3),
            brush=pg.mkBrush(None),
        )

    # ------------------------------------------------------------- picking
    def pick(self, x: float, y: float, px_w: float, px_h: float) -> int | None:
        """Index of the mark nearest (x, y) within its radius plus a margin, in pixels."""
        m = self.marks
        if m is None or not len(m) or px_w <= 0 or px_h <= 0:
            return None
        dx = (m.x - x) / px_w
        dy = (m.y - y) / px_h
        d2 = dx * dx + dy * dy
        best = int(np.argmin(d2))
        radius = np.nan_to_num(m.high_size[best], nan=0.0).clip(min=m.size[best]) / 2
        return best if d2[best] <= (radius + PICK_RADIUS) ** 2 else None
