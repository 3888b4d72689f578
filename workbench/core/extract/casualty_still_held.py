"""People counted by their noun and held still, the participle after them (round en102).

"five still held" and "The five still held are believed to be ..." (en-8) are read as
captives, or detainees where no hostage is told of: a bare count while the holding goes on.
The same participle after a noun is the same reading: "the Office had asked the Government
for access to the two men still held" (en-53), after "nine people were detained, two of
whom remain in custody". "still" is asked for: "57 people held in connection with the
conflict" or "the funerals of the three men were held" are other uses of "held"; and after
"held" the clause must end or a place, a time or a copula follow, as for the bare count
("the two sides still held talks" has an object).
"""

from __future__ import annotations

import re

_STILL_HELD = re.compile(
    r"\s+still\s+(?:being\s+)?held(?!\s+on\s+to\b)(?=\s*(?:$|[,;:.!?)])|\s+(?:in|at|by"
    r"|without|since|for|somewhere|near|on|are|were|is|was|captive|hostage|after|and)\b)",
    re.IGNORECASE)


def still_held_people(s: str, gend: int, toks: list[str], person_like: bool) -> int | None:
    """End of "still held" after the people counted (their group ends at ``gend``), when
    ``toks`` names people (``person_like``); None otherwise."""
    if not toks or not person_like or toks[-1].lower() == "still":
        return None
    m = _STILL_HELD.match(s, gend)
    return m.end() if m else None
