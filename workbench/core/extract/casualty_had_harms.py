"""Harms the people before "had" carried from the attack (round en103).

"nine of them had bullet wounds" and "had a gunshot wound" are read (casualties.py); the
other harms a victim suffers are read after "suffered" and "sustained" (cuts and bruises,
fractures, a broken arm). After "had" they are the same wound, told as a state: "several
of the migrants had cuts and bruises, and that one man had a broken jaw" (en-54). Only the
harms of those lists, whole: "had cuts to its budget" or "had a broken promise" name no
wound.
"""

from __future__ import annotations

import re
from functools import cache

from .lang import en as EN
from .lang.build import alt


def _broken() -> str:
    return (rf"(?:(?:a|an|two|three)\s+)?(?:broken|fractured)\s+"
            rf"(?:{alt((*EN.BROKEN_BODY_PART, *EN.BROKEN_BODY_PARTS))})")


def broken_part() -> str:
    """The pattern of a broken bone named ("a broken arm", "fractured ribs"), for the other
    readers of a harm carried."""
    return _broken()


@cache
def _had_harm() -> re.Pattern[str]:
    return re.compile(
        rf"\s+had\s+(?:also\s+)?(?:{alt(EN.SUFFERED_HARMS)}|{_broken()})\b", re.IGNORECASE)


def had_harm(s: str, pos: int) -> int | None:
    """The end of "had cuts and bruises" or "had a broken jaw" at ``pos``, else None."""
    if not s.startswith((" had ", " has "), pos):
        return None
    if s.startswith(" has ", pos):
        return had_marked_part(s, pos)
    m = _had_harm().match(s, pos)
    return m.end() if m else had_marked_part(s, pos)


@cache
def _marked_part() -> re.Pattern[str]:
    return re.compile(
        rf"\s+(?:had|has)\s+(?:also\s+)?(?:(?:a|an|two|three|several)\s+)?"
        rf"(?:(?:{alt(EN.WOUND_MARK_SEVERITIES)})\s+)?(?:{alt(EN.WOUND_MARKS)})\s+"
        rf"(?:{alt(EN.WOUND_MARK_PLACINGS)})\s+(?:his|her|their|the)\s+"
        rf"(?:(?:left|right)\s+)?(?:{alt(EN.BODY_SURFACE_PARTS)})\b", re.IGNORECASE)


def had_marked_part(s: str, pos: int) -> int | None:
    """(round en106) The end of "had a deep cut to her arm" or "has a cut above his eye" at
    ``pos``, else None: a mark placed on the person's own body is a wound, told as a state;
    "had a cut to its budget" places it on no body."""
    m = _marked_part().match(s, pos)
    return m.end() if m else None


@cache
def _whose_part_broken() -> re.Pattern[str]:
    return re.compile(
        rf"\s+whose\s+(?:{alt((*EN.BROKEN_BODY_PART, *EN.BROKEN_BODY_PARTS))})"
        r"\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:broken|fractured)\b",
        re.IGNORECASE)


def whose_part_broken(s: str, pos: int) -> int | None:
    """The end of "whose leg was broken" told of the person before ``pos``, else None:
    the bone broken is the person's wound, as "suffered a broken leg" is."""
    if not s.startswith(" whose ", pos):
        return None
    m = _whose_part_broken().match(s, pos)
    return m.end() if m else None


@cache
def _with_harm() -> re.Pattern[str]:
    # the harm closes the phrase: "a man with a broken leg was arrested" is told by it
    return re.compile(rf"\s+with\s+(?:{alt(EN.SUFFERED_HARMS)}|{_broken()})"
                      r"(?=\s*(?:$|[.;,:!?]))", re.IGNORECASE)


def with_harm(s: str, pos: int) -> int | None:
    """(round en111) The end of "with a fractured skull" closing a count at ``pos``, else
    None: "three needed hospital treatment, one with a fractured skull" (en-60) is a part of
    the hurt told by its harm, as "one with a head wound" (en-56) and "several of them with
    broken arms" (en-12) are; "with" carries the harm as "had" does."""
    if not s.startswith(" with ", pos):
        return None
    m = _with_harm().match(s, pos)
    return m.end() if m else None


