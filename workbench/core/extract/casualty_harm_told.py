"""The hurt told by harms the right-hand patterns do not hold (round en121).

Two constructions of the wounded read after the counted people:

* a harm named by kinds or body parts joined by "and" or "or" after the verb of
  suffering: "Six other residents sustained gunshot and machete injuries", "suffered head
  and chest injuries" (one kind, "sustained gunshot injuries", is a trigger phrase
  already);
* the recovery from a named harm, after a first passive of no outcome too: "A third man
  was rescued by officers and is recovering in hospital in Mangochi with head injuries".

A bullet taken in a part of the body is read the same way (round en154): "A sentry took a
bullet to the thigh", "two of them took bullets in the chest". The part must follow: "took a
bullet for his commander" is a figure of speech. So is a rescue that brought the
people out alive and hurt: "A boy was dug out alive with a broken leg", "were
rescued from the rubble with burns", "was rescued by police with a broken arm" (round en171:
the rescuer may be named; the harm is asked for: "was pulled out alive" alone
counts the living).
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


@cache
def _bullet_taken() -> re.Pattern[str]:
    return re.compile(
        rf"\s+(?:also\s+)?took\s+(?:(?:{alt(EN.BULLET_TAKEN_COUNTS)})\s+)?bullets?\s+"
        r"(?:to|in)\s+(?:the|his|her|their)\s+(?:(?:left|right|upper|lower)\s+)?"
        rf"(?:{alt(EN.BULLET_TAKEN_PARTS)})\b", re.IGNORECASE)


_RESCUE_AUX = (" was ", " were ", " had been ", " have been ", " has been ")


@cache
def _rescued_with() -> re.Pattern[str]:
    broken = rf"(?:(?:a|two|three)\s+)?(?:{alt(EN.BROKEN_HARMS)})"
    return re.compile(
        rf"\s+(?:was|were|had\s+been|have\s+been|has\s+been)\s+(?:later\s+)?"
        rf"(?:{alt(EN.RESCUE_VERBS)})(?:\s+(?:out|free))?(?:\s+alive)?"
        rf"(?:\s+from\s+(?:the\s+)?(?:[\w\-]+\s+)?(?:{alt(EN.RESCUED_FROM)}))?(?:\s+alive)?"
        # (round en171) the rescuer named: "was rescued by police with a broken leg"
        r"(?:\s+by\s+(?:the\s+)?(?:[\w\-]+\s+)?[\w\-]+)?"
        rf"\s+with\s+(?:{broken}|(?:(?:a|an|his|her|their)\s+)?(?:[\w\-]+\s+){{0,2}}?"
        rf"(?:{alt(EN.RESCUED_HARMS)}))\b", re.IGNORECASE)


def harm_told(s: str, pos: int) -> int | None:
    """The end of a harm told at ``pos`` by joined kinds, by a recovery, by a bullet
    taken in a part of the body or by a rescue with a harm, else None."""
    near = s[pos:pos + 80]
    if " took " in near and (m := _bullet_taken().match(s, pos)):
        return m.end()
    if (" and " in near or " or " in near) and (m := _joined_kinds().match(s, pos)):
        return m.end()
    if "recover" in s and (m := _recovering().match(s, pos)):
        return m.end()
    if s.startswith(_RESCUE_AUX, pos) and " with " in s and (
            m := _rescued_with().match(s, pos)):
        return m.end()
    return None
