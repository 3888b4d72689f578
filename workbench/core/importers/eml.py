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

VERSION = "2"  # 2: hidden parts of an HTML body left out; format=flowed undone


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


def unflow(text: str, delsp: bool) -> str:
    """A ``format=flowed`` body (RFC 3676) as its sender wrote it: a line ending in a
    space was wrapped by the mail program and goes on in the next line of the same
    quote depth. Mail programs (Apple Mail, Thunderbird) send plain text this way, so
    its lines broke mid-sentence ("at least seven \npeople were wounded") where the
    sender wrote one paragraph. Quote marks are kept, one "> " per level; the leading
    space a sender's line was stuffed with is taken off; "-- " (a signature's start)
    never flows."""
    out: list[str] = []
    open_depth: int | None = None  # the quote depth of a paragraph still flowing
    for raw in text.replace("\r\n", "\n").split("\n"):
        depth = len(raw) - len(raw.lstrip(">"))
        line = raw[depth:]
        if line.startswith(" "):
            line = line[1:]  # space-stuffed (or the space after the quote marks)
        flowed = line.endswith(" ") and line != "-- "
        if flowed and delsp:
            line = line[:-1]
        if open_depth == depth and out:
            out[-1] += line
        else:
            out.append(("> " * depth if depth else "") + line)
        open_depth = depth if flowed else None
    return "\n".join(out)


def _param(part: Message, name: str) -> str:
    """A Content-Type parameter, lower case ("" when absent; RFC 2231 values decoded)."""
    from email.utils import collapse_rfc2231_value

    value = part.get_param(name)
    return collapse_rfc2231_value(value).strip().lower() if value else ""


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
            if _param(plain, "format") == "flowed":
                text = unflow(text, _param(plain, "delsp") == "yes")
        if not text.strip() and html is not None:
            markup, encoding = _decode_part(html, filename)
            root = parse_html(markup) if markup.strip() else None
            text = tree_to_text(root, hidden=True) if root is not None else ""
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
