"""A part of the missing or of captives found alive (round en174).

"Six soldiers had been missing since the rebels seized the town. Four of them have been
found alive." The part names no outcome a rule reads ("found alive" is no harm), so it was
left out; the sets count a part of a group by its group's outcome ("Two of the girls were
found alive" of girls taken is captured, en-68's call), and a person missing who is found
stays a figure of the missing ("a warder reported missing ... has been found alive"). So a
part ("N of them", "N of the girls") found alive, safe or unharmed right after the missing
or the captives are counted takes their outcome. A whole of any other outcome (the
wounded, the arrested) leaves it unread.
"""

from __future__ import annotations

import re
from functools import cache

from .lang import en as EN
from .lang.build import alt


@cache
def _found_alive() -> re.Pattern[str]:
    return re.compile(
        # (the copula may already be the partitive's: "Five of them were | found alive")
        r"(?:\s+(?:(?:have|has|had)\s+(?:since\s+|now\s+)?been|were|was))?\s+"
        r"(?:(?:later|since|now|all|also)\s+)?found\s+"
        rf"(?:{alt(EN.FOUND_ALIVE_STATES)})\b", re.IGNORECASE)


def found_alive_part(s: str, cend: int, gend: int, out: list[dict[str, object]],
                     at: int) -> tuple[str, int] | None:
    """(outcome, end) for the part counted at ``cend``..``gend`` of sentence ``s`` (the count
    at document offset ``at``) when it is "of" a group and was found alive right after the
    missing or the captives were counted, else None."""
    if " found " not in s or not s.startswith(" of ", cend) or not out:
        return None
    whole = out[-1]
    if whole["outcome"] not in EN.FOUND_ALIVE_WHOLES or at - int(whole["end"]) > (
            EN.STILL_HELD_REACH):
        return None
    m = _found_alive().match(s, gend)
    return (str(whole["outcome"]), m.end()) if m else None
