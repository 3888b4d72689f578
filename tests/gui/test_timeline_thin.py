"""Thin lanes (lanes per actor): symbols are capped to the lane height, order kept."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import datetime as dt

import numpy as np
import pytest

from workbench.core.project import Project
from workbench.core.query import TimelineItem
from workbench.gui.bus import Bus
from workbench.gui.panes.timeline import TimelinePane
from workbench.gui.panes.timeline_items import (
    BASE_SIZE,
    MAX_ACTOR_LANES,
    MAX_SIZE,
    MIN_LANE_CAP,
    RING_GAP,
    fit_to_lane,
)
from workbench.gui.session import Session

ACTORS = [f"Actor {i}" for i in range(30)]
BIG_DAY = dt.date(2024, 6, 1)


def many_items(n: int = 20_000, seed: int = 7) -> list[TimelineItem]:
    """Casualties and statements of 30 actors over three years, and one of 900 killed
    on a day where the same actor has many small figures."""
    rng = np.random.default_rng(seed)
    base = dt.date(2023, 1, 1)
    out = []
    for i in range(n):
        day = base + dt.timedelta(int(rng.integers(0, 3 * 365)))
        actor = (ACTORS[int(rng.integers(0, len(ACTORS)))],)
        if i % 2:
            low = int(rng.integers(0, 80))
            high = low + int(rng.integers(1, 40)) if i % 7 == 0 else None
            out.append(TimelineItem(f"c{i}", 1, "casualty", day, day, "x", low, high, actor,
                                    "accepted"))
        else:
            out.append(TimelineItem(f"s{i}", 1, "statement", day, day, "x", None, None, actor,
                                    "accepted"))
    for i in range(40):  # a crowd of small figures around the big one, same actor
        day = BIG_DAY + dt.timedelta(days=i % 3 - 1)
        out.append(TimelineItem(f"small{i}", 1, "casualty", day, day, "x", i % 30, None,
                                ("Actor 3",), "accepted"))
    out.append(TimelineItem("big", 1, "casualty", BIG_DAY, BIG_DAY, "x", 900, None,
                            ("Actor 3",), "accepted"))
    return out


@pytest.fixture
def pane(qtbot, tmp_path):
    project = Project.create(tmp_path / "p.wbproj")
    p = TimelinePane(Session(project, Bus()))
    qtbot.addWidget(p)
    p.resize(1000, 700)
    p.show()
    qtbot.waitExposed(p)
    yield p
    project.close()


def lane_px(pane: TimelinePane) -> float:
    """A lane's height on screen (a lane is one y unit)."""
    return 1 / abs(pane.viewbox.viewPixelSize()[1])


def test_fit_to_lane_caps_and_keeps_the_order_of_sizes():
    rng = np.random.default_rng(1)
    size = np.rint(rng.uniform(6, 30, 5000))
    high = np.where(rng.random(5000) < 0.3, np.minimum(size + rng.integers(1, 12, 5000),
                                                       MAX_SIZE), np.nan)
    for px in (30.0, 17.0, 12.0, 5.0):
        disc, ring = fit_to_lane(size, high, px)
        assert np.all(np.fmax(disc, np.nan_to_num(ring)) <= max(px, MIN_LANE_CAP))
        assert np.array_equal(np.isnan(ring), np.isnan(high))  # a ring only with a range
        small = size <= BASE_SIZE
        assert np.array_equal(disc[small & np.isnan(high)], size[small & np.isnan(high)])
        # A larger figure never gets a smaller disc.
        order = np.argsort(size, kind="stable")
        plain = np.isnan(high[order])
        assert np.all(np.diff(disc[order][plain]) >= 0)
        ranged = ~np.isnan(high)
        if px < MAX_SIZE:  # capped: the range stays visible
            assert np.all(ring[ranged] - disc[ranged] >= RING_GAP)
    disc, ring = fit_to_lane(size, high, 60.0)  # tall lanes: as built
    assert disc is size and ring is high


def test_thin_lanes_draw_symbols_no_taller_than_the_lane(pane):
    pane.show_items(many_items())
    pane.set_lane_mode("actor")
    pane.fit()
    pane.plot_widget.grab()
    item = pane.layers.marks_item
    assert len(pane.marks.lanes) == MAX_ACTOR_LANES + 1  # and "(other actors)"
    px = lane_px(pane)
    assert MIN_LANE_CAP <= px < MAX_SIZE  # thin, yet above the floor: the cap is the lane
    disc, ring = item.drawn_sizes()
    assert len(disc) == len(item.drawn) > 1000
    assert np.nanmax(np.fmax(disc, ring)) <= np.floor(px)
    assert np.nanmax(disc) > BASE_SIZE + 2  # large figures still stand out
    # Lanes per kind are tall: the same marks keep their built sizes.
    pane.set_lane_mode("kind")
    pane.plot_widget.grab()
    disc, ring = pane.layers.marks_item.drawn_sizes()
    assert np.nanmax(np.fmax(disc, ring)) == MAX_SIZE


