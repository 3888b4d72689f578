"""Marks of one lane on one day each get a row of their own inside the lane, so each
can be hovered and clicked: hashed one by one, two of them shared a row one time in
five and the one underneath could never be reached (15 of the demo's 85 marks). More
marks than rows are spaced evenly over the rows' height."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np
import pytest

from tests.gui.test_timeline import World, make_pane
from workbench.core.ops import annotations as ops
from workbench.core.query import timeline_items
from workbench.gui.panes.timeline_items import JITTER_STEPS, build_marks

# Words of the World's text, each a statement of 1 March (the World has one already).
QUOTES = ("On 1 March", "strikes near Riverton", "Local officials reported",
          "The Northern Front claimed", "Clashes broke out", "government forces")


def _same_day(world: World, n: int = JITTER_STEPS) -> list[str]:
    ids = [ops.annotate_quote(world.project, world.doc, "statement", q,
                              {"date": "2026-03-01"}).result for q in QUOTES[:n - 1]]
    return [world.stmt, *ids]


def _reachable(pane, ids: list[str]) -> None:
    m = pane.marks
    marks = [m.by_ann[a][0] for a in ids]
    assert len({round(float(m.y[n]), 6) for n in marks}) == len(ids)
    for a, n in zip(ids, marks, strict=True):
        hit = pane.mark_at(float(m.x[n]), float(m.y[n]))
        assert hit is not None and m.items[int(m.item[hit])].ann_id == a


@pytest.mark.parametrize("n", [JITTER_STEPS, JITTER_STEPS + 2])
def test_every_mark_of_a_busy_day_can_be_picked(qtbot, tmp_path, n):
    world = World(tmp_path)
    try:
        ids = _same_day(world, n)
        assert len(ids) == n
        _reachable(make_pane(qtbot, world), ids)
    finally:
        world.project.close()


def test_the_small_path_spreads_a_day_the_same_way(tmp_path):
    world = World(tmp_path)
    try:
        ids = _same_day(world)
        m = build_marks(timeline_items(world.project), world.project.codebook)
        rows = {round(float(m.y[m.by_ann[a][0]]), 6) for a in ids}
        assert len(rows) == len(ids)
        # A mark alone on its day keeps the row its own number gives it.
        alone = m.by_ann[world.claim][0]
        assert np.isclose(m.y[alone] - m.lane[alone],
                          ((int(m.item[alone]) * 2654435761) % JITTER_STEPS
                           - JITTER_STEPS // 2) * 0.09)
    finally:
        world.project.close()
