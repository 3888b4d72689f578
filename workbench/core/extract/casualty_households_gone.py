"""Whole households gone, no place told (round en122).

Families or households that leave together are displaced where a few people who leave
travel (round 51 read "about 30 families left Sanyang for Senegal", the place left named).
At first sight news told the same with no place at all: "about 50 families have moved
away", "had packed up and left", the clause ending there or on the fighting it followed
("as the fighting neared"). The caller reads only household nouns (FLEEING_UNITS). Where
they went ("have left for Italy since 2022") is a journey of any kind and stays with round
en89's rule, which asks the story for a flight told before; so does a time since which
they have been leaving.
"""

from __future__ import annotations

import re
from functools import cache

from .lang import en as EN
from .lang.build import alt


@cache
def _households_gone() -> re.Pattern[str]:
    aux = rf"(?:have|has|had)\s+(?:(?:{alt(EN.GONE_ADVERBS)})\s+)?"
    return re.compile(
        rf"\s+{aux}(?:packed\s+up\s+and\s+)?(?:{alt(EN.GONE_VERBS)})"
        rf"(?=\s*[,;.]|\s+(?:{alt(EN.GONE_THEN)})\b)", re.IGNORECASE)


def households_gone(s: str, gend: int) -> int | None:
    """The end of "have moved away" or "had packed up and left" after whole households
    ending at ``gend``, else None."""
    m = _households_gone().match(s, gend)
    return m.end() if m else None
