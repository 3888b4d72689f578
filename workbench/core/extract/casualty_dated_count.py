"""A count right after a date that has its day already (round 48).

A number after a month name is its day in "On March 27 three people ..." only when it
is written in digits: news writes the day so, and a number word after a month is the
count ("In March three children were hurt"). After a day and its month ("On 27 March"),
the month has its day: a number after it is a count ("On 27 March three children were
hurt", "On 5 June 1,200 people fled"), unless it is the date's year ("27 March 2023").
"""

from __future__ import annotations

import re

from .lang import en as EN
from .lang.build import alt

# The day before its month, the month at the end of the window: "27 March ", "3rd June ".
_DAY_MONTH_BEFORE = re.compile(
    rf"(?<![\d,.])\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{alt([*EN.MONTHS, *EN.MONTH_ABBREVIATIONS])})"
    r"\.?,?\s*$",
    re.IGNORECASE)
# Years a date without a comma may end in: "27 March 2023", never a count after it.
_FIRST_YEAR, _LAST_YEAR = 1800, 2100


def count_after_date(s: str, cstart: int, num: str) -> bool:
    """Whether the number ``num`` at ``cstart`` of ``s``, right after a month name, is a
    count rather than the month's day or year."""
    if not num[:1].isdigit():
        return True  # a number word: "In March three children were hurt"
    if len(num) == 4 and num.isdecimal() and _FIRST_YEAR <= int(num) <= _LAST_YEAR:
        return False  # the date's year: "On 27 March 2023"
    return _DAY_MONTH_BEFORE.search(s, max(0, cstart - 20), cstart) is not None
