"""Helpers for MIME files (MHTML pages and e-mail): lenient header and part decoding."""

from __future__ import annotations

import email
from email import policy
from email.header import decode_header, make_header
from email.message import Message

from workbench.core.importers.htmltext import lookup_charset


def parse_message(data: bytes) -> Message:
    """The stdlib parser in its lenient compat32 mode: defects are recorded, not raised."""
    return email.message_from_bytes(data, policy=policy.compat32)


def header_text(msg: Message, name: str) -> str | None:
    """A header decoded from RFC 2047 words; None when absent or undecodable."""
    raw = msg.get(name)
    if raw is None:
        return None
    try:
        return str(make_header(decode_header(str(raw))))
    except (LookupError, ValueError, UnicodeError, TypeError):
        return str(raw)


def part_bytes(part: Message) -> bytes:
    """Payload with base64 / quoted-printable undone (compat32 never raises here)."""
    payload = part.get_payload(decode=True)
    return payload if isinstance(payload, bytes) else b""


def part_charset(part: Message) -> str | None:
    return lookup_charset(part.get_content_charset())
