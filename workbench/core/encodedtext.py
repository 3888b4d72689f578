"""A document's text kept as the UTF-8 bytes the import worker sent.

A 100 MB text decoded into a Python string costs up to 400 MB (Python stores a string
with any Arabic letter at two bytes a character, and binding it to SQLite makes it keep
a UTF-8 copy besides). The store step needs the text only three ways: whole, to write
the row; a sample, to detect language and direction; and in slices, to hash it and to
build the search index. :class:`EncodedText` gives exactly those from the bytes, so an
import never decodes the whole text. It is what :class:`ImportedDocument` carries when
the text came from the worker; everything read back from the project is a plain ``str``.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterator

from workbench.core.errors import ImportRejected

# Bytes checked, hashed or decoded at a time: small beside any text worth streaming.
CHUNK = 1 << 20
# UTF-8 spends at most four bytes on a code point.
MAX_BYTES_PER_CHAR = 4


class EncodedText:
    """Immutable UTF-8 text; checked to be valid UTF-8 when made."""

    __slots__ = ("utf8",)

    def __init__(self, utf8: bytes | bytearray, name: str = "The file") -> None:
        # A bytearray (the buffer a frame was read into) is kept as it is, not copied;
        # nothing else holds it.
        check_utf8(utf8, name)
        self.utf8 = utf8

    def __repr__(self) -> str:
        return f"EncodedText({len(self.utf8)} bytes)"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, EncodedText) and self.utf8 == other.utf8

    __hash__ = None  # type: ignore[assignment]

    def decode(self) -> str:
        """The whole text as a string (costs what the string costs; callers that only
        need part of it use :meth:`head` or :meth:`slices`)."""
        return self.utf8.decode("utf-8")

    def head(self, chars: int) -> str:
        """The first ``chars`` code points (fewer if the text is shorter)."""
        return _decode_prefix(self.utf8[: chars * MAX_BYTES_PER_CHAR])[:chars]

    def sha256(self) -> str:
        """Hex SHA-256 of the text in UTF-8: the same as hashing the decoded string."""
        # Loaded here, not with the module: the import worker loads this module but never
        # hashes, and loading OpenSSL was a tenth of a worker's start.
        import hashlib

        digest = hashlib.sha256()
        view = memoryview(self.utf8)
        for start in range(0, len(view), CHUNK):
            digest.update(view[start : start + CHUNK])
        return digest.hexdigest()

    def pieces(self, chunk: int = CHUNK) -> Iterator[memoryview]:
        """The UTF-8 bytes a piece at a time, without copying them."""
        view = memoryview(self.utf8)
        for start in range(0, len(view), chunk):
            yield view[start : start + chunk]

    def slices(self, chunk: int = CHUNK) -> Iterator[str]:
        """The text decoded a piece at a time (pieces end between code points)."""
        decoder = codecs.getincrementaldecoder("utf-8")()
        view = memoryview(self.utf8)
        for start in range(0, len(view), chunk):
            piece = decoder.decode(view[start : start + chunk])
            if piece:
                yield piece
        tail = decoder.decode(b"", final=True)
        if tail:
            yield tail


def check_utf8(data: bytes | bytearray, name: str) -> None:
    """Refuse bytes that are not valid UTF-8, without decoding them all at once."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    view = memoryview(data)
    try:
        for start in range(0, len(view), CHUNK):
            decoder.decode(view[start : start + CHUNK])
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        raise ImportRejected(f"{name}: the text the importer produced is not valid Unicode, "
                             "so the file was not imported.") from None


def _decode_prefix(data: bytes) -> str:
    """Decode bytes cut at an arbitrary point: a code point cut in half is left out."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    return decoder.decode(data)


def as_str(text: str | EncodedText) -> str:
    """A text as a string, whichever way it is held."""
    return text.decode() if isinstance(text, EncodedText) else text
