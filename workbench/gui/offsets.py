"""Code points (core, Python str, W3C) <-> UTF-16 code units (Qt cursor positions).

Characters outside the Basic Multilingual Plane (emoji, some CJK and Arabic
extensions) take two UTF-16 units but one code point, so every such character
before a position shifts Qt's number by one. Most documents have none: then the
mapping is the identity and costs nothing. Otherwise we keep the sorted positions
of the astral characters and convert with one bisect.

``display_text`` also gives Qt a text whose positions match one-to-one: Qt folds
"\\r\\n" into a single paragraph break, and drops a byte-order mark at the start,
either of which would shift every later position.
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_left, bisect_right

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def _may_hold_astral(text: str) -> bool:
    """False when ``text`` surely has no character beyond the BMP, found without a scan.

    CPython stores a string at four bytes a character only when it holds one, so a
    long string smaller than that has none (0.6 s saved on a 100 MB document).
    """
    if text.isascii():
        return False
    return len(text) < 4096 or sys.getsizeof(text) >= 4 * len(text)


def display_text(text: str) -> str:
    """The text to hand to QPlainTextEdit so its positions stay aligned with ``text``."""
    # Same length on purpose: the carriage return becomes a space Qt keeps as one unit.
    if "\r\n" in text:
        text = text.replace("\r\n", " \n")
    # Qt drops a byte-order mark at the very start, which would shift every position by
    # one; an invisible word joiner takes its place (elsewhere Qt keeps the mark).
    return "\u2060" + text[1:] if text.startswith("\ufeff") else text


class OffsetMap:
    """Convert positions in one text between code points and UTF-16 units."""

    __slots__ = ("_cp", "_u16", "length_cp", "length_u16")

    def __init__(self, text: str):
        self.length_cp = len(text)
        if not _may_hold_astral(text) or _ASTRAL.search(text) is None:
            self._cp: list[int] = []
            self._u16: list[int] = []
        else:
            self._cp = [m.start() for m in _ASTRAL.finditer(text)]
            # UTF-16 position where the i-th astral character's surrogate pair starts.
            self._u16 = [cp + i for i, cp in enumerate(self._cp)]
        self.length_u16 = self.length_cp + len(self._cp)

    @property
    def identity(self) -> bool:
        return not self._cp

    def to_qt(self, cp: int) -> int:
        """UTF-16 position of code-point position ``cp``."""
        if not self._cp:
            return cp
        return cp + bisect_left(self._cp, cp)

    def to_cp(self, u16: int) -> int:
        """Code-point position of UTF-16 position ``u16``; inside a pair rounds down."""
        if not self._u16:
            return u16
        # Astral characters whose pair ends at or before u16 are wholly before it.
        before = bisect_right(self._u16, u16 - 2)
        if before < len(self._u16) and self._u16[before] == u16 - 1:
            return self._cp[before]  # u16 points between the two halves of a pair
        return u16 - before

    def span_to_qt(self, start: int, end: int) -> tuple[int, int]:
        return self.to_qt(start), self.to_qt(end)

    def span_to_cp(self, start: int, end: int) -> tuple[int, int]:
        return self.to_cp(start), self.to_cp(end)
