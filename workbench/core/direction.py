"""Writing direction of a text and of each of its paragraphs.

The rule is the simple one researchers expect from mixed Arabic/English material:
count the strong right-to-left characters (Unicode bidi classes R and AL) against
the strong left-to-right ones (L); the larger group wins, ties go to left-to-right.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterator

# An importer worker imports this module at its start; ``typing`` (~9 M instructions)
# is loaded there only for type checkers.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Literal

    Direction = Literal["ltr", "rtl"]
else:
    Direction = str  # what the values are at run time

# Counting every character of a 50 MB text is wasted work: the direction of a
# document is settled long before that.
SAMPLE_CHARS = 200_000
# Every code point of bidi class R or AL lies in these blocks (checked by a test), so a
# text this finds nothing in has no right-to-left letter.
_MAYBE_RTL = re.compile("[\u0590-\u08ff\u200f\ufb1d-\ufdff\ufe70-\ufefc"
                        "\U00010800-\U00010fff\U0001e800-\U0001efff]")


def _strong_counts(text: str) -> tuple[int, int]:
    # map() + Counter keep the per-character loop in C.
    counts = Counter(map(unicodedata.bidirectional, text))
    return counts["R"] + counts["AL"], counts["L"]


def detect_direction(text: str) -> Direction:
    """'rtl' when strong right-to-left letters outnumber left-to-right ones."""
    sample = text[:SAMPLE_CHARS]
    # An ASCII text (known without reading it: str keeps the fact) holds no right-to-left
    # letter; otherwise one search instead of a count (6.6 us for a small English text).
    if sample.isascii() or _MAYBE_RTL.search(sample) is None:
        return "ltr"
    rtl, ltr = _strong_counts(sample)
    return "rtl" if rtl > ltr else "ltr"


def paragraph_directions(text: str) -> list[tuple[int, int, Direction]]:
    """(start, end, direction) for each non-blank line, in code points.

    Importers put one paragraph per line, so a line is the unit a viewer aligns.
    A line without any strong letter (numbers, punctuation) takes the direction
    of the whole document, so a figure inside Arabic text stays right-aligned.
    """
    return list(_paragraphs(text, detect_direction(text)))


def has_both_directions(text: str, sample: int = SAMPLE_CHARS) -> bool:
    """Whether some paragraph reads right-to-left and another left-to-right.

    What a viewer needs to choose its alignment. A text with no right-to-left letter
    at all is settled by one search; otherwise paragraphs are looked at until one
    differs from those before, within the first ``sample`` characters (counting
    letters costs about 0.15 s a megabyte, and alignment is not worth seconds on a
    100 MB text; Qt still lays each paragraph out in its own direction).
    """
    if text.isascii() or _MAYBE_RTL.search(text) is None:
        return False  # every line is left-to-right or takes the default, which is too
    seen: set[Direction] = set()
    for start, _end, direction in _paragraphs(text, detect_direction(text)):
        if start >= sample:
            break
        seen.add(direction)
        if len(seen) > 1:
            return True
    return False


def _paragraphs(text: str, default: Direction) -> Iterator[tuple[int, int, Direction]]:
    pos, n = 0, len(text)
    while pos <= n:
        end = text.find("\n", pos)
        end = n if end == -1 else end
        line = text[pos:end]
        if line.strip():
            rtl, ltr = _strong_counts(line)
            if rtl == ltr == 0:
                direction = default
            else:
                direction = "rtl" if rtl > ltr else "ltr"
            yield pos, end, direction
        pos = end + 1
