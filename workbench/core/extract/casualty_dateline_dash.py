"""A dash set off by spaces after a date ends the dateline: the number after it is a count.

"10 - 15 people" is a range, and the count pattern reads a dash between two numbers as
one. After a date it is the dateline's dash or a chronology's: "KYIV, Feb. 3 - 2 soldiers
were killed", "Aug. 3, 2018 - 2 drivers are kidnapped", "May 2019 - 3 soldiers are
killed". The number before the dash is the date's day or year, and the one after it the
count; read as a range (and then dropped, its second number no higher than its first),
the count was lost when written in digits, while "- Two soldiers" was read. A range's
numbers rise; a year is no count range's first number; and after a month's day a
higher number is a span of days ("March 3 - 5") only up to the month's last day.
"""

from __future__ import annotations

import re

from .lang import en as EN
from .lang.build import alt

_SPACED_DASH = re.compile(r"\s[-–—]\s")
# A month (or its abbreviation) right before the day: "Feb. 3", "March 27,".
_MONTH_BEFORE = re.compile(
    rf"\b(?:{alt([*EN.MONTHS, *EN.MONTH_ABBREVIATIONS])})\.?\s+$", re.IGNORECASE)
_FIRST_YEAR, _LAST_YEAR = 1800, 2100
_DAYS_IN_MONTH = 31


def dash_ends_date(s: str, m: re.Match[str]) -> bool:
    """Whether count match ``m`` of ``s`` joined a date's day or year to the count after
    its dateline dash (so the second number is the count, read on its own)."""
    num, num2 = m.group("num"), m.group("num2")
    if not num2 or not num[:1].isdigit() or not num2[:1].isdigit():
        return False
    if not _SPACED_DASH.search(s, m.end("num"), m.start("num2")):
        return False
    if not (num.replace(",", "").isdecimal() and num2.replace(",", "").isdecimal()):
        return False  # a decimal ("1.2 - 3") is no date's day or year
    first, second = int(num.replace(",", "")), int(num2.replace(",", ""))
    if second <= first:
        return True  # no range: "3 - 2"
    if len(num) == 4 and _FIRST_YEAR <= first <= _LAST_YEAR:
        return True  # "2018 - 12 soldiers"
    # After a month's day a higher day is a span of days ("March 3 - 5"); a higher
    # number than a month has days is the count after the dateline's dash, and so is a
    # number that people follow ("March 12 - 14 villagers are abducted": no span of
    # days is followed by who).
    return (second > _DAYS_IN_MONTH or _people_after(s, m.end("num2"))) and _MONTH_BEFORE.search(
        s, max(0, m.start("num") - 12), m.start("num")) is not None


# The word or two after the second number: "14 villagers", "14 unarmed villagers".
_WORDS_AFTER = re.compile(r"\s+([a-z][a-z\-]*)(?:\s+([a-z][a-z\-]*))?")
_IRREGULAR_PEOPLE = frozenset(EN.IRREGULAR_PLURAL_ENDS)


def _people_after(s: str, end: int) -> bool:
    words = _WORDS_AFTER.match(s, end)
    return words is not None and any(
        w and (w in _IRREGULAR_PEOPLE or w.endswith("men") or w.rstrip("s") in EN.PERSON_WORDS)
        for w in words.groups())
