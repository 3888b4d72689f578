"""The timeline pane on a real project at scale: opening, panning and zooming in.

Builds the pane alone (no window) on a project, then measures: the time to its first
picture (the counts per lane and day of a project above ``SUMMARY_ABOVE``, or every
mark of a smaller one), peak memory, frames per second panning the fitted view (the
summary at scale), the read of the marks when zoomed in to ten days, and frames per
second panning those marks. Beside it, in the same run, a raw baseline: a bare
PlotWidget with one ScatterPlotItem of 20,000 points (about ten days of marks at 1M),
panned the same way. A frame is a range change, the events it posts, and a repaint.
Not a test: it asserts nothing.

    QT_QPA_PLATFORM=offscreen python bench/timeline_scale_bench.py COPY.wbproj

Open a copy: the project is migrated if it is older than the code.
"""

from __future__ import annotations

import argparse
import os
import resource
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QApplication

from workbench.core.project import Project
from workbench.gui.bus import Bus
from workbench.gui.panes.timeline import TimelinePane
from workbench.gui.panes.timeline_items import DAY
from workbench.gui.session import Session

FRAMES = 60
RAW_POINTS = 20_000  # the raw baseline's points: about the marks of 10 days at 1M


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def pan_fps(widget: pg.PlotWidget, app: QApplication, x0: float, x1: float,
            step: float) -> float:
    vb = widget.getPlotItem().getViewBox()
    t0 = time.perf_counter()
    for i in range(FRAMES):
        vb.setXRange(x0 + i * step, x1 + i * step, padding=0)
        app.processEvents()
        widget.repaint()
    return FRAMES / (time.perf_counter() - t0)


def settle(pane: TimelinePane) -> None:
    # The pane follows a pan once it pauses (a 40 ms timer): here, at once. Code from
    # before the summary has no such step.
    getattr(pane, "_view_changed", lambda: None)()


def summarised(pane: TimelinePane) -> bool:
    return bool(getattr(pane, "summarised", lambda: False)())


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("project", type=Path, help="a COPY of a project (opening may migrate it)")
    path = parser.parse_args().project
    app = QApplication.instance() or QApplication([])
    project = Project.open(path)
    t0 = time.perf_counter()
    pane = TimelinePane(Session(project, Bus()))
    pane.resize(900, 300)
    pane.show()
    app.processEvents()
    while pane.loading():
        app.processEvents()
    settle(pane)
    pane.plot_widget.repaint()
    first = time.perf_counter() - t0
    mode = "summary" if summarised(pane) else f"{len(pane.marks)} marks"
    print(f"first picture ({mode}): {first:.2f} s, peak RSS {rss_mb():.0f} MB")
    x0, x1 = pane.viewbox.viewRange()[0]
    fps_fit = pan_fps(pane.plot_widget, app, x0, x1, (x1 - x0) / 200)
    print(f"pan, fitted view: {fps_fit:.1f} fps")

    # Zoom in to ten days in the middle of the marks, settle (the marks are read).
    mid = (x0 + x1) / 2
    z0, z1 = mid - 5 * DAY, mid + 5 * DAY
    pane.viewbox.setXRange(z0, z1, padding=0)
    t0 = time.perf_counter()
    settle(pane)
    pane.plot_widget.repaint()
    read = time.perf_counter() - t0
    n = len(pane.marks)
    print(f"zoom in to 10 days: {read * 1000:.0f} ms to read and draw {n} marks "
          f"({'summary' if summarised(pane) else 'marks'}), peak RSS {rss_mb():.0f} MB")
    fps_zoom = pan_fps(pane.plot_widget, app, z0, z1, (z1 - z0) / 400)
    print(f"pan, 10 days of marks: {fps_zoom:.1f} fps")

    # Raw: a bare scatter plot, panned the same way.
    raw = pg.PlotWidget()
    raw.resize(900, 300)
    rng = np.random.default_rng(1)
    xs = rng.uniform(z0, z1, RAW_POINTS)
    raw.addItem(pg.ScatterPlotItem(x=xs, y=rng.integers(0, 4, len(xs)), size=8,
                                   pxMode=True))
    raw.show()
    app.processEvents()
    fps_raw = pan_fps(raw, app, z0, z1, (z1 - z0) / 400)
    print(f"raw: bare ScatterPlotItem of {len(xs)} points: {fps_raw:.1f} fps; "
          f"pane/raw: fitted {fps_fit / fps_raw:.2f}, zoomed {fps_zoom / fps_raw:.2f}")
    pane.close()
    project.close()


if __name__ == "__main__":
    main()
