"""Words broken across a line break by a hyphen, read whole.

OCR'd and scraped copy keeps the printed page's line breaks, and a word split at one
comes as "wound-\\ned" or "kill-\\ned": two tokens, neither a verb the engines know.
``rejoin`` gives the text with each such break taken out ("wounded") and where every
character of it stands in the text as given; ``restore`` puts the engines' spans back on
the original text, so offsets and ``text`` stay exact substrings of it (a span that
crosses a break keeps the hyphen and the newline). Other strings the engines copy (a
speaker, a group) keep the joined word.

Only a lower-case letter before the hyphen and after the line break counts: "Al-\\nShabaab"
and a list's "-\\n" are no broken word.
"""

from __future__ import annotations

import re
from typing import Any, NamedTuple

_BROKEN = re.compile(r"(?<=[a-z])-\n[ \t]*(?=[a-z])")


class Rejoined(NamedTuple):
    text: str
    # origin[i]: the offset in the original text of the joined text's character i; one
    # more entry for the end of the text.
    origin: list[int]


def rejoin(text: str) -> Rejoined | None:
    """The text with its broken words joined, or None when it has none."""
    if "-\n" not in text:
        return None  # the common case: one substring test
    parts: list[str] = []
    origin: list[int] = []
    pos = 0
    for m in _BROKEN.finditer(text):
        parts.append(text[pos:m.start()])
        origin.extend(range(pos, m.start()))
        pos = m.end()
    if not parts:
        return None
    parts.append(text[pos:])
    origin.extend(range(pos, len(text) + 1))
    return Rejoined("".join(parts), origin)


def restore(items: list[dict[str, Any]], original: str, joined: Rejoined) -> None:
    """Move each item's span from the joined text to ``original``, in place."""
    origin = joined.origin
    for item in items:
        start, end = item["start"], item["end"]
        a = origin[start]
        b = origin[end - 1] + 1 if end > start else a
        item["start"], item["end"], item["text"] = a, b, original[a:b]
