"""The shared passes and the date engine keep their results while their steps change for
cost (issue 11, the speed round of the shared passes).

Each test compares the shape now used with the plain statement of what it must find, on
generated text built from the words that matter to it (anchor words, date openers, count
phrases, digits, whitespace of several kinds, letters that case-blind matching folds).
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.core.extract import dates as D
from workbench.core.extract import triggers as T

# The old layout of the scan: the words' tree, then the date openers and the count
# phrases as branches of their own, then digit runs.
_PLAIN_SCAN = re.compile(
    rf"\W(?:{'|'.join(T._REST_BRANCHES)}|(?:last|next|this)"
    rf"(?=\s+(?:{D._MON_LOW}|mon|tue|wed|thu|fri|sat|sun|{D._UNIT_LOW}))"
    rf"|(?:early|late|mid|end(?=\s+of)){D._PART_AHEAD}|{D.WORD_OPENER_BRANCHES[-1]}"
    rf"|{T._PHRASE_BRANCHES}|[0-9]\d*)")

_PIECES = ["the", "The", "past", "last", "next", "this", "end", "of", "early", "late",
           "mid", "week", "weeks", "month", "year", "years", "three", "march", "mar",
           "jan", "2014", "1999", "7", "at", "least", "more", "than", "in", "excess",
           "killed", "kill", "said", "says", "wounded", "a", "dozen", "half", "up", "to",
           "monday", "mon", "killers", "frog-marched", "between", "two", "ſ", "K", "é",
           "x12", "kill_ed", "previous", "beginning", "start"]
_SEPS = [" ", "  ", "\n", "\t", "-", ", ", ". ", "\u00a0", "\x1c", "(", "'"]
_TEXT = st.lists(st.tuples(st.sampled_from(_PIECES), st.sampled_from(_SEPS)),
                 max_size=24).map(lambda parts: "".join(w + s for w, s in parts))


def _hits(rx: re.Pattern[str], low: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group()[1:]) for m in rx.finditer(" " + low)]


@settings(max_examples=600, deadline=None)
@given(_TEXT)
def test_the_scan_by_first_letter_finds_what_the_plain_layout_finds(text: str) -> None:
    low = text.lower()
    plain = _hits(_PLAIN_SCAN, low)
    assert _hits(T.anchor_scan(), low) == plain
    if low.isascii():
        assert _hits(T._ANCHOR_SCAN_ASCII, low) == plain


def test_the_openers_as_branches_are_the_openers_as_written() -> None:
    grouped = re.compile(
        rf"(?:last|next|this)(?=\s+(?:{D._MON_LOW}|mon|tue|wed|thu|fri|sat|sun|{D._UNIT_LOW}))"
        rf"|(?:early|late|mid|end(?=\s+of)){D._PART_AHEAD}|{D.WORD_OPENER_BRANCHES[-1]}")
    branches = re.compile(D.WORD_OPENERS_AHEAD)
    text = ("last week next mon this sat early march late 2014 mid-jan end of 1999 end march "
            "the past week the last three years the end of march the start of 2014 the man")
    for pos in range(len(text)):
        a, b = grouped.match(text, pos), branches.match(text, pos)
        assert (a and a.span()) == (b and b.span()), pos


def test_the_ascii_scan_is_only_for_ascii_documents() -> None:
    # Unicode \s holds \x1c; a scan compiled with re.ASCII would not read it as a space
    assert T.triggers("On the\x1cpast week, 12 were killed.")[T.DATE] == (3,)
    assert T.triggers("Le café: the past week, 12 were killed.")[T.DATE] == (9,)
