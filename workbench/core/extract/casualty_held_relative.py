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

from .lang import en as EN
from .lang.build import alt

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


# (round en195) "the seven drivers it was holding", "the 12 passengers they had kidnapped",
# "the four engineers that it had seized": the freeing subject's own captives. A contact
# relative ("it was holding") or one with "that"/"whom"; the subject pronoun is "it" or
# "they", as the group that frees them is named before the verb.
_HOLDING_RELATIVE = re.compile(
    r"\s+(?:(?:that|whom)\s+)?(?:it|they)\s+(?:"
    r"(?:was|were|(?:had|has|have)\s+been)\s+holding"
    rf"|(?:(?:had|has|have)\s+)?(?:{alt(EN.HOLDING_RELATIVE_VERBS)}))\b"
    # ... not a phrasal verb of hiring or taking in: "the two drivers it had taken on"
    r"(?!\s+(?:on|in|over|up)\b)",
    re.IGNORECASE)


def holding_relative(s: str, pos: int) -> bool:
    """Does a relative clause at ``pos`` (right after the freed people) say the freeing
    subject, by "it" or "they", was holding them?"""
    return s.startswith(" ", pos) and _HOLDING_RELATIVE.match(s, pos) is not None
