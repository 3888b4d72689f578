"""The report's Qt half: a real chart PNG, a PDF whose pages read back, the menu action."""

from __future__ import annotations

import base64
import re

import pypdfium2 as pdfium
import pytest

from workbench.core.incidents import ops
from workbench.gui.report_render import CHART_SIZE, chart_png, write_report

TITLE = "Port Halden market shelling"


@pytest.fixture
def incident(small_project) -> str:
    casualty = next(r for r in small_project.repo.annotations() if r["kind"] == "casualty")
    return ops.create_incident(small_project, TITLE, members=[casualty["id"]],
                               start_date="2026-03-01", place_name="Port Halden").result


def test_chart_is_a_png_of_the_requested_width(qapp) -> None:
    from PySide6.QtGui import QImage

    from workbench.core.report import ChartPoint

    png = chart_png([ChartPoint("2026-03-02", "killed", 7, 7, 7),
                     ChartPoint("2026-03-04", "killed", 9, 9, None)], size=(640, 240))
    assert png.startswith(b"\x89PNG")
    image = QImage.fromData(png)
    assert image.width() == 640 and image.height() > 100


@pytest.mark.parametrize("size", [CHART_SIZE, (640, 240), (1200, 300)])
def test_the_chart_is_drawn_at_the_size_it_is_shown(qapp, size) -> None:
    """The plot was laid out at Qt's default 640x480 and scaled to the width asked
    for: a 900x675 image where the report wanted a 900x320 strip, its text scaled up
    with it."""
    from PySide6.QtGui import QImage

    from workbench.core.report import ChartPoint

    points = [ChartPoint("2026-03-02", "killed", 7, 7, 7),
              ChartPoint("2026-03-09", "wounded", 20, 24, 30)]
    image = QImage.fromData(chart_png(points, size=size))
    assert (image.width(), image.height()) == size


def test_the_report_shows_the_chart_in_the_shape_it_is_drawn(small_project, incident,
                                                               tmp_path) -> None:
    from PySide6.QtGui import QImage

    from workbench.core.report import CHART_SHOWN

    page = write_report(small_project, tmp_path / "r.html", [incident],
                        figure_statuses=None).read_text(encoding="utf-8")
    tag = re.search(r"<img src='data:image/png;base64,([^']+)' width='(\d+)' "
                    r"height='(\d+)'", page)
    assert tag is not None
    image = QImage.fromData(base64.b64decode(tag.group(1)))
    # Shown at the size it was drawn (it was 900x675, shown 620 wide).
    assert (int(tag.group(2)), int(tag.group(3))) == CHART_SHOWN == CHART_SIZE
    assert (image.width(), image.height()) == CHART_SHOWN


@pytest.mark.parametrize("days", [
    ("2026-03-20", "2026-04-12"),  # a follow-up report three weeks on
    ("2026-03-02", "2026-04-10", "2026-06-30"),  # a review months later
    ("2026-01-01", "2026-12-31"),
    ("2026-03-02", "2026-03-04"),
])
def test_every_report_date_is_labelled_under_the_chart(qapp, monkeypatch, days) -> None:
    """A reader needs the day of each dot. The first and last labels were drawn only
    when the reports spanned less than about 12 days: past that, the chart's margin
    was narrower than half a label and pyqtgraph hides a label that would cross the
    axis's end, so a chart of two reports three weeks apart had no date at all."""
    import pyqtgraph as pg

    from workbench.core.report import ChartPoint

    painted: list[str] = []
    draw = pg.AxisItem.drawPicture

    def spy(axis, painter, axis_spec, tick_specs, text_specs):
        if axis.orientation == "bottom":
            painted.extend(text for _rect, _flags, text in text_specs)
        return draw(axis, painter, axis_spec, tick_specs, text_specs)

    monkeypatch.setattr(pg.AxisItem, "drawPicture", spy)
    chart_png([ChartPoint(day, "killed", 7 + n, 7 + n, 7 + n) for n, day in enumerate(days)])
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
              "Dec"]
    labels = {f"{int(d[8:])} {months[int(d[5:7]) - 1]} {d[:4]}" for d in days}
    assert labels <= set(painted), painted


