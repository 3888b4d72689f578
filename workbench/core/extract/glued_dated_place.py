"""A dated dateline glued to the headline: where the story's body starts on a first line.

Releases and reports copied as one run of text lose the line break between the headline
and the dateline: "Panama: Attacks on migrants on the rise, warns MSF Panama City, 13
August 2026 - Medecins Sans Frontieres today warned ...". A place of one or two
capitalised words (or two joined by "/": "Nairobi/Mogadishu"), a comma, a full date with
its year and a dash set off by spaces is a dateline, not the headline's words (a headline
does not date itself to the day and year); the body starts at the place. The place is
read short (one or two words), so a title-case headline's last word stays in the
headline ("... Human Rights Watch Finds Santo Domingo, 15 July 2026 -"), and a place
after a comma is a dateline's country ("KINGSTON, Jamaica, 8 May 2026 -"), not its start.
``spans.glued_dateline`` asks here when no bracketed agency marks the dateline.
"""

from __future__ import annotations

import re

from .lang import en as EN
from .lang.build import alt

_MONTH = alt(w.capitalize() for w in (*EN.MONTHS, *EN.MONTH_ABBREVIATIONS))
_PLACE_WORD = r"[A-Z][a-z][\w'’\-]*"
_GLUED_DATED_PLACE = re.compile(
    rf"(?<![,\s])\s(?={_PLACE_WORD}(?:[ /]{_PLACE_WORD})?,\s*"
    rf"(?:\d{{1,2}}\s+(?:{_MONTH})\.?,?\s+\d{{4}}|(?:{_MONTH})\.?\s+\d{{1,2}},\s*\d{{4}})"
    r"\s*(?:--|-|—|–)\s)")


# A word of a place's name after a comma: the place before the dateline's date is then the
# country or region of a dateline that started earlier ("NZARA, South Sudan, 8 November").
_AFTER_PLACE_COMMA = re.compile(r",\s*[A-Z][a-z][\w'’\-]*$")


# What every _GLUED_DATED_PLACE match holds before ``stop`` (its look-ahead reads no
# further than the search's end): a dash and a four-figure year. The pattern is tried at
# every space, some 3 microseconds a headline and 7 a first line of 300 characters; these
# tests find the characters in C.
_DASHES = ("-", "—", "–")
_YEAR = re.compile(r"\d{4}")


def glued_dated_place(text: str, stop: int) -> int:
    """Where a dated dateline glued to the headline starts before ``stop``, or 0."""
    if all(text.find(d, 1, stop) < 0 for d in _DASHES) or not _YEAR.search(text, 1, stop):
        return 0
    for m in _GLUED_DATED_PLACE.finditer(text, 1, stop):
        if not _AFTER_PLACE_COMMA.search(text, max(0, m.start() - 40), m.start()):
            return m.end()
    return 0


# The same run of text with full stops: "DR Congo: Soldiers Killed Villagers ..., Amnesty
# Finds. 10 February 2026. Congolese soldiers ...", "Niger: Thousands flee ..., warns NRC.
# Niamey, 19 February 2026. More than ...": a sentence that is only a date with its year,
# perhaps after the place, follows the headline's full stop.
_DATED_SENTENCE = re.compile(
    rf"\.\s+(?:{_PLACE_WORD}(?:[ /]{_PLACE_WORD})?,\s*(?:{_PLACE_WORD}(?: {_PLACE_WORD})?,\s*)?)?"
    rf"(?:\d{{1,2}}\s+(?:{_MONTH})\.?,?\s+\d{{4}}|(?:{_MONTH})\.?\s+\d{{1,2}},\s*\d{{4}})\.\s")


_HEADLINE_SPAN = 300  # a headline and its dated sentence start before this


def headline_before_dated_sentence(text: str) -> int:
    """The end of a first sentence (its full stop) followed by a dated one, or 0."""
    m = _DATED_SENTENCE.search(text, 1, _HEADLINE_SPAN)
    if m is None or "." in text[:m.start()].rstrip("."):
        return 0  # only the first sentence is the headline
    if not any(c.islower() for c in text[:m.start()]):
        return 0  # a letterhead in capitals ("MINISTRY OF ... - PRESS STATEMENT. Bogotá, ...")
    return m.start()
