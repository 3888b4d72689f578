"""A headline set in capitals is no dateline for holding a number after a comma.

A first line that opens with a dateline carrying a date ("WASHINGTON, April 9 - ...") is
the story's first paragraph, and the statement engine gives the text no headline. The
dateline's pattern takes a place in capitals, a comma, a day and a capitalised word, so a
headline set wholly in capitals matched it: "REBELS ATTACK VELM, 4 POLICE KILLED - ARMY"
was read as the place "REBELS ATTACK VELM" dated "4 POLICE KILLED", and the headline's
words and its source after the dash were lost (in sentence case they were read). A line
in capitals is dated only when its date is one: a month's name, a clock or a year.
"""

from __future__ import annotations

import re

from .lang import en as EN
from .lang.build import alt

_DATE_WORDS = re.compile(
    rf"\b(?:{alt([*EN.MONTHS, *EN.MONTH_ABBREVIATIONS])})\b|\d{{1,2}}[:.]\d\d"
    r"|\b(?:1[89]|20)\d\d\b|\d{1,2}/\d{1,2}",
    re.IGNORECASE)


def dated_line(dateline: str) -> bool:
    """Whether a dateline matched at a text's start carries a date, as far as its case
    tells: one with lower-case letters is taken as it was matched."""
    if any(c.islower() for c in dateline):
        return True
    return _DATE_WORDS.search(dateline) is not None
