"""Weekdays of schedules and lines that close a signed text (after the forty-seventh
round).

A listing gives a weekday its clock time and where it is on: "Sunday, 9pm, Channel
Seven" on a line of its own, "(Tuesday, 8pm, BBC Two)", "(Saturday at 7.30pm, Town
Hall)", "(BBC Two, Tuesday, 9pm)". Previews and guides print them for the days to come,
so the weekday lies ahead of publication. A weekday with a clock time alone ("on Sunday,
9pm, residents said") is no listing: the channel or venue must close the parenthesis or
the line.

A signed order, letter or statement quoted in full ends with its place and date
("Bamenda, 4 October 2018."): that line closes the text above it, so the weekdays after
it are read from publication, not from the day of signing.
"""

from __future__ import annotations

import re

from .lang import en as EN
from .lang.build import alt

# The clock time: "9pm", "8 pm", "11.20pm", "7.30 p.m.", "21:00".
_CLOCK = r"(?:\d{1,2}(?:[.:]\d\d)?\s?(?:am|pm|a\.m\.|p\.m\.)|\d\d[:.]\d\d)"
# Where it is on: one to four capitalised words or numbers ("Channel Seven", "BBC Four",
# "Radio 4", "Town Hall"), closing a parenthesis or a line.
_WHERE = r"(?:[A-Z][\w&'’-]*|\d+)(?:[ \t]+(?:[A-Z][\w&'’-]*|\d+)){0,3}"
_LISTING_AFTER = re.compile(
    rf",?[ \t]+(?:at[ \t]+)?{_CLOCK}(?:,[ \t]*|[ \t]+on[ \t]+){_WHERE}[ \t]*(?:\)|\n|$)")
_PAST_CUE = re.compile(rf"\b(?:{alt(EN.LISTING_PAST_CUES)})\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n\s*\n")


# ... or the channel first, in parentheses: "(BBC Two, Tuesday, 9pm)".
_WHERE_BEFORE = re.compile(rf"\([ \t]*{_WHERE},[ \t]*$")
_CLOCK_CLOSING = re.compile(rf",?[ \t]+(?:at[ \t]+)?{_CLOCK}[ \t]*\)")


# ... or an arrangement's line, its label and its venue first, the day and the clock time
# closing it (round 56): "Funeral service: St Ann's Church, Oja, Thursday at 10 a.m."
_ARRANGEMENT_BEFORE = re.compile(
    rf"(?:^|\n|[.!?][ \t]+)[A-Z][\w'’ -]{{2,30}}:[ \t]+{_WHERE}(?:,[ \t]*{_WHERE})*,[ \t]*$")
_CLOCK_CLOSING_SENTENCE = re.compile(rf"[ \t]+at[ \t]+{_CLOCK}\.?(?:\s|$)")


def listing_weekday(text: str, start: int, end: int) -> bool:
    """Whether the weekday at ``text[start:end]`` is a listing's (its clock time, then
    its channel or venue, or the channel first) or an arrangement's (a label, its venue,
    the day and the clock time), told as to come."""
    if _LISTING_AFTER.match(text, end) is None and not (
            _CLOCK_CLOSING.match(text, end)
            and _WHERE_BEFORE.search(text, max(0, start - 40), start)) and not (
            _CLOCK_CLOSING_SENTENCE.match(text, end)
            and _ARRANGEMENT_BEFORE.search(text, max(0, start - 90), start)):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    stop = _SENTENCE_END.search(text, end)
    rest = text[end:stop.start() if stop else len(text)]
    head = text[line_start:start]
    head = head[max(head.rfind(". "), -1) + 1:]
    return _PAST_CUE.search(head) is None and _PAST_CUE.search(rest) is None


# A line that closes a signed text: a place, a comma, the date with its year, a full stop.
_SIGNOFF_BEFORE = re.compile(r"(?:^|\n)[ \t]*[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,2},[ \t]*$")
_SIGNOFF_AFTER = re.compile(r"\.[ \t]*(?:\n|$)")


def signoff_line(text: str, start: int, end: int) -> bool:
    """Whether the date at ``text[start:end]`` closes a signed text: "Bamenda, 4 October
    2018." on its own line (a year and a full stop; a diary's heading has neither the
    place nor the stop)."""
    return (_SIGNOFF_AFTER.match(text, end) is not None
            and any(ch.isdigit() for ch in text[end - 4:end])
            and _SIGNOFF_BEFORE.search(text, max(0, start - 40), start) is not None)
