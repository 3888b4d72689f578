"""The timeline at scale: counts per lane and day from SQL while too many marks are in
view, the marks of the days in view read once few enough are, tool tips, clicks and
selections on both, and the same lanes and marks as reading everything."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import datetime as dt

import numpy as np
import pytest
from PySide6.QtWidgets import QApplication

from tests.gui.test_timeline import World, make_pane, ts
from workbench.core import timeline_rows, timeline_summary
from workbench.core.ops.bulk import NewAnnotation, create_annotations
from workbench.gui.panes import timeline as timeline_mod
from workbench.gui.panes.timeline_columns import build_marks_columns
from workbench.gui.panes.timeline_items import DAY

DAYS = 200


@pytest.fixture
def world(tmp_path):
    w = World(tmp_path)
    # Two statements a day over 200 days of 2025, one in five a suggestion.
    start = dt.date(2025, 1, 1)
    create_annotations(w.project, [
        NewAnnotation(w.doc, "statement", 3, 10,
                      {"speaker": f"Speaker {i % 3}",
                       "date": (start + dt.timedelta(days=i // 2)).isoformat()},
                      status="suggested" if i % 5 == 0 else "accepted")
        for i in range(2 * DAYS)])
    yield w
    w.project.close()


def _pane(qtbot, world):
    return make_pane(qtbot, world)


@pytest.fixture
def full(qtbot, world):
    """The pane as it was: every mark read."""
    return _pane(qtbot, world)


@pytest.fixture
def scaled(qtbot, world, full, monkeypatch):
    monkeypatch.setattr(timeline_summary, "SUMMARY_ABOVE", 0)
    monkeypatch.setattr(timeline_mod, "MARKS_IN_VIEW", 100)
    return _pane(qtbot, world)


def settle(pane, qtbot):
    # What is pending (a resize, a range change) runs, then the view's timer (40 ms) it
    # may have started fires: waited for as such, not as a fixed 80 ms.
    QApplication.processEvents()
    qtbot.waitUntil(lambda: not pane._view_timer.isActive())
    pane._view_changed()


def test_zoomed_out_it_shows_counts_and_reads_no_mark(scaled, full, world, qtbot):
    settle(scaled, qtbot)
    assert scaled.summarised() and not scaled.loading()
    assert len(scaled.marks) == 0
    assert scaled._lane_names == full._lane_names  # the same lanes, counted in SQL
    assert scaled.viewbox.viewRange()[0] == pytest.approx(full.viewbox.viewRange()[0])
    item = scaled.summary_item
    first, last = item.first_day * DAY, (item.first_day + item.counts.shape[0] * item.days) * DAY
    # Every mark starting in the strips' days counted once, in its lane.
    for lane in range(len(full._lane_names)):
        mine = (full.marks.lane == lane) & (full.marks.x >= first) & (full.marks.x < last)
        assert item.counts[:, lane].sum() == mine.sum()
    assert item.counts.sum() >= 2 * DAYS - 1  # the statements of 2025
    lane = scaled._lane_names.index("Statement")
    x = ts("2025-03-01") + DAY / 2
    tip = scaled.tooltip_at(x, lane)
    assert "dated annotations · Statement" in tip and "Zoom in" in tip
    assert scaled.tooltip_at(x, lane + 0.45 + len(scaled._lane_names)) == ""
    assert "marks per day" in scaled.info.text()


def test_zoomed_in_the_days_in_view_are_read_and_their_marks_work(scaled, full, world,
                                                                  qtbot):
    scaled.viewbox.setXRange(ts("2025-03-01"), ts("2025-03-11"), padding=0)
    settle(scaled, qtbot)
    assert not scaled.summarised()
    lo, hi = scaled._window
    m, f = scaled.marks, full.marks
    assert 0 < len(m) < len(f)
    # The marks read are exactly those of the whole read in the days read.
    inside = (f.x_end > lo * DAY) & (f.x < (hi + 1) * DAY)
    assert sorted(zip(m.x.tolist(), m.lane.tolist(), m.size.tolist(), strict=True)) == \
        sorted(zip(f.x[inside].tolist(), f.lane[inside].tolist(), f.size[inside].tolist(),
                   strict=True))
    n = int(np.flatnonzero(m.x == ts("2025-03-05"))[0])
    x, y = float(m.x[n]), float(m.y[n])
    assert "2025-03-05" in scaled.tooltip_at(x, y)
    ann = scaled.click_at(x, y)
    assert ann and world.bus.selection.ann_id == ann
    # Zoomed out again: the counts, no marks.
    scaled.fit()
    settle(scaled, qtbot)
    assert scaled.summarised() and len(scaled.marks) == 0


def test_a_selection_elsewhere_pans_to_its_day_and_is_highlighted(scaled, world, qtbot):
    scaled.viewbox.setXRange(ts("2025-03-01"), ts("2025-03-11"), padding=0)
    settle(scaled, qtbot)
    world.bus.select(world.killed, world.doc, sender="viewer")  # dated 2026-03-01
    x0, x1 = scaled.viewbox.viewRange()[0]
    assert x0 <= ts("2026-03-01") <= x1
    settle(scaled, qtbot)
    hx, _ = scaled.layers.highlight.getData()
    assert list(hx) == [ts("2026-03-01")]


def test_a_click_on_the_counts_zooms_in(scaled, qtbot):
    settle(scaled, qtbot)
    x0, x1 = scaled.viewbox.viewRange()[0]
    assert scaled.click_at((x0 + x1) / 2, 0) is None
    y0, y1 = scaled.viewbox.viewRange()[0]
    assert (y1 - y0) == pytest.approx((x1 - x0) / 8)
    settle(scaled, qtbot)  # before the project closes


def test_search_and_lane_mode_count_again(scaled, world, qtbot):
    settle(scaled, qtbot)
    total = scaled._counts.total
    scaled.set_lane_mode("actor")
    assert scaled._counts.mode == "actor" and "Northern Front" in scaled._lane_names
    scaled.set_lane_mode("kind")
    world.bus.set_search("nothing", frozenset({world.doc + 999}), sender="test")
    assert scaled._counts.total == 0
    world.bus.set_search("", None, sender="test")
    assert scaled._counts.total == total


def test_fixed_lanes_keep_each_marks_row_whatever_days_are_read(world):
    cols = timeline_rows.timeline_columns(world.project)
    lanes = ["statement", "casualty", "claim", "event"]
    whole = build_marks_columns(cols, world.project.codebook, "kind", lanes)
    part = build_marks_columns(cols.take(cols.start >= cols.start.max() - 20),
                               world.project.codebook, "kind", lanes)
    y_of = dict(zip(cols.rowid[whole.item].tolist(), whole.y.tolist(), strict=True))
    assert part.lanes == lanes and len(part) < len(whole)
    assert all(y_of[r] == y for r, y in
               zip(part.items.rowid[part.item].tolist(), part.y.tolist(), strict=True))


def _statement_on(world, day: str) -> str:
    rows = world.project.repo.annotations(kinds=["statement"])
    return next(r["id"] for r in rows if r["fields"]["date"] == day)


def test_an_edit_zoomed_out_counts_again_in_a_thread(scaled, world, qtbot, monkeypatch):
    import threading

    from workbench.core.ops.annotations import set_status

    settle(scaled, qtbot)
    assert scaled.summarised()
    lane = scaled._lane_names.index("Statement")
    item = scaled.summary_item
    before = int(item.counts[:, lane].sum())
    counted_in: list[bool] = []
    real = timeline_summary._day_counts_on

    def spy(*args, **kwargs):
        counted_in.append(threading.current_thread() is threading.main_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(timeline_summary, "_day_counts_on", spy)
    world.session.run(set_status, [_statement_on(world, "2025-03-05")], "rejected",
                      sender="test")
    scaled._rebuild_timer.stop()
    scaled._apply_changes()
    qtbot.waitUntil(lambda: not scaled.count_pending(), timeout=10_000)
    assert counted_in == [False]  # counted, and not in the window's thread
    assert int(scaled.summary_item.counts[:, lane].sum()) == before - 1  # rejected: no mark
    fresh = timeline_summary.day_counts(world.project, "kind")
    assert scaled._counts.total == fresh.total


def test_an_edit_zoomed_in_reads_only_the_changed_marks(scaled, world, qtbot, monkeypatch):
    from workbench.core.ops.annotations import update_annotation

    scaled.viewbox.setXRange(ts("2025-03-01"), ts("2025-03-11"), padding=0)
    settle(scaled, qtbot)
    assert not scaled.summarised()
    n_before = len(scaled.marks)
    reads: list[int] = []
    monkeypatch.setattr(timeline_summary, "columns_between",
                        lambda *a, **k: reads.append(1) or pytest.fail("window read again"))
    moved = _statement_on(world, "2025-03-05")
    world.session.run(update_annotation, moved, fields={"date": "2025-03-07"}, sender="test")
    scaled._rebuild_timer.stop()
    scaled._apply_changes()
    assert reads == [] and len(scaled.marks) == n_before
    assert ts("2025-03-07") in scaled.marks.x.tolist()
    qtbot.waitUntil(lambda: not scaled.count_pending(), timeout=10_000)
    assert not scaled.summarised() and len(scaled.marks) == n_before
