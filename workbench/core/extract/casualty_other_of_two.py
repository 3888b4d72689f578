"""The other of a pair split by "one" (round en160).

A report that splits two people by their fates tells the second by "the other" with no
noun: "They took two drivers into the forest. One of the two was found dead days later;
the other is still missing", "one died and the other was wounded". "the other" is one
person here, as "another" is: on the copy of the text that ``casualty_state`` reads it is
written "another", so the rules that read "another is still missing" decide the outcome.
Only where "one" opens the split in the same sentence or the one before, and a fate
follows "the other" at once ("is still missing", "was wounded", "died"): "the other side",
"the other three" and "the other, a mechanic, is missing" are left to the rules that read
them, and "the other was treated for cuts" (one of the hurt already counted) or "the other
has not been seen since" (after a detention, a holding that goes on) tell no fate; nor
does the other of two where the one was freed ("One was released after four days; the
other has not been seen since").
"""

from __future__ import annotations

import re
from functools import cache

from .lang import en as EN
from .lang.build import alt

Edit = tuple[int, int, str]

# how far before "the other" its "one" may stand (about the sentence and the one before)
_WINDOW = 220


@cache
def _other() -> re.Pattern[str]:
    return re.compile(
        r"\b(?P<o>the\s+other)(?=\s+(?:one\s+)?(?:died\b|"
        rf"(?:{alt(EN.OTHER_OF_TWO_COPULAS)})\s+(?:(?:still|later|also|now)\s+)?"
        rf"(?:{alt(EN.OTHER_OF_TWO_FATES)})\b))", re.IGNORECASE)


# "One of the two", "one died", "One was freed": "one" as a word of its own, then what no
# count noun follows ("one more" and "one day" are no split; the verb or "of" is asked for)
_ONE = re.compile(r"\bone\s+(?:of\b|(?:was|is|had|has|died|survived|remains)\b)",
                  re.IGNORECASE)
_STOPS = re.compile(r"[.!?]\s")
# "One was released after four days; the other has not been seen since": after one of two
# held is freed, the other's absence is the holding that goes on, no fate of its own
_FREED = re.compile(rf"\b(?:{alt(EN.TAKEN_RELATIVE_RELEASES)})\b", re.IGNORECASE)


def other_of_two_edits(text: str, low: str) -> list[Edit]:
    """(start, end, "another") for each "the other" of a pair split by "one" in ``text``
    (``low``: its lower case, for the gate)."""
    if "the other " not in low:
        return []
    edits: list[Edit] = []
    for m in _other().finditer(text):
        lo = max(0, m.start() - _WINDOW)
        stops = [s.end() for s in _STOPS.finditer(text, lo, m.start())]
        if len(stops) > 1:
            lo = stops[-2]  # no further back than the sentence before
        one = _ONE.search(text, lo, m.start())
        if one and not _FREED.search(text, one.end(), m.start()):
            edits.append((m.start("o"), m.end("o"), "another"))
    return edits