def test_html_report_embeds_the_chart(small_project, incident, tmp_path) -> None:
    out = write_report(small_project, tmp_path / "r.html", [incident])
    page = out.read_text(encoding="utf-8")
    found = re.search(r"src='data:image/png;base64,([A-Za-z0-9+/=]+)'", page)
    assert found is not None
    assert base64.b64decode(found.group(1)).startswith(b"\x89PNG")
    assert TITLE in page and "killed at least 12 civilians" in page


def test_pdf_report_has_pages_with_the_title(small_project, incident, tmp_path) -> None:
    out = write_report(small_project, tmp_path / "r.pdf", [incident])
    assert out.read_bytes().startswith(b"%PDF")
    pdf = pdfium.PdfDocument(str(out))
    try:
        assert len(pdf) >= 1
        text = "".join(page.get_textpage().get_text_range() for page in pdf)
        # The PDF's text layer may break lines anywhere: compare without whitespace.
        flat = "".join(text.split())
        assert "".join(TITLE.split()) in flat
        assert small_project.repo.documents()[0]["original_sha256"] in flat
        # The chart went in as an image, not as a broken link.
        assert any(obj.type == pdfium.raw.FPDF_PAGEOBJ_IMAGE
                   for page in pdf for obj in page.get_objects())
    finally:
        pdf.close()
    assert not list(tmp_path.glob("*.part"))


def test_file_menu_report_writes_the_file(window, tmp_path) -> None:
    assert window.actions_["report"].text() == "&Report…"
    out = window.write_report(tmp_path / "demo-report.html")
    assert out is not None and out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")



def test_a_report_path_under_a_file_says_so_in_one_sentence(window, tmp_path) -> None:
    # A file where a folder should be: the window showed "[Errno 20] Not a directory:
    # '…/report.html.part'" (the clean-up of the .part raised over the sentence).
    (tmp_path / "notes.txt").write_text("kept", encoding="utf-8")
    out = tmp_path / "notes.txt" / "report.html"
    assert window.write_report(out) is None
    assert window.statusBar().currentMessage() == (
        f"The report could not be written: {out}: {out.parent} is a file, not a folder; "
        "choose another place.")
    assert (tmp_path / "notes.txt").read_text(encoding="utf-8") == "kept"


def test_an_arabic_quote_is_printed_in_the_pdf_not_as_empty_boxes(small_project,
                                                                   tmp_path) -> None:
    # Quotes were italic, and no Arabic font has an italic face: the PDF printed the
    # Arabic source's own words as boxes, and its text layer held only the quote marks.
    import unicodedata

    from workbench.core.ops.annotations import annotate_quote

    arabic = next(d for d in small_project.repo.documents() if d["title"] == "بيان")
    figure = annotate_quote(small_project, arabic["id"], "casualty", "مدنيين قُتِلوا",
                            {"outcome": "killed", "count_low": 3},
                            status="accepted").result
    inc = ops.create_incident(small_project, "قصف السوق", members=[figure]).result
    out = write_report(small_project, tmp_path / "r.pdf", [inc])
    pdf = pdfium.PdfDocument(str(out))
    try:
        text = "".join(page.get_textpage().get_text_range() for page in pdf)
    finally:
        pdf.close()
    flat = unicodedata.normalize("NFKC", "".join(text.split()))
    assert "مدنيين" in flat and "قصفالسوق" in flat


def test_report_dates_a_day_apart_are_not_printed_over_each_other(qapp, monkeypatch) -> None:
    """In a chart of three weeks, "4 Mar 2026" and "5 Mar 2026" were drawn over each
    other, neither readable: the second is left unlabelled (its tick and dot stay)."""
    import pyqtgraph as pg

    from workbench.core.report import ChartPoint

    painted: list[tuple[object, str]] = []
    draw = pg.AxisItem.drawPicture

    def spy(axis, painter, axis_spec, tick_specs, text_specs):
        if axis.orientation == "bottom":
            painted.extend((rect, text) for rect, _flags, text in text_specs if text)
        return draw(axis, painter, axis_spec, tick_specs, text_specs)

    monkeypatch.setattr(pg.AxisItem, "drawPicture", spy)
    chart_png([ChartPoint(day, "killed", 7, 7, 7)
               for day in ("2026-03-04", "2026-03-05", "2026-03-21")])
    shown = {text: rect for rect, text in painted}  # one each, however often painted
    assert "4 Mar 2026" in shown and "21 Mar 2026" in shown
    rects = list(shown.values())
    assert not any(a.intersects(b) for i, a in enumerate(rects) for b in rects[i + 1:]), shown
