"""The timeline's summary at scale: marks per lane and day (counted by the core in SQL,
``core.timeline_summary``) drawn as one strip per lane whose strength grows with the
marks in each bucket of a few pixels, while too many marks are in view to draw each.

Summing a zoom's buckets from the day counts is numpy over a few thousand rows
(sub-millisecond); the strip is one image, so panning only moves it.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor

from workbench.core.codebook import Codebook
from workbench.core.timeline_summary import DayCounts
from workbench.gui.panes.timeline_items import DAY, MAX_ACTOR_LANES, NO_ACTOR, OTHER_ACTORS
from workbench.gui.panes.timeline_lod import BUCKET_PX

# Marks in view up to which each is read and drawn (below, the summary).
MARKS_IN_VIEW = 30_000
STRIP = 0.7  # of a lane's height


def summary_lanes(dc: DayCounts, codebook: Codebook) -> tuple[list[str], np.ndarray]:
    """The lanes, named as the marks name them (``build_marks_columns``), and each
    count key's lane. Kinds in codebook order, unknown kinds after by name; actors the
    24 most marked (ties by name), the rest in "other actors"."""
    per = dc.per_key()
    present = [i for i in range(len(dc.keys)) if per[i]]
    if dc.mode == "kind":
        names = codebook.names()
        keys = [k for k in names if k in dc.keys and per[dc.keys.index(k)]]
        keys += sorted(str(dc.keys[i]) for i in present if dc.keys[i] not in names)
        lanes = list(keys)
        lane_of = np.array([lanes.index(str(k)) if k in lanes else -1 for k in dc.keys],
                           np.int64)
        return lanes, lane_of
    label = [NO_ACTOR if k is None else str(k) for k in dc.keys]
    ranked = sorted(present, key=lambda i: (-per[i], label[i]))
    lanes = [label[i] for i in ranked[:MAX_ACTOR_LANES]]
    if len(ranked) > len(lanes):
        lanes.append(OTHER_ACTORS)
    pos = {name: i for i, name in enumerate(lanes)}
    other = pos.get(OTHER_ACTORS, -1)
    return lanes, np.array([pos.get(name, other) for name in label], np.int64)


class DayTotals:
    """Marks starting on each day, all lanes together: how many are in a range of days."""

    def __init__(self, dc: DayCounts) -> None:
        days, inverse = np.unique(dc.day, return_inverse=True)
        self.days = days
        self.cum = np.concatenate([[0], np.cumsum(np.bincount(
            inverse.reshape(-1), weights=dc.n, minlength=len(days)))]).astype(np.int64)

    def between(self, first_day: int, last_day: int) -> int:
        i0 = int(np.searchsorted(self.days, first_day, side="left"))
        i1 = int(np.searchsorted(self.days, last_day, side="right"))
        return int(self.cum[i1] - self.cum[i0])


def bucket_days(days_per_px: float) -> int:
    """Days a bucket covers at this zoom: BUCKET_PX pixels, at least a day."""
    return max(1, math.ceil(BUCKET_PX * days_per_px))


def density(lane_of_key: np.ndarray, dc: DayCounts, n_lanes: int, first_day: int,
            days: int, n_buckets: int) -> np.ndarray:
    """Marks per (bucket, lane): bucket b holds days [first_day + b * days, ... + days)."""
    lane = lane_of_key[dc.key] if len(dc.key) else np.zeros(0, np.int64)
    b = (dc.day - first_day) // days
    keep = (lane >= 0) & (b >= 0) & (b < n_buckets)
    flat = b[keep] * n_lanes + lane[keep]
    return np.bincount(flat, weights=dc.n[keep], minlength=n_buckets * n_lanes
                       ).reshape(n_buckets, n_lanes)


def strip_image(counts: np.ndarray, colors: list[QColor]) -> np.ndarray:
    """RGBA (bucket, row) image: per lane a strip of its colour, its opacity growing
    with the log of the bucket's marks; a row of nothing between lanes."""
    n_buckets, n_lanes = counts.shape
    rows = 10  # image rows per lane: STRIP of them coloured
    image = np.zeros((n_buckets, n_lanes * rows, 4), np.uint8)
    top = float(counts.max()) if counts.size else 0.0
    if top <= 0:
        return image
    alpha = np.where(counts > 0, 50 + 205 * np.log1p(counts) / math.log1p(top), 0)
    pad = round(rows * (1 - STRIP) / 2)
    for lane in range(n_lanes):
        c = colors[lane]
        sl = slice(lane * rows + pad, (lane + 1) * rows - pad)
        image[:, sl, 0], image[:, sl, 1], image[:, sl, 2] = c.red(), c.green(), c.blue()
        image[:, sl, 3] = alpha[:, lane, None].astype(np.uint8)
    return image


class SummaryItem(pg.ImageItem):
    """The strips of a range of buckets, placed in plot coordinates (x: seconds, y:
    lanes, lane 0 centred on 0)."""

    def __init__(self) -> None:
        super().__init__(axisOrder="col-major")
        self.first_day = 0
        self.days = 1
        self.counts = np.zeros((0, 0))

    def show_counts(self, counts: np.ndarray, first_day: int, days: int,
                    colors: list[QColor]) -> None:
        self.counts, self.first_day, self.days = counts, first_day, days
        n_buckets, n_lanes = counts.shape
        if not n_buckets or not n_lanes:
            self.clear()
            return
        self.setImage(strip_image(counts, colors), autoLevels=False)
        self.setRect(QRectF(first_day * DAY, -0.5, n_buckets * days * DAY, n_lanes))
        self.show()

    def count_at(self, x: float, lane: int) -> tuple[int, int, int]:
        """(marks, first day, last day) of the bucket under x in ``lane``; 0 marks
        outside the strips."""
        if not self.isVisible() or not self.counts.size:
            return 0, 0, 0
        b = int((x / DAY - self.first_day) // self.days)
        if not (0 <= b < self.counts.shape[0] and 0 <= lane < self.counts.shape[1]):
            return 0, 0, 0
        first = self.first_day + b * self.days
        return int(self.counts[b, lane]), first, first + self.days - 1
