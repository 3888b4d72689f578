"""Writing direction of a text and of each of its paragraphs.

The rule is the simple one researchers expect from mixed Arabic/English material:
count the strong right-to-left characters (Unicode bidi classes R and AL) against
the strong left-to-right ones (L); the larger group wins, ties go to left-to-right.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from typing import Literal

Direction = Literal["ltr", "rtl"]

# Counting every character of a 50 MB text is wasted work: the direction of a
# document is settled long before that.
SAMPLE_CHARS = 200_000


def _strong_counts(text: str) -> tuple[int, int]:
    # map() + Counter keep the per-character loop in C.
    counts = Counter(map(unicodedata.bidirectional, text))
    return counts["R"] + counts["AL"], counts["L"]


def detect_direction(text: str) -> Direction:
    """'rtl' when strong right-to-left letters outnumber left-to-right ones."""
    rtl, ltr = _strong_counts(text[:SAMPLE_CHARS])
    return "rtl" if rtl > ltr else "ltr"


def paragraph_directions(text: str) -> list[tuple[int, int, Direction]]:
    """(start, end, direction) for each non-blank line, in code points.

    Importers put one paragraph per line, so a line is the unit a viewer aligns.
    A line without any strong letter (numbers, punctuation) takes the direction
    of the whole document, so a figure inside Arabic text stays right-aligned.
    """
    default = detect_direction(text)
    out: list[tuple[int, int, Direction]] = []
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        if line.strip():
            rtl, ltr = _strong_counts(line)
            if rtl == ltr == 0:
                direction = default
            else:
                direction = "rtl" if rtl > ltr else "ltr"
            out.append((pos, end, direction))
        pos = end + 1
    return out
