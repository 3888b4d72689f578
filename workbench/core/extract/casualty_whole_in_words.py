"""The whole of a part, its count in words, with its own participle (round en207).

"Two of the 3 employees abducted near the mine have been released" gives two figures: the
two (released, so captured) and the three abducted. Written in words, "Two of the three
employees abducted ...", the part's group runs on over the whole ("the three employees"),
so only the two were read, and "Two of the eleven people wounded in the blast died" lost
the eleven wounded. The whole is read here as the digits are read: where a figure's group
opens with "the" and a count in words after "<count> of", and an outcome's participle
follows its noun at once ("abducted", "wounded", "arrested"), the whole is a figure of
that outcome ("the three employees abducted": captured 3). A whole with no participle of
its own ("Two of the three employees were released") gives nothing, as with digits.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cache

from .figure_spans import new_figure
from .lang import en as EN
from .lang.build import alt
from .numbers import word_value

Figure = dict[str, object]

# A part's count and "of the" before its whole (the figure's words open so)
_PART_OF = re.compile(r"(?:\S+\s+){1,3}?of\s+the\s+", re.IGNORECASE)


@cache
def _participle() -> re.Pattern[str]:
    # one word of an outcome's participles (no "dead": "the three men dead" is no shape
    # of news), perhaps after "later", "since"
    words = {w.lower(): o for o, ws in EN.OUTCOME_PARTICIPLES.items() for w in ws
             if " " not in w and w.lower().endswith("ed") and w.lower() != "died"}
    return re.compile(rf"\s+(?P<p>{alt(sorted(words))})\b", re.IGNORECASE)


@cache
def _participle_outcome() -> dict[str, str]:
    return {w.lower(): o for o, ws in EN.OUTCOME_PARTICIPLES.items() for w in ws
            if " " not in w}


class _ByStart:
    """The figures sorted by where they start, to find those over a position without a
    pass over all of them per whole (a long document's cost grew as its figures'
    square)."""

    def __init__(self, found: list[Figure]) -> None:
        spans = sorted((int(str(g["start"])), int(str(g["end"])), i) for i, g in enumerate(found))
        self.found = found
        self.starts = [a for a, _, _ in spans]
        self.spans = spans
        self.longest = max((b - a for a, b, _ in spans), default=0)

    def covered(self, at: int, value: int, f: Figure) -> bool:
        """Does a figure other than ``f``, of ``value`` people, run over ``at``?"""
        k = bisect_right(self.starts, at)
        lo = bisect_left(self.starts, at - self.longest)
        return any(at < b and self.found[i] is not f and self.found[i]["count_low"] == value
                   for _, b, i in self.spans[lo:k])


def wholes_in_words(text: str, found: list[Figure]) -> list[Figure]:
    """``found`` with the whole of each part counted in words added, where its own
    participle follows its noun."""
    added: list[Figure] = []
    by_start: _ByStart | None = None
    for f in found:
        group = f.get("group")
        if not isinstance(group, str) or not group.lower().startswith("the "):
            continue
        words = group.split()
        if len(words) < 3:
            continue
        value = word_value(words[1]) if words[1].isalpha() else None
        if value is None or value <= int(str(f["count_low"])):
            continue
        start, ftext = int(str(f["start"])), str(f["text"])
        part = _PART_OF.match(ftext)
        if part is None or not ftext.startswith(group, part.end() - len("the ")):
            continue
        at = start + part.end() - len("the ")
        gend = at + len(group)
        m = _participle().match(text, gend)
        if m is None:
            continue
        outcome = _participle_outcome()[m.group("p").lower()]
        if by_start is None:
            by_start = _ByStart(found)
        if by_start.covered(at, value, f):
            continue
        added.append(new_figure(text, at, m.end(), outcome, value,
                                group=" ".join(words[2:])))
    if not added:
        return found
    return sorted([*found, *added], key=lambda g: (int(str(g["start"])), int(str(g["end"]))))
