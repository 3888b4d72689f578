"""TimelinePane built alone from a Bus and a Session: marks, bars, rings, rug, bus traffic."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import datetime as dt

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt

from workbench.core.ops import annotations as ops
from workbench.core.ops.importing import import_bytes
from workbench.core.project import Project
from workbench.gui.bus import Bus
from workbench.gui.panes.timeline import TimelinePane
from workbench.gui.panes.timeline_items import DAY, epoch

TEXT = ("On 1 March the Ministry of Defence said the strikes near Riverton were a response. "
        "Local officials reported that at least 3 people were killed and 5 to 9 were wounded. "
        "The Northern Front claimed responsibility for the attack in February. "
        "Clashes broke out in January between the Northern Front and government forces. "
        "An undated remark closes the story.")


def ts(iso: str) -> float:
    return (dt.date.fromisoformat(iso) - dt.date(1970, 1, 1)).days * 86400.0


class World:
    def __init__(self, tmp_path):
        from workbench.gui.session import Session

        self.project = p = Project.create(tmp_path / "p.wbproj")
        self.doc = import_bytes(p, TEXT.encode(), "a.txt", {"published": "2026-03-04"},
                                sandbox=False).doc_id

        def q(kind, quote, fields, **kw):
            return ops.annotate_quote(p, self.doc, kind, quote, fields, **kw).result

        self.stmt = q("statement", "the Ministry of Defence said",
                      {"speaker": "Ministry of Defence", "date": "2026-03-01"})
        self.killed = q("casualty", "at least 3 people were killed",
                        {"outcome": "killed", "count_low": 3, "incident_date": "2026-03-01",
                         "perpetrator": "Northern Front"})
        self.wounded = q("casualty", "5 to 9 were wounded",
                         {"outcome": "wounded", "count_low": 5, "count_high": 9,
                          "incident_date": "2026-03-02"}, status="suggested")
        self.claim = q("claim", "claimed responsibility",
                       {"claimant": "Northern Front", "date": "2026-02",
                        "date_precision": "month"})
        self.event = q("event", "Clashes broke out",
                       {"event_type": "battle", "start_date": "2026-01",
                        "date_precision": "month",
                        "actors": ["Northern Front", "government forces"]})
        q("statement", "An undated remark", {"speaker": "Nobody"})  # no date: no mark
        self.bus = Bus()
        self.session = Session(p, self.bus)
        self.seen: list = []
        self.bus.selection_changed.connect(self.seen.append)
        self.filters: list = []
        self.bus.date_filter_changed.connect(self.filters.append)


@pytest.fixture
def world(tmp_path):
    w = World(tmp_path)
    yield w
    w.project.close()


def make_pane(qtbot, world) -> TimelinePane:
    """A timeline pane on ``world``, shown at 900x360."""
    p = TimelinePane(world.session)
    qtbot.addWidget(p)
    p.resize(900, 360)
    p.show()
    qtbot.waitExposed(p)
    return p


@pytest.fixture
def pane(qtbot, world):
    return make_pane(qtbot, world)


def mark_of(pane, ann_id):
    return pane.marks.by_ann[ann_id][0]


def test_marks_for_dated_annotations_at_epoch_seconds(pane, world):
    m = pane.marks
    assert len(m.items) == 5  # the undated statement has no mark
    assert m.x[mark_of(pane, world.stmt)] == ts("2026-03-01")
    assert m.x[mark_of(pane, world.wounded)] == ts("2026-03-02")
    assert epoch(dt.date(2026, 3, 1)) == ts("2026-03-01")
    assert pane.plot_widget.objectName() == "timelinePlot"
    assert len(pane.layers.rug.getData()[0]) == 1  # one published document


def test_month_precision_spans_the_month(pane, world):
    n = mark_of(pane, world.event)
    assert pane.marks.x[n] == ts("2026-01-01") and pane.marks.x_end[n] == ts("2026-02-01")
    xs, _ = pane.layers.bars["event"].getData()
    assert list(xs) == [ts("2026-01-01"), ts("2026-02-01")]
    assert pane.layers.bars["event"].opts["segmentedLineMode"] == "on"  # drawLines: fast
    assert "statement" not in pane.layers.bars  # day precision: a mark, no bar


def test_casualty_size_and_range_ring(pane, world):
    m = pane.marks
    assert m.size[mark_of(pane, world.wounded)] > m.size[mark_of(pane, world.stmt)]
    item = pane.layers.marks_item
    pane.plot_widget.grab()  # a paint chooses what to draw
    wounded = mark_of(pane, world.wounded)
    assert sorted(item.drawn.tolist()) == list(range(len(m)))  # few marks: all drawn
    assert np.isfinite(m.high_size).sum() == 1  # only the 5–9 figure has a range
    assert m.high_size[wounded] > m.size[wounded]
    assert ("casualty", "ring", m.high_size[wounded]) in item.styles
    assert ("casualty", "hollow", m.size[wounded]) in item.styles  # suggestion: hollow
    assert ("casualty", "filled", m.size[mark_of(pane, world.killed)]) in item.styles


def test_click_selects_and_tooltip(pane, world):
    n = mark_of(pane, world.claim)
    x, y = pane.marks.x[n], pane.marks.y[n]
    assert "Claim" in pane.tooltip_at(x, y) and "2026-02-01" in pane.tooltip_at(x, y)
    assert pane.click_at(x, y) == world.claim
    assert world.bus.selection.ann_id == world.claim and world.seen[-1].sender is pane
    assert pane.click_at(x, y + 0.45) is None or world.seen[-1].ann_id == world.claim


def test_mouse_click_on_viewport(pane, world, qtbot):
    n = mark_of(pane, world.stmt)
    scene = pane.viewbox.mapViewToScene(QPointF(pane.marks.x[n], pane.marks.y[n]))
    pos = pane.plot_widget.mapFromScene(scene)
    qtbot.mouseClick(pane.plot_widget.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.waitUntil(lambda: world.bus.selection.ann_id == world.stmt, timeout=15_000)


def test_bus_selection_highlights_and_pans(pane, world):
    pane.viewbox.setXRange(ts("2025-01-01"), ts("2025-02-01"), padding=0)
    world.bus.select(world.killed, world.doc, sender="viewer")
    hx, _ = pane.layers.highlight.getData()
    assert list(hx) == [ts("2026-03-01")]
    x0, x1 = pane.viewbox.viewRange()[0]
    assert x0 <= ts("2026-03-01") <= x1
    assert len(world.seen) == 1  # no echo


def test_region_publishes_date_filter_and_clear(pane, world):
    pane.set_period(ts("2026-02-01"), ts("2026-03-01"))
    assert (world.bus.date_filter.date_from, world.bus.date_filter.date_to) == (
        "2026-02-01", "2026-02-28")
    assert world.filters[-1].sender is pane
    pane.region.setRegion((ts("2026-01-01"), ts("2026-01-11")))  # a user drag finishes
    pane.region.sigRegionChangeFinished.emit(pane.region)
    assert world.bus.date_filter.date_to == "2026-01-10"
    pane.clear_period()
    assert world.bus.date_filter.date_from is None and pane.region is None
    world.bus.set_date_filter("2026-03-01", "2026-03-02", sender="panel")
    assert pane.region is not None
    assert pane.region.getRegion() == (ts("2026-03-01"), ts("2026-03-03"))


def test_lanes_per_actor(pane, world):
    pane.lane_combo.setCurrentIndex(pane.lane_combo.findData("actor"))
    lanes = pane.marks.lanes
    assert "Northern Front" in lanes and "government forces" in lanes
    assert len(pane.marks.by_ann[world.event]) == 2  # one mark per actor lane
    front = lanes.index("Northern Front")
    on_front = pane.marks.lane == front
    assert np.all(np.abs(pane.marks.y[on_front] - front) < 0.5)
    assert {pane.marks.items[i].ann_id for i in pane.marks.item[on_front]} == {
        world.killed, world.claim, world.event}


def test_changes_rebuild(pane, world, qtbot):
    world.session.run(ops.update_annotation, world.stmt, fields={"date": "2026-03-03"},
                      sender="test")
    qtbot.waitUntil(lambda: pane.marks.x[mark_of(pane, world.stmt)] == ts("2026-03-03"),
                    timeout=2000)
    world.session.run(ops.set_status, [world.stmt], "rejected", sender="test")
    qtbot.waitUntil(lambda: world.stmt not in pane.marks.by_ann, timeout=15_000)
    assert np.all(np.diff(pane.viewbox.viewRange()[0]) > DAY)


# ------------------------------------------------------------ level of detail
def random_marks(n, lanes=5, seed=3):
    """Arrays like build_marks makes for n marks over three years, sorted by x."""
    from workbench.gui.panes.timeline_items import JITTER, JITTER_STEPS

    rng = np.random.default_rng(seed)
    x = np.sort(rng.integers(0, 3 * 365, n) * DAY + ts("2023-01-01"))
    lane = rng.integers(0, lanes, n)
    slot = rng.integers(0, JITTER_STEPS, n)
    size = np.where(rng.random(n) < 0.3, rng.integers(6, 31, n), 8).astype(float)
    high = np.where(rng.random(n) < 0.05, size + rng.integers(1, 10, n), np.nan)

    class M:
        pass

    m = M()
    m.x, m.lane, m.y = x, lane, lane + (slot - JITTER_STEPS // 2) * JITTER
    m.size, m.high_size, m.suggested = size, high, rng.random(n) < 0.1
    return m


def test_level_of_detail_is_bounded_and_keeps_the_largest():
    from workbench.gui.panes.timeline_lod import (
        BUCKET_PX,
        budget,
        level_of_detail,
        ranks_of,
        rows_of,
    )

    m, lanes, width = random_marks(100_000), 5, 1100
    row, rank, top = rows_of(m), ranks_of(m), (~m.suggested).astype(np.int64)
    assert np.array_equal(row % 5, np.rint((m.y - m.lane) / 0.09).astype(int) + 2)
    x0, x1 = m.x[0], m.x[-1] + DAY
    scale = width / (x1 - x0)
    kept = level_of_detail(m.x, row, rank, top, lanes, x0, x1, scale, jitter_px=6.0)
    assert 0 < len(kept) <= 2 * budget(lanes, width)
    assert len(kept) <= 1.2 * lanes * width  # one kind per lane: mostly one per bucket
    assert len(np.unique(kept)) == len(kept)
    # Every bucket (lane, jitter row, BUCKET_PX columns) with marks keeps one or two; one
    # of them is one of the largest there (disc or ring), the other the topmost.
    bucket = (np.floor(m.x * scale) // BUCKET_PX).astype(np.int64)
    key = row * (bucket.max() + 1) + bucket
    assert len(np.unique(key[kept])) == len(np.unique(key))
    extent = np.fmax(m.size, np.nan_to_num(m.high_size))
    for k in np.unique(key[kept])[::50]:
        inside = np.flatnonzero(key == k)
        winners = kept[key[kept] == k]
        assert 1 <= len(winners) <= 2
        assert extent[winners].max() == extent[inside].max()
        assert top[winners].max() == top[inside].max()
    # Zoomed in on a fortnight the marks in view fit the budget: every one is drawn.
    x1 = x0 + 14 * DAY
    kept = level_of_detail(m.x, row, rank, top, lanes, x0, x1, width / (x1 - x0))
    assert np.array_equal(kept, np.flatnonzero(m.x < x1 + 20 * (x1 - x0) / width))


def test_hundred_thousand_marks_draw_a_bounded_subset(pane, world):
    from workbench.core.query import TimelineItem
    from workbench.gui.panes.timeline_lod import budget

    rng = np.random.default_rng(5)
    kinds = ("statement", "claim", "casualty", "event")
    days = rng.integers(0, 3 * 365, 100_000)
    lows = rng.integers(0, 60, 100_000)
    items = [TimelineItem(f"a{i}", 1, kinds[i % 4], dt.date(2023, 1, 1) + dt.timedelta(int(d)),
                          dt.date(2023, 1, 1) + dt.timedelta(int(d)), "x",
                          int(lows[i]) if i % 4 == 2 else None, None, (), "accepted")
             for i, d in enumerate(days)]
    big = dt.date(2024, 6, 1)
    items.append(TimelineItem("huge", 1, "casualty", big, big, "x", 900, None, (), "accepted"))
    pane.show_items(items)
    pane.fit()
    pane.plot_widget.grab()
    item, m = pane.layers.marks_item, pane.marks
    width = pane.viewbox.sceneBoundingRect().width()
    assert len(item.drawn) <= 1.2 * budget(len(m.lanes), width)  # of 100,001
    assert mark_of(pane, "huge") in set(item.drawn.tolist())  # the largest event shows
    x, y = m.x[mark_of(pane, "huge")], m.y[mark_of(pane, "huge")]
    n = pane.mark_at(x, y)  # picking searches every mark, not only the drawn ones
    assert (m.x[n], m.y[n]) == (x, y)
    hidden = np.setdiff1d(np.arange(len(m)), item.drawn)[123]
    assert pane.mark_at(m.x[hidden], m.y[hidden]) is not None


def test_bars_on_a_row_merge_when_they_touch():
    from workbench.gui.panes.timeline_layers import merge_runs

    x = np.array([0, 10, 5, 30, 0, 40.0])
    end = np.array([10, 20, 8, 35, 3, 50.0])
    y = np.array([1, 1, 1, 1, 2, 2.0])
    starts, ends, ys = merge_runs(x, end, y)
    runs = list(zip(starts, ends, ys, strict=True))
    assert runs == [(0, 20, 1), (30, 35, 1), (0, 3, 2), (40, 50, 2)]


def test_fit_leaves_an_isolated_outlier_out(pane, world):
    from workbench.gui.panes.timeline_fit import fit_range

    rng = np.random.default_rng(5)
    xs = ts("2026-03-01") + rng.integers(0, 60, 200) * DAY
    xs = np.append(xs, ts("1996-03-01"))  # a typo'd year, 30 years out
    lo, hi = fit_range(xs, xs + DAY)
    assert lo >= ts("2026-03-01") and hi <= ts("2026-05-01")
    # A mark just outside the central 95 % is no outlier: it stays in.
    near = np.append(xs[:-1], ts("2026-02-20"))
    assert fit_range(near, near + DAY)[0] == ts("2026-02-20")


def test_palette_change_recolours_the_plot(pane, qtbot):
    from PySide6.QtGui import QColor, QPalette

    from workbench.gui.theme import make_palette

    pal = make_palette("dark")
    pane.setPalette(pal)
    qtbot.wait(10)
    bg = pane.plot_widget.backgroundBrush().color()
    assert bg == pal.color(QPalette.ColorRole.Base) and bg.lightness() < 100
    assert pane.plot.getAxis("left").textPen().color() == QColor(
        pal.color(QPalette.ColorRole.Text))


def test_long_actor_lane_is_elided_with_its_full_name(pane, world):
    long_name = "Jemaah Islamiyah (suspected, per two local officials)"
    ops.annotate_quote(world.project, world.doc, "statement", "An undated remark closes",
                       {"speaker": long_name, "date": "2026-03-03"})
    pane.rebuild()
    pane.set_lane_mode("actor")
    lane = pane.marks.lanes.index(long_name)
    label = dict(pane.plot.getAxis("left")._tickLevels[0])[lane]
    assert label != long_name and label.endswith("…")
    assert pane.lane_name(lane) == long_name


def test_lane_mode_is_one_setting(pane):
    seen = []
    pane.lane_mode_changed.connect(seen.append)
    pane.lane_combo.setCurrentIndex(pane.lane_combo.findData("actor"))
    assert pane.mode == "actor" and seen == ["actor"]
    pane.set_lane_mode("kind")
    assert pane.lane_combo.currentData() == "kind" and seen == ["actor", "kind"]


def test_search_narrows_the_marks(pane, world):
    before = len(pane.marks)
    world.bus.set_search("nothing", frozenset({world.doc + 999}), sender="test")
    assert len(pane.marks) == 0
    world.bus.set_search("", None, sender="test")
    assert len(pane.marks) == before


def test_an_actor_records_spellings_are_one_lane(pane, world, qtbot):
    # "جبهة الشمال" is the Northern Front's Arabic name: its own lane until a record
    # holds both spellings, then one lane under the record's name (the core decides).
    from workbench.core.ops.actors import add_actor
    ops.annotate_quote(world.project, world.doc, "statement", "An undated remark closes",
                       {"speaker": "جبهة الشمال", "date": "2026-03-03"})
    pane.rebuild()
    pane.set_lane_mode("actor")
    assert {"Northern Front", "جبهة الشمال"} <= set(pane.marks.lanes)
    world.session.run(add_actor, "Northern Front", ["جبهة الشمال"], sender="test")
    qtbot.waitUntil(lambda: "جبهة الشمال" not in pane.marks.lanes, timeout=3000)
    front = pane.marks.lanes.index("Northern Front")
    assert len(np.flatnonzero(pane.marks.lane == front)) == 4  # 3 as before, and the remark


def test_actor_lane_names_that_would_overlap_are_left_out(window, monkeypatch):
    # Lanes per actor on the demo at 1280×720: ~27 lanes in ~180 px, their names were
    # drawn one over another, none readable. A name that would touch the one drawn
    # before it is left out (its lane's tool tip still names it); Incidents stays.
    import pyqtgraph as pg

    drawn: list[list] = []
    real = pg.AxisItem.drawPicture

    def record(self, p, axis_spec, tick_specs, text_specs):
        if self.orientation == "left":
            drawn.append(list(text_specs))
        return real(self, p, axis_spec, tick_specs, text_specs)

    monkeypatch.setattr(pg.AxisItem, "drawPicture", record)
    window.resize(1280, 720)
    pane = window.timeline
    pane.set_lane_mode("actor")
    lanes = len(pane._lane_names)
    drawn.clear()
    pane.plot_widget.grab()
    rects = [(rect, text) for rect, _flags, text in drawn[-1]]
    assert 2 < len(rects) < lanes  # some names shown, not every one of ~27
    assert any(text == "Incidents" for _, text in rects)
    for i, (a, _) in enumerate(rects):
        assert not any(a.intersects(b) for b, _ in rects[i + 1:])


def test_a_mark_clicked_here_keeps_its_ring_through_an_edit_and_loses_it_when_gone(
        pane, world, qtbot):
    """The ring of a mark clicked on the timeline stayed where the mark was drawn: an
    edit from the panel (or an undo) moved the mark and left the ring on an empty day,
    and a rejected or trashed mark left its ring behind."""
    n = mark_of(pane, world.claim)
    assert pane.click_at(pane.marks.x[n], pane.marks.y[n]) == world.claim

    def ring() -> list[float]:
        return list(pane.layers.highlight.getData()[0])

    assert ring() == [ts("2026-02-01")]
    world.session.run(ops.update_annotation, world.claim,
                      fields={"date": "2026-03-20", "date_precision": "day"}, sender="editor")
    qtbot.waitUntil(lambda: pane.marks.x[mark_of(pane, world.claim)] == ts("2026-03-20"),
                    timeout=15_000)
    assert ring() == [ts("2026-03-20")]
    world.session.run(ops.trash_annotations, [world.claim], sender="editor")
    qtbot.waitUntil(lambda: world.claim not in pane.marks.by_ann, timeout=15_000)
    assert ring() == []


def test_a_figures_tool_tip_says_its_count_as_the_table_does(world, qtbot):
    """The tool tip said "Count 12" of "at least 12 people were killed" and "Count 5–9"
    of a range, with no qualifier and no outcome, and nothing of a vague "dozens": read
    beside the table's "≥ 12 killed", it read as an exact figure."""
    ids = {}
    for quote, fields in (
            ("at least 3 people were killed",
             {"outcome": "killed", "count_low": 12, "qualifier": "at_least"}),
            ("5 to 9 were wounded", {"outcome": "wounded", "qualifier": "vague",
                                     "raw": "dozens were wounded"})):
        ids[quote] = ops.annotate_quote(world.project, world.doc, "casualty", quote,
                                        {**fields, "incident_date": "2026-03-05"}).result
    pane = make_pane(qtbot, world)

    def tip(ann_id: str) -> str:
        n = mark_of(pane, ann_id)
        return pane.tooltip_at(pane.marks.x[n], pane.marks.y[n])

    at_least = tip(ids["at least 3 people were killed"])
    assert "≥ 12 killed" in at_least and "Count 12" not in at_least, at_least
    assert "dozens were wounded" in tip(ids["5 to 9 were wounded"]).split("\n")[1]
    assert "5–9 wounded" in tip(world.wounded)  # a range with no qualifier, as before
