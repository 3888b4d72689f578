"""The earlier figure of a toll update, told far from the toll it follows (round en150).

An update gives its new toll, then the value it replaced after a comma: "23 people have
now been arrested since the violence began on Wednesday night, up from 15 this morning",
"at least 13 people were killed when gunmen attacked a wake, a local official said on
Friday, up from 8 on Thursday". casualties.py reads ", up from N" within 50 characters of
the figure before it, or past a run of phrases of place and time (casualty_earlier_value);
news often puts a clause of cause or time, a relative on ", which" or "who", or the teller
and its day between them.

The earlier value answers the toll before it however far it stands within the sentence,
as long as nothing between them could own it: no other count (a day of a month, a year or
a clock time is no count), no semicolon or colon, no quotation, no restrictive relative or
comparative that may name what rose ("a district that now has more police stations") and
no clause opened on "and"/"but" with a subject of its own. Counts of something else in
the gap ("26 shelters, up from four") stop the reach, so a look-alike keeps no figure: its
own count stands between the toll and the old value.
"""

from __future__ import annotations

import re
from functools import cache

from .lang import en as EN
from .lang.build import alt
from .spans import matches_at_words

# How far within a sentence the old value may stand from the figure it replaced.
_REACH = 240


@cache
def _stop() -> re.Pattern[str]:
    # what in the gap may own the old value: another count, a new clause, a quotation
    return re.compile(
        rf"[;:\"“”]|\b(?:{alt((*EN.UNITS, *EN.TENS, *EN.SCALES, *EN.VAGUE))})\b"
        rf"|,\s+(?:and|but|while)\b|\b(?:and|but)\s+(?:the|a|an|its|their)\b"
        # a restrictive relative or a comparative may name what rose: "a district that now
        # has more police stations in its centre, up from six"
        r"|\b(?:that|more|fewer)\b"
        # ... or another quantity's growth or level: "as the army's budget grew, up from 12"
        rf"|\b(?:{alt(EN.FAR_UPDATE_OTHER_RISES)})\b", re.IGNORECASE)


@cache
def _dates() -> re.Pattern[str]:
    # the numbers of a day, a year or a clock time, taken out before the gap is read
    return re.compile(
        rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{alt((*EN.MONTHS, *EN.MONTH_ABBREVIATIONS))})\b"
        rf"|\b(?:{alt((*EN.MONTHS, *EN.MONTH_ABBREVIATIONS))})\s+\d{{1,2}}\b"
        r"|\b(?:19|20)\d\d\b|\b\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.|h\b)"
        r"|\b\d{1,2}:\d\d\b", re.IGNORECASE)


def counted_between(s: str, prev_end: int, marker_start: int) -> bool:
    """Whether a count of something else stands between a figure and an old value's marker:
    "Eight people were killed and the ministry has opened 14 shelters, up from 10" (the
    old value is the shelters'). A day, a year or a clock time is no such count."""
    gap = s[prev_end:marker_start]
    return any(c.isdigit() for c in gap) and any(
        c.isdigit() for c in _dates().sub(" ", gap))


def far_earlier_value(s: str, prev_end: int, marker_start: int) -> bool:
    """Whether an old value's marker at ``marker_start`` answers the figure ending at
    ``prev_end`` in sentence ``s`` across the words between them."""
    if marker_start - prev_end > _REACH or marker_start <= prev_end:
        return False
    gap = _dates().sub(" ", s[prev_end:marker_start])
    return not any(c.isdigit() for c in gap) and _stop().search(gap) is None


# what every running count's name holds (TOLL_NOUNS, RISING_COUNT_NOUNS): a cheap check
_RISE_NOUNS = ("toll", "number", "count")
# what every match of _rise_from_to opens with: the first word of one of its nouns (a
# space of a noun matches any run of white space, so the first word is what stands as written)
_RISE_OPENINGS = tuple(sorted({n.lower().split()[0]
                               for n in (*EN.TOLL_NOUNS, *EN.RISING_COUNT_NOUNS)}))


@cache
def _rise_from_to() -> re.Pattern[str]:
    # a toll's rise told as "from <old> to <new>", the toll named just before its verb
    return re.compile(
        rf"\b(?:{alt((*EN.TOLL_NOUNS, *EN.RISING_COUNT_NOUNS))})\s+(?:[\w'’\-]+\s+){{0,4}}?"
        rf"(?:has\s+|had\s+|have\s+)?(?:{alt((*EN.REVISION_VERBS, *EN.RISE_VERBS))})\s+"
        r"(?P<span>from\s+(?P<old>\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+to\s+"
        r"(?P<new>\d[\d,]*|[a-z]+(?:-[a-z]+)?))\b", re.IGNORECASE)


def rise_from_to_edits(text: str, low: str) -> list[tuple[int, int, str]]:
    """(start, end, the update's wording) of each toll that "rose from 12 to 19": written
    as "to 19, up from 12", so the old value is read as the earlier figure it is, as every
    mention of a toll is a figure of its own."""
    if " from " not in low or " to " not in low or not any(map(low.__contains__, _RISE_NOUNS)):
        return []
    edits: list[tuple[int, int, str]] = []
    for m in matches_at_words(_rise_from_to(), text, low, _RISE_OPENINGS):
        # "from 12" takes the whole update, " to 19" goes: the old value keeps "from 12"
        edits += [(m.start("span"), m.end("old"), f"to {m['new']}, up from {m['old']}"),
                  (m.end("old"), m.end("span"), "")]
    return edits
