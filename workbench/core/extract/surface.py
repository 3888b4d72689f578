"""Spacing that only the way a text was copied put there, read as a plain space.

The same report reaches the workbench from a web page, an e-mail or a PDF, and the copy
keeps the carrier's spacing: no-break spaces and doubled spaces from HTML, and hard line
breaks inside a paragraph from plain-text mail and PDFs. The rules read a line break as
the end of a headline or paragraph and a space as one space, so in such a copy a
statement stopped at the break ("the army said the\\nvillage was shelled") and a figure
split by a no-break space went unread. ``settle`` gives the text with

* a no-break or thin space read as a space, and a run of spaces between two words as one;
* a line break inside a paragraph read as a space: one before a lower-case letter after
  a line that does not end a sentence (no headline, dateline or paragraph starts so);
  and, in a hard-wrapped text (no line longer than ``WRAPPED_WIDTH``, at least two lines
  longer than ``FULL_LINE`` that stop inside a sentence), one after a full line whose
  next word would not have fitted on it: the wrap put that word on the next line, where
  a paragraph's (or a headline's) last line leaves room for it. Short paragraphs each on
  a line of their own (a diary, a log) end their lines with a full stop and keep them.

The result is a ``Rejoined`` like ``rejoin``'s, so ``restore`` puts the engines' spans
back on the text as given.
"""

from __future__ import annotations

import re
from itertools import pairwise

from .rejoin import Rejoined, rejoin

WRAPPED_WIDTH = 100
FULL_LINE = 50

# Spaces other than " " (no-break, thin, narrow no-break), alone or in a run; and a run of
# two or more spaces or tabs between two words. The first is tried only where a run of
# spaces and tabs starts: a try inside one reads the same rest of the run as the try at its
# start, which failed, so it fails too (without the guard a page of blank padding was read
# again from every space: minutes for a megabyte of it).
_ODD_SPACE = re.compile(r"(?<![ \t])[ \t]*[\u00a0\u2009\u202f][ \t\u00a0\u2009\u202f]*"
                        r"|(?<=\S)[ \t]{2,}(?=\S)")
# (the line break first: the regex engine then skips in C to each one)
_LOWER_AFTER = re.compile(r"\n(?=[a-z])")
_NOT_BEFORE_LOWER = frozenset(" \t\n.!?:;-")
# A dateline opening the next line ("ADEN (dpa) --", "BUJUMBURA, June 12"): the line before
# is the headline, however full.
_DATELINE_START = re.compile(r"[A-Z][A-Z'’.\-]{2,}(?:[ /][A-Z][A-Z'’.\-]+)*(?:,| \(| --?\s| [—–])")
# What a line that ends a sentence (or a quotation, or a list item) ends with.
_ENDS_SENTENCE = re.compile(r"[.!?:;\"”’')\]]\s*$")


def _soft_breaks(text: str) -> list[int]:
    """Offsets of the line breaks inside a paragraph."""
    found = [m.start() for m in _LOWER_AFTER.finditer(text)
             if m.start() and text[m.start() - 1] not in _NOT_BEFORE_LOWER]
    if text.count("\n", 0, 2 * WRAPPED_WIDTH + 2) < 2:
        return found  # a wrapped text has two breaks within its first two full lines
    lines = text.split("\n")
    width = max(map(len, lines))
    # Wrapped when full lines stop inside a sentence: short paragraphs each on a line of
    # their own (a diary, a list, a log) end theirs with its full stop.
    if width > WRAPPED_WIDTH or sum(
            len(line) > FULL_LINE and not _ENDS_SENTENCE.search(line) for line in lines) < 2:
        return found
    at = -1
    for line, after in pairwise(lines):
        at += 1 + len(line)
        # A break is the wrap's when the next line's first word would not have fitted
        # on this one; a paragraph's last line leaves room for it.
        first = after.split(" ", 1)[0]
        if first and len(line) > FULL_LINE and len(line) + 1 + len(first) > width \
                and not line.endswith("-") and not _DATELINE_START.match(after):
            found.append(at)
    return sorted(set(found))


def settle(text: str) -> Rejoined | None:
    """The text with its copied spacing read as plain spaces, or None when it has none."""
    edits: list[tuple[int, int]] = []  # (start, end): a space at start, the rest dropped
    if "\u00a0" in text or "  " in text or "\t" in text or "\u2009" in text \
            or "\u202f" in text:
        edits.extend((m.start(), m.end()) for m in _ODD_SPACE.finditer(text))
    if "\n" in text:
        edits.extend((at, at + 1) for at in _soft_breaks(text))
    if not edits:
        return None
    edits.sort()
    parts: list[str] = []
    origin: list[int] = []
    pos = 0
    for a, b in edits:
        parts.append(text[pos:a])
        parts.append(" ")
        origin.extend(range(pos, a + 1))
        pos = b
    parts.append(text[pos:])
    origin.extend(range(pos, len(text) + 1))
    return Rejoined("".join(parts), origin)


def prepare(text: str) -> Rejoined | None:
    """``rejoin`` (broken words, pseudonym asides), then ``settle`` on what it gives."""
    joined = rejoin(text)
    first = joined.text if joined else text
    settled = settle(first)
    if settled is None:
        return joined
    if joined is None:
        return settled
    return Rejoined(settled.text, [joined.origin[i] for i in settled.origin])
