"""A sentence that opens inside someone's quoted words (round en105).

The pronoun rules look back for the subject of an earlier sentence; a quote of two
sentences splits into two, and the second opens on the speaker's own subject: 'Minister
Claire Hoarau ... said: "Nothing justifies young people killing each other. The State will
not abandon the people of Koungou." She added that ...' (en-56) gave "She" to "The State".
Such a subject is what the speaker talks of, no one the writer names: a sentence whose
start lies after an opening quote mark not yet closed in its paragraph is passed over.
"""

from __future__ import annotations

import re
from bisect import bisect_left

_OPENING = "“"
_CLOSING = "”"
# Past this many characters of paragraph before ``at`` the marks are counted from an index
# of the text's marks (made once per text), not by reading the paragraph again: a long page
# of quotes with no line breaks is one paragraph, and reading it from its start for each
# sentence made the pronoun passes grow with the square of the text.
_INDEXED_FROM = 4096
_MARKS = re.compile("[\n\"“”]")


class _Marks:
    """Where the text's line breaks and double quote marks stand, each sorted."""

    __slots__ = ("closing", "lines", "opening", "straight", "text")

    def __init__(self, text: str) -> None:
        self.text = text  # (held, so that the identity test below is sound)
        self.lines: list[int] = []
        self.straight: list[int] = []
        self.opening: list[int] = []
        self.closing: list[int] = []
        where = {"\n": self.lines, '"': self.straight, _OPENING: self.opening,
                 _CLOSING: self.closing}
        for m in _MARKS.finditer(text):
            where[m.group()].append(m.start())


_last: _Marks | None = None


def _marks(text: str) -> _Marks:
    global _last
    last = _last
    if last is None or last.text is not text:
        last = _last = _Marks(text)
    return last


def _last_in(positions: list[int], lo: int, hi: int) -> int:
    """The last of ``positions`` in [lo, hi), -1 when none: ``str.rfind``'s answer."""
    k = bisect_left(positions, hi)
    return positions[k - 1] if k and positions[k - 1] >= lo else -1


def inside_open_quote(text: str, at: int) -> bool:
    """Does ``at`` lie inside a quotation opened earlier in its paragraph and not closed
    before it? Straight marks count by parity; curly ones by which of the two came last."""
    para = text.rfind("\n", 0, at) + 1
    if at - para <= _INDEXED_FROM:
        span = text[para:at]
        if span.count('"') % 2 == 1:
            return True
        return span.rfind(_OPENING) > span.rfind(_CLOSING)
    # the same two tests, on the index: the count of straight marks in [para, at), and
    # the last opening against the last closing mark there (both -1 when absent)
    marks = _marks(text)
    if (bisect_left(marks.straight, at) - bisect_left(marks.straight, para)) % 2 == 1:
        return True
    return _last_in(marks.opening, para, at) > _last_in(marks.closing, para, at)
