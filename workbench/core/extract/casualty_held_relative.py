"""People freed, told as held by their captors in a relative clause (ninety-third round).

"The operation also freed 14 civilians, including six women and five children, who had
been held by the terrorists for several months" (en-45) and "freed three men who had
been held by the gangs for ransom since January" (en-44, read there only because the story
names a kidnapping elsewhere). A freeing counts captives when the captors are named
after the people ("freed 11 people held by a gang", round 64); the same captors in a
full relative clause ("who had been held by", "who were being held by") say the same,
and an aside that lists some of the freed ("including ...", "among them ...") may stand
between the people and the clause. Held by the police or the state is a detention and
stays out, as the captors' nouns (``EN.CAPTIVITY_HOLDERS``) hold no authority.
"""

from __future__ import annotations

import re

_HELD_RELATIVE = re.compile(
    # an aside of some of the freed, in commas: ", including six women and five children,"
    r"(?:\s*,\s*(?:including|among\s+them)\s+[^,.;:!?\"“”()]{1,60}?\s*,)?"
    r"\s*,?\s+(?:who|whom)\s+(?:(?:had|have|has)\s+been|(?:were|was)(?:\s+being)?)\s+"
    r"held(?:\s+(?:hostage|captive))?"
    # how long, before the captors: "held for several months by the rebels"
    r"(?:\s+(?:for|since)\s+(?:[\w'’\-]+\s+){0,2}?[\w'’\-]+(?=\s+by\b))?",
    re.IGNORECASE)


def held_by_captors_after(s: str, pos: int, by_captors: re.Pattern[str]) -> bool:
    """Does a relative clause at ``pos`` say the people were held by captors?
    ``by_captors`` matches " by <captors>" (``casualties._HELD_BY_CAPTORS``)."""
    rel = _HELD_RELATIVE.match(s, pos)
    return bool(rel and by_captors.match(s, rel.end()))
