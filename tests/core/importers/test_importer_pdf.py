"""PDF: text in page order, page starts, metadata, and the ways a PDF can fail."""

from __future__ import annotations

import os
from itertools import pairwise

import pytest

from tests.core.importers.importer_samples import assert_one_sentence, make_pdf
from workbench.core.importers import ImportRejected, parse_bytes, parse_file

PAGES = ["Report on the northern district.\nSecond line of page one.", "Page two: casualties."]


def _report() -> bytes:
    return make_pdf(
        PAGES, title="Field report", author="Monitoring team", created="D:20240305093000+01'00'"
    )


def test_text_pages_and_metadata() -> None:
    doc = parse_file(_report(), "report.pdf")
    assert doc.importer == "pdf"
    assert doc.media_type == "application/pdf"
    assert doc.text == (
        "Report on the northern district.\nSecond line of page one.\n\nPage two: casualties."
    )
    assert doc.page_starts == [0, doc.text.index("Page two")]
    assert doc.title == "Field report"
    assert doc.author == "Monitoring team"
    assert doc.published == "2024-03-05"
    assert doc.language == "en"
    assert doc.extra["pages"] == 2


def test_page_starts_slice_each_page() -> None:
    pages = ["First page.", "", "Third page after a blank one.", "Fourth."]
    doc = parse_bytes(make_pdf(pages), "pages.pdf")
    assert len(doc.page_starts) == 4
    bounds = [*doc.page_starts, len(doc.text) + 2]
    got = [doc.text[a : b - 2] if b - 2 >= a else "" for a, b in pairwise(bounds)]
    assert got == pages


def test_pdf_is_recognised_by_content_whatever_its_name() -> None:
    assert parse_bytes(_report(), "download.bin").importer == "pdf"


def test_pdf_without_text_layer() -> None:
    with pytest.raises(ImportRejected) as info:
        parse_file(make_pdf(["", ""]), "scan.pdf")
    assert_one_sentence(str(info.value), "scan.pdf")
    assert "no text layer" in str(info.value)


@pytest.mark.parametrize("cut", [9, 40, 200])
def test_truncated_pdf(cut: int) -> None:
    data = _report()[:cut]
    try:
        doc = parse_file(data, "cut.pdf")
    except ImportRejected as err:
        assert_one_sentence(str(err), "cut.pdf")
    else:  # PDFium rebuilds damaged files when it can; then text must be real
        assert doc.text.strip()


def test_garbage_named_pdf() -> None:
    with pytest.raises(ImportRejected) as info:
        parse_file(os.urandom(3000), "report.pdf")
    assert_one_sentence(str(info.value), "report.pdf")
    assert "damaged" in str(info.value)


def test_pdf_written_by_qt(qapp) -> None:
    """A PDF from a real producer (Qt's QPdfWriter), with Arabic and English text."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter

    buf = QByteArray()
    device = QBuffer(buf)
    device.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(device)
    writer.setTitle("Qt report")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(20, 20, 20, 20),
        )
    )
    painter = QPainter(writer)
    painter.drawText(200, 400, "Ceasefire announced on Monday")
    writer.newPage()
    painter.drawText(200, 400, "Second page")
    painter.end()
    device.close()
    doc = parse_file(bytes(buf.data()), "qt.pdf")
    assert "Ceasefire announced on Monday" in doc.text
    assert doc.text[doc.page_starts[1] :].startswith("Second page")
    assert doc.title == "Qt report"
