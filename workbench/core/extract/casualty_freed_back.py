"""Captives of the sentence before, some of them freed (round en113).

"the abduction of 12 passengers ...; nine were released after their families paid" (en-5)
is read: a bare count with a verb of release points back to the captives just counted.
A live blog's list or a wire's next sentence says the same across a stop: "A gunman held
six people ... • Three were released during the day" (en-62). A count with no noun of its
own that opens its sentence ("Three", "The last three", "The other two") has the people
it counts in the sentence before; when that sentence's last figure is of captives and the
verb frees them, the count is a part of those captives, as a released part keeps its
outcome by the sets' rules. A count with a noun ("Three workers were released") or one
inside its sentence is left to the readings that look for a figure in the same sentence.
"""

from __future__ import annotations

import re

from .lang import en as EN
from .lang.build import alt

_OPENS_SENTENCE = re.compile(
    rf"[\s•*\-–—]*(?:the\s+(?:{alt(EN.FREED_BACK_DETERMINERS)})\s+)?", re.IGNORECASE)


def opens_after(s: str, cstart: int, last: dict[str, object] | None, base: int,
                before: int, outcome: str) -> bool:
    """Does a bare count open sentence ``s`` (at ``base``; the sentence before starts at
    ``before``) right after ``last``, the document's last figure, of ``outcome`` in the
    sentence before (round en194: "The hospital admitted 14 people with wounds. Two are
    being flown to Nairobi")?"""
    return last is not None and last["outcome"] == outcome and before >= 0 and (
        before <= int(last["start"]) < base) and _OPENS_SENTENCE.fullmatch(
            s, 0, cstart) is not None


def freed_from_before(s: str, cstart: int, cend: int, last: dict[str, object] | None,
                      base: int, before: int, freed: re.Pattern[str]) -> int | None:
    """The end of the verb of release after a bare count opening sentence ``s`` (at
    ``base`` in the document; the sentence before starts at ``before``) when ``last``, the
    document's last figure, counts captives in the sentence before; ``freed`` matches the
    verb. Else None."""
    if last is None or last["outcome"] != "captured" or before < 0:
        return None
    if not before <= int(last["start"]) < base:
        return None
    if not _OPENS_SENTENCE.fullmatch(s, 0, cstart):
        return None
    m = freed.match(s, cend)
    return m.end() if m else None
