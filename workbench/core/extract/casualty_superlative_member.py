"""The youngest or the oldest of a toll told after it (round en213).

A toll is often closed by its youngest or oldest member in apposition: "Gunmen shot dead
three people in Tarvo, the youngest a boy of 13", "Eleven people were wounded, the
youngest a girl of six", "Five miners died in the collapse, the oldest a man of 60", "...,
the youngest of whom was a 14-year-old boy". The member is one of the toll, with its
outcome, as "among them a boy" is.

The toll's figure, up to 80 characters of its sentence with no figure, then ", the" and a
superlative of age (``EN.AGE_SUPERLATIVES``), perhaps "of them" or "of whom was", "a" or
"an", up to three words ending in a person word, make a figure of one. Unread: no article
or no person ("the youngest victims of the war", "the youngest aged 13", "the oldest a
church built in 1800"), a toll of one, a superlative with no toll before it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from functools import cache

from .figure_spans import FigureSpans, new_figure
from .lang import en as EN
from .lang.build import alt
from .wake_words import cue_set, wakes

# How far after the toll's figure the superlative may stand ("in Tarvo on Sunday").
_REACH = 80


@cache
def _member() -> re.Pattern[str]:
    return re.compile(
        rf",\s+the\s+(?:{alt(EN.AGE_SUPERLATIVES)})(?:\s+of\s+(?:them|whom)(?:\s+(?:was|is))?)?"
        r"\s+(?P<person>(?:an?)\s+(?P<words>(?:[\w\-]+\s+){0,2}?[a-z][a-z\-]*)"
        r"(?:\s+(?:of|aged)\s+\w+)?)(?=\s*[,.;:!?)\"”]|\s*$|\s+(?:and|who|from|in)\b)")


# (speed round 15) the test below holds each superlative between spaces, a whole word
_WAKE = cue_set(EN.AGE_SUPERLATIVES)


def superlative_members(text: str, out: list[dict[str, object]], low: str,
                        people: Callable[[list[str]], bool]) -> None:
    """Append to ``out`` the youngest or oldest member told after a toll."""
    if not wakes(text, _WAKE):
        return  # (speed round 15: "the youngest " holds "youngest" whole, the test below)
    if not any(f"the {w} " in low for w in EN.AGE_SUPERLATIVES):
        return
    found: list[dict[str, object]] = []
    starts = sorted(int(str(f["start"])) for f in out)
    # (review 46) the next figure's start by bisection and the spans read by FigureSpans: a
    # long report of such tolls looked through every figure at each (96 KB: 31 times 12 KB)
    spans: FigureSpans | None = None
    for f in list(out):
        end = int(str(f["end"]))
        if int(str(f["count_low"])) < 2:
            continue
        at = bisect_left(starts, end)
        stop = starts[at] if at < len(starts) else len(text)
        window = text[end:min(end + _REACH, stop)]
        cut = min((i for i in (window.find(". "), window.find("\n")) if i >= 0),
                  default=len(window))
        m = _member().search(text, end, end + cut + 1)
        if m is None or "," in text[end:m.start()] or ";" in text[end:m.start()]:
            continue  # another clause between the toll and its member
        if not people(m.group("words").split()):
            continue
        start, stop_at = m.start("person"), m.end("person")
        if spans is None:
            spans = FigureSpans(out)
        spans.take(found, new_figure(text, start, stop_at, str(f["outcome"]), 1, None, "exact",
                                " ".join(w for w in m.group("words").lower().split()
                                         if not any(c.isdigit() for c in w))))
    out.extend(found)
