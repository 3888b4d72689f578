"""People who got away hurt, told by the harm they got away with (round en199).

"escaped with injuries" and "fled with gunshot wounds" are read through the arrival
verbs (casualties.py ``_HAD_WOUNDS``); the other harms a victim suffers are read after
"suffered", "sustained" and "had" (casualty_had_harms.py). After a verb of getting away
and "with" they are the same wound: "a third guard escaped with cuts to his hands", "two
escaped with burns", "one man got away with a bullet wound to the leg", "the driver
survived with broken ribs". Only a harm noun right after "with" (perhaps graded or named by
its weapon or its body part): "escaped with the help of guards", "fled with the cash"
and "escaped unhurt" tell no wound.

(round en227) Where the victim got away to may stand between the verb and the harm, a
short phrase of place of at most four words with no comma: "a third porter escaped over a
wall with a broken leg", "two boys fled into the forest with gunshot wounds". And the care
may tell the harm instead of "with": "a third guard escaped and was treated for burns",
"two farmers escaped and were later treated in hospital for cuts" (a harm treatment is
given for, ``TREATED_HARMS``, or a bone broken). "escaped across a field with the cash"
and "escaped and were treated kindly" stay unread.
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
    # where they got away to: "over a wall", "into the forest", "across a field"
    place = rf"(?:\s+(?:{alt(EN.ESCAPED_PLACE_PREPOSITIONS)})(?:\s+[\w'-]+){{1,4}}?)?"
    treated = (r"\s+and\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+"
               r"(?:(?:later|then|also|being)\s+)?treated"
               r"(?:\s+(?:in|at)\s+(?:a\s+|the\s+)?(?:hospital|clinic))?\s+for\s+"
               rf"(?:an?\s+)?(?:{broken_part()}|{alt(EN.TREATED_HARMS)})")
    return re.compile(
        rf"\s+(?:{alt(EN.ESCAPED_WITH_VERBS)})(?:{place}\s+with\s+(?:only\s+|just\s+)?"
        rf"(?:{broken_part()}|{one}|{many})|{treated})\b", re.IGNORECASE)


def escaped_with_harm(s: str, pos: int) -> int | None:
    """The end of "escaped with cuts" or "got away with a bullet wound" right at ``pos``
    (after the people counted), else None."""
    near = s[pos:pos + 60]
    if " with " not in near and " treated " not in near:
        return None
    m = _escaped_harm().match(s, pos)
    return m.end() if m else None
