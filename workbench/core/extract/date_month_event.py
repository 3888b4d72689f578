"""A month named before the event it dates: "the May unrest", "the March attacks" (round
en100).

"May" and "March" are also a modal and a verb, so a lone capitalised "May" or "March" is
read as a month only after a word that opens a date ("in May", "since March"). After "the"
and before a noun of an event the word can be neither the modal nor the verb: "the" opens
a noun phrase, and a modal or a verb cannot stand between it and its noun. The other months
are read there already ("after the January unrest", "in the December attacks"); these two
now are too. A name in capitals ("the May Day march") or a person ("the May government")
is no event noun and stays nothing.
"""

from __future__ import annotations

import re

from .lang import en as EN
from .lang.build import alt

_THE_BEFORE = re.compile(r"(?<![\w'’\-])(?:the|The)[ \t]+$")
_EVENT_AFTER = re.compile(rf"[ \t]+(?:{alt(EN.MONTH_EVENT_NOUNS)})\b")


def month_before_event(text: str, start: int, end: int) -> bool:
    """Is the month word at ``start:end`` between "the" and a noun of an event?"""
    return bool(_THE_BEFORE.search(text, max(0, start - 8), start)) and bool(
        _EVENT_AFTER.match(text, end))


_PAST_EVENT_AFTER = re.compile(rf"[ \t]+(?:{alt(EN.MONTH_PAST_EVENT_NOUNS)})\b")


def month_of_past_event(text: str, start: int, end: int) -> bool:
    """Is the month word at ``start:end`` between "the" and a noun of a harm that no one
    schedules ("the November death", "the March attacks")? Such a phrase names an event
    that has happened, so the month is the latest one, whatever the clause looks ahead to:
    "urges the coroner to hold an inquest into the November death" (round en107). An
    election, a ceasefire or an operation may be planned, and keep the clause's reading."""
    return bool(_THE_BEFORE.search(text, max(0, start - 8), start)) and bool(
        _PAST_EVENT_AFTER.match(text, end))
