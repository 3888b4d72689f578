"""A part of the missing found to be held (round en212).

After a war or a crackdown a register of the missing is worked through and parts of it are
found: "23 residents went missing during the occupation. Eight of them later turned out to
be prisoners in Russia", "Forty fishermen went missing. Twelve of them were later found to
be held by the coastguard", "Thirty men disappeared in March. Six of them turned out to be
in police custody". A part "N of them" (or "of those", "of whom") whose verb is a truth
found out (``EN.FOUND_HELD_VERBS``) and whose state is a capture (``EN.FOUND_HELD_CAPTIVE``:
captured) or an arrest (``EN.FOUND_HELD_ARRESTED``: arrested) is a figure, when a figure of
the missing no smaller than it stands just before (its sentence or the one before, one
paragraph). Unread: no missing before ("Eight of them turned out to be prisoners" after a
count of students who won prizes), a state that is no holding ("turned out to be
students"), a part larger than its whole.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cache

from .figure_spans import FigureSpans, new_figure
from .lang import en as EN
from .lang.build import alt
from .numbers import COUNT_RE, parse_count


@cache
def _found_held() -> re.Pattern[str]:
    return re.compile(
        r"\s+of\s+(?:them|those|whom)\s+(?:(?:later|eventually|since|subsequently)\s+)?"
        rf"(?:{alt(EN.FOUND_HELD_VERBS)})\s+"
        rf"(?:(?P<cap>{alt(EN.FOUND_HELD_CAPTIVE)})|(?P<arr>{alt(EN.FOUND_HELD_ARRESTED)}))\b",
        re.IGNORECASE)


_GATE = ("turned out", "turn out", "found to be", "proved to be", "taken as", "emerged as",
         "identified as")
_SENTENCE_ENDS = re.compile(r"[.!?][\"”’]?\s")


class _Breaks:
    """The text's line breaks and sentence ends, found once and looked up by bisection
    (review 45: a text with no full stop was read back to its whole at each part)."""

    def __init__(self, text: str) -> None:
        self._lines = [m.start() for m in re.finditer("\n", text)]
        ends = list(_SENTENCE_ENDS.finditer(text))
        self._starts = [m.start() for m in ends]
        self._ends = [m.end() for m in ends]

    def line_between(self, lo: int, hi: int) -> bool:
        i = bisect_left(self._lines, lo)
        return i < len(self._lines) and self._lines[i] < hi

    def sentence_ends_between(self, lo: int, hi: int) -> int:
        """How many sentence ends stand whole from ``lo`` to ``hi`` (a match of the
        pattern is one mark, a quote perhaps, and a space: never two overlapping)."""
        return max(0, bisect_right(self._ends, hi) - bisect_left(self._starts, lo))


def missing_found_held(text: str, out: list[dict[str, object]], low: str) -> None:
    """Append to ``out`` each part of the missing found to be held."""
    if not any(f["outcome"] == "missing" for f in out) or not any(g in low for g in _GATE):
        return
    found: list[dict[str, object]] = []
    # (review 45) the figures by their end, and by span, looked up by bisection: a long
    # register of such parts read every figure, and the text back to the whole, at each
    ends = sorted((int(str(f["end"])), i) for i, f in enumerate(out))
    spans = FigureSpans(out)
    breaks: _Breaks | None = None
    for at in (m.start() for m in re.finditer(r"\s+of\s+(?:them|those|whom)\s", low)):
        m = _found_held().match(text, at)
        if m is None:
            continue
        count = None
        for c in COUNT_RE.finditer(text, max(0, at - 30), at):
            if c.end() == at:
                count = c
        if count is None or (parsed := parse_count(count)) is None:
            continue
        # the figure ending last by the count (the first added of those ending there)
        j = bisect_right(ends, (count.start(), len(out))) - 1
        if j < 0:
            continue
        whole = out[ends[bisect_left(ends, (ends[j][0], -1))][1]]
        w_end = int(str(whole["end"]))
        if whole["outcome"] != "missing":
            continue
        breaks = breaks or _Breaks(text)
        if breaks.line_between(w_end, count.start()) or (
                breaks.sentence_ends_between(w_end, count.start()) > 1):
            continue
        low_count, high, qualifier = parsed
        if low_count > int(str(whole["count_low"])):
            continue
        start, end = count.start(), m.end()
        if spans.overlaps(start, end):
            continue
        outcome = "captured" if m.group("cap") else "arrested"
        found.append(new_figure(text, start, end, outcome, low_count, high, qualifier))
    out.extend(found)
