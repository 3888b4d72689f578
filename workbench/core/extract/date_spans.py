"""The two ends of a span of dates, read together.

``dates.py`` reads each date of "from 14 November to 31 May" on its own; a span's ends
are then held in order: the first end is never after the last (``dates._span_last``
moves a first end read alone back before its last), and the last is never before the
first (here: a first end read ahead by its clause, "will run from 1 January to 30 June"
in a June report, takes its last end with it). A span's last weekday is the first such
day on or after its first ("have agreed to a ceasefire from Wednesday to Sunday").
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from .lang import en as EN
from .lang.build import alt

# The joint between the two ends of a span of dates: "14 November to 31 May", "14
# November-31 May", and "and" after "between" ("between 14 November and 31 May").
SPAN_JOINT = re.compile(rf"\s*[-–]\s*|\s+(?:{alt(EN.SPAN_JOINERS)})\s+")
BETWEEN_BEFORE = re.compile(r"\b[Bb]etween\s+$")
# ("reacted on Tuesday to Sunday night's attack": "to" after a weekday opens a span only
# after "from" or "between", or as a dash)
_SPAN_OPENER_BEFORE = re.compile(r"\b(?i:from|between)\s+$")
_BARE_WEEKDAY = re.compile(f"(?:{alt(str(w).capitalize() for w in EN.WEEKDAYS)})")
_WEEKDAY_NUMBERS = {str(name)[:3]: n for name, n in EN.WEEKDAYS.items()}

# (round 56) A series part's label and its number before a dash and a day: the label's
# number, not a span's first day ("Update 3 - 7 October 2022" is 7 October).
_LABEL_BEFORE = re.compile(rf"\b(?i:{alt(EN.SERIES_PART_LABELS)})\.?[ \t]+$")
_NUMBER_DASH = re.compile(r"\d\d?[ \t]*[-–][ \t]*\d")


def labelled_number(text: str, start: int) -> bool:
    """Whether the number at ``start``, before a dash and a day, is a series part's
    label's ("Update 3 - 7 October 2022", "Part 2 – 5 May"): the day after the dash is
    then read alone."""
    return _NUMBER_DASH.match(text, start) is not None and (
        _LABEL_BEFORE.search(text, max(0, start - 12), start) is not None)


def weekday_after_span_start(text: str, first: dict[str, object], start: int, name: str,
                             value: str) -> str:
    """The day of a span's last weekday ``name`` at ``start`` (read alone as ``value``):
    the first such weekday on or after the span's first day ``first`` ("have agreed to a
    ceasefire from Wednesday to Sunday", Wednesday ahead: the Sunday after it), which is
    the day read alone whenever the first day lies behind."""
    first_end = int(first["end"])  # type: ignore[call-overload]
    if not first["value"] or not _BARE_WEEKDAY.fullmatch(str(first["text"])) or (
            SPAN_JOINT.fullmatch(text, first_end, start) is None):
        return value
    first_start = int(first["start"])  # type: ignore[call-overload]
    if not _SPAN_OPENER_BEFORE.search(text, max(0, first_start - 9), first_start) and (
            text[first_end:start].strip() not in ("-", "–")):
        return value  # "on Monday and Thursday": a list
    first_day = date.fromisoformat(str(first["value"]))
    return (first_day + timedelta(
        days=(_WEEKDAY_NUMBERS[name[:3].lower()] - first_day.weekday()) % 7)).isoformat()


def not_before_span_start(text: str, first: dict[str, object], start: int, value: str) -> str:
    """The value of a span's last end without its year (``value``, at ``start``), moved a
    year on when it would lie before the span's first end ``first``: a first end read
    ahead by its clause ("will run from 1 January to 30 June" in a June report) takes the
    last with it."""
    first_value = first["value"]
    joint = SPAN_JOINT.fullmatch(text, int(first["end"]), start)  # type: ignore[call-overload]
    if not first_value or joint is None:
        return value
    first_start = int(first["start"])  # type: ignore[call-overload]
    if joint.group(0).strip() == "and" and not BETWEEN_BEFORE.search(
            text, max(0, first_start - 9), first_start):
        return value  # "on 14 November and 31 May": a list, each date read on its own
    size = min(len(str(first_value)), len(value))
    if str(first_value)[:size] <= value[:size]:
        return value
    moved = f"{int(value[:4]) + 1:04d}{value[4:]}"
    if len(value) == 10:
        try:
            date.fromisoformat(moved)
        except ValueError:
            return value  # (29 February in a year without one)
    return moved
