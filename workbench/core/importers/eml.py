"""E-mail (.eml): the body as text; sender, subject and date as metadata.

The plain-text alternative is preferred; an HTML-only body is converted to text
with lxml (never rendered, remote images never fetched). Attachments are listed
in ``extra`` but not imported.
"""

from __future__ import annotations

from email.message import Message
from email.utils import parseaddr, parsedate_to_datetime

from workbench.core.importers import limits, signatures
from workbench.core.importers.base import ImportedDocument, clean_text, none_if_blank
from workbench.core.importers.htmltext import parse_html, tree_to_text
from workbench.core.importers.mimeutil import (
    header_text,
    parse_message,
    part_bytes,
    part_charset,
)
from workbench.core.importers.text import decode_text

VERSION = "2"  # 2: hidden elements of an HTML body left out


def _is_attachment(part: Message) -> bool:
    disposition = (part.get("Content-Disposition") or "").strip().lower()
    return disposition.startswith("attachment") or bool(part.get_filename())


def _decode_part(part: Message, filename: str) -> tuple[str, str]:
    data = part_bytes(part)
    charset = part_charset(part)
    if charset:
        try:
            return data.decode(charset), charset
        except UnicodeDecodeError:
            pass
    if not data.strip():
        return "", charset or "ascii"
    return decode_text(data, filename)


def _date(value: str | None) -> str | None:
    if not value:
        return None
    try:
        return parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def _sender(value: str | None) -> str | None:
    if not value:
        return None
    name, addr = parseaddr(value)
    if name and addr:
        return f"{name} <{addr}>"
    return name or addr or value


class EmlImporter:
    name = "eml"
    version = VERSION
    extensions = (".eml",)
    damaged = "the e-mail message is damaged and could not be read"

    def sniff(self, data: bytes, filename: str) -> bool:
        return False

    def guess(self, data: bytes, filename: str) -> bool:
        return signatures.looks_like_email(data, filename)

    def parse(self, data: bytes, filename: str) -> ImportedDocument:
        msg = parse_message(data)
        plain = html = None
        attachments: list[str] = []
        for part in msg.walk():
            if part.is_multipart():
                continue
            if _is_attachment(part):
                attachments.append(none_if_blank(part.get_filename(), 200) or "unnamed")
                continue
            ctype = part.get_content_type()
            if ctype == "text/plain" and plain is None:
                plain = part
            elif ctype == "text/html" and html is None:
                html = part
        text, encoding, body = "", None, "none"
        if plain is not None:
            text, encoding = _decode_part(plain, filename)
            body = "text/plain"
        if not text.strip() and html is not None:
            markup, encoding = _decode_part(html, filename)
            root = parse_html(markup) if markup.strip() else None
            text = tree_to_text(root) if root is not None else ""
            body = "text/html"
        if not text.strip():
            raise limits.rejected(filename, "the e-mail message has no text body")
        extra: dict = {"body": body}
        if attachments:
            extra["attachments"] = attachments[:100]
        recipients = none_if_blank(header_text(msg, "To"))
        if recipients:
            extra["to"] = recipients
        return ImportedDocument(
            text=clean_text(text).strip("\n"),
            importer="eml",
            importer_version=VERSION,
            media_type="message/rfc822",
            title=none_if_blank(header_text(msg, "Subject")),
            author=none_if_blank(_sender(header_text(msg, "From"))),
            published=_date(header_text(msg, "Date")),
            encoding=encoding,
            extra=extra,
        )
