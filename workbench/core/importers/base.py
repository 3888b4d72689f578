"""The contract every importer fulfils: bytes in, text and metadata out."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Protocol

from workbench.core.encodedtext import EncodedText
from workbench.core.errors import ImportRejected

__all__ = ["ImportRejected", "ImportedDocument", "Importer", "clean_text"]


@dataclass
class ImportedDocument:
    """What an importer extracted from one file.

    ``text`` is the working text annotations are anchored to (code points). A text
    that came back from the sandboxed worker is held as its UTF-8 bytes
    (:class:`EncodedText`); ``as_str`` gives the string where one is needed.
    Metadata fields are ``None`` when the file does not carry them.
    """

    text: str | EncodedText
    importer: str
    importer_version: str
    media_type: str
    title: str | None = None
    author: str | None = None
    publisher: str | None = None
    url: str | None = None
    published: str | None = None  # ISO date, YYYY-MM-DD
    language: str | None = None
    encoding: str | None = None
    # Code-point offsets where each page starts (PDF); empty when not paged.
    page_starts: list[int] = field(default_factory=list)
    extra: dict = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-able form; this is what crosses the worker boundary.

        Shallow (the list and dict are the document's own): it is only serialised, and
        ``asdict``'s deep copy was a tenth of a small file's time in the worker."""
        return {name: getattr(self, name) for name in self.__dataclass_fields__}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ImportedDocument:
        known = {f: data[f] for f in cls.__dataclass_fields__ if f in data}
        return cls(**known)


class Importer(Protocol):
    name: str
    version: str
    extensions: tuple[str, ...]
    # Problem sentence used when the parser fails in an unexpected way.
    damaged: str

    def sniff(self, data: bytes, filename: str) -> bool:
        """True when the bytes carry this format's signature (magic number)."""

    def parse(self, data: bytes, filename: str) -> ImportedDocument:
        """Extract text and metadata; raise ImportRejected with one clear sentence."""


# C0 controls other than tab and newline, DEL, C1 controls and non-characters: they
# break display and anchoring and never carry meaning in research text.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ufffe\uffff]")
_BLANK_RUN = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)+")


def clean_text(text: str) -> str:
    """Normalise newlines, drop control characters and collapse runs of blank lines."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = _CONTROL.sub("", text)
    return _BLANK_RUN.sub("\n\n", text)


def none_if_blank(value: object, limit: int = 500) -> str | None:
    """Metadata values: strings stripped and capped, blanks become None."""
    if value is None:
        return None
    text = clean_text(str(value)).replace("\n", " ").strip()
    return text[:limit] or None
