"""A part of those who fled, told by where it went (round en212).

A relief agency counts the people a flight moved and then where a part of them got to:
"About 2,900 of those who fled reached Pemba by Thursday", "Hundreds of those who fled the
clashes crossed into Chad", "Some 600 of those who were displaced are now staying with host
families". The whole is named only by its flight, the part by a verb of going or staying,
and no rule read the part (the sentence rules read "of those who had fled" through the
pluperfect, and a part of a counted whole). The count, "of those who" and a flight
(``EN.FLED_PART_WHOLES``), perhaps what was fled (up to four words, never a jail or the
scene of a crime: ``EN.FLED_PART_NOT_FLED``), then a verb of going or staying
(``EN.FLED_PART_ARRIVALS``, or an auxiliary and ``EN.FLED_PART_STAYING``) make a displaced
figure. Unread: a part killed, arrested or caught ("Two of those who fled were killed by a
mine", "Three of those who fled the scene were arrested"), a part that returned.
"""

from __future__ import annotations

import re
from functools import cache

from .figure_spans import new_figure
from .lang import en as EN
from .lang.build import alt
from .numbers import COUNT_RE, parse_count

# How far back from "of those who" the count may start ("about 2,900", "tens of thousands").
_COUNT_REACH = 40


@cache
def _fled_part() -> re.Pattern[str]:
    word = r"[a-z][\w'’\-]*"
    return re.compile(
        rf"\s+of\s+those\s+who\s+(?:{alt(EN.FLED_PART_WHOLES)})\b"
        rf"(?P<what>(?:\s+(?:from|into|to)?\s*(?:{word})){{0,4}}?)(?P<verb>)"
        rf"(?:\s+(?:{alt(EN.FLED_PART_AUXILIARIES)}))?"
        rf"\s+(?:{alt(EN.FLED_PART_ARRIVALS)}|{alt(EN.FLED_PART_STAYING)})\b", re.IGNORECASE)


_NOT_FLED = frozenset(EN.FLED_PART_NOT_FLED)
# (review 45: and a modal, "500 of those who fled the clashes could reach Chad if ...": a
# flight not made)
_AUX_OR_VERB = frozenset((*EN.FLED_PART_ARRIVALS, *EN.FLED_PART_STAYING, *EN.PROSPECTIVE_MODALS,
                          "have", "had", "are",
                          "were", "was", "is", "been", "and", "who", "which", "that"))


def fled_parts(text: str, out: list[dict[str, object]], low: str) -> None:
    """Append to ``out`` each part of those who fled that a verb of going or staying
    follows."""
    if "of those who " not in low:
        return
    found: list[dict[str, object]] = []
    at = low.find("of those who ")
    while at >= 0:
        m = _fled_part().match(text, at - 1) if at > 0 else None
        at = low.find("of those who ", at + 1)
        if m is None:
            continue
        what = m.group("what").lower().split()
        if any(w in _NOT_FLED for w in what) or any(w in _AUX_OR_VERB for w in what):
            continue  # the doers who fled a crime's scene, or a clause of its own
        count = None
        for c in COUNT_RE.finditer(text, max(0, m.start() - _COUNT_REACH), m.start()):
            if c.end() == m.start():
                count = c
        if count is None or (parsed := parse_count(count)) is None:
            continue
        # the span is the part and its whole, as "Some 400 of those who had fled" is read
        start, end = count.start(), m.end("verb")
        if any(int(str(f["start"])) < m.end() and start < int(str(f["end"])) for f in out):
            continue  # read already ("Some 400 of those who had fled")
        low_count, high, qualifier = parsed
        found.append(new_figure(text, start, end, "displaced", low_count, high, qualifier))
    out.extend(found)
