"""The timeline's date axis draws its grid as one fill: the same pixels as pyqtgraph's."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtGui import QImage

from workbench.gui.panes.timeline_axis import TimelineDateAxis

DAY = 86400.0
START = 1_672_531_200.0  # 2023-01-01


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
    theirs = plot_image(qtbot, pg.DateAxisItem(orientation="bottom", utcOffset=0), x0, x1)
    assert ours.shape == theirs.shape
    assert np.array_equal(ours, theirs)
    assert (ours != 255).any(axis=1)[:250].sum() > 200  # grid lines cross the plot
