"""What a file's first bytes say about its format, told without loading the format's
module: the registry asks every format of every file, and a worker that only ever
reads text files should not load the e-mail, zip and HTML machinery to say "no"."""

from __future__ import annotations

import re

_MIME_HEAD = re.compile(
    rb"^(mime-version|content-type|from|subject|date|received|message-id"
    rb"|return-path|to|delivered-to|x-[a-z-]+)\s*:",
    re.I | re.M,
)
_HTML = re.compile(rb"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]", re.I)


def is_pdf(data: bytes, filename: str) -> bool:
    """The PDF signature near the start (some writers put bytes before it)."""
    return b"%PDF-" in data[:1024]


def is_docx(data: bytes, filename: str) -> bool:
    """A zip named .docx, or a zip with a Word document part near either end."""
    if not data.startswith(b"PK\x03\x04"):
        return False
    return filename.lower().endswith(".docx") or b"word/document.xml" in (
        data[:65536] + data[-65536:]
    )


def header_count(data: bytes) -> int:
    """How many of the first lines look like MIME/mail headers (for content guessing)."""
    head = data[:4096].split(b"\r\n\r\n", 1)[0].split(b"\n\n", 1)[0]
    return len(_MIME_HEAD.findall(head))


def looks_like_mhtml(data: bytes, filename: str) -> bool:
    """MIME headers around a multipart/related body: a saved web page."""
    head = data[:4096].lower()
    return header_count(data) >= 2 and b"multipart/related" in head


def looks_like_email(data: bytes, filename: str) -> bool:
    """Mail headers with a sender, and not a saved web page."""
    head = data[:4096].lower()
    return header_count(data) >= 3 and b"from:" in head and b"multipart/related" not in head


def looks_like_html(data: bytes, filename: str) -> bool:
    """HTML markup near the start."""
    return bool(_HTML.search(data[:4096]))
