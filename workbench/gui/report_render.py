"""The Qt half of the incident report: the timeline chart as PNG, and the page as PDF.

The page itself is built by :mod:`workbench.core.report`; nothing here decides what a
report says. Needs a QApplication (the command line makes one offscreen).
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from workbench.core.incidents import model
from workbench.core.incidents.tally import FIGURE_STATUSES
from workbench.core.outfile import written_whole
from workbench.core.project import Project
from workbench.core.rawread import one_snapshot
from workbench.core.report import (
    CHART_SHOWN,
    ChartPoint,
    chart_points,
    chart_src,
    report_html,
)
from workbench.core.sourcefiles import refuse_source

# Drawn at the size the page shows it. Exported at twice the pixels, the legend's
# words stayed at their size in pixels and shrank to half beside the axes'.
CHART_SIZE = CHART_SHOWN
# One colour per outcome, readable on white and in greyscale print.
_COLOURS = {"killed": "#b03a2e", "wounded": "#d68910", "captured": "#1f618d",
            "missing": "#7d3c98", "displaced": "#117a65", "arrested": "#566573"}


def ensure_app() -> object:
    """The running QApplication, or a new offscreen one (no screen needed)."""
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])


def chart_png(points: Sequence[ChartPoint], size: tuple[int, int] = CHART_SIZE) -> bytes:
    """Each figure at its report date, best as a dot, low–high as an error bar, laid
    out and exported at ``size`` (as the page shows it)."""
    ensure_app()
    import numpy as np
    import pyqtgraph as pg
    import pyqtgraph.exporters as pge
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF
    from PySide6.QtGui import QFont, QFontMetrics

    plot = pg.PlotWidget(background="w")
    item = plot.getPlotItem()
    # Laid out at the size the page shows it. The widget is never shown, so resizing it
    # reached no layout: the plot stayed at Qt's default 640x480, and the exporter
    # scaled that to 900 wide, a 900x675 image shown as a 620x465 block instead of
    # the strip meant (the 900x320 of then), its text scaled with it.
    item.setGeometry(QRectF(0, 0, *size))
    item.addLegend(offset=(10, 10), labelTextSize="11pt", labelTextColor="#222")
    font = QFont()
    font.setPointSize(11)
    for name in ("left", "bottom"):
        axis = item.getAxis(name)
        axis.setTickFont(font)
        axis.setPen(pg.mkPen("#444"))
        axis.setTextPen(pg.mkPen("#222"))
    # No axis title: pyqtgraph sets it over the tick labels at this size; the caption
    # under the chart says the unit.
    # One labelled tick per report date: a date axis labels only day numbers at this
    # width, and a reader needs to see which day each dot is.
    days = sorted({p.day for p in points})
    item.showGrid(x=True, y=True, alpha=0.25)
    for outcome in dict.fromkeys(p.outcome for p in points):
        mine = [p for p in points if p.outcome == outcome]
        xs, ys, tops, bottoms = [], [], [], []
        for p in mine:
            best = next(v for v in (p.best, p.low, p.high) if v is not None)
            low = p.low if p.low is not None else best
            # An open top ("at least 9") is drawn as the floor: the chart claims no more.
            high = p.high if p.high is not None else max(low, best)
            xs.append(_seconds(p.day))
            ys.append(best)
            tops.append(high - best)
            bottoms.append(best - low)
        colour = _COLOURS.get(outcome, "#333333")
        item.addItem(pg.ErrorBarItem(x=np.array(xs), y=np.array(ys), top=np.array(tops),
                                     bottom=np.array(bottoms), beam=6 * 3600,
                                     pen=pg.mkPen(colour, width=2)))
        item.plot(xs, ys, pen=None, symbol="o", symbolSize=9, symbolBrush=colour,
                  symbolPen=colour, name=outcome)
    if points:
        xs = [_seconds(p.day) for p in points]
        pad = _x_margin(max(xs) - min(xs), QFontMetrics(font), days,
                        item.geometry().width() - _LEFT_AXIS)
        item.setXRange(min(xs) - pad, max(xs) + pad, padding=0)
        item.getAxis("bottom").setTicks([_spaced_labels(
            days, max(xs) - min(xs) + 2 * pad, item.geometry().width() - _LEFT_AXIS,
            QFontMetrics(font)), []])
        top = max(max(v for v in (p.high, p.best, p.low) if v is not None) for p in points)
        item.setYRange(0, top * 1.15 + 1, padding=0)
    exporter = pge.ImageExporter(item)
    exporter.parameters()["width"] = size[0]  # the height follows: no scaling
    image = exporter.export(toBytes=True)
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buf, "PNG")
    buf.close()
    plot.deleteLater()
    return bytes(data.data())


def _x_margin(span: float, metrics: Any, days: list[str], axis: float) -> float:
    """Seconds of margin either side of the first and last report dates: a day, 8 % of
    the span, and at least half the widest end label, so that label fits under the
    axis. pyqtgraph hides a date label that would cross the axis's end, and 8 % alone
    was narrower than half a label once the reports spanned more than about 12 days:
    a chart of two reports three weeks apart had no date under it."""
    half = max(metrics.horizontalAdvance(_day_label(d)) for d in (days[0], days[-1])) / 2
    need = half + _LABEL_GAP  # pixels; ``axis`` is the bottom axis's length, roughly
    # need / axis of the shown range (span + 2 * pad) is the margin: solved for pad.
    fitted = span * need / (axis - 2 * need) if axis > 4 * need else span
    return max(86400.0, span * 0.08, fitted)


def _spaced_labels(days: list[str], shown: float, axis: float,
                   metrics: Any) -> list[tuple[float, str]]:
    """A tick at each report date, labelled unless its label would run into the one
    before it (reports a day apart in a chart of weeks: "4 Mar 2026" and "5 Mar 2026"
    were printed over each other, neither readable). ``shown``: the seconds the axis
    spans, ``axis``: its length in pixels, roughly."""
    ticks: list[tuple[float, str]] = []
    edge = -float("inf")  # where the last label shown ends, in pixels
    for day in days:
        x = (_seconds(day) - _seconds(days[0])) * axis / shown if shown else 0.0
        label = _day_label(day)
        half = metrics.horizontalAdvance(label) / 2
        if x - half >= edge + _LABEL_GAP:
            ticks.append((_seconds(day), label))
            edge = x + half
        else:
            ticks.append((_seconds(day), ""))
    return ticks


# The left axis's width at the tick font (its numbers' width, at most this), and room
# kept beyond a label's end, in pixels.
_LEFT_AXIS = 70
_LABEL_GAP = 8


def _seconds(day: str) -> float:
    d = dt.date.fromisoformat(day[:10])
    return dt.datetime(d.year, d.month, d.day, tzinfo=dt.UTC).timestamp()


def _day_label(day: str) -> str:
    d = dt.date.fromisoformat(day[:10])
    return f"{d.day} {d:%b} {d.year}"


def charts_for(project: Project, incident_ids: Sequence[str],
               figure_statuses: Sequence[str] | None = FIGURE_STATUSES) -> dict[str, bytes]:
    """A chart per incident that has dated figures (of the counted review statuses)."""
    out = {}
    for inc_id in incident_ids:
        points = chart_points(project, inc_id, figure_statuses)
        if points:
            out[inc_id] = chart_png(points)
    return out


def write_report(project: Project, out: str | Path,
                 incident_ids: Sequence[str] | None = None,
                 figure_statuses: Sequence[str] | None = FIGURE_STATUSES,
                 notices: list[str] | None = None) -> Path:
    """Write the report for ``incident_ids`` (all real incidents if None) to ``out``:
    PDF when it ends in .pdf, else self-contained HTML. Returns the path written. The
    tallies count the figures of ``figure_statuses`` (default accepted, as the exports).
    What a stopped earlier write to ``out`` left is cleared or named in ``notices``."""
    ensure_app()
    out = Path(out)
    refuse_source(project, out)
    # The incidents, their charts and their pages read one state of the project: another
    # program trashing an incident in between made the report stop on "There is no
    # incident with id ..." or print a chart and a tally of two different moments.
    with one_snapshot(project.conn):
        ids = list(incident_ids) if incident_ids else [
            i["id"] for i in model.list_incidents(project, model.STATUSES)]
        for inc_id in ids:
            model.get_incident(project, inc_id)  # an unknown id: one sentence, no file
        charts = charts_for(project, ids, figure_statuses)
        return _written(project, out, ids, charts, figure_statuses, notices)


def _written(project: Project, out: Path, ids: list[str], charts: dict[str, bytes],
             figure_statuses: Sequence[str] | None, notices: list[str] | None) -> Path:
    # Checked again by the write: the charts take a while, and a file that appeared at
    # ``out`` meanwhile is no longer what was checked (``written_whole``).
    with written_whole(out, notices, lambda p: refuse_source(project, p)) as tmp:
        if out.suffix.lower() == ".pdf":
            _write_pdf(report_html(project, ids, charts=charts, embed=False,
                                   figure_statuses=figure_statuses), charts, tmp)
        else:
            tmp.write_text(report_html(project, ids, charts=charts,
                                       figure_statuses=figure_statuses), encoding="utf-8")
    return out


def _write_pdf(page: str, charts: dict[str, bytes], path: Path) -> None:
    """Print ``page`` to PDF in memory, then write the bytes to ``path``: Qt's own file
    writes fail silently, so on a full disk a truncated PDF was reported written (and
    took the place of a good one); a failed write here raises OSError, said in a
    sentence by ``written_whole``."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QSizeF, QUrl
    from PySide6.QtGui import (
        QImage,
        QPageLayout,
        QPageSize,
        QPdfWriter,
        QTextDocument,
    )

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
    writer.setResolution(150)
    writer.setTitle("Incident report")
    doc = QTextDocument()
    # QTextDocument does not read data: URIs, so the PDF page names each chart and
    # the image is handed over as a resource under that name.
    for inc_id, png in charts.items():
        doc.addResource(QTextDocument.ResourceType.ImageResource,
                        QUrl(chart_src(inc_id, png, embed=False)), QImage.fromData(png))
    doc.setHtml(page)
    rect = writer.pageLayout().paintRectPixels(writer.resolution())
    doc.setPageSize(QSizeF(rect.width(), rect.height()))
    doc.print_(writer)
    del writer  # the document is finished before its bytes are read
    buffer.close()
    with open(path, "wb") as out:
        out.write(data.data())
