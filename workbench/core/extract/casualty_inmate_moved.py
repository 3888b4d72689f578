"""A prisoner told by a reduced relative, then moved: no arrest (round en225).

"A gang leader held in the city's prison complex was flown to a maximum-security prison",
"a cartel boss held in Oreva jail was transferred on Monday": "held in" a prison describes
an inmate, and the sentence's own verb tells his move between prisons, an act of the prison
service on someone long in its hands. Neither is an arrest nor a capture, as the corpus
README keeps people jailed or sentenced out. Only a prison's name ends the relative (a
detention centre or police cells still tell a detention: "163 nationals held at the
detention centre"), and only a verb of moving follows it ("Two journalists held in Evin
prison were freed" keeps its reading).
"""

from __future__ import annotations

import re
from functools import cache

from .lang import en as EN
from .lang.build import alt


@cache
def _moved_inmate() -> re.Pattern[str]:
    return re.compile(
        r"\s+(?:in|at|inside)\s+(?:(?:the|a|an)\s+)?(?:[\w'’\-]+\s+){0,4}?"
        rf"(?:{alt(EN.INMATE_PRISONS)})(?:\s+(?:complex|compound))?"
        r"(?:\s+(?:in|at|near|outside)\s+[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,2})?"
        r"\s*,?\s+(?:(?:was|were|had\s+been|has\s+been|have\s+been)\s+)?"
        rf"(?:(?:later|then|also|quietly)\s+)?(?:{alt(EN.INMATE_MOVES)})\b", re.IGNORECASE)


def inmate_moved(s: str, held_end: int) -> bool:
    """Whether the bare "held" ending at ``held_end`` opens a reduced relative on a
    prison's inmate whose sentence verb is his move: no figure."""
    return _moved_inmate().match(s, held_end) is not None
