"""The timeline pane: every dated annotation on lanes per kind or per actor.

Encodings (docs/panes.md): x = date (UTC days), a bar spans the interval a partial
date stands for, disc area ~ the low count with a ring at the high count (for kinds
whose roles name counts), each kind's own symbol (its ``symbol`` role), hollow
marks are suggestions, the faint rug at the bottom shows document publication dates.
Shift-drag (or "Filter by period") picks a period published as a DateFilter.
"""

from __future__ import annotations

import datetime as dt
import math
import threading
import weakref
from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QCursor,
    QFontMetrics,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from workbench.core import timeline_rows, timeline_summary
from workbench.core.incidents.model import list_incidents
from workbench.core.query import TimelineItem
from workbench.core.timeline_rows import TimelineColumns
from workbench.gui.bus import ChangeNotice, DateFilter, IncidentState, SearchState, Selection
from workbench.gui.elided_label import ElidedLabel
from workbench.gui.panes.timeline_axis import TimelineDateAxis, TimelineLaneAxis
from workbench.gui.panes.timeline_bar import ShortLabels
from workbench.gui.panes.timeline_columns import build_marks_columns
from workbench.gui.panes.timeline_fit import fit_range
from workbench.gui.panes.timeline_incidents import LANE_LABEL, IncidentLayer
from workbench.gui.panes.timeline_items import DAY, Marks, build_marks, epoch, to_date, tooltip
from workbench.gui.panes.timeline_layers import TimelineLayers
from workbench.gui.panes.timeline_loading import ColumnLoader
from workbench.gui.panes.timeline_marks import kind_color
from workbench.gui.panes.timeline_summary_view import (
    MARKS_IN_VIEW,
    DayTotals,
    SummaryItem,
    bucket_days,
    density,
    summary_lanes,
)
from workbench.gui.session import Session


def _call_alive(method: weakref.WeakMethod, *args: object) -> None:
    """Call a weakly held method if its object still lives."""
    bound = method()
    if bound is not None:
        bound(*args)


class TimelineViewBox(pg.ViewBox):
    """Pans and zooms in time only; Shift-drag draws a period instead of panning."""

    period_dragged = Signal(float, float, bool)  # x0, x1, finished

    def mouseDragEvent(self, ev, axis=None):  # type: ignore[no-untyped-def]
        if (ev.button() == Qt.MouseButton.LeftButton
                and ev.modifiers() & Qt.KeyboardModifier.ShiftModifier):
            ev.accept()
            x0 = self.mapSceneToView(ev.buttonDownScenePos()).x()
            x1 = self.mapSceneToView(ev.scenePos()).x()
            self.period_dragged.emit(min(x0, x1), max(x0, x1), ev.isFinish())
            return
        super().mouseDragEvent(ev, axis)


# Above this many changed annotations the whole project is read again, not patched.
PATCH_LIMIT = 5000
# The narrowest view: marks are days, and closer in the axis counted hours, then seconds.
MIN_VIEW_DAYS = 3
# An actor's name longer than this is elided on its lane, whole in the tool tip.
LANE_LABEL_PX = 170


