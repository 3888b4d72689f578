"""Counts told at sea that are no harm (round en167).

* Lives saved: "lives" counts the dead only as the price a harm took ("the storm claimed 30
  lives", "cost 30 lives", "30 lives were lost"); "its officers had saved 30 lives", "the
  programme changed 300 lives" count no one harmed (``EN.LIVES_HARM_BEFORE``, ``_AFTER``).
* A craft's name: a number that ends a capitalised name after a craft's noun ("the fishing
  vessel Al-Noor 7, seized on 2 May", "the trawler Sea Star 9") is part of the name, not a
  count of people (``EN.NAMED_CRAFT_NOUNS``); nor is a flight's, a convoy's or a camp's.
"""

from __future__ import annotations

import re
from functools import cache

from .lang import en as EN
from .lang.build import alt


@cache
def _lives_before() -> re.Pattern[str]:
    # the harm's word, then at most four words (a qualifier: "more than", "an estimated")
    # up to the count at the end of the looked-at text
    return re.compile(rf"\b(?:{alt(EN.LIVES_HARM_BEFORE)})\b(?:\W+[\w'’\-]+){{0,5}}\W*$",
                      re.IGNORECASE)


@cache
def _lives_after() -> re.Pattern[str]:
    return re.compile(r"\s+(?:(?:were|was|have\s+been|had\s+been|has\s+been)\s+)?"
                      rf"(?:{alt(EN.LIVES_HARM_AFTER)})\b", re.IGNORECASE)


def lives_unharmed(s: str, start: int, end: int, group: object) -> bool:
    """Whether the figure over [start, end) of sentence ``s`` counts "lives" with no harm
    that took them (before the count, within the span, or right after it)."""
    if str(group or "").lower().rsplit(" ", 1)[-1] != "lives":
        return False
    last = s.rfind("lives", start, end)
    if last < 0:
        return False
    if _lives_before().search(s, max(0, start - 60), last):
        return False
    return _lives_after().match(s, last + len("lives")) is None


@cache
def _named_craft() -> re.Pattern[str]:
    # the craft's noun, one to four capitalised words (with "of", "the", "al" between),
    # then the number at the end of the looked-at text
    name = r"[A-Z][\w'’\-]*"
    nouns = (*EN.NAMED_CRAFT_NOUNS, *(n.capitalize() for n in EN.NAMED_CRAFT_NOUNS))
    return re.compile(
        rf"\b(?:{alt(nouns)})\s+{name}"
        rf"(?:\s+(?:(?:{alt(EN.NAME_JOINERS)})\s+)?{name}){{0,4}}\s+$")


_DIGITS = re.compile(r"\d+")


def craft_name_number(s: str, start: int, end: int) -> bool:
    """Whether the figure over [start, end) of ``s`` begins with a bare number that ends a
    craft's or a place's capitalised name."""
    m = _DIGITS.match(s, start)
    if m is None or start == 0 or not s[start - 1].isspace():
        return False
    before = s[max(0, start - 80):start]
    if not before.rstrip()[-1:].isalpha() or not before.rstrip().split()[-1][:1].isupper():
        return False
    return _named_craft().search(before) is not None
