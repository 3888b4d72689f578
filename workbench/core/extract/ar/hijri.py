"""The tabular (arithmetic) Islamic calendar, for Hijri dates in Arabic news.

News copy from the Gulf often dates by the Hijri calendar ("10 محرم 1440 هـ").
The months actually begin with the sighting of the new moon (or, in Saudi Arabia,
the Umm al-Qura tables), which the arithmetic calendar matches to within a day
or two: a converted date is a best estimate, usually right and otherwise one day
off (rarely two). The date engine therefore reports it with week precision unless
a weekday named next to it fixes the day. The arithmetic rules are the common
civil ones (epoch 16 July 622 Julian, leap years 2, 5, 7, 10, 13, 16, 18, 21, 24,
26 and 29 of each 30-year cycle), as in Calendrical Calculations.
"""

from __future__ import annotations

from datetime import date

_EPOCH_JDN = 1948440  # 1 Muharram 1 AH (civil epoch), Julian day number
_ORDINAL_OFFSET = 1721425  # JDN of date.fromordinal(1) minus one


def to_gregorian(year: int, month: int, day: int) -> date:
    """The Gregorian date of Hijri ``day`` ``month`` ``year`` (tabular calendar)."""
    if not (1 <= month <= 12 and 1 <= day <= 30 and year >= 1):
        raise ValueError(f"not a Hijri date: {year}-{month}-{day}")
    jdn = (day + -(-59 * (month - 1) // 2) + (year - 1) * 354 + (3 + 11 * year) // 30
           + _EPOCH_JDN - 1)
    return date.fromordinal(jdn - _ORDINAL_OFFSET)


def year_of(d: date) -> int:
    """The Hijri year in which the Gregorian date ``d`` falls (tabular calendar)."""
    jdn = d.toordinal() + _ORDINAL_OFFSET
    year = (30 * (jdn - _EPOCH_JDN) + 10646) // 10631
    while to_gregorian(year, 1, 1) > d:
        year -= 1
    while to_gregorian(year + 1, 1, 1) <= d:
        year += 1
    return year
