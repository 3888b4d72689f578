"""People held at a place of detention, told by the bare participle (round en110).

"163 Haitian nationals held at the Turks and Caicos Islands detention centre" (en-59) is the
reduced relative of "who are held at": the place says a detention, as "were held in police
cells" is read (round 49, ``through_detention``). The place's name may run to five words
before its kind ("the Turks and Caicos Islands detention centre"); the kinds are the
detention places of ``lang/en.py`` only, so a camp or a hospital ("12 men held at a camp",
en-21, "patients held at the clinic") is left.

A count "of those held" takes the outcome of the last people held before it in the story
("41 of those held were children", en-59), as "three of those held were herders" (en-6)
takes the arrests just before it; other figures told in between (a death, the missing) do
not end the holding the phrase points back to.
"""

from __future__ import annotations

import re
from functools import cache

from .lang import en as EN
from .lang.build import alt


@cache
def _held_at() -> re.Pattern[str]:
    return re.compile(
        r"\s+(?:being\s+)?(?:held|kept)\s+(?:at|in|inside)\s+(?:(?:the|a|an)\s+)?"
        r"(?:[\w'’\-]+\s+){0,5}?"
        rf"(?:{alt(EN.DETENTION_PLACES)})\b", re.IGNORECASE)


def held_at_detention(s: str, gend: int) -> int | None:
    """The end of a bare "held at" a place of detention right after the people counted up
    to ``gend``, else None."""
    held = _held_at().match(s, gend)
    return held.end() if held else None


def last_holding(out: list[dict[str, object]], before: int) -> str | None:
    """The outcome ("arrested" or "captured") of the last figure of people held that ends
    by ``before``, else None."""
    for item in reversed(out):
        if int(str(item["end"])) <= before and item["outcome"] in ("arrested", "captured"):
            return str(item["outcome"])
    return None