# a part counted out of a group named before: "one of the nurses", "two of those hurt"
_NAMED_PART = re.compile(
    rf"(?:^|[\s,(])(?:{alt(EN.UNITS)}|\d{{1,3}}|several|some)\s+of\s+(?:the|those)\s+"
    r"(?:[\w'’\-]+\s+){0,2}[\w'’\-]+$", re.IGNORECASE)


def part_with_harm(s: str, gend: int, pos: int) -> int | None:
    """(round en112) The end of "with a broken wrist" closing a part counted out of a
    group named before it ("A doctor and two nurses were injured, one of the nurses with a
    broken wrist", en-61), else None. The partitive points back at people already counted,
    so the harm after it tells how that part was hurt, as after "one of them" (en-60's
    "one with a fractured skull"); a plain noun before "with" ("two players with broken
    legs") names no part and stays unread."""
    if not s.startswith(" with ", pos) or not _NAMED_PART.search(s, max(0, gend - 60), gend):
        return None
    return with_harm(s, pos)


@cache
def _left_before() -> re.Pattern[str]:
    return re.compile(
        rf"\b(?:left|leaving|leaves)\s+(?:(?:her|his|their|its)\s+)?"
        rf"(?:{alt(EN.UNITS)}|\d{{1,4}}|a|an|several)\s+(?:[\w'’\-]+\s+){{0,2}}[\w'’\-]+$",
        re.IGNORECASE)


@cache
def _left_harm() -> re.Pattern[str]:
    return re.compile(
        rf"\s+with\s+(?:(?:{alt(EN.LEFT_HARM_SEVERITIES)})\s+)?"
        rf"(?:{alt((*EN.LEFT_HARMS, *EN.SUFFERED_HARMS))}|{_broken()})\b", re.IGNORECASE)


def left_with_harm(s: str, gend: int) -> int | None:
    """(round en112) The end of "with burns" after people an event "left" (counted up to
    ``gend``), else None: "a blaze that killed her mother and left her two sons with burns"
    (en-61) tells the sons' harm by what the fire left them with, as "a fight ... left a man
    with stab wounds" (en-59) was read by its wounds. Only after "left" ("two boys with
    burns" alone may be a description), and only in a sentence that tells violence: a house
    fire's burns are an accident's."""
    if not s.startswith(" with ", gend) or not _left_before().search(s, max(0, gend - 50), gend):
        return None
    m = _left_harm().match(s, gend)
    return m.end() if m and _left_violence().search(s) else None


@cache
def _left_violence() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alt(EN.LEFT_HARM_VIOLENCE)})\b", re.IGNORECASE)


@cache
def _beaten_left_with() -> re.Pattern[str]:
    # (a relative clause on the person may stand first: "One farmer who tried to resist")
    return re.compile(
        r"(?:\s+who\s+[^,.;:!?\"“”()\n]{1,40}?)?"
        r"\s+(?:was|were)\s+[a-z]+(?:\s+[a-z]+){0,3}?\s+and\s+left\s+with\s+"
        rf"(?:(?:{alt(EN.LEFT_HARM_SEVERITIES)})\s+)?"
        rf"(?:{alt((*EN.LEFT_HARMS, *EN.SUFFERED_HARMS))}|{_broken()}"
        # (or wounds and injuries of any kind: "left with head injuries", "stab wounds")
        r"|(?:[a-z][\w\-]*\s+){0,2}(?:injuries|wounds))\b", re.IGNORECASE)


def done_and_left_with_harm(s: str, gend: int) -> int | None:
    """The end of "was beaten and left with a broken arm" told of the people ending at
    ``gend``, else None: what was done to them, then the harm they were left with, in one
    clause, in a sentence that tells violence (a fall "left with a broken arm" is an
    accident's)."""
    m = _beaten_left_with().match(s, gend)
    return m.end() if m and _left_violence().search(s) else None
