"""A tally after a colon told by a bare participle of care (round en220).

A source's count set off by a colon drops the auxiliary as a headline does: "The ambulance
service has given its count: 14 people taken to hospital, two of them with shrapnel wounds"
and "the hospital's tally so far: nine hospitalised" are the wounded, as "14 people were
taken to hospital" is. Read only right after the colon (a qualifier may open the count),
with no article before the count ("the 14 people taken to hospital" is a reduced relative
that the rules of the body read or leave), and only when the document tells of violence
(a hospital's count after a heatwave is no toll).
"""

from __future__ import annotations

import re
from functools import cache

from .casualty_care_given import _violence
from .lang import en as EN
from .lang.build import alt


@cache
def _care() -> re.Pattern[str]:
    return re.compile(
        rf"\s+(?:(?:{alt(EN.COLON_CARE_MOVES)})\s+to\s+(?:a\s+|the\s+)?"
        rf"(?:[\w'’\-]+\s+)?(?:{alt(EN.CARE_PLACES)})\b"
        rf"|(?:{alt(EN.COLON_CARE_STATES)})\b)"
        # the place closes the phrase ("taken to the hospital board meeting" is a visit)
        r"(?=\s*(?:$|[,.;:!?)\n]|(?:in|at|on|with|for|after|and|by|from|near|while)\b))",
        re.IGNORECASE)


# (review 47) How far before the tally's sentence its violence may be told: the sentence
# or two before it ("Shelling hit the market. The hospital gave its figures: ..."). A
# document that tells of violence anywhere ("Stadium crush: 30 people taken to hospital
# ... Separately, gunmen robbed a shop") gives a crush's or a heatwave's tally no harm.
_VIOLENCE_REACH = 300


def colon_care(s: str, cstart: int, gend: int, low: str, base: int) -> int | None:
    """The end of the care phrase after the count at ``cstart`` (its people ending at
    ``gend``) when the count opens a tally after a colon, else None; ``low`` is the
    document lowered and ``base`` where sentence ``s`` starts in it."""
    if not s[:cstart].rstrip(" ").endswith(":"):
        return None
    m = _care().match(s, gend)
    return m.end() if m and _violence().search(
        low, max(0, base - _VIOLENCE_REACH), base + len(s)) else None
