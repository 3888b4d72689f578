"""A count read past the words that add it to an earlier one or sum it (round en126).

News writes the same figure "killing 11 policemen", "killing a total of 11 policemen",
"treated 19 people" and "treated a further 19 people". The readings after an active verb
look for the count right after it, so the opener hid the figure from every one of them.
Here each opener before a count ("a total of", "a further", "an additional", "an extra",
"another") is taken out of the text once, the casualty rules read it as if it were not
there, and each figure's offsets are carried back; one the text as written gives too keeps
its span there. A figure of the text as written that no masked figure overlaps is kept as
well, since some readings need the opener ("Activists cited a total of 61" is a rival
toll). An opener after a word of planning or
comparison stays ("expect another 20,000 displaced", "room for an additional 300"), and so
does one that opens a sentence: the readings there count it already.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from itertools import accumulate

from .casualty_neutral_gap import Back, Figure, cut_out, keep_as_written
from .lang import en as EN
from .lang.build import alt
from .numbers import UNITS

_NUMBER_START = rf"(?:\d|(?:{alt([*UNITS, *EN.TENS])})\b)"
# A count opening an active verb's object, however it is qualified: "A suicide bomber
# killed some five policemen" has the bomber as its killer, as "killed at least five"
# did (casualties._OBJECT_AFTER).
QUALIFIED_OBJECT = (rf"(?:{alt(EN.QUALIFIERS)})\s+(?:\d+|(?:{alt([*UNITS, *EN.TENS])})\b"
                    r"|a\s+dozen\b)")
_OPENER = re.compile(rf"\b(?:{alt(EN.COUNT_ADDING_OPENERS)})\s+(?={_NUMBER_START})",
                     re.IGNORECASE)
# What stands right before an opener that is read past: a word in lower case or a comma,
# and a space (and an opening quotation mark): not a sentence's start.
_OPENER_AFTER = re.compile(r"[a-z,] [\"“]?$")
# Each opener's longest word without its first letter, in lower and upper case, to skip
# the pattern on a text that holds none (most do) at the cost of a few substring tests.
_OPENER_TAILS = tuple(sorted({t for p in EN.COUNT_ADDING_OPENERS
                              for t in (max(p.split(), key=len)[1:],
                                        max(p.split(), key=len)[1:].upper())}))
_BEFORE = re.compile(
    rf"\b(?:{alt((*EN.COUNT_ADDING_NOT_AFTER, *EN.PLANNING_FOR))}),?\s+$", re.IGNORECASE)


def mask_count_openers(text: str) -> tuple[str, Back] | None:
    """``text`` without each opener before a count, and a function from a figure's span
    in it to its span in ``text``; None when it holds none."""
    if not any(tail in text for tail in _OPENER_TAILS):
        return None
    kept = [(m.start(), m.end()) for m in _OPENER.finditer(text)
            if _OPENER_AFTER.search(text, max(0, m.start() - 3), m.start())
            and not _BEFORE.search(text, max(0, m.start() - 30), m.start())]
    if not kept:
        return None
    masked, back = cut_out(text, kept)

    def span_back(start: int, end: int) -> tuple[int, int]:
        return back(start, True), back(end, False)

    return masked, span_back


def read_past_openers(text: str, masked: tuple[str, Back], as_written: list[Figure],
                      read: Callable[[str], list[Figure]]) -> list[Figure]:
    """The figures ``read`` finds in the masked text, carried back to ``text`` (one the
    text as written gives too keeps its span there), and each figure of the text as
    written that no masked figure overlaps."""
    out: list[Figure] = []
    for f in read(masked[0]):
        f["start"], f["end"] = masked[1](int(f["start"]), int(f["end"]))  # type: ignore[call-overload]
        f["text"] = text[int(f["start"]):int(f["end"])]  # type: ignore[call-overload]
        out.append(f)
    out = keep_as_written(out, as_written)
    taken = {id(f) for f in out}
    read_spans = sorted((int(f["start"]), int(f["end"])) for f in out)  # type: ignore[call-overload]
    starts = [a for a, _ in read_spans]
    reach = list(accumulate((b for _, b in read_spans), max))  # the furthest end so far
    out += [g for g in as_written if id(g) not in taken and not _overlaps_any(g, starts, reach)]
    out.sort(key=lambda f: (int(f["start"]), int(f["end"])))  # type: ignore[call-overload]
    return out


def _overlaps_any(g: Figure, starts: list[int], reach: list[int]) -> bool:
    """Whether ``g`` overlaps a span read: one starting before it ends reaches past its
    start (a bisection, as a long text holds many figures)."""
    i = bisect_left(starts, int(g["end"]))  # type: ignore[call-overload]
    return i > 0 and reach[i - 1] > int(g["start"])  # type: ignore[call-overload]
