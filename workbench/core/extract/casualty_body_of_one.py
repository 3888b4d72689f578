"""The body of one person, counted by the article (round en101).

"Bulgarian border police found the body of a young man and nine injured migrants" (en-52)
names one of the dead by what was found of him, as "the bodies of two young men" names two
and "The remains of one of the victims have never been found" (en-26) one: the plural and
the partitive were read, the one person after "the body of a" was not, because the
singular "body" is also a group of people ("a body of experts", "the governing body of a
union"). The reading here asks what only the dead allow: "the" before "body", and after
"of" one person with an article or "one", never a count ("a body of 12 judges").
"""

from __future__ import annotations

import re

from .lang import en as EN
from .lang.build import alt

_BODY_OF = re.compile(rf"\bthe\s+(?:{alt(EN.DEAD_ONE_NOUNS)})\s+of\s+$", re.IGNORECASE)


def body_of_one(s: str, cstart: int, low_n: int) -> int | None:
    """Start of "the body of" when the one person counted at ``cstart`` is the one whose
    body was found; None otherwise."""
    if low_n != 1:
        return None
    m = _BODY_OF.search(s, max(0, cstart - 24), cstart)
    return m.start() if m else None
