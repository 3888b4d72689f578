"""People still inside a site taken, and one among those held (round en189).

When armed men seize a plant, a school or a hotel, the reports count who is left there:
"Seven employees are still inside, it says." Inside a burning building, a mine or a
collapsed house the same words tell people trapped, so the count is read only in a story
of hostages or seizure (the document's hostage words, or the last holding counted before
being a capture): the people counted right before "are/were/remain (still) inside",
the clause ending there or going on with the site ("inside the plant"), are captives.

A person "among those held / taken / abducted / kidnapped" ("a turbine operator who is
among those held called his wife") is one of the held: captives in such a story, else
detainees for "held" ("Police raided the camp. Two journalists are among those held").

Things still inside ("Three trucks are still inside the compound") have no people's noun
and stay nothing; so does anyone still inside in a story with no seizure.
"""

from __future__ import annotations

import re
from functools import cache

from .lang import en as EN
from .lang.build import alt


@cache
def _still_inside() -> re.Pattern[str]:
    return re.compile(
        r"\s+(?:are|were|is|was|remain|remains|remained)\s+(?:still\s+)?inside"
        r"(?=\s*(?:[,.;!?\"”]|$)|\s+(?:the|its|it)\b|\s+(?:(?:with|alongside|as)\s)"
        rf"|\s+(?:{alt(EN.STILL_INSIDE_WHEN)})\b)"
        rf"(?!\s+the\s+(?:{alt(EN.STILL_INSIDE_NOT_SITES)})\b)", re.IGNORECASE)


@cache
def _among_held() -> re.Pattern[str]:
    return re.compile(
        r"(?:\s*,)?\s+(?:who\s+)?(?:is|are|was|were)\s+(?:also\s+|still\s+)?among\s+"
        r"(?:those|the\s+people|the\s+workers|the\s+staff)\s+(?:still\s+)?(?:being\s+)?"
        rf"(?P<v>{alt(EN.AMONG_HELD_PARTICIPLES)})\b"
        r"(?!\s+(?:to|into|in\s+hospital|for\s+questioning)\b)", re.IGNORECASE)


@cache
def _site_seized() -> re.Pattern[str]:
    captors = (rf"\b(?:{alt(EN.CAPTIVITY_HOLDERS)}|(?:armed|masked)\s+"
               rf"(?:{alt(EN.ARMED_BAND_NOUNS)}))\b")
    return re.compile(rf"{captors}[^.!?]{{0,60}}?\b(?:{alt(EN.SITE_SEIZING_VERBS)})\b")


_SEIZED_REACH = 300


def site_seized_before(low: str, at: int) -> bool:
    """Do captors take a site in the lowered story's text just before ``at`` (round en191:
    "Gunmen took over the plant on Monday. Nine workers are still inside")?"""
    return _site_seized().search(low, max(0, at - _SEIZED_REACH), at) is not None


def still_inside(s: str, gend: int) -> int | None:
    """The end of "are still inside" right after the people ending at ``gend``, else None
    (the caller asks for the story of a seizure)."""
    m = _still_inside().match(s, gend)
    return m.end() if m else None


def among_held(s: str, gend: int) -> tuple[int, bool] | None:
    """The end of "(who) is among those held" right after the people ending at ``gend``
    and whether its participle is "held" (captives or detainees by the story), else None."""
    m = _among_held().match(s, gend)
    if m is None:
        return None
    return m.end(), m.group("v").lower() == "held"
