"""Days of the month written as ordinal words (after the forty-seventh round).

Speech, letters and some regional copy write the day as a word: "the fifth of March",
"March the fifth", "March fifth", "the twenty-third of April 2016". The date rules read
digits only ("5th of March", "March 5"), so "the fifth of March" was the month alone and
"March fifth" nothing (a lone "March" is too often the verb). The words are
`lang/en.py` `DAY_ORDINAL_WORDS`; ``dates.py`` resolves the day as it resolves "March 5".

After the month the word may be an adverb ("was announced in March first and confirmed in
May"): an ordinal after the month is no day after "in" (which takes a month; "on" takes a
day), nor in a compound ("March second-round vote"), and "first" is read only before what
closes a date (punctuation, a year, "and" / "to", the end of the text).
"""

from __future__ import annotations

import re
from functools import cache

from .lang import en as EN
from .lang.build import alt

_YEAR = r"(?:1[89]\d\d|20\d\d)"
_IN_BEFORE = re.compile(r"\bin\s+$", re.IGNORECASE)
# What opens the word after a month that may be a day in words: "the" or an ordinal.
_HEADS = frozenset({*EN.DAY_ORDINAL_ARTICLES, *(w[:3] for w in EN.DAY_ORDINAL_WORDS)})


@cache
def _ordinal() -> str:
    return alt(EN.DAY_ORDINAL_WORDS).replace(" ", r"\s+")


@cache
def _before_month() -> re.Pattern[str]:
    # "the fifth of " right before the month
    return re.compile(rf"\b(?P<o>(?i:{_ordinal()}))\s+of\s+$")


@cache
def _after_month() -> re.Pattern[str]:
    return re.compile(
        rf"\s+(?:the\s+)?(?P<o>(?i:{_ordinal()}))(?![\w-])"
        rf"(?:,?\s+(?P<y>{_YEAR})\b)?"
        # a lone "first" must close the date (see above)
        r"(?:(?<![Ff]irst)|(?=\s*(?:[,.;:!?)]|$)|\s+(?:and|to)\b)|(?<=\d))")


def _day(word: str) -> int:
    return EN.DAY_ORDINAL_WORDS[" ".join(word.lower().split())]


def ordinal_day(text: str, start: int, end: int) -> tuple[int, int, int, int | None] | None:
    """(start, end, day, year or None) of an ordinal day in words around the month name
    at ``start`` to ``end`` (which may hold its year: "March 2015"), or None."""
    if text.endswith("of ", 0, start):
        before = _before_month().search(text, max(0, start - 30), start)
        if before:
            return before.start("o"), end, _day(before.group("o")), None
        return None
    if text[end:end + 16].lstrip()[:3].lower() not in _HEADS:
        return None  # (most months: no ordinal word or "the" after them)
    if _IN_BEFORE.search(text, max(0, start - 4), start):
        return None  # "announced in March first": "in" takes a month, "on" a day
    after = _after_month().match(text, end)
    if after is None:
        return None
    year = int(after.group("y")) if after.group("y") else None
    return start, after.end(), _day(after.group("o")), year
