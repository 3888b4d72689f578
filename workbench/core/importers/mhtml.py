"""MHTML (a saved web page): the text/html part goes through the HTML pipeline."""

from __future__ import annotations

from workbench.core.importers import limits, signatures
from workbench.core.importers.base import ImportedDocument, none_if_blank
from workbench.core.importers.html import extract_html
from workbench.core.importers.htmltext import decode_html
from workbench.core.importers.mimeutil import (
    header_text,
    parse_message,
    part_bytes,
    part_charset,
)

VERSION = "1"


class MhtmlImporter:
    name = "mhtml"
    version = VERSION
    extensions = (".mht", ".mhtml")
    damaged = "the saved web page (MHTML) is damaged and could not be read"

    def sniff(self, data: bytes, filename: str) -> bool:
        return False

    def guess(self, data: bytes, filename: str) -> bool:
        return signatures.looks_like_mhtml(data, filename)

    def parse(self, data: bytes, filename: str) -> ImportedDocument:
        msg = parse_message(data)
        html_part = None
        for part in msg.walk():
            if part.get_content_type() == "text/html":
                html_part = part
                break
        if html_part is None:
            raise limits.rejected(filename, "the saved web page contains no HTML part")
        markup, encoding = decode_html(
            part_bytes(html_part), filename, declared=part_charset(html_part)
        )
        url = header_text(html_part, "Content-Location") or header_text(
            msg, "Snapshot-Content-Location"
        )
        doc = extract_html(
            markup,
            filename,
            importer="mhtml",
            media_type="multipart/related",
            encoding=encoding,
            url=url,
        )
        doc.importer_version = f"{VERSION}+{doc.importer_version}"
        doc.title = doc.title or none_if_blank(header_text(msg, "Subject"))
        saved = none_if_blank(header_text(msg, "Date"))
        if saved:
            doc.extra["saved"] = saved  # when the page was saved, not when it was published
        return doc
