"""The hurt told by the care they got, in a report that counts harm (round en232).

After an attack or a crush the tally of the hurt is often only the care: a bulletin's
"First aid was given to 44 people near the gate" and "27 people given first aid" (the
auxiliary left out, as headlines and bullets leave it), a ministry's "while 29 others had
been admitted to two hospitals in Varna" after the dead, "Eleven remain admitted" or "are
still in hospital", and an ambulance service's "crews were treating at least 12 people on
the pavement". Each is read as wounded when the document already counts killed or wounded
people (the readers' figures say the report is of harm done), no figure already covers the
count, and nothing after the care makes it a place's routine work ("treating 10 people a
day", "admitted last year") or names another cause ("for malaria", "with flu"; a harm after
"for" or "with" keeps it read).

Unread: "The clinic is treating 10 people a day" (routine), "38 patients were admitted"
(patients are any clinic's work), "gave first aid courses to 30 people" (a course, no
care), "12 were admitted to the academy" (no place of care), and any of these in a report
that counts no harm. Gated by plain substrings before any pattern runs.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from .figure_lookup import FigureLookup
from .figure_spans import new_figure
from .lang import en as EN
from .lang.build import alt
from .numbers import NUMBER, QUALIFIER, written_count
from .wake_words import cue_set, wakes

Figure = dict[str, object]



def _count(i: int) -> str:
    return rf"(?P<c{i}>(?:(?:{QUALIFIER})\s+)?{NUMBER})"


def _head(i: int) -> str:
    return rf"(?:\s+(?P<g{i}>[a-z][\w\-]*))"


@cache
def _cared() -> re.Pattern[str]:
    places = alt(EN.CARE_ADMITTED_PLACES)
    return re.compile(
        # "while 29 others had been admitted to two hospitals", "Eleven remain admitted"
        rf"\b{_count(1)}{_head(1)}?\s+(?:(?:(?:had|have|has)\s+been|were|was|are|is)\s+(?:also\s+)?"
        rf"admitted\s+to\s+(?:a\s+|the\s+)?(?:[\w'’\-]+\s+){{0,3}}?(?:{places})\b"
        rf"|(?:{alt(EN.CARE_STILL_IN)})\s+(?:{alt(EN.CARE_STILL_WHERE)})\b)"
        # "27 people given first aid" (the headline's passive)
        rf"|\b{_count(2)}{_head(2)}\s+given\s+first\s+aid\b"
        rf"(?!\s+(?:{alt(EN.FIRST_AID_NOT_CARE)})\b)"
        # "First aid was given to 44 people"
        rf"|\bfirst\s+aid\s+(?:(?:was|has\s+been|had\s+been)\s+)?(?:given|provided"
        rf"|administered)\s+to\s+{_count(3)}{_head(3)}"
        # "crews were treating at least 12 people on the pavement"
        rf"|\b(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+(?P<t>treating)\s+{_count(4)}{_head(4)}",
        re.IGNORECASE)


@cache
def _not_hurt_after() -> re.Pattern[str]:
    harms = alt(EN.TREATED_HARMS)
    return re.compile(
        rf"\s+(?:(?:at|in|on)\s+(?:the\s+)?[\w'’\-]+\s+)?(?:(?:{alt(EN.CARE_ROUTINE_AFTER)})\b"
        rf"|(?:for|with)\s+(?!(?:the\s+|their\s+|his\s+|her\s+)?(?:[\w\-]+\s+){{0,3}}?"
        rf"(?:{harms})\b))", re.IGNORECASE)


_GATES = ("admitted", "first aid", "treating ", "in hospital", "hospitali")
# (speed round 15) Every figure comes from a match of ``_cared()``, each of whose branches
# holds whole (a space before it, a space or a word's end after it) "admitted", the "aid"
# of "first aid", "treating" or the last word of a place of care after "remain": a
# document none of whose words is one is not read.
_WAKE = cue_set(("admitted", "aid", "treating", *(p.split()[-1] for p in EN.CARE_STILL_WHERE)))
_HEADS = frozenset(EN.CARE_TOLD_HEADS)


def read_care_counted(text: str, out: list[Figure],
                      person_like: Callable[[list[str]], bool]) -> None:
    """Add to ``out`` (the figures every layer gave for ``text``) the hurt counted by the
    care they got, in a report whose figures already count killed or wounded people."""
    if not wakes(text, _WAKE):
        return
    low = text.lower()
    if not any(g in low for g in _GATES) or not any(
            f["outcome"] in ("killed", "wounded") for f in out):
        return
    known: FigureLookup | None = None
    added: list[Figure] = []
    for m in _cared().finditer(text):
        start, count, head = _count_and_head(m)
        if count is None:
            continue
        if head is not None and (head.lower() not in _HEADS or not person_like([head])):
            continue
        if _not_hurt_after().match(text, m.end()):
            continue
        known = known or FigureLookup(out)
        if known.overlaps(start, m.end()):
            continue
        span_start = m.start("t") if m.group("t") else min(start, m.start())
        low_n, high_n, qual = count
        added.append(new_figure(text, span_start, m.end(), "wounded", low_n, high_n, qual,
                                head.lower() if head else None))
    if added:
        out.extend(added)
        out.sort(key=lambda f: (int(str(f["start"])), int(str(f["end"]))))


def _count_and_head(m: re.Match[str]) -> tuple[int, tuple[int, int | None, str] | None,
                                               str | None]:
    """The start of the count, its value and the head word after it (None if bare)."""
    i = next(i for i in range(1, 5) if m.group(f"c{i}") is not None)
    return m.start(f"c{i}"), written_count(m.group(f"c{i}")), m.group(f"g{i}")
