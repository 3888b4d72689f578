"""TimelinePane built alone from a Bus and a Session: marks, bars, rings, rug, bus traffic."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import datetime as dt

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt

from workbench.core import importers
from workbench.core.ops import annotations as ops
from workbench.core.ops.documents import import_bytes
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
                                parse=importers.parse_bytes).doc_id

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


@pytest.fixture
def pane(qtbot, world):
    p = TimelinePane(world.session)
    qtbot.addWidget(p)
    p.resize(900, 360)
    p.show()
    qtbot.waitExposed(p)
    return p


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
    assert "statement" not in pane.layers.bars  # day precision: a mark, no bar


def test_casualty_size_and_range_ring(pane, world):
    m = pane.marks
    assert m.size[mark_of(pane, world.wounded)] > m.size[mark_of(pane, world.stmt)]
    ring = pane.layers.rings["casualty"]
    assert len(ring.data) == 1  # only the 5–9 figure has a range
    assert ring.data["size"][0] > m.size[mark_of(pane, world.wounded)]
    assert ("casualty", True) in pane.layers.scatters  # the suggestion is drawn hollow


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
    qtbot.waitUntil(lambda: world.bus.selection.ann_id == world.stmt, timeout=2000)


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
    world.session.run(ops.update_annotation, world.stmt, fields={"date": "2026-03-03"})
    qtbot.waitUntil(lambda: pane.marks.x[mark_of(pane, world.stmt)] == ts("2026-03-03"),
                    timeout=2000)
    world.session.run(ops.set_status, [world.stmt], "rejected")
    qtbot.waitUntil(lambda: world.stmt not in pane.marks.by_ann, timeout=2000)
    assert np.all(np.diff(pane.viewbox.viewRange()[0]) > DAY)
