"""The hurt told by harms the right-hand patterns do not hold (round en121).

Two constructions of the wounded read after the counted people:

* a harm named by kinds or body parts joined by "and" or "or" after the verb of
  suffering: "Six other residents sustained gunshot and machete injuries", "suffered head
  and chest injuries" (one kind, "sustained gunshot injuries", is a trigger phrase
  already);
* the recovery from a named harm, after a first passive of no outcome too: "A third man
  was rescued by officers and is recovering in hospital in Mangochi with head injuries".
"""

from __future__ import annotations

import re
from functools import cache

from .lang import en as EN
from .lang.build import alt


@cache
def _joined_kinds() -> re.Pattern[str]:
    kinds = alt((*EN.INJURY_KINDS, *EN.INJURED_BODY_PARTS))
    return re.compile(
        rf"\s+(?:also\s+)?(?:{alt(EN.HARM_TOLD_VERBS)})\s+(?:{kinds})"
        rf"(?:\s*,\s*(?:{kinds}))*\s+(?:and|or)\s+(?:{kinds})\s+(?:wounds|injuries)\b",
        re.IGNORECASE)


@cache
def _recovering() -> re.Pattern[str]:
    return re.compile(
        r"(?:\s+(?:was|were)\s+[a-z]+ed(?:\s+by\s+[a-z]+)?\s+and)?"
        # (the auxiliary is already passed after a part: "Four of them are recovering")
        rf"(?:\s+(?:is|are|was|were))?\s+(?:still\s+)?(?:{alt(EN.RECOVERY_WORDS)})"
        r"(?:\s+in\s+(?:(?:a|the)\s+)?hospital(?:\s+in\s+(?-i:[A-Z])[\w'’\-]+)?)?"
        r"\s+(?:from|with)\s+(?:(?:a|an|his|her|their)\s+)?(?:[\w\-]+\s+){0,2}?"
        rf"(?:{alt(EN.RECOVERED_HARMS)})\b",
        re.IGNORECASE)


def harm_told(s: str, pos: int) -> int | None:
    """The end of a harm told at ``pos`` by joined kinds or by a recovery, else None."""
    near = s[pos:pos + 80]
    if (" and " in near or " or " in near) and (m := _joined_kinds().match(s, pos)):
        return m.end()
    if "recover" in s and (m := _recovering().match(s, pos)):
        return m.end()
    return None