def test_the_largest_figure_of_a_crowd_is_drawn_and_largest(pane):
    pane.show_items(many_items())
    pane.set_lane_mode("actor")
    pane.fit()
    pane.plot_widget.grab()
    item, m = pane.layers.marks_item, pane.marks
    big = m.by_ann["big"][0]
    drawn = item.drawn.tolist()
    assert big in drawn
    disc, _ = item.drawn_sizes()
    near = np.flatnonzero((m.lane[item.drawn] == m.lane[big])
                          & (np.abs(m.x[item.drawn] - m.x[big]) < 3 * 86400))
    assert disc[drawn.index(big)] == disc[near].max() == np.floor(lane_px(pane))


def test_thin_lanes_keep_the_largest_mark_per_bucket_once_crowded():
    from workbench.gui.panes.timeline_lod import (
        BUCKET_PX,
        budget,
        level_of_detail,
        ranks_of,
        rows_of,
    )

    from .test_timeline import random_marks

    lanes, width, jitter_px = 26, 1100, 17.0 * 0.09  # actor lanes 17 px high
    x0 = 1_672_531_200.0
    x1 = x0 + 3 * 365 * 86400.0
    scale = width / (x1 - x0)
    # Fewer marks than pixel columns per lane, more than buckets: thinned all the same.
    n = 20_000
    assert budget(lanes, width, thin=True) < n < budget(lanes, width)
    m = random_marks(n, lanes=lanes)
    row, rank, top = rows_of(m), ranks_of(m), (~m.suggested).astype(np.int64)
    kept = level_of_detail(m.x, row, rank, top, lanes, x0, x1, scale, jitter_px)
    bucket = (np.floor(m.x * scale) // BUCKET_PX).astype(np.int64)
    key = m.lane * (bucket.max() + 1) + bucket
    assert len(kept) == len(np.unique(key[kept])) == len(np.unique(key))  # one per bucket
    extent = np.fmax(m.size, np.nan_to_num(m.high_size))
    best = np.zeros(key.max() + 1)
    np.maximum.at(best, key, extent)
    assert np.array_equal(extent[kept], best[key[kept]])  # each bucket's largest figure
    # Sparse enough (under one mark per bucket per lane): every mark is drawn.
    m = random_marks(3000, lanes=lanes)
    kept = level_of_detail(m.x, rows_of(m), ranks_of(m), (~m.suggested).astype(np.int64),
                           lanes, x0, x1, scale, jitter_px)
    assert len(kept) == 3000


def test_a_pan_slices_the_thinning_of_a_window_and_draws_what_a_fresh_one_would(pane):
    from workbench.gui.panes.timeline_lod import level_of_detail

    pane.show_items(many_items())
    pane.set_lane_mode("actor")
    pane.fit()
    pane.plot_widget.grab()
    item = pane.layers.marks_item
    (x0, x1), width = pane.viewbox.viewRange()[0], 1000.0
    span = (x1 - x0) / 2
    x0, x1 = x0 + span / 2, x1 - span / 2  # half the marks in view: some to pan to
    scale, jitter_px = width / (x1 - x0), 1.5
    windows: list = []  # the windows thinned (kept alive: ids are not reused)
    for s in np.linspace(-0.4, 0.4, 17) * span:
        kept = item.lod(x0 + s, x1 + s, scale, jitter_px)
        if not any(w is item._window for w in windows):
            windows.append(item._window)
        fresh = level_of_detail(item.x, item.row, item.rank, item.z, item.n_lanes,
                                x0 + s, x1 + s, scale, jitter_px)
        assert len(fresh) < np.count_nonzero((item.x > x0 + s) & (item.x < x1 + s))
        inside = (item.x[kept] >= x0 + s) & (item.x[kept] <= x1 + s)
        assert np.array_equal(kept[inside],
                              fresh[(item.x[fresh] >= x0 + s) & (item.x[fresh] <= x1 + s)])
    assert len(windows) == 2  # the first view's, then one window for the whole pan
