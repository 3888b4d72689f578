"""A headline opening on an organisation's name of capitalised words joined by small ones
(round en102).

"Save the Children: Children make up half of those fleeing new fighting in Tanganyika"
(en-44) and "People in Need: families left homeless after arson attack on Ostrava hostel"
(en-53) give the organisation the words after the colon, as "Oxfam: ..." or "IRC: ..."
does; the name before the colon was not read because its inner words ("the", "in") are
lower-cased. Such a name is also a title's shape ("Death in Venice: a review"), so the
reading is kept only when the body confirms the name as a source: the lead opens on it, as
a release's does after its dateline ("Kinshasa, 22 July 2026 - Save the Children is deeply
concerned ..."), or the body gives the same name words to a speaker
(statement_headlines._confirm_headline).
"""

from __future__ import annotations

import re
from functools import cache

from .lang import en as EN
from .lang.build import alt

_JOINED_NAME_COLON = re.compile(
    rf"^(?P<sp>[A-Z][\w'’\-]*(?:\s+(?:{alt(EN.NAME_JOINTS)})){{1,2}}\s+[A-Z][\w'’\-]*)"
    r"\s*:\s*(?P<c>\S.{7,})$")
# The lead after the headline line: a dateline perhaps, then the name and a finite verb.
_LEAD_DATELINE = r"\s*(?:[A-Z][^\n.:]{0,60}?\s[-–—]+\s*)?"
_LEAD_VERB = rf"\s+(?:{alt(EN.LEAD_SOURCE_VERBS)})\b"


def joined_name_colon(line: str) -> tuple[int, int, int, int] | None:
    """(words start, words end, name start, name end) of a headline line opening on a
    joined name and a colon; None otherwise."""
    m = _JOINED_NAME_COLON.match(line)
    if m is None:
        return None
    return m.start("c"), m.end("c"), m.start("sp"), m.end("sp")


def lead_opens_on(text: str, at: int, name: str) -> bool:
    """Whether the body from ``at`` (after the headline line) opens on ``name`` as the
    subject of its first sentence, a dateline perhaps before it."""
    return re.compile(_LEAD_DATELINE + re.escape(name) + _LEAD_VERB).match(text, at) is not None


# A name of two to four capitalised words before a headline's colon (round en104): "Scottish
# Refugee Council: attacks on people seeking asylum in Glasgow have nearly doubled" (en-55),
# "Solidariedade Imigrante: farm workers attacked in Odemira need protection" (en-54). A
# place is named so too ("South Sudan: ..."), so the reading is kept only when the body
# names the same words again and gives them to a speaker.
_CAPITALISED_NAME_COLON = re.compile(
    r"^(?P<sp>[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){1,3})\s*:\s*(?P<c>\S.{7,})$")


@cache
def _trailing_source() -> re.Pattern[str]:
    # the headline's own source closing it after a comma, whatever its verb of saying
    return re.compile(
        rf",\s*(?:[\w.'’\-]+\s+){{1,4}}(?:{alt(EN.REPORTING_VERBS)})\s*$", re.IGNORECASE)


def capitalised_name_colon(line: str, body: str) -> tuple[int, int, int, int] | None:
    """(words start, words end, name start, name end) of a headline line opening on a name
    of capitalised words and a colon, the name written again in ``body``; None otherwise."""
    m = _CAPITALISED_NAME_COLON.match(line)
    if m is None or m.group("sp").isupper() or m.group("sp") not in body:
        return None  # (a label in capitals, "POLICE BLOTTER:", is a page's name)
    if _trailing_source().search(m.group("c")):
        return None  # "Palestinian Territories: ..., MSF warns": the label is a place's
    return m.start("c"), m.end("c"), m.start("sp"), m.end("sp")
