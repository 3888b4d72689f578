"""Every mark of the timeline in one graphics item, drawn as cached pixmap fragments.

One symbol atlas holds each (kind, filled or hollow, size) disc and each range ring;
a paint is one ``QPainter.drawPixmapFragments`` call over the marks the level of detail
keeps (``timeline_lod``). That choice is made at most once per view (the second paint
of a frame, or a repaint without a range change, reuses it). Draw order is that of
the former per-kind scatter items: range rings, then hollow suggestions, then filled
marks, each in codebook kind order.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from pyqtgraph.graphicsItems.ScatterPlotItem import SymbolAtlas
from pyqtgraph.Qt.internals import PrimitiveArray
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPainter, QPalette

from workbench.core.codebook import Codebook
from workbench.gui.panes.timeline_items import JITTER, MAX_SIZE, Marks, fit_to_lane
from workbench.gui.panes.timeline_lod import (
    BUCKET_PX,
    EDGE_PX,
    budget,
    in_view,
    is_thin,
    ranks_of,
    rows_of,
    thinned,
)

JITTER_PX = 6.0  # a jitter step on screen, when no paint says otherwise
# Panning at one zoom, the thinned marks of this many view widths either side of the
# view are kept: a pan within them slices them instead of thinning again (~4 ms).
# A new zoom thins only its view, so zooming costs no more than before.
WINDOW_VIEWS = 1.0


def kind_color(codebook: Codebook, kind: str) -> QColor:
    return QColor(codebook.kind(kind).color if kind in codebook else "#888888")


def kind_symbol(codebook: Codebook, kind: str) -> str:
    """The timeline symbol the kind declares (its ``symbol`` role); a disc if unknown."""
    return codebook.kind(kind).roles.symbol if kind in codebook else "o"


class MarksItem(pg.GraphicsObject):
    def __init__(self) -> None:
        super().__init__()
        self._frags = PrimitiveArray(QPainter.PixmapFragment, 10)
        self._atlas = SymbolAtlas()
        self.styles: list[tuple[str, str, float]] = []  # (kind, "filled"/"hollow"/"ring", px)
        self._specs: list[tuple[str, float, object, object]] = []  # symbol, size, pen, brush
        self._style_of: dict[tuple[str, str, float], int] = {}  # index into styles
        self._codebook: Codebook | None = None
        self._base = QColor()
        self._kinds: list[str] = []
        self._lane_px = np.inf  # the lane height symbols were last fitted to
        self._src = np.zeros((0, 4), dtype=np.int64)
        self._bounds: tuple[float, float, float, float] | None = None
        self._lod_key: tuple[float, ...] | None = None
        # (zoom, x from, x to, thinned positions) of the last window thinned
        self._window: tuple[tuple[float, float], float, float, np.ndarray] | None = None
        self.n_lanes = 0
        empty_f, empty_i = np.zeros(0), np.zeros(0, dtype=np.int64)
        self.order = self.row = self.rank = self.disc = self.ring = self.z = empty_i
        self.x = self.y = empty_f
        self._kind = self._sugg = empty_i
        self._size = self._high = empty_f  # as built (px), before fitting to the lanes
        self.drawn = empty_i  # indexes into Marks of the marks the last paint drew
        self._kept = empty_i  # the same marks as positions in this item's arrays
        self._draw_xy, self._draw_style = np.zeros((0, 2)), empty_i

    # ------------------------------------------------------------- data
    def set_marks(self, m: Marks, codebook: Codebook, palette: QPalette) -> None:
        order = np.argsort(m.x, kind="stable")  # sorted by x: the view is a slice
        self.order, self.x, self.y = order, m.x[order], m.y[order]
        self.row, self.rank = rows_of(m)[order], ranks_of(m)[order]
        self.n_lanes = len(m.lanes)
        self._codebook, self._base, self._kinds = codebook, palette.color(
            QPalette.ColorRole.Base), list(m.kinds)
        self._kind, self._sugg = m.kind[order], m.suggested[order].astype(np.int64)
        self._size, self._high = np.rint(m.size[order]), m.high_size[order]
        self._style_of, self.styles, self._specs = {}, [], []
        self._atlas.clear()
        self._lane_px = np.inf
        self._set_sizes(self._size, self._high)  # as built; a paint fits them to the lanes
        self.z = (1 - self._sugg) * max(len(m.kinds), 1) + self._kind  # draw order
        self.prepareGeometryChange()
        self._bounds = ((float(self.x.min()), float(self.x.max()),
                         float(self.y.min()), float(self.y.max())) if len(self.x) else None)
        self._lod_key = self._window = None
        self.drawn = self._kept = np.zeros(0, dtype=np.int64)
        self.update()

    def _style(self, kind: str, look: str, size: float) -> int:
        """Index into ``styles`` of a (kind, "filled"/"hollow"/"ring", px) symbol."""
        key = (kind, look, float(size))
        if key not in self._style_of:
            assert self._codebook is not None
            color = kind_color(self._codebook, kind)
            symbol = "o" if look == "ring" else kind_symbol(self._codebook, kind)
            base = self._base
            # Suggestions are hollow (filled with the background), thinner outline.
            pen, brush = {
                "filled": (pg.mkPen(base, width=0.8), pg.mkBrush(color)),
                "hollow": (pg.mkPen(color, width=1.5), pg.mkBrush(base)),
                "ring": (pg.mkPen(color, width=1.2), pg.mkBrush(None)),
            }[look]
            self._style_of[key] = len(self._specs)
            self.styles.append(key)
            self._specs.append((symbol, float(size), pen, brush))
        return self._style_of[key]

    def _set_sizes(self, size: np.ndarray, high: np.ndarray) -> None:
        """Each mark's disc and ring style for these diameters (whole px, x order)."""
        kind, sugg = self._kind, self._sugg
        # Sizes are whole pixels (see build_marks): one int per style, unique'd at once.
        disc_keys, inv = np.unique((kind * 2 + sugg) * 256 + size.astype(np.int64),
                                   return_inverse=True)
        lut = [self._style(self._kinds[int(c) // 512], "hollow" if c // 256 % 2 else "filled",
                           c % 256) for c in disc_keys.tolist()]
        self.disc = np.array(lut, dtype=np.int64)[inv.reshape(-1)]
        self.ring = np.full(len(kind), -1, dtype=np.int64)
        ranged = np.flatnonzero(~np.isnan(high))
        ring_keys, inv = np.unique(kind[ranged] * 256 + np.rint(high[ranged]).astype(np.int64),
                                   return_inverse=True)
        lut = [self._style(self._kinds[int(c) // 256], "ring", c % 256)
               for c in ring_keys.tolist()]
        self.ring[ranged] = np.array(lut, dtype=np.int64)[inv.reshape(-1)]
        self._src = self._atlas_coords()
        self._lod_key = None

    def _fit_to_lanes(self, lane_px: float) -> None:
        """Cap symbol sizes to the lane height (``fit_to_lane``) when that changes."""
        lane_px = float(np.floor(lane_px))
        if lane_px == self._lane_px:
            return
        as_built = min(lane_px, self._lane_px) >= MAX_SIZE  # both tall enough: no cap
        self._lane_px = lane_px
        if not as_built:
            self._set_sizes(*fit_to_lane(self._size, self._high, lane_px))

    def drawn_sizes(self) -> tuple[np.ndarray, np.ndarray]:
        """Disc and ring diameters (px; NaN: no ring) of the marks the last paint drew,
        in the order of ``drawn``."""
        px = np.array([size for _, _, size in self.styles] + [np.nan])
        return px[self.disc[self._kept]], px[self.ring[self._kept]]  # ring -1: NaN

    def _atlas_coords(self) -> np.ndarray:
        if not self._specs:
            return np.zeros((0, 4), dtype=np.int64)
        return np.array(self._atlas[self._specs], dtype=np.int64).reshape(-1, 4)

    def lod(self, x0: float, x1: float, px_per_unit: float,
            jitter_px: float = JITTER_PX) -> np.ndarray:
        """Positions (in this item's x-sorted arrays) of the marks to draw for a view:
        ``level_of_detail``, the thinning kept for a window around the view."""
        i0, i1 = in_view(self.x, x0, x1, px_per_unit)
        if i1 - i0 <= budget(self.n_lanes, (x1 - x0) * px_per_unit, is_thin(jitter_px)):
            return np.arange(i0, i1, dtype=np.int64)
        # A pan's range width varies in its last bits: the zoom to 9 digits.
        zoom = (float(f"{px_per_unit:.9g}"), jitter_px)
        margin = (EDGE_PX + BUCKET_PX) / px_per_unit  # buckets the view's slice touches
        w = self._window
        if w is None or w[0] != zoom or not (w[1] <= x0 - margin and x1 + margin <= w[2]):
            # A new zoom thins the view alone (zooming, each frame is a new zoom); the
            # same zoom moved is a pan: thin a window around the view, to slice.
            reach = margin + (WINDOW_VIEWS * (x1 - x0) if w is not None and w[0] == zoom
                              else 0.0)
            lo, hi = x0 - reach, x1 + reach
            w0, w1 = in_view(self.x, lo, hi, px_per_unit)
            w = self._window = (zoom, lo, hi, thinned(
                self.x, self.row, self.rank, self.z, self.n_lanes, w0, w1, px_per_unit,
                jitter_px))
        kept = w[3]
        j0, j1 = np.searchsorted(kept, [i0, i1])
        return kept[j0:j1]

    def _choose(self, x0: float, x1: float, scale: float, jitter_px: float) -> None:
        key = (x0, x1, scale, jitter_px)
        if key == self._lod_key:
            return
        self._lod_key = key
        kept = self.lod(x0, x1, scale, jitter_px)
        # The former items' order: by layer and kind, then as the marks came (not by x).
        kept = kept[np.lexsort((self.order[kept], self.z[kept]))]
        rings = kept[self.ring[kept] >= 0]
        both = np.concatenate([rings, kept])
        self._draw_xy = np.column_stack([self.x[both], self.y[both]])
        self._draw_style = np.concatenate([self.ring[rings], self.disc[kept]])
        self.drawn = self.order[kept]
        self._kept = kept

    # ------------------------------------------------------------ painting
    def paint(self, p: QPainter, option, widget=None) -> None:  # type: ignore[no-untyped-def]
        view = self.viewRect()
        if not len(self.x) or view is None:
            return
        t = p.transform()
        scale = abs(t.m11())
        self._fit_to_lanes(abs(t.m22()))  # one lane is one y unit
        self._choose(view.left(), view.right(), scale, abs(t.m22()) * JITTER)
        n = len(self._draw_style)
        if not n:
            return
        dpr = widget.devicePixelRatioF() if widget is not None else 1.0
        if dpr != self._atlas.devicePixelRatio():
            self._atlas.setDevicePixelRatio(dpr)
            self._atlas.clear()
            self._src = self._atlas_coords()
        xs, ys = self._draw_xy[:, 0], self._draw_xy[:, 1]
        self._frags.resize(n)
        frags = self._frags.ndarray()
        frags[:, 0] = t.m11() * xs + t.m21() * ys + t.dx()
        frags[:, 1] = t.m12() * xs + t.m22() * ys + t.dy()
        frags[:, 2:6] = self._src[self._draw_style]
        frags[:, 6:10] = (1 / dpr, 1 / dpr, 0.0, 1.0)
        p.resetTransform()
        p.drawPixmapFragments(*self._frags.drawargs(), self._atlas.pixmap)

    def boundingRect(self) -> QRectF:
        if self._bounds is None:
            return QRectF()
        x0, x1, y0, y1 = self._bounds
        px, py = self.pixelVectors()
        pw = 0.0 if px is None else px.length() * EDGE_PX
        ph = 0.0 if py is None else py.length() * EDGE_PX
        return QRectF(x0 - pw, y0 - ph, x1 - x0 + 2 * pw, y1 - y0 + 2 * ph)

    def dataBounds(self, ax: int, frac: float = 1.0, orthoRange=None):  # type: ignore[no-untyped-def]
        if self._bounds is None:
            return None, None
        return self._bounds[2 * ax: 2 * ax + 2]

    def viewTransformChanged(self) -> None:
        self.prepareGeometryChange()
        super().viewTransformChanged()
