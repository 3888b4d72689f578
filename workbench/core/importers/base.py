"""The contract every importer fulfils: bytes in, text and metadata out."""

from __future__ import annotations

import re

from workbench.core.encodedtext import EncodedText
from workbench.core.errors import ImportRejected

# A worker imports this module at its start; ``typing`` (~9 M instructions) is loaded
# there only for type checkers, and the importers' protocol is a plain class at run time.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Protocol
else:
    Protocol = object

__all__ = ["ImportRejected", "ImportedDocument", "Importer", "clean_text"]


# ImportedDocument's fields in order (its constructor takes them so, as keywords too).
FIELDS = ("text", "importer", "importer_version", "media_type", "title", "author",
          "publisher", "url", "published", "language", "encoding", "page_starts", "extra")
_UNSET: Any = object()


class ImportedDocument:
    """What an importer extracted from one file.

    ``text`` is the working text annotations are anchored to (code points). A text
    that came back from the sandboxed worker is held as its UTF-8 bytes
    (:class:`EncodedText`); ``as_str`` gives the string where one is needed.
    Metadata fields are ``None`` when the file does not carry them.

    Written out as ``@dataclass`` would make it (the same constructor, equality, repr,
    and no hash): a worker loads this module to start, and ``dataclasses`` loads
    ``inspect``, ``ast``, ``dis`` and ``tokenize`` with it, a sixth of a worker's start
    for this one class.
    """

    text: str | EncodedText
    importer: str
    importer_version: str
    media_type: str
    title: str | None
    author: str | None
    publisher: str | None
    url: str | None
    published: str | None  # ISO date, YYYY-MM-DD
    language: str | None
    encoding: str | None
    # Code-point offsets where each page starts (PDF); empty when not paged.
    page_starts: list[int]
    extra: dict

    __match_args__ = FIELDS
    __hash__ = None  # type: ignore[assignment]  # mutable and compared by value

    def __init__(self, text: str | EncodedText, importer: str, importer_version: str,
                 media_type: str, title: str | None = None, author: str | None = None,
                 publisher: str | None = None, url: str | None = None,
                 published: str | None = None, language: str | None = None,
                 encoding: str | None = None, page_starts: list[int] = _UNSET,
                 extra: dict = _UNSET) -> None:
        self.text = text
        self.importer = importer
        self.importer_version = importer_version
        self.media_type = media_type
        self.title = title
        self.author = author
        self.publisher = publisher
        self.url = url
        self.published = published
        self.language = language
        self.encoding = encoding
        self.page_starts = [] if page_starts is _UNSET else page_starts
        self.extra = {} if extra is _UNSET else extra

    def _values(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in FIELDS)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return self._values() == other._values()  # type: ignore[attr-defined]
        return NotImplemented

    def __repr__(self) -> str:
        inside = ", ".join(f"{name}={getattr(self, name)!r}" for name in FIELDS)
        return f"{self.__class__.__qualname__}({inside})"

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-able form; this is what crosses the worker boundary.

        Shallow (the list and dict are the document's own): it is only serialised, and
        ``asdict``'s deep copy was a tenth of a small file's time in the worker."""
        return {name: getattr(self, name) for name in FIELDS}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ImportedDocument:
        known = {f: data[f] for f in FIELDS if f in data}
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
