"""PDF through PDFium (pypdfium2): text page by page, page starts recorded.

PDFium returns each page's text in content order, which for ordinary reports is
reading order. Pages are joined with a blank line; ``page_starts`` holds the
code-point offset where each page begins so quotes can cite a page.
"""

from __future__ import annotations

import re
import threading

from workbench.core.importers import limits, signatures
from workbench.core.importers.base import ImportedDocument, clean_text, none_if_blank

VERSION = "1"
PAGE_SEPARATOR = "\n\n"
# PDFium is not thread-safe; in-process callers (sandbox=False) may use threads.
_LOCK = threading.Lock()
_PDF_DATE = re.compile(r"^(?:D:)?(\d{4})(\d{2})?(\d{2})?")


def pdf_date(value: str | None) -> str | None:
    """'D:20240131120000+01'00'' -> '2024-01-31'; month/day default to 01."""
    m = _PDF_DATE.match((value or "").strip())
    if not m:
        return None
    return f"{m[1]}-{m[2] or '01'}-{m[3] or '01'}"


def _page_text(pdf, index: int) -> str:
    page = pdf[index]
    try:
        textpage = page.get_textpage()
        try:
            return textpage.get_text_range()
        finally:
            textpage.close()
    finally:
        page.close()


class PdfImporter:
    name = "pdf"
    version = VERSION
    extensions = (".pdf",)
    damaged = "the PDF is damaged and no text could be read"

    def sniff(self, data: bytes, filename: str) -> bool:
        return signatures.is_pdf(data, filename)

    def parse(self, data: bytes, filename: str) -> ImportedDocument:
        with _LOCK:
            return self._parse(data, filename)

    def _parse(self, data: bytes, filename: str) -> ImportedDocument:
        import pypdfium2 as pdfium

        try:
            pdf = pdfium.PdfDocument(data)
        except pdfium.PdfiumError as err:
            if "password" in str(err).lower():
                raise limits.rejected(
                    filename, "the PDF is password-protected, so its text cannot be read"
                ) from None
            raise limits.rejected(filename, self.damaged) from None
        try:
            count = len(pdf)
            if count == 0:
                raise limits.rejected(filename, "the PDF has no pages")
            if count > limits.PDF_MAX_PAGES:
                raise limits.rejected(
                    filename,
                    f"the PDF claims {count} pages, more than the {limits.PDF_MAX_PAGES} "
                    "allowed, so it was not read",
                )
            pages: list[str] = []
            failed = 0
            for i in range(count):
                try:
                    pages.append(clean_text(_page_text(pdf, i)).strip())
                except pdfium.PdfiumError:
                    failed += 1  # one broken page should not lose the rest
                    pages.append("")
            meta = pdf.get_metadata_dict(skip_empty=True)
        finally:
            pdf.close()
        if not any(pages):
            if failed:
                raise limits.rejected(filename, self.damaged)
            raise limits.rejected(
                filename,
                "the PDF has no text layer (it may be a scanned image), so there is "
                "nothing to import",
            )
        page_starts, pos = [], 0
        for text in pages:
            page_starts.append(pos)
            pos += len(text) + len(PAGE_SEPARATOR)
        extra: dict = {"pages": count}
        if failed:
            extra["unreadable_pages"] = failed
        for key in ("Subject", "Keywords", "Creator", "Producer"):
            value = none_if_blank(meta.get(key))
            if value:
                extra[key.lower()] = value
        return ImportedDocument(
            text=PAGE_SEPARATOR.join(pages),
            importer="pdf",
            importer_version=f"{VERSION}+pypdfium2-{pdfium.PYPDFIUM_INFO}",
            media_type="application/pdf",
            title=none_if_blank(meta.get("Title")),
            author=none_if_blank(meta.get("Author")),
            published=pdf_date(meta.get("CreationDate")),
            page_starts=page_starts,
            extra=extra,
        )
