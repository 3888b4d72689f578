"""The timeline's "Incidents" lane: one diamond per incident at its date, and a vertical
whisker from its low to its high tally figure (killed, else the first outcome counted).

Inside this lane the height means a count (log scale, the lane's largest figure at the
top), so the whisker's length reads as the sources' disagreement; the exact figures are
in the tool tip. Two pyqtgraph items for any number of incidents: one scatter for the
diamonds, one ``connect="pairs"`` curve for every whisker (one drawLines call).

Tallies come from the session's TallyCache. The ones not yet computed are computed a
few milliseconds at a time on a timer, so 10,000 incidents never block panning.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor, QPalette

from workbench.core.incidents.model import OUTCOMES
from workbench.core.incidents.tally import Tally
from workbench.core.query import date_interval
from workbench.gui.models.incident_list_model import CONFLICT_COLOR, MARK_COLOR, date_text
from workbench.gui.panes.timeline_items import DAY, epoch
from workbench.gui.tally_cache import TallyCache

LANE_LABEL = "Incidents"
HALF = 0.38  # of a lane: the count scale runs from lane + HALF (0) to lane - HALF (max)
SLICE_S = 0.012  # tally work per timer tick
REDRAW_S = 0.3  # whiskers are redrawn at most this often while tallies arrive
PICK_PX = 9.0


def tally_range(t: Tally | None) -> tuple[float, float, float, str] | None:
    """(low, best, high, outcome) of killed, else of the first outcome with figures."""
    if t is None:
        return None
    for outcome in OUTCOMES:
        c = t.cell(outcome, "all")
        if c is None or (c.low is None and c.high is None):
            continue
        lo = c.low if c.low is not None else c.high
        hi = c.high if c.high is not None else lo
        best = c.best if c.best is not None else lo
        return float(lo), float(best), float(hi), outcome  # type: ignore[arg-type]
    return None


class IncidentLayer:
    def __init__(self, plot: pg.PlotItem, tallies: TallyCache,
                 on_ready: Callable[[], None] | None = None) -> None:
        self.plot = plot
        self.tallies = tallies
        self.rows: list[dict[str, Any]] = []
        self.x = np.zeros(0)
        self.y = np.zeros(0)
        self.lane = 0.0
        self.whisker_count = 0
        self.points = pg.ScatterPlotItem(pxMode=True, hoverable=False)
        self.points.setZValue(9)
        self.whiskers = pg.PlotCurveItem(connect="pairs", skipFiniteCheck=True)
        self.whiskers.setSegmentedLineMode("on")
        self.whiskers.setZValue(7)
        # The current incident (bus.incident) is ringed: incidents of one day share a
        # place, and the pane's choice was otherwise only panned into view.
        self.current: str | None = None
        self.ring = pg.ScatterPlotItem(pxMode=True, hoverable=False)
        self.ring.setZValue(10)
        plot.addItem(self.whiskers)
        plot.addItem(self.points)
        plot.addItem(self.ring)
        self._pending: list[int] = []
        self._last_draw = 0.0
        self._palette: QPalette | None = None
        self._timer = QTimer(plot, singleShot=True, interval=0)
        self._timer.timeout.connect(self._work)
        self._on_ready = on_ready

    def __len__(self) -> int:
        return len(self.rows)

    def set_incidents(self, rows: list[dict[str, Any]], lane: int, palette: QPalette) -> None:
        """Place dated incidents on ``lane``; whiskers follow as their tallies are known."""
        self._palette = palette
        kept, xs = [], []
        for r in rows:
            span = date_interval(r.get("start_date"), r.get("date_precision"))
            if span is not None:
                kept.append(r)
                xs.append(epoch(span[0]) + DAY / 2)
        self.rows, self.x, self.lane = kept, np.array(xs, dtype=float), float(lane)
        self.y = np.full(len(kept), float(lane))
        self._pending = [i for i, r in enumerate(kept) if not self.tallies.has(r["id"])]
        self._draw()
        if self._pending:
            self._timer.start()

    def finish(self) -> None:
        """Compute every pending tally now (tests, screenshots)."""
        while self._pending:
            self._work(budget=None)

    def _work(self, budget: float | None = SLICE_S) -> None:
        end = None if budget is None else time.perf_counter() + budget
        while self._pending and (end is None or time.perf_counter() < end):
            self.tallies.get(self.rows[self._pending.pop()]["id"])
        now = time.perf_counter()
        if not self._pending or now - self._last_draw > REDRAW_S:
            self._draw()
        if self._pending and budget is not None:
            self._timer.start()
        elif not self._pending and self._on_ready is not None:
            self._on_ready()

    def _draw(self) -> None:
        self._last_draw = time.perf_counter()
        n = len(self.rows)
        ranges = [tally_range(self.tallies.peek(r["id"])) for r in self.rows]
        top = max((r[2] for r in ranges if r is not None), default=1.0)
        scale = np.log1p(max(top, 1.0))

        def y_of(v: float) -> float:
            return self.lane + HALF - 2 * HALF * float(np.log1p(max(v, 0.0))) / scale

        y = np.full(n, self.lane)
        seg_x, seg_y = [], []
        for i, rng in enumerate(ranges):
            if rng is None:
                continue
            lo, best, hi, _ = rng
            y[i] = y_of(best)
            if hi > lo:
                seg_x += [self.x[i], self.x[i]]
                seg_y += [y_of(lo), y_of(hi)]
        self.y = y
        self.whisker_count = len(seg_x) // 2
        pal = self._palette
        text = pal.color(QPalette.ColorRole.Text) if pal is not None else QColor("#333")
        color = QColor(MARK_COLOR)
        self.whiskers.setData(np.array(seg_x, dtype=float), np.array(seg_y, dtype=float),
                              pen=pg.mkPen(color, width=2.5))
        suggested = np.array([r["status"] == "suggested" for r in self.rows], dtype=bool)
        conflict = np.array([self._conflict(r["id"]) for r in self.rows], dtype=bool)
        looks = (pg.mkBrush(MARK_COLOR), pg.mkBrush(CONFLICT_COLOR), pg.mkBrush(None))
        brushes = [looks[2] if s else looks[int(c)]
                   for s, c in zip(suggested, conflict, strict=True)]
        self.points.setData(x=self.x, y=y, symbol="d", size=12, brush=brushes,
                            pen=pg.mkPen(text, width=1))
        self._draw_ring()

    def set_current(self, incident_id: str | None) -> None:
        """Ring ``incident_id``'s diamond (None, or an undated incident: no ring)."""
        self.current = incident_id
        self._draw_ring()

    def _draw_ring(self) -> None:
        i = next((n for n, r in enumerate(self.rows) if r["id"] == self.current), None)
        if i is None:
            self.ring.setData(x=[], y=[])
            return
        pal = self._palette
        color = (pal.color(QPalette.ColorRole.Highlight) if pal is not None
                 else QColor(MARK_COLOR))
        self.ring.setData(x=[self.x[i]], y=[self.y[i]], symbol="d", size=22,
                          pen=pg.mkPen(color, width=3), brush=pg.mkBrush(None))

    def _conflict(self, inc_id: str) -> bool:
        t = self.tallies.peek(inc_id)
        return t is not None and any(c.conflict for c in t.cells.values())

    def pick(self, x: float, y: float, px_w: float, px_h: float) -> int | None:
        """Index of the incident whose diamond is nearest (x, y) within a few pixels."""
        if not len(self.rows) or px_w <= 0 or px_h <= 0:
            return None
        d2 = ((self.x - x) / px_w) ** 2 + ((self.y - y) / px_h) ** 2
        i = int(np.argmin(d2))
        return i if d2[i] <= PICK_PX ** 2 else None

    def tooltip(self, i: int) -> str:
        r = self.rows[i]
        t = self.tallies.get(r["id"])
        lines = [f"Incident: {r['title']}" + (" · suggested" if r["status"] == "suggested"
                                              else ""),
                 f"{date_text(r)} · {r.get('place_name') or 'no place'}"]
        if t is not None:
            lines.append(t.describe())
        return "\n".join(lines)

    def x_of(self, incident_id: str) -> float | None:
        for i, r in enumerate(self.rows):
            if r["id"] == incident_id:
                return float(self.x[i])
        return None
