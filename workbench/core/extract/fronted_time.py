"""A span of time fronted before a clause's subject, its comma left out.

News copy often opens with when something happened and goes straight on to who did it:
"Within the hour the governor's office said ...", "By the evening NATO had confirmed ...".
Without the comma the time reads as the first words of the subject; it is no part of
who spoke. The phrase is a capitalised preposition, at most two determiners and a noun of
time ("Within days", "By the evening", "Over the next few weeks" is left: three words
before the noun are rare and read as a description more often than a time).
"""

from __future__ import annotations

import re

from .lang import en as EN
from .lang.build import alt

_FRONTED_TIME = re.compile(
    rf"(?:{alt(EN.FRONTED_TIME_PREPOSITIONS)})\s+"
    rf"(?:(?i:{alt(EN.FRONTED_TIME_DETERMINERS)})\s+){{0,2}}"
    rf"(?:{alt(EN.FRONTED_TIME_NOUNS)}|(?i:{alt(EN.WEEKDAYS)}))\s+"
    # (the nouns in lower case: "After Hours Radio said" is a name)
    # the subject follows: an article, a pronoun or a capitalised name, never "of"
    # (or a pronoun, round en198: "Until then it advises members not to ...")
    r"(?=(?:the|a|an|its|his|her|their)\s|(?:it|they|he|she|we)\b|[A-Z])"
)


def fronted_time_end(text: str, start: int, end: int) -> int:
    """Where a fronted time phrase at ``start`` ends (within ``end``); ``start`` if none."""
    m = _FRONTED_TIME.match(text, start, end)
    return m.end() if m else start


# (round en226) A sitting fronted before the subject with no comma: "At a hearing on Monday
# its licensing officer, ...", "At the inquest on Tuesday the pathologist, ...", "During
# the debate the party's whip, ...": an article or a possessive, up to two describing words
# and the sitting, then perhaps its day ("on Monday", "last week"), then the subject (an
# article, a possessive or a capital). Only read where a name in commas follows (the
# caller's apposition), so "At the hearing the judge" alone keeps its older reading.
_FRONTED_SITTING = re.compile(
    rf"(?:{alt(EN.FRONTED_SITTING_PREPOSITIONS)})\s+(?:the|a|an|its|his|her|their)\s+"
    rf"(?:[a-z][\w\-]*\s+){{0,2}}?(?:{alt(EN.FRONTED_SITTINGS)})\s+"
    rf"(?:(?:{alt(EN.FRONTED_SITTING_WHEN)})\s+(?:(?i:{alt(EN.WEEKDAYS)})"
    rf"|(?:{alt(EN.FRONTED_TIME_NOUNS)}))\s+)?"
    r"(?=(?:the|a|an|its|his|her|their)\s|[A-Z])"
)


def fronted_sitting_end(text: str, start: int, end: int) -> int:
    """Where a fronted sitting at ``start`` ends (within ``end``); ``start`` if none."""
    m = _FRONTED_SITTING.match(text, start, end)
    return m.end() if m else start
