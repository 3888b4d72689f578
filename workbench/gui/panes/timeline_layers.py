"""The graphics of the timeline: a handful of pyqtgraph items fed numpy arrays.

One ``MarksItem`` (timeline_marks) draws every mark and range ring, a level-of-detail
subset per view; per kind one PlotCurveItem (connect="pairs") draws the date-precision
bars. Plus the document rug and the selection highlight. No per-point Python objects
or per-spot brushes: 100k marks stay a few draw calls.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QColor, QPalette

from workbench.core.codebook import Codebook
from workbench.gui.panes.timeline_items import DAY, MAX_SIZE, Marks
from workbench.gui.panes.timeline_marks import MarksItem, kind_color

THIN_BARS_AFTER = 12  # lanes
PICK_RADIUS = 8.0  # px added to a mark's radius when hovering or clicking


def merge_runs(x: np.ndarray, x_end: np.ndarray, y: np.ndarray
               ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Bars on one jitter row that overlap or touch, as one bar each (start, end, y).

    The same pixels, one stroke: consecutive months on a row become one bar, so with
    100k marks (25 actor lanes of 5 rows by 36 months) a few hundred strokes remain.
    """
    if not len(x):
        return x, x_end, y
    order = np.lexsort((x, y))
    x, x_end, y = x[order], x_end[order], y[order]
    row = np.concatenate([[0], np.cumsum(y[1:] != y[:-1])])
    # The furthest end so far on this row (rows are offset so one running max serves all).
    offset = row * (float(x_end.max() - x.min()) + 1.0)
    reach = np.maximum.accumulate(x_end - x.min() + offset) - offset + x.min()
    start = np.ones(len(x), dtype=bool)
    start[1:] = (row[1:] != row[:-1]) | (x[1:] > reach[:-1])
    first = np.flatnonzero(start)
    last = np.append(first[1:], len(x)) - 1
    return x[first], reach[last], y[first]


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
        self.marks_item = MarksItem()
        self.marks_item.setZValue(8)  # over the bars (1), under the highlight
        plot.addItem(self.marks_item)
        self.bars: dict[str, pg.PlotCurveItem] = {}  # by kind, for tests and a legend
        self._by_x = np.zeros(0, dtype=np.int64)  # mark indexes sorted by x, for picking

    # ------------------------------------------------------------ drawing
    def set_marks(self, marks: Marks, codebook: Codebook, palette: QPalette) -> None:
        for item in self.items:
            self.plot.removeItem(item)
        self.items, self.bars = [], {}
        self.marks = marks
        self.marks_item.set_marks(marks, codebook, palette)
        self._by_x = self.marks_item.order
        for k, kind in enumerate(marks.kinds):
            sel = marks.kind == k
            if sel.any():
                self._bars(kind, sel, kind_color(codebook, kind))

    def _add(self, item: pg.GraphicsObject) -> None:
        self.plot.addItem(item)
        self.items.append(item)

    def _bars(self, kind: str, sel: np.ndarray, color: QColor) -> None:
        """Intervals longer than a day (month precision, multi-day events) as bars."""
        m = self.marks
        assert m is not None
        wide = sel & (m.x_end - m.x > DAY * 1.5)
        if not wide.any():
            return
        idx = np.flatnonzero(wide)
        thin = len(m.lanes) > THIN_BARS_AFTER
        # Thin lanes' jitter rows are a pixel or two apart: their bars on the lane's
        # centre line merge into a few long strokes (4,300 segments became ~150).
        x0, x1, y = merge_runs(m.x[idx], m.x_end[idx],
                               m.lane[idx].astype(float) if thin else m.y[idx])
        xs = np.column_stack([x0, x1]).ravel()
        ys = np.repeat(y, 2)
        faint = QColor(color)
        faint.setAlpha(150)  # under the marks, yet visible on dark bases
        # Many lanes (per actor) are a few pixels high: thinner bars.
        width = 2 if thin else 4
        item = pg.PlotCurveItem(xs, ys, connect="pairs", pen=pg.mkPen(faint, width=width),
                                skipFiniteCheck=True)
        # Runs on a row never touch (merge_runs): one drawLines call paints the same
        # pixels as the stroked path, without stroking thousands of subpaths (~2x faster).
        item.setSegmentedLineMode("on")
        item.setZValue(1)
        self._add(item)
        self.bars[kind] = item

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
        # Only marks within the largest symbol's reach in x can be hit: a sorted slice.
        reach = (MAX_SIZE / 2 + PICK_RADIUS) * px_w
        xs = self.marks_item.x
        i0, i1 = (int(i) for i in np.searchsorted(xs, [x - reach, x + reach]))
        if i0 >= i1:
            return None
        near = self._by_x[i0:i1]
        dx = (m.x[near] - x) / px_w
        dy = (m.y[near] - y) / px_h
        d2 = dx * dx + dy * dy
        j = int(np.argmin(d2))
        best = int(near[j])
        radius = np.nan_to_num(m.high_size[best], nan=0.0).clip(min=m.size[best]) / 2
        return best if d2[j] <= (radius + PICK_RADIUS) ** 2 else None
