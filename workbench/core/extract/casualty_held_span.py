"""People held for a span of time (round en104).

"a shopkeeper was held for two days in a flat in Newport" (en-55, captured: the headline
tells of a kidnapping) and "four were held for 30 days on suspicion of assaulting officers"
(en-53, arrested, after the arrests) were both missed: "held" after a count was read only
with its holder ("held by kidnappers"), its purpose ("held for ransom"), a state going on
("are still held") or a place of detention. Held for a stretch of hours, days or months,
the people were in someone's hands for that time: captives in a story of hostages or
kidnapping, as the other readings of "held" decide, else detainees. Only a person's group
or a bare count; "the talks were held for two days" counts no one.
"""

from __future__ import annotations

import re
from functools import cache

from .lang import en as EN
from .lang.build import alt


@cache
def _held_span() -> re.Pattern[str]:
    amount = alt((*EN.UNITS, *EN.TENS, "a", "an", "several", "a few"))
    return re.compile(
        r"\s+(?:was|were|(?:had|has|have)\s+been)\s+held\s+for\s+"
        rf"(?:(?:more\s+than|nearly|almost|about|over|at\s+least)\s+)?(?:\d{{1,3}}|{amount})\s+"
        rf"(?:{alt(EN.HELD_SPAN_UNITS)})\b", re.IGNORECASE)


def held_over_span(s: str, gend: int) -> int | None:
    """The end of "was held for two days" right after a group ending at ``gend``, or
    None."""
    m = _held_span().match(s, gend)
    return m.end() if m else None
