"""The timeline's date axis draws its grid as one fill: the same pixels as pyqtgraph's."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtGui import QFont, QFontMetrics, QImage

from workbench.gui.panes.timeline_axis import LABEL_GAP, TimelineDateAxis, apart

DAY = 86400.0
START = 1_672_531_200.0  # 2023-01-01


class _LabelsApart(pg.DateAxisItem):
    """pyqtgraph's own drawing, with the labels ours leaves out left out: the grid is
    what is compared (the labels left out are tested apart)."""

    def drawPicture(self, p, axisSpec, tickSpecs, textSpecs):  # type: ignore[no-untyped-def]
        super().drawPicture(p, axisSpec, tickSpecs, TimelineDateAxis.labels(self, textSpecs))


def plot_image(qtbot, axis: pg.AxisItem, x0: float, x1: float) -> np.ndarray:
    w = pg.PlotWidget(axisItems={"bottom": axis})
    qtbot.addWidget(w)
    w.setBackground("w")
    w.getPlotItem().showGrid(x=True, y=False, alpha=0.15)
    w.resize(900, 300)
    w.setXRange(x0, x1, padding=0)
    img = w.grab().toImage().convertToFormat(QImage.Format.Format_ARGB32)
    return np.array(img.constBits(), dtype=np.uint8).reshape(img.height(), img.bytesPerLine())


@pytest.mark.parametrize("x0, x1", [
    (START, START + 3 * 365 * DAY),  # years and months
    (START + 12_345.6, START + 40 * DAY + 999.3),  # months and days, off the pixel grid
    (START, START + 3 * DAY),  # days and hours
])
def test_grid_is_drawn_as_pyqtgraph_draws_it(qtbot, x0, x1):
    ours = plot_image(qtbot, TimelineDateAxis(orientation="bottom", utcOffset=0), x0, x1)
    theirs = plot_image(qtbot, _LabelsApart(orientation="bottom", utcOffset=0), x0, x1)
    assert ours.shape == theirs.shape
    assert np.array_equal(ours, theirs)
    assert (ours != 255).any(axis=1)[:250].sum() > 200  # grid lines cross the plot


def sweeps() -> list[tuple[float, float]]:
    """Pans at three zooms (years, months, days), then a zoom in and out."""
    out = []
    for span in (3 * 365 * DAY, 40 * DAY, 2 * DAY):
        out += [(START + s, START + s + span) for s in np.linspace(0, span * 0.7, 40)]
    span = 3 * 365 * DAY
    out += [(START + span * f, START + span - span * f) for f in np.linspace(0, 0.495, 40)]
    return out + out[::-1]


def test_ticks_kept_between_frames_are_those_pyqtgraph_computes(qapp):
    ours = TimelineDateAxis(orientation="bottom", utcOffset=0)
    theirs = pg.DateAxisItem(orientation="bottom", utcOffset=0)
    for axis in (ours, theirs):
        axis.fontMetrics = QFontMetrics(QFont())  # set by generateDrawSpecs when painted
    computed = []
    for x0, x1 in sweeps():
        levels = ours.tickValues(x0, x1, 1070)
        assert levels == theirs.tickValues(x0, x1, 1070)
        assert sum(len(values) for _, values in levels) > 0
        for spacing, values in levels:
            assert ours.tickStrings(values, 1, spacing) == theirs.tickStrings(values, 1, spacing)
        if not computed or ours._ticks is not computed[-1]:
            computed.append(ours._ticks)
    assert len(computed[0][3][0][1]) > 3  # the first pan's ticks: years and months
    assert computed[1][0] != computed[0][0]  # ... computed once for that pan (one zoom)
    assert len(computed) < len(sweeps()) / 2


def test_a_month_label_never_runs_into_a_day_label(qtbot):
    # At 1280×720 the timeline read "26 Mar03 08 …" and "Ap02": pyqtgraph places each
    # level's labels without looking at the other levels'.
    axis = TimelineDateAxis(orientation="bottom", utcOffset=0)
    w = pg.PlotWidget(axisItems={"bottom": axis})
    qtbot.addWidget(w)
    w.resize(520, 200)
    w.show()
    touching = 0
    for shift in range(0, 12):  # pans over a few days: some put a day tick by the 1st
        x0 = 1_771_891_200.0 + shift * DAY  # 2026-02-24
        w.setXRange(x0, x0 + 58 * DAY, padding=0)
        qtbot.wait(10)
        from PySide6.QtGui import QImage, QPainter

        img = QImage(10, 10, QImage.Format.Format_ARGB32)
        painter = QPainter(img)
        _, _, specs = axis.generateDrawSpecs(painter)
        painter.end()
        rects = [s[0] for s in specs]
        touching += any(a.adjusted(-2, 0, 2, 0).intersects(b)
                        for i, a in enumerate(rects) for b in rects[i + 1:])
        kept = [s[0] for s in apart(specs)]
        assert len(kept) > 3
        for i, a in enumerate(kept):
            for b in kept[i + 1:]:
                assert not a.adjusted(-LABEL_GAP / 2, 0, LABEL_GAP / 2, 0).intersects(
                    b.adjusted(-LABEL_GAP / 2, 0, LABEL_GAP / 2, 0)), (a, b)
    assert touching  # the pans do meet the case


def test_the_view_zooms_in_no_closer_than_days(qtbot, tmp_path):
    """Marks are days: zoomed in past that the axis counted hours, then seconds
    ("59.799", "00:00:00.099") over an empty plot, and the marks drifted to the left
    edge of their day. The view stops at a few days (three), and keeps the calendar's
    limits."""
    from tests.gui.test_timeline import World, make_pane, ts
    from workbench.gui.panes.timeline_items import DAY

    world = World(tmp_path)
    try:
        pane = make_pane(qtbot, world)
        x = ts("2026-03-01")
        pane.viewbox.setXRange(x - 30, x + 30, padding=0)
        x0, x1 = pane.viewbox.viewRange()[0]
        assert x1 - x0 >= 3 * DAY * 0.999
        assert x0 <= x <= x1
        pane.viewbox.setXRange(ts("0001-01-01") - 1e12, ts("2026-01-01"), padding=0)
        assert pane.viewbox.viewRange()[0][0] == ts("0001-01-01")
    finally:
        world.project.close()


@pytest.mark.parametrize("x0, days", [(START + 50 * DAY, 4),  # 20-24 February 2023
                                       (START + 50 * DAY + 3600, 1.5)])  # hours
def test_a_view_of_a_few_days_names_their_month_and_year(qtbot, x0, days):
    # Zoomed in to a few days the axis read "21  22  23": no label named the month or
    # the year, so the reader could not tell which days they were.
    drawn: list[list[str]] = []

    def spied() -> TimelineDateAxis:
        axis = TimelineDateAxis(orientation="bottom", utcOffset=0)
        shown = axis.labels

        def spy(specs):  # type: ignore[no-untyped-def]
            kept = shown(specs)
            drawn.append([text for _, _, text in kept])
            return kept

        axis.labels = spy
        return axis

    plot_image(qtbot, spied(), x0, x0 + days * DAY)
    texts = drawn[-1]
    assert any("Feb" in t and "2023" in t for t in texts), texts
    # A wider view that shows a month's name keeps pyqtgraph's labels as they were.
    drawn.clear()
    plot_image(qtbot, spied(), START, START + 40 * DAY)
    assert "Feb" in drawn[-1] and not any("2023" in t for t in drawn[-1]), drawn[-1]
