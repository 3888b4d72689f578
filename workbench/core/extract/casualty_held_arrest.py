"""People "held" in a story of arrests, or held on suspicion (round en122).

"held" alone is said of captives and of detainees alike, and of meetings, so the engines
read it only with its terms ("without charge", "in custody", "for ransom") or in a story
of hostages. Two readings were missing at first sight (en-71, en-72): the people held
after the story told an arrest ("Taliban authorities have arrested more than 60 men ... A
provincial spokesman said only 12 people had been held"), who are the same detainees told
again; and people held on suspicion, whatever the story ("Four young men held since the
spring on suspicion of taking part in the raid would be released"): suspicion is the
state's word, no captor's.
"""

from __future__ import annotations

import re

from .casualty_held_place import last_holding
from .lang import en as EN
from .lang.build import alt

# "had been held", "were held", then nothing or a phrase of time, reason or place.
# (round en235) "were being held", "were still being held" are the same state told as it
# goes on: "Security forces rounded up hundreds of young men ... One resident said roughly
# 300 people were being held there".
_HELD_NOW = re.compile(
    r"\s+(?:(?:had|have|has)\s+(?:now\s+|since\s+|also\s+)?been"
    r"|(?:were|was)(?:\s+still)?(?:\s+being)?)\s+held"
    rf"(?=\s*(?:$|[,;:.]|\s(?:{alt(EN.HELD_AFTER_ARREST_NEXT)})\b))", re.IGNORECASE)
# "held on suspicion of", perhaps with how long before it: "held since the spring on ..."
_HELD_ON_SUSPICION = re.compile(
    r"\s+(?:(?:had|have|has)\s+been\s+|were\s+|was\s+|are\s+|is\s+)?held"
    r"(?:\s+(?:since|for)\s+[^,.;:!?\"“”()]{1,30}?)?"
    rf"\s+on\s+(?:{alt(EN.HELD_ON_GROUNDS)})\s+of\b", re.IGNORECASE)


# (round en184) "are being held", "were being held", "were held", then nothing or a phrase of
# time or reason.
_HELD_BEING = re.compile(
    r"\s+(?:were|are|was|is)\s+(?:(?:still|now)\s+)?(?:being\s+)?held"
    rf"(?=\s*(?:$|[,;:.]|\s(?:{alt(EN.HELD_POLICE_NEXT)})\b))", re.IGNORECASE)
_POLICE_TELLER = re.compile(rf"\b(?:{alt(EN.HELD_POLICE_TELLERS)})\b", re.IGNORECASE)


def held_told_by_police(s: str, gend: int) -> int | None:
    """(round en184) The end of "were being held" right after the people ending at
    ``gend`` when the sentence's teller is the police or a commander ("The regional police
    commander said 17 people were being held"); None otherwise. The caller checks that the
    story tells of no hostages."""
    m = _HELD_BEING.match(s, gend)
    if m is None or _POLICE_TELLER.search(s) is None:
        return None
    return m.end()


def held_on_suspicion(s: str, gend: int) -> int | None:
    """The end of "held ... on suspicion of" right after the people ending at ``gend``."""
    m = _HELD_ON_SUSPICION.match(s, gend)
    return m.end() if m else None


# (round en235) A count right after a preposition is that preposition's object, never the
# subject "held" is said of: "A festival for 300 people was held there in May".
_PREPOSITION_BEFORE = re.compile(r"\b(?:for|with|to|from|by|of)\s+$", re.IGNORECASE)


def held_after_arrest(s: str, gend: int, out: list[dict[str, object]], at: int,
                      cstart: int = 0) -> int | None:
    """The end of "had been held" after the people ending at ``gend`` (counted from
    ``cstart``) when the last people held before ``at`` in the document were arrested, else
    None (the caller checks that the story tells of no hostages)."""
    m = _HELD_NOW.match(s, gend)
    if m is None or last_holding(out, at) != "arrested" or (
            cstart and _PREPOSITION_BEFORE.search(s, max(0, cstart - 8), cstart)):
        return None
    return m.end()
