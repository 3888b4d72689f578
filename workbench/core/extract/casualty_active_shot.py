"""A shot's active with its victim and the limb it struck (round en114).

"The robbers shot a 24-year-old shop assistant in the leg" (en-63) tells the wound that
"A shop assistant was shot in the leg" tells (read on en-33, en-51, en-56, en-59, en-61 and
en-62). The part after the object decides it: a bare active "shot two snowboarders" says
nothing of the outcome (a gold question), and the head and trunk are as often a death.
"""

from __future__ import annotations

import re
from functools import cache

from .lang import en as EN
from .lang.build import alt


@cache
def _verb_before() -> re.Pattern[str]:
    # the verb right before the object's count or article, as the left patterns read it
    return re.compile(rf"(?P<wounded>\b(?:{alt(EN.SHOT_ACTIVE_VERBS)}))\s+$", re.IGNORECASE)


@cache
def _part_after() -> re.Pattern[str]:
    return re.compile(
        rf"\s+in\s+(?:{alt(EN.SHOT_ACTIVE_POSSESSIVES)})\s+(?:(?:left|right)\s+)?"
        rf"(?:{alt(EN.SHOT_ACTIVE_PARTS)})\b", re.IGNORECASE)


def shot_in_limb(s: str, left: str, gend: int) -> tuple[re.Match[str], int] | None:
    """The verb's match in ``left`` (the context before the count, outcome group
    "wounded") and the end of "in the leg" when the object ending at ``gend`` is shot in
    a limb; None otherwise."""
    if not left.endswith(" ") or "sho" not in left[-8:].lower():
        return None
    verb = _verb_before().search(left)
    if verb is None:
        return None
    part = _part_after().match(s, gend)
    return (verb, part.end()) if part else None
