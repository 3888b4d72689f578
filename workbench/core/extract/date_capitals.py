"""Dates set in capitals that say they are dates, whatever else the line holds.

The date engine reads month names capitalised only ("may" and "march" are verbs, and in
a headline set in capitals "MAY" and "MARCH" are as often words), and ``dates`` already
reads a day set as a heading ("MONDAY, JUNE 15") and a month or weekday after a
preposition ("IN MARCH", "ON SUNDAY"). Three more forms are dates in capitals too:

* a weekday with its day before its month, as a log's heading sets it: "FRIDAY 15 MARCH";
* a weekday's possessive: "SUNDAY'S STRIKE" (no verb and no name takes it);
* a month with its day in a dateline in capitals, after the place's comma and before its
  dash: "KYIV, FEB. 3 - ...", "TAIZ, AUGUST 20, 2017 - ...".

``titled`` gives the text with those names capitalised ("Friday", "Feb."), the same
length, so every offset holds.
"""

from __future__ import annotations

import re

from .lang import en as EN
from .lang.build import alt

_WEEKDAYS = alt(str(w).upper() for w in EN.WEEKDAYS)
_MONTHS = alt(str(w).upper() for w in EN.MONTHS)
_ABBREVIATIONS = alt(str(w).upper() for w in EN.MONTH_ABBREVIATIONS)

_DAY_BEFORE_MONTH = re.compile(
    rf"\b(?P<w>{_WEEKDAYS}),?[ \t]+\d{{1,2}}(?:ST|ND|RD|TH)?[ \t]+(?P<m>{_MONTHS})\b")
_POSSESSIVE = re.compile(rf"\b(?P<w>{_WEEKDAYS})(?=['’]S\b)")
_DATELINE = re.compile(
    rf"(?<=[A-Z]),[ \t]+(?P<m>(?:{_MONTHS})|(?:{_ABBREVIATIONS})\.?)[ \t]+\d{{1,2}}\b"
    r"(?:,[ \t]+\d{4})?[ \t]*(?:\([^)\n]{1,30}\)[ \t]*)?(?=--|[-–—][ \t])")
# What every form above holds: a weekday or a month (or its abbreviation) in capitals.
_HINT = re.compile(rf"{_WEEKDAYS}|{_MONTHS}|(?:{_ABBREVIATIONS})\.?[ \t]+\d")


def _title(m: re.Match[str]) -> str:
    out = m.group(0)
    for name in ("w", "m"):
        if name in m.re.groupindex and m.group(name):
            a, b = m.start(name) - m.start(), m.end(name) - m.start()
            out = out[:a] + out[a:b].title() + out[b:]
    return out


def titled(text: str) -> str:
    """``text`` with the weekdays and months of those forms capitalised."""
    if _HINT.search(text) is None:
        return text
    for rx in (_DAY_BEFORE_MONTH, _POSSESSIVE, _DATELINE):
        text = rx.sub(_title, text)
    return text
