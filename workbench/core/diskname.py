"""A file's name as the project can store it.

On Linux a name is bytes, and Python reads bytes that are not UTF-8 (a name written on
an old Windows system and unpacked here, "rapport\\xe9.txt") as lone surrogates; on Windows
a name may hold a lone UTF-16 surrogate. SQLite takes neither: such a name stopped a
whole import, every other file of the batch with it. Each such character is written as
the escape that says what it was, so the record still tells the byte apart.
"""

from __future__ import annotations

import re

_SURROGATE = re.compile("[\ud800-\udfff]")


def storable(name: str) -> str:
    """``name`` unchanged when it is valid Unicode text; else each lone surrogate as
    ``\\xNN`` (a byte that was not UTF-8, as Python reads it) or ``\\uNNNN``."""
    if _SURROGATE.search(name) is None:
        return name
    return _SURROGATE.sub(_escape, name)


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if 0xDC80 <= code <= 0xDCFF:  # surrogateescape's stand-in for one byte
        return f"\\x{code - 0xDC00:02x}"
    return f"\\u{code:04x}"
