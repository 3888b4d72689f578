"""People gone missing after armed men stopped them (round en192).

A kidnapping is often first told by its victims' absence: "Eight passengers went missing
after gunmen stopped their bus", "Four fishermen have been missing since pirates attacked
their boat". The gold counts them as captured, as the capture is what the clause tells.
The missing are read as before; when the clause right after them names armed men (captors'
nouns, `CAPTOR_NOUNS`) doing a violent act to them ("stopped", "attacked", "ambushed"), the
outcome becomes a capture. Hikers missing in the mountains, or people missing after a flood,
name no captor and stay missing.
"""

from __future__ import annotations

import re
from functools import cache

from .lang import en as EN
from .lang.build import alt


@cache
def _after_captors() -> re.Pattern[str]:
    return re.compile(
        r"\s*,?\s+after\s+(?:the\s+|a\s+group\s+of\s+|a\s+band\s+of\s+)?"
        rf"(?:(?:{alt(EN.MISSING_TAKEN_ADJECTIVES)})\s+){{0,2}}"
        rf"(?:{alt(EN.CAPTOR_NOUNS)}|{alt(EN.CAPTOR_MEN)})\s+(?:had\s+)?"
        rf"(?:{alt(EN.MISSING_TAKEN_ACTS)})\b", re.IGNORECASE)


def missing_taken(s: str, ev_end: int) -> int | None:
    """The end of "after gunmen stopped" right after a missing figure ending at ``ev_end``,
    else None."""
    m = _after_captors().match(s, ev_end)
    return m.end() if m else None
