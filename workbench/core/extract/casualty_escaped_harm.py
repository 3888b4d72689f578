"""People who got away hurt, told by the harm they got away with (round en199).

"escaped with injuries" and "fled with gunshot wounds" are read through the arrival
verbs (casualties.py ``_HAD_WOUNDS``); the other harms a victim suffers are read after
"suffered", "sustained" and "had" (casualty_had_harms.py). After a verb of getting away
and "with" they are the same wound: "a third guard escaped with cuts to his hands", "two
escaped with burns", "one man got away with a bullet wound to the leg", "the driver
survived with broken ribs". Only a harm noun right after "with" (perhaps graded or named by
its weapon or its body part): "escaped with the help of guards", "fled with the cash"
and "escaped unhurt" tell no wound.
"""

from __future__ import annotations

import re
from functools import cache

from .casualty_had_harms import broken_part
from .lang import en as EN
from .lang.build import alt


@cache
def _escaped_harm() -> re.Pattern[str]:
    grade = rf"(?:(?:{alt((*EN.INJURY_KINDS, *EN.LEFT_HARM_SEVERITIES))}|and|or)\s+)"
    one = rf"(?:a|an)\s+{grade}{{0,3}}(?:wound|injury|cut|gash|burn)"
    many = rf"{grade}{{0,3}}(?:{alt(EN.ESCAPED_HARM_NOUNS)})"
    return re.compile(
        rf"\s+(?:{alt(EN.ESCAPED_WITH_VERBS)})\s+with\s+(?:only\s+|just\s+)?"
        rf"(?:{broken_part()}|{one}|{many})\b", re.IGNORECASE)


def escaped_with_harm(s: str, pos: int) -> int | None:
    """The end of "escaped with cuts" or "got away with a bullet wound" right at ``pos``
    (after the people counted), else None."""
    if " with " not in s[pos:pos + 24]:
        return None
    m = _escaped_harm().match(s, pos)
    return m.end() if m else None
