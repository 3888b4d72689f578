"""Counts that stand by a figure's words and count no casualties (forty-ninth round).

* The size of a band: "the attackers, numbering about 80, had beheaded some of the
  victims" is no toll of 80 (the rules leave attackers out); "killed 14 people" in the
  same sentence stays, and so does a band of the victims themselves ("Refugees numbering
  about 5,000 have crossed into Chad").
* Some of the displaced just counted who have since come home: "at least 112,000 people
  were displaced ...; some 9,400 of them have since returned" keeps the 112,000, not the
  9,400. A count with its own noun ("Some 3,000 displaced people returned to Kessa")
  keeps its reading: the noun says they were displaced.
* People a plan or a forecast counts on: "Partners ... plan for a further 50,000 newly
  displaced people by June" are not yet displaced; "Partners plan to help 50,000
  displaced people" are.
"""

from __future__ import annotations

import re

from .lang import en as EN
from .lang.build import alt

_BAND_SIZE = re.compile(rf"(?P<noun>[A-Za-z]*)[\s,]+(?:{alt(EN.BAND_SIZE_WORDS)})\s+$",
                        re.IGNORECASE)
_VICTIM_BANDS = frozenset(EN.BAND_OF_VICTIMS)
_HOME_AFTER = re.compile(
    rf"\s+(?:(?:have|has|had)\s+)?(?:(?:since|now|already|all)\s+)?"
    rf"(?:{alt(EN.HOMECOMING_VERBS)})\b", re.IGNORECASE)
_PLANNED = re.compile(
    rf"\b(?:{alt(EN.PLANNING_FOR)})\s+(?:(?:{alt(EN.PLANNED_COUNT_OPENERS)})\s+)?$",
    re.IGNORECASE)
# What a sentence must hold for a rule here to be tried (most hold none).
_CUES = ("number", "return", "home", "back", "plan", "prepar", "budget", "expect",
         "anticipat", "project", "forecast")


def may_hold(low: str) -> bool:
    """Whether the lower-cased sentence ``low`` may hold a count of this module's kinds."""
    return any(map(low.__contains__, _CUES))  # (no generator step per cue)


def counted_otherwise(sent: str, start: int, end: int, outcome: str,
                      group: object) -> bool:
    """Whether the figure at ``sent[start:end]`` counts a band, people come home or
    people a plan counts on, not casualties."""
    head = sent[max(0, start - 40):start]
    band = _BAND_SIZE.search(head)
    if band is not None and band.group("noun").lower() not in _VICTIM_BANDS:
        return True
    if _PLANNED.search(head):
        return True
    return outcome == "displaced" and group is None and (
        _HOME_AFTER.match(sent, end) is not None)
