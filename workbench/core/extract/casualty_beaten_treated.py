"""A person beaten, then treated for an injury in the same sentence (round en189).

"A second guard was beaten and tied to a fence; he was treated for a broken wrist." A
beating alone is no listed outcome ("beaten" may be a defeat, or a beating with no harm
told), and "he was treated for ..." alone has a pronoun, no count. Told together, the
beaten person is the one treated: the people counted right before "was/were (badly)
beaten", perhaps more of what was done to them (at most 80 characters, no stop), then "and",
a comma or a semicolon, perhaps "he / she / they was/were", "(later) treated" (perhaps
"in hospital") "for" an injury: a harm treatment is given for (``TREATED_HARMS``), a mark
of a blow (``WOUND_MARKS``) or a bone broken. Treated "kindly", or for an illness, stays
nothing, and so does a beating with no treatment after it.

(round en227) The care may be told as the trip to hospital with the harm: "Two porters
were beaten before police arrived and were taken to hospital with head injuries", "were
beaten and rushed to the district hospital in Orvala with stab wounds". The harm after
"with" is graded or named by its body part or weapon ("head injuries", "serious burns");
"taken to hospital with his brother" or "taken to a police station" tells no harm.
"""

from __future__ import annotations

import re
from functools import cache

from .lang import en as EN
from .lang.build import alt


@cache
def _beaten_treated() -> re.Pattern[str]:
    broken = alt((*EN.BROKEN_BODY_PART, *EN.BROKEN_BODY_PARTS))
    harms = alt((*EN.TREATED_HARMS, *EN.WOUND_MARKS))
    grade = rf"(?:(?:{alt((*EN.INJURY_KINDS, *EN.LEFT_HARM_SEVERITIES))}|and|or)\s+)"
    # the trip to hospital with the harm (round en227): "were taken to hospital in
    # Orvala with head injuries"
    taken = (rf"(?:{alt(EN.BEATEN_CARE_TRIPS)})\s+to\s+(?:a\s+|the\s+)?"
             rf"(?:[\w'-]+\s+){{0,2}}?(?:{alt(EN.BEATEN_CARE_TRIP_PLACES)})"
             r"(?:\s+(?:in|at)\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2})?\s+with\s+"
             rf"(?:(?:an?\s+)?(?:broken|fractured)\s+(?:{broken})|{grade}{{0,3}}(?:{harms}))")
    return re.compile(
        r"\s+(?:was|were)\s+(?:(?:also|badly|severely|brutally|savagely)\s+)?beaten\b"
        r"[^.;:!?\"“”()\n]{0,80}?(?:\s*;\s*|,?\s+and\s+|,\s+)"
        r"(?:(?:he|she|they)\s+)?(?:(?:was|were|had\s+been|has\s+been)\s+)?"
        r"(?:(?:later|then|also|subsequently)\s+)?(?:treated"
        r"(?:\s+(?:in|at)\s+(?:a\s+|the\s+)?(?:hospital|clinic))?\s+for\s+"
        rf"(?:an?\s+)?(?:(?:broken|fractured|dislocated)\s+(?:{broken})|{harms})|{taken})\b",
        re.IGNORECASE)


def beaten_then_treated(s: str, gend: int) -> int | None:
    """The end of "was beaten ... treated for <injury>" right after the people ending at
    ``gend`` in sentence ``s``, else None."""
    m = _beaten_treated().match(s, gend)
    return m.end() if m else None
