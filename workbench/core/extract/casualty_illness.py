"""A death told by the illness it came from (round en112).

"about 15 relatives and friends of a patient who had died of a heart attack forced their
way into the department" (en-61) was read as one killed. A death "of" or "from" an illness
or of natural causes is no casualty of violence, as a flood's dead are none (the hazard
rule): the figure whose span ends on "died" and is followed at once by such a cause is
dropped. "died of his wounds" and "died from gunshot wounds" name harm, and stay.
"""

from __future__ import annotations

import re
from functools import cache

from .lang import en as EN
from .lang.build import alt


@cache
def _illness_after() -> re.Pattern[str]:
    return re.compile(
        rf"\s+(?:of|from)\s+(?:(?:a|an|his|her|their|what\s+appeared\s+to\s+be\s+a)\s+)?"
        rf"(?:(?:suspected|sudden|long|massive|apparent)\s+)?(?:{alt(EN.ILLNESS_CAUSES)})\b",
        re.IGNORECASE)


def died_of_illness(s: str, start: int, end: int, outcome: str) -> bool:
    """True when the killed figure s[start:end] ends on "died" and an illness follows."""
    if outcome != "killed" or not s.endswith("died", start, end):
        return False
    return bool(_illness_after().match(s, end))