class TimelinePane(QWidget):
    """Dated annotations as marks in lanes over time, with a period to filter by."""

    # The lane mode, for the View menu: the pane's combo and the menu show one setting.
    lane_mode_changed = Signal(str)
    _counted = Signal(object)  # a background count's job, delivered in the pane's thread

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelinePane")
        self.session = session
        self.bus = session.bus
        self.project = session.project
        self.mode = "kind"
        self.marks: Marks | None = None
        self.region: pg.LinearRegionItem | None = None
        self._items: Sequence[TimelineItem] = ()  # every dated item
        self._shown: Sequence[TimelineItem] = ()  # those drawn (a search narrows them)
        self._lane_names: list[str] = []
        self._mark_doc = np.zeros(0, dtype=np.int64)  # each mark's document
        self._rug_x = np.zeros(0)
        self._loader: ColumnLoader | None = None  # a read in progress (large projects)
        self._fitted = False  # the first view is fitted once the marks are read
        self._painted = False
        # A project of more than SUMMARY_ABOVE dated annotations: marks per lane and day
        # counted in SQL (drawn as strips), and the marks of the days in view read only
        # once few enough of them are in view.
        self._counts: timeline_summary.DayCounts | None = None
        self._fixed_lanes: list[str] | None = None
        self._lane_of_key = np.zeros(0, dtype=np.int64)
        self._totals: DayTotals | None = None
        self._window: tuple[int, int] | None = None  # days whose marks are read
        self._count_job: timeline_summary.DetachedCounts | None = None  # after an edit
        self._counted.connect(self._take_counts)
        self._n_published = 0  # documents with a publication date (the rug)

        self.lane_combo = QComboBox(self)
        self.lane_combo.setObjectName("laneMode")
        self.lane_combo.addItem("Lanes per kind", "kind")
        self.lane_combo.addItem("Lanes per actor", "actor")
        self.lane_combo.currentIndexChanged.connect(
            lambda: self.set_lane_mode(self.lane_combo.currentData()))
        self.period_button = QToolButton(self)
        self.period_button.setObjectName("filterByPeriod")
        self.period_button.setText("Filter by period")
        self.period_button.setCheckable(True)
        self.period_button.setToolTip("Show a period to drag; or Shift-drag on the plot")
        self.period_button.toggled.connect(self._period_toggled)
        self.clear_button = QToolButton(self)
        self.clear_button.setObjectName("clearPeriod")
        self.clear_button.setText("Clear period")
        self.clear_button.clicked.connect(self.clear_period)
        self.fit_button = QToolButton(self)
        self.fit_button.setText("Fit")
        self.fit_button.setToolTip("Show the marks of the search results, or all, "
                                   "leaving isolated outlying dates a pan away")
        self.fit_button.clicked.connect(self.fit)
        # Cut with "…" rather than widening the pane: its whole line ("85 dated · 8
        # published · marks per day: zoom in to see each") set the timeline's minimum
        # width, and with it the window's, past a 900 px screen.
        self.info = ElidedLabel(self)
        self.info.setObjectName("timelineInfo")
        self.info.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        bar = QHBoxLayout()
        bar.setContentsMargins(4, 2, 4, 0)
        for w in (self.lane_combo, self.period_button, self.clear_button, self.fit_button):
            bar.addWidget(w)
        bar.addWidget(self.info, 1)
        self.bar_labels = ShortLabels(bar, [(self.period_button, "Filter by period", "Period"),
                                            (self.clear_button, "Clear period", "Clear")])

        self.viewbox = TimelineViewBox()
        self.viewbox.setMouseEnabled(x=True, y=False)
        self.viewbox.invertY(True)  # first lane on top, the rug at the bottom
        self.axis = TimelineDateAxis(orientation="bottom", utcOffset=0)
        self.plot_widget = pg.PlotWidget(self, viewBox=self.viewbox,
                                         axisItems={"bottom": self.axis,
                                                    "left": TimelineLaneAxis("left")})
        self.plot_widget.setObjectName("timelinePlot")
        self.plot = self.plot_widget.getPlotItem()
        # Beside the calendar's limits the date axis set when it was linked to the view.
        self.viewbox.setLimits(minXRange=MIN_VIEW_DAYS * DAY)
        self.plot.hideButtons()
        self.plot.showGrid(x=True, y=False, alpha=0.15)
        self._apply_palette()
        self.layers = TimelineLayers(self.plot)
        self.summary_item = SummaryItem()
        self.summary_item.setZValue(0)  # under the rug, the bars and the marks
        self.summary_item.hide()
        self.plot.addItem(self.summary_item)
        self.incidents = IncidentLayer(self.plot, session.tallies)
        self.incidents.current = self.bus.incident.incident_id
        self._incident_rows: list[dict] = []
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(bar)
        lay.addWidget(self.plot_widget, 1)
        # Over the plot when it has nothing to draw: a blank plot said nothing of why.
        self.empty_note = QLabel(self.plot_widget)
        self.empty_note.setObjectName("timelineEmpty")
        self.empty_note.setWordWrap(True)
        self.empty_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_note.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.empty_note.hide()
        self.plot_widget.installEventFilter(self)

        # Hover is a nearest-point lookup on arrays, rate-limited; never per-spot events.
        # The proxy has no parent and its connection holds the slot from C++, out of the
        # collector's sight: a slot holding the pane kept every pane of every project shown
        # before alive, with the plot's parentless menus (13 windows a project switch).
        hover = weakref.WeakMethod(self.hover_at_scene)
        self._hover = pg.SignalProxy(self.plot.scene().sigMouseMoved, rateLimit=30,
                                     slot=lambda args: _call_alive(hover, args[0]))
        self.plot.scene().sigMouseClicked.connect(self._scene_clicked)
        self.viewbox.period_dragged.connect(self._period_dragged)
        self._rebuild_timer = QTimer(self, singleShot=True, interval=120)
        self._rebuild_timer.timeout.connect(self._apply_changes)
        # At scale, the view's summary or marks follow a pan or zoom once it pauses.
        self._view_timer = QTimer(self, singleShot=True, interval=40)
        self._view_timer.timeout.connect(self._view_changed)
        self.viewbox.sigXRangeChanged.connect(self._range_changed)
        # Annotations changed since the last redraw; None: read everything again.
        self._patch_ids: set[str] | None = set()
        self.bus.project_changed.connect(self._on_changes)
        self.bus.selection_changed.connect(self._on_selection)
        self.bus.date_filter_changed.connect(self._on_date_filter)
        self.bus.incident_changed.connect(self._on_incident)
        self.bus.search_changed.connect(self._on_search)
        self.rebuild()
        if self._loader is None:
            self.fit()
            self._fitted = True
        self._on_date_filter(self.bus.date_filter)

    # ------------------------------------------------------------- content
    def rebuild(self) -> None:
        """Re-read every dated annotation and incident and redraw (the view range is kept).

        A project of more than one slice is read between paints (``ColumnLoader``); the
        old marks stay until the new ones are all read."""
        self._incident_rows = list_incidents(self.project)
        if self._count_job is not None:  # everything is counted again below
            self._count_job.cancel()
            self._count_job = None
        if self._loader is not None:
            self._loader.cancel()
            self._loader.deleteLater()
            self._loader = None
        if timeline_summary.entry_count(self.project) > timeline_summary.SUMMARY_ABOVE:
            self._summarise()
            return
        self._counts = self._fixed_lanes = self._totals = self._window = None
        self.summary_item.hide()
        loader = ColumnLoader(self.project, self)
        if loader.total <= timeline_rows.CHUNK_ROWS:
            self._loader = None
            self.show_items(loader.read_all())
            loader.deleteLater()
            return
        self._loader = loader
        loader.progress.connect(self._load_progress)
        loader.finished.connect(self._loaded)
        if self.marks is None:
            # Lanes, dates and incidents without marks meanwhile, not an empty 0-1 plot.
            self.show_items(TimelineColumns(self.project))
            self.fit()
        self.info.setText("Reading dated annotations…")
        if self._painted:
            loader.start()
        else:
            # The first read waits for the window's first paint (paintEvent), so opening
            # a large project shows the window at once; a pane never painted (hidden,
            # off-screen) starts on this timer instead.
            QTimer.singleShot(1000, self._start_loading)

    # ------------------------------------------------------------ at scale
    def _summarise(self) -> None:
        """Count the marks per lane and day (SQL), fix the lanes from the counts, and
        show the view's summary or marks (``_view_changed``)."""
        dc = timeline_summary.day_counts(self.project, self.mode, self.bus.search.doc_ids)
        self._counts, self._totals, self._window = dc, DayTotals(dc), None
        self._fixed_lanes, self._lane_of_key = summary_lanes(dc, self.project.codebook)
        self.show_items(timeline_rows.TimelineColumns(self.project))  # lanes, rug, incidents
        if not self._fitted:
            self._fitted = True
            self.fit()
        self._view_changed()

    def _patch_summary(self, ids: set[str]) -> None:
        """After an edit at scale: the marks in view (if shown) read again for the changed
        annotations only, and the counts per lane and day read again in a thread. Each
        took 0.3-0.7 s of frozen window per edit at a million annotations."""
        self._incident_rows = list_incidents(self.project)
        items = self._items
        if ids and self._window is not None and isinstance(items, TimelineColumns):
            self.show_items(timeline_rows.patched(self.project, items, sorted(ids)))
        else:
            self.show_items(items)  # the lanes and rug as they are, the incidents anew
        if not ids:
            return
        if self._count_job is not None:
            self._count_job.cancel()
        job = self._count_job = timeline_summary.DetachedCounts(
            self.project, self.mode, self.bus.search.doc_ids)
        threading.Thread(target=self._count_in_thread, args=(job,), daemon=True,
                         name="timeline-count").start()

    def _count_in_thread(self, job: timeline_summary.DetachedCounts) -> None:
        job.run()
        self._counted.emit(job)

    def _take_counts(self, job: timeline_summary.DetachedCounts) -> None:
        if job is not self._count_job or self.project.closed:
            return  # a later edit, a rebuild or another project took its place
        self._count_job = None
        dc = job.result
        if dc is None or self._counts is None:
            if job.error:
                self.rebuild()  # count again here, rather than show stale counts
            return
        lanes, lane_of_key = summary_lanes(dc, self.project.codebook)
        if lanes != self._fixed_lanes:
            self._summarise()  # a lane came or went: lay the lanes out again
            return
        self._counts, self._totals, self._lane_of_key = dc, DayTotals(dc), lane_of_key
        self._view_changed()

    def count_pending(self) -> bool:
        """A count after an edit is being read in the background (tests, benches)."""
        return self._count_job is not None

    def summarised(self) -> bool:
        """True when the view shows counts per lane instead of each mark."""
        return self._counts is not None and self.summary_item.isVisible()

    def _range_changed(self, *_args: object) -> None:
        if self._counts is not None:
            self._view_timer.start()

    def _view_changed(self) -> None:
        """The marks of the days in view (and a quarter view either side) when at most
        MARKS_IN_VIEW are there, read from the day index; else the counts summed into
        buckets of a few pixels over three views, as strips."""
        dc, totals = self._counts, self._totals
        if dc is None or totals is None or self.project.closed:
            return  # (a pan's timer may fire after the project closed)
        x0, x1 = self.viewbox.viewRange()[0]
        d0, d1 = math.floor(x0 / DAY), math.ceil(x1 / DAY)
        span = max(d1 - d0, 1)
        if totals.between(d0 - dc.longest, d1) <= MARKS_IN_VIEW:
            self.summary_item.hide()
            w = self._window
            if w is None or not (w[0] <= d0 and d1 <= w[1]):
                lo, hi = d0 - span // 4, d1 + span // 4
                self._window = (lo, hi)
                self.show_items(timeline_summary.columns_between(
                    self.project, lo, hi, dc.longest, self.bus.search.doc_ids))
            self._show_info()
            return
        if self._window is not None:  # marks were shown: now the summary instead
            self._window = None
            self.show_items(timeline_rows.TimelineColumns(self.project))
        days = bucket_days(abs(self.viewbox.viewPixelSize()[0]) / DAY)
        first = (d0 - span) // days * days  # whole buckets from day 0: no shimmer
        n_buckets = (d1 + span - first) // days + 1
        lanes = self._fixed_lanes or []
        self.summary_item.show_counts(
            density(self._lane_of_key, dc, len(lanes), first, days, n_buckets), first, days,
            self._lane_colors(lanes))
        self._show_info()

    def _lane_colors(self, lanes: list[str]) -> list[QColor]:
        if self.mode == "kind":
            return [kind_color(self.project.codebook, k) for k in lanes]
        return [self.palette().color(QPalette.ColorRole.Highlight)] * len(lanes)

    def _show_info(self) -> None:
        dc = self._counts
        if dc is None:
            return
        how = (" · marks per day: zoom in to see each" if self.summary_item.isVisible()
               else "")
        self._set_info(dc.total, self._n_published, how)

    def _set_info(self, dated: int, published: int, how: str = "") -> None:
        """The counts line, with the shorter forms a narrow pane shows instead."""
        searched = "" if self.bus.search.doc_ids is None else " · search results"
        self.info.set_forms(f"{dated:,} dated · {published:,} published{how}{searched}",
                            f"{dated:,} dated{searched}", f"{dated:,} dated")

    def _start_loading(self) -> None:
        if self._loader is not None and not self._loader.timer.isActive():
            self._loader.start()

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self._start_loading)
        super().paintEvent(event)

    def loading(self) -> bool:
        """True while the dated annotations are being read."""
        return self._loader is not None

    def _load_progress(self, done: int, total: int) -> None:
        self.info.setText(f"Reading dated annotations… {100 * done // max(total, 1)} %")

    def _loaded(self, items: TimelineColumns) -> None:
        if self._loader is not None:
            self._loader.deleteLater()
        self._loader = None
        self.show_items(items)
        if not self._fitted:
            self._fitted = True
            self.fit()

    def show_items(self, items: Sequence[TimelineItem]) -> None:
        """Draw ``items`` (TimelineItems, or the core's TimelineColumns) as marks in the
        current lane mode (those of the search results while a search is active)."""
        self._items = items
        docs = self.bus.search.doc_ids
        if docs is None:
            self._shown = items
        elif isinstance(items, TimelineColumns):
            self._shown = items.take(np.isin(items.doc_id, np.fromiter(docs, np.int64)))
        else:
            self._shown = [i for i in items if i.doc_id in docs]
        self._draw()

    def _draw(self) -> None:
        cb = self.project.codebook
        if isinstance(self._shown, TimelineColumns):
            self.marks = build_marks_columns(self._shown, cb, self.mode, self._fixed_lanes)
            docs = self._shown.doc_id
        else:
            self.marks = build_marks(self._shown, cb, self.mode)
            docs = np.array([i.doc_id for i in self._shown], dtype=np.int64)
        self._mark_doc = docs[self.marks.item] if len(docs) else np.zeros(0, dtype=np.int64)
        pal = self.palette()
        self.layers.set_marks(self.marks, cb, pal)
        self._lane_names = [cb.kind(n).label if self.mode == "kind" and n in cb else n
                            for n in self.marks.lanes]
        left = self.plot.getAxis("left")
        metrics = QFontMetrics(left.style.get("tickFont") or self.font())
        # The axis does not grow to its labels and drops one that does not fit: elide
        # long actor names; the whole name is the lane's tool tip.
        labels = [metrics.elidedText(n, Qt.TextElideMode.ElideRight, LANE_LABEL_PX)
                  for n in self._lane_names]
        # Incidents get a lane of their own under the annotations' lanes.
        self.incidents.set_incidents(self._incident_rows, len(labels), pal)
        if len(self.incidents):
            labels.append(LANE_LABEL)
            self._lane_names.append(LANE_LABEL)
        left.setTicks([list(enumerate(labels)), []])
        left.setWidth(max((metrics.horizontalAdvance(t) for t in labels), default=40) + 24)
        published = self.project.repo.published_dates()
        xs = np.array([epoch(dt.date.fromisoformat(p)) for p in published], dtype=float)
        self._rug_x = xs + DAY / 2
        self._n_published = len(published)
        self.layers.set_rug(self._rug_x, len(labels) - 0.35, pal)
        self.viewbox.setYRange(-0.6, max(len(labels), 1), padding=0)
        # "published": the documents with a publication date, drawn as the rug.
        self._set_info(len(self.marks.items), len(published))
        self._show_info()
        self._say_if_empty()
        # At scale a draw follows a pan: highlight, but do not pan back to the selection.
        self._on_selection(self.bus.selection, pan=self._counts is None)

    def _say_if_empty(self) -> None:
        """Say why the plot is blank, when it is: no mark and no incident to draw."""
        assert self.marks is not None
        blank = (not len(self.marks) and not len(self.incidents) and self._counts is None
                 and self._loader is None)
        if not blank:
            self.empty_note.hide()
            return
        self.empty_note.setText(
            "No dated annotation in the search results' documents." if
            self.bus.search.doc_ids is not None else
            "No dated annotation yet: an annotation shows here once it has a date.")
        self._place_empty_note()
        self.empty_note.show()

    def _place_empty_note(self) -> None:
        area = self.plot_widget.rect()
        width = min(area.width() - 20, 420)
        self.empty_note.setFixedWidth(max(width, 60))
        self.empty_note.adjustSize()
        self.empty_note.move(area.center() - self.empty_note.rect().center())

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.plot_widget and event.type() == QEvent.Type.Resize:
            self._place_empty_note()  # kept in the middle of the plot
        return super().eventFilter(obj, event)

    def fit(self, doc_id: int | None = None) -> None:
        """Zoom to the marks shown (or one document's), leaving out isolated outlying
        dates, which stay a pan or zoom away; the last month when there are none."""
        m, dc = self.marks, self._counts
        if dc is not None:
            if doc_id is not None:
                return  # the marks in memory are the view's: follow no document
            keep = self._lane_of_key[dc.key] >= 0 if len(dc.key) else np.zeros(0, bool)
            xs = np.repeat(dc.day[keep], dc.n[keep]).astype(float) * DAY
            ends = xs + DAY
        elif m is not None and len(m):
            keep = np.ones(len(m), dtype=bool)
            if doc_id is not None:
                keep = self._mark_doc == doc_id
            xs, ends = m.x[keep], m.x_end[keep]
        else:
            xs = ends = self._rug_x
        if doc_id is None:
            xs = np.concatenate([xs, self.incidents.x])
            ends = np.concatenate([ends, self.incidents.x + DAY])
        if not len(xs):
            today = epoch(dt.date.today())
            self.viewbox.setXRange(today - 30 * DAY, today + DAY, padding=0)
            return
        lo, hi = fit_range(xs, ends)
        pad = max((hi - lo) * 0.03, 2 * DAY)
        self.viewbox.setXRange(lo - pad, hi + pad, padding=0)

    def set_lane_mode(self, mode: str) -> None:
        """Group the marks into lanes by ``mode`` ("kind" or "actor")."""
        if mode != self.mode:
            self.mode = mode
            self.lane_combo.setCurrentIndex(self.lane_combo.findData(mode))
            if self._counts is not None:
                self._summarise()  # counted again per lane of the new mode
            else:
                self._draw()  # same items, new lanes: no re-query
            self.lane_mode_changed.emit(mode)

    def lane_name(self, lane: int) -> str:
        """The whole name of a lane (its label may be elided)."""
        return self._lane_names[lane] if 0 <= lane < len(self._lane_names) else ""

    # -------------------------------------------------------------- palette
    def _apply_palette(self) -> None:
        pal = self.palette()
        self.plot_widget.setBackground(pal.color(QPalette.ColorRole.Base))
        text = pal.color(QPalette.ColorRole.Text)
        for name in ("bottom", "left"):
            self.plot.getAxis(name).setPen(pg.mkPen(text))
            self.plot.getAxis(name).setTextPen(pg.mkPen(text))

    def changeEvent(self, event: QEvent) -> None:
        # A theme switched at run time: the plot's colours come from the palette, but
        # pyqtgraph copies them once, so redraw in the new ones.
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "layers"):
            # A closed pane (its project may be closed too) waits until shown again.
            self._palette_stale = not self.isVisible()
            if not self._palette_stale:
                self._recolour()
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.bar_labels.fit(self.width())

    def showEvent(self, event: QShowEvent) -> None:
        if getattr(self, "_palette_stale", False):
            self._palette_stale = False
            self._recolour()
        super().showEvent(event)

    def _recolour(self) -> None:
        self._apply_palette()
        if self.marks is not None:
            self._draw()
        self._view_changed()  # the strips in the new colours

    def _on_search(self, state: SearchState) -> None:
        if self._counts is not None:
            self._summarise()  # counted again over the results' documents
            self.fit()
            return
        if self.marks is None:
            return  # still reading: the search applies when the marks are drawn
        self.show_items(self._items)
        self.fit()

    def _on_changes(self, notice: ChangeNotice) -> None:
        cs = notice.changes
        # An actor record's name or aliases decide which actor lane a name is in.
        if cs.touches("document") or cs.touches("codebook") or cs.touches("actor"):
            self._patch_ids = None  # everything may have moved: read it all again
        elif cs.touches("annotation") and self._patch_ids is not None:
            self._patch_ids.update(cs.annotation_ids)
        if (cs.touches("annotation") or cs.touches("document") or cs.touches("codebook")
                or cs.touches("actor") or cs.touches("incident")
                or cs.touches("incident_member")):
            self._rebuild_timer.start()  # coalesce bursts of changes into one redraw

    def _apply_changes(self) -> None:
        """The coalesced changes: read again only the annotations that changed when the
        marks are columns and no document or codebook changed, else everything."""
        ids, self._patch_ids = self._patch_ids, set()
        items = self._items
        if (self._counts is not None and ids is not None and len(ids) <= PATCH_LIMIT
                and self.bus.search.doc_ids is None):
            self._patch_summary(ids)
            return
        if (ids is None or len(ids) > PATCH_LIMIT or self._loader is not None
                or self._counts is not None or not isinstance(items, TimelineColumns)):
            self.rebuild()
            return
        self._incident_rows = list_incidents(self.project)
        self.show_items(timeline_rows.patched(self.project, items, sorted(ids))
                        if ids else items)

    # ------------------------------------------------------- hover & click
    def mark_at(self, x: float, y: float) -> int | None:
        """The mark under a point in view coordinates, or None."""
        px_w, px_h = self.viewbox.viewPixelSize()
        return self.layers.pick(x, y, abs(px_w), abs(px_h))

    def tooltip_at(self, x: float, y: float) -> str:
        """The tooltip for the mark under a point in view coordinates, or ""."""
        inc = self.incident_at(x, y)
        if inc is not None:
            return self.incidents.tooltip(inc)
        if self.summarised():
            lane = round(y)
            n, first, last = self.summary_item.count_at(x, lane)
            if not n:
                return ""
            days = (f"{timeline_rows.day(first).isoformat()}" if first == last else
                    f"{timeline_rows.day(first).isoformat()} – "
                    f"{timeline_rows.day(last).isoformat()}")
            return (f"{n} dated annotation{'s' if n != 1 else ''} · {self.lane_name(lane)}"
                    f"\n{days}\nZoom in to see each mark.")
        n = self.mark_at(x, y)
        if n is None or self.marks is None:
            return ""
        return tooltip(self.marks.items[int(self.marks.item[n])], self.project.codebook)

    def hover_at_scene(self, pos: QPointF) -> None:
        """Show or hide the tooltip for the mark (or lane label) under a scene position."""
        left = self.plot.getAxis("left")
        if left.sceneBoundingRect().contains(pos):
            lane = round(self.viewbox.mapSceneToView(pos).y())
            QToolTip.showText(QCursor.pos(), self.lane_name(lane), self.plot_widget)
            return
        if not self.viewbox.sceneBoundingRect().contains(pos):
            return
        p = self.viewbox.mapSceneToView(pos)
        text = self.tooltip_at(p.x(), p.y())
        if text:
            QToolTip.showText(QCursor.pos(), text, self.plot_widget)
        else:
            QToolTip.hideText()

    def incident_at(self, x: float, y: float) -> int | None:
        """The incident diamond under a point in view coordinates (an index), or None."""
        px_w, px_h = self.viewbox.viewPixelSize()
        return self.incidents.pick(x, y, abs(px_w), abs(px_h))

    def click_at(self, x: float, y: float) -> str | None:
        """Select the mark at data position (x, y); returns its annotation or incident id."""
        inc = self.incident_at(x, y)
        if inc is not None:
            inc_id = str(self.incidents.rows[inc]["id"])
            self.bus.select_incident(inc_id, sender=self)
            return inc_id
        if self.summarised():
            # A click on the counts zooms in on it (an eighth of the view), towards marks.
            x0, x1 = self.viewbox.viewRange()[0]
            half = (x1 - x0) / 16
            self.viewbox.setXRange(x - half, x + half, padding=0)
            return None
        n = self.mark_at(x, y)
        if n is None or self.marks is None:
            return None
        it = self.marks.items[int(self.marks.item[n])]
        self.layers.set_highlight(self.marks.by_ann.get(it.ann_id, []), self.palette())
        self.bus.select(it.ann_id, it.doc_id, sender=self)
        return it.ann_id

    def _scene_clicked(self, ev) -> None:  # type: ignore[no-untyped-def]
        if ev.button() != Qt.MouseButton.LeftButton or ev.double():
            return
        if self.viewbox.sceneBoundingRect().contains(ev.scenePos()):
            p = self.viewbox.mapSceneToView(ev.scenePos())
            self.click_at(p.x(), p.y())

    def _on_selection(self, sel: Selection, pan: bool = True) -> None:
        if self.marks is None:
            return
        # A mark clicked here is ringed again too: after a redraw (an edit, an undo) the
        # ring stayed where the mark had been, or stayed when the mark was gone.
        mine = sel.sender is self
        if not mine and sel.ann_id is None and sel.doc_id is not None and self._counts is None:
            self._follow_document(sel.doc_id)
        idx = self.marks.by_ann.get(sel.ann_id or "", [])
        self.layers.set_highlight(idx, self.palette())
        if mine:
            return  # the view is where the user clicked: nothing to follow
        if not idx and pan and sel.ann_id and self._counts is not None:
            # Its mark may lie outside the days read: pan to its day (the marks there
            # are read, and it is highlighted, when the view settles).
            d = timeline_summary.day_of(self.project, sel.ann_id)
            (x0, x1), x = self.viewbox.viewRange()[0], (d or 0) * DAY
            if d is not None and not x0 <= x <= x1:
                half = (x1 - x0) / 2
                self.viewbox.setXRange(x - half, x + half, padding=0)
        if idx and pan:
            (x0, x1), x = self.viewbox.viewRange()[0], float(self.marks.x[idx[0]])
            if not x0 <= x <= x1:  # pan, keeping the zoom
                half = (x1 - x0) / 2
                self.viewbox.setXRange(x - half, x + half, padding=0)

    def _follow_document(self, doc_id: int) -> None:
        """A document was chosen: when none of its marks is in view, fit to them."""
        m = self.marks
        assert m is not None
        mine = self._mark_doc == doc_id
        if not mine.any():
            return
        x0, x1 = self.viewbox.viewRange()[0]
        if not ((m.x_end[mine] >= x0) & (m.x[mine] <= x1)).any():
            self.fit(doc_id)

    def _on_incident(self, state: IncidentState) -> None:
        self.incidents.set_current(state.incident_id)  # a click here is ringed too
        if state.sender is self or state.incident_id is None:
            return
        x = self.incidents.x_of(state.incident_id)
        (x0, x1) = self.viewbox.viewRange()[0]
        if x is not None and not x0 <= x <= x1:  # pan to it, keeping the zoom
            half = (x1 - x0) / 2
            self.viewbox.setXRange(x - half, x + half, padding=0)

    # -------------------------------------------------------------- period
    def set_period(self, x0: float, x1: float, publish: bool = True) -> None:
        """Show a period region over [x0, x1] (epoch seconds) and publish it as a filter."""
        if self.region is None:
            self.region = pg.LinearRegionItem(values=(x0, x1), movable=True,
                                              brush=pg.mkBrush(90, 140, 220, 45))
            self.region.setZValue(-10)
            self.region.sigRegionChangeFinished.connect(lambda: self._publish_region())
            self.plot.addItem(self.region)
        else:
            self.region.blockSignals(True)
            self.region.setRegion((x0, x1))
            self.region.blockSignals(False)
        self.period_button.blockSignals(True)
        self.period_button.setChecked(True)
        self.period_button.blockSignals(False)
        if publish:
            self._publish_region()

    def _publish_region(self) -> None:
        if self.region is None:
            return
        x0, x1 = self.region.getRegion()
        # The region's right edge is exclusive: a drag to midnight ends the day before.
        start, end = to_date(x0), to_date(max(x0, x1 - 1))
        self.bus.set_date_filter(start.isoformat(), end.isoformat(), sender=self)

    def clear_period(self) -> None:
        """Remove the period and publish that there is no date filter."""
        self._remove_region()
        self.bus.set_date_filter(None, None, sender=self)

    def _remove_region(self) -> None:
        if self.region is not None:
            self.plot.removeItem(self.region)
            self.region = None
        self.period_button.blockSignals(True)
        self.period_button.setChecked(False)
        self.period_button.blockSignals(False)

    def _period_toggled(self, on: bool) -> None:
        if not on:
            self.clear_period()
            return
        x0, x1 = self.viewbox.viewRange()[0]
        third = (x1 - x0) / 3
        self.set_period(x0 + third, x1 - third)

    def _period_dragged(self, x0: float, x1: float, finished: bool) -> None:
        self.set_period(x0, x1, publish=finished)

    def _on_date_filter(self, df: DateFilter) -> None:
        if df.sender is self:
            return
        if not (df.date_from or df.date_to):
            self._remove_region()
            return
        x0, x1 = self.viewbox.viewRange()[0]
        start = epoch(dt.date.fromisoformat(df.date_from)) if df.date_from else x0
        end = epoch(dt.date.fromisoformat(df.date_to)) + DAY if df.date_to else x1
        self.set_period(start, end, publish=False)
