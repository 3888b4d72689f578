"""A bare count "treated" in a headline or a list line (round en112).

A headline and a live blog's list of what is known drop the auxiliary and the noun: "Blast
rips through Gothenburg stairwell, five treated" and "- 27 detained, nine treated in
hospital" (en-60) are "five people were treated". The passive with its noun was read when a
cause of violence followed ("31 people treated after night of unrest", en-59); a bare count
closing the line, or with "in hospital" after it, is read the same way when the document
tells of violence, as the hospital's tally of round en105 is ("37 detained, 19 treated in
hospital", en-58). A full sentence ("Five were treated.") closes with a stop and is left to
the rules of the body, which ask for a harm.
"""

from __future__ import annotations

import re
from functools import cache

from .casualty_care_given import _violence

_STOPS = (".", "!", "?", ".\"", ".”", "!\"", "?\"")


@cache
def _bare_treated() -> re.Pattern[str]:
    return re.compile(r"\s+treated(?:\s+(?:in|at)\s+(?:a\s+|the\s+)?hospitals?)?"
                      r"(?=\s*(?:$|,|;|\n))", re.IGNORECASE)


def care_line(s: str, gend: int, low: str) -> int | None:
    """The end of a bare "treated" after a count at ``gend`` in a line with no closing stop
    (sentence ``s``; ``low`` the document lowered), else None."""
    if s.rstrip().endswith(_STOPS) or "\n" in s.strip():
        return None
    m = _bare_treated().match(s, gend)
    return m.end() if m and _violence().search(low) else None
