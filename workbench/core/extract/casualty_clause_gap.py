"""A gap before the verb that crosses into another reported clause (round en112).

"Italian police said on Monday that they had identified nine people from security camera
footage and that four men had been arrested" (en-61) was read as nine arrested: the
victims' postmodifier ("from ...") may run up to fifty characters before its verb, and here
it ran over "and that" into the next reported clause, whose own subject (four men) the verb
belongs to. "and that" opens a second clause after a verb of saying; no description of the
people counted holds it, so the stretch ends the gap.
"""

from __future__ import annotations

import re

_CLAUSE_OPENING = re.compile(r"(?:,|\band)\s+that\s", re.IGNORECASE)


def gap_opens_clause(s: str, start: int, end: int) -> bool:
    """True when the stretch s[start:end] between the people and a verb holds "and that"
    or ", that": the verb after it is another clause's."""
    return bool(_CLAUSE_OPENING.search(s, start, end))
