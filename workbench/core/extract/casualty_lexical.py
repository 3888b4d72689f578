"""Look-alikes of the words round en124 added (``lang/en.py``, its block), read where a
figure's outcome word has another sense.

News writes an arrest as "picked up" as often as "arrested" ("Twelve suspects had been
picked up"), so the passive is an outcome participle of arrest. The same words tell a
rescue or a ride: "25 survivors were picked up by a fishing boat", "Forty passengers were
picked up at the station". A passive "picked up" is dropped when its people are those a
rescue or a ride picks up (`PICKED_UP_RESCUED`, `PICKED_UP_RIDE_HEADS`) or when what
follows it says the boat, the sea or the stop (`PICKED_UP_RIDE_AFTER`).
"""

from __future__ import annotations

import re
from functools import cache

from .lang import en as EN
from .lang.build import alt

_CUSTODY_TAKING = tuple(v.lower() for v in EN.CUSTODY_TAKING_VERBS)


def custody_taking(verb: str) -> bool:
    """Whether the verb read before a count (as matched, any case) is "taken into custody"
    or one of its tenses, which take people only."""
    return verb.lower() in _CUSTODY_TAKING


_PICKED_UP_END = re.compile(r"\bpicked\s+up$", re.IGNORECASE)
_NOT_ARRESTED = frozenset((*EN.PICKED_UP_RESCUED, *EN.PICKED_UP_RIDE_HEADS))


@cache
def _ride_after() -> re.Pattern[str]:
    # (round en172) no ride when a force of arrest follows the article, with no craft of
    # its own: "were picked up by the police outside their homes"
    return re.compile(
        rf"\s+(?:{alt(EN.PICKED_UP_RIDE_AFTER)})\b(?!\s+(?:{alt(EN.ARRESTING_FORCES)})\b"
        rf"(?!\s+(?:{alt(EN.PICKED_UP_FORCE_CRAFTS)})\b))", re.IGNORECASE)


# A passive "picked up" after the figure, past a short aside in commas and no other verb.
_PICKED_UP_LATER = re.compile(
    r"(?:\s*,[^,;:.!?]{1,60}?,|\s*,)?\s+(?:were|was|(?:had|have|has)\s+been)\s+picked\s+up\b",
    re.IGNORECASE)


def _picked_up_later() -> re.Pattern[str]:
    return _PICKED_UP_LATER


def may_pick_up(low: str) -> bool:
    """Whether a lowered sentence may hold a passive "picked up" (the cheap gate)."""
    return "picked up" in low


def picked_up_not_arrest(s: str, start: int, end: int, outcome: str,
                         group: object) -> bool:
    """Whether the figure over [start, end) of ``s`` ends in a passive "picked up" that is a
    rescue or a ride, not an arrest."""
    if outcome != "arrested":
        return False
    if not _PICKED_UP_END.search(s[start:end]):
        # (round en167) the people and their passive apart, an aside between: "42 people,
        # among them 11 children, were picked up by fishermen"
        later = _picked_up_later().match(s, end)
        return later is not None and _ride_after().match(s, later.end()) is not None
    head = str(group or "").split()[-1:] or [""]
    if head[0].lower() in _NOT_ARRESTED:
        return True
    return _ride_after().match(s, end) is not None


@cache
def _taken_then() -> re.Pattern[str]:
    return re.compile(
        r"\s+(?:were|was|(?:had|have|has)\s+been)\s+taken(?:\s+away)?\b"
        rf"(?!\s+(?:{alt(EN.TAKEN_NOT_CAPTURE_NEXT)})\b|\s+in\s+(?:for|by)\b)"
        r"[^.!?]*?"  # the clause goes on to the sentence's words of their being gone
        rf"\b(?:{alt(EN.GONE_AFTER_TAKEN)})\b", re.IGNORECASE)


_NOT_CAPTIVITY = re.compile(rf"\b(?:{alt(EN.NOT_CAPTIVITY_PLACES)})\b", re.IGNORECASE)


def taken_then_gone(s: str, pos: int) -> int | None:
    """The end of "were taken" right at ``pos`` when the sentence then says the people are
    gone ("were taken from Kopal; their whereabouts are unknown"), else None. Care,
    custody, jail or questioning anywhere between keeps it no capture; the people's own
    state after "and" is left to the reading of the missing."""
    m = _taken_then().match(s, pos)
    end = s.index("taken", pos) + len("taken") if m else -1
    if m is None or _NOT_CAPTIVITY.search(m.group()) or _AND_THEN_STATE.search(m.group()):
        return taken_how_or_when(s, pos)
    return end


# "were taken away and are still missing": a state of the same people after "and" is
# their own second predicate, read by the earlier rounds as the missing (README: people
# whose fate is unknown); only a gone state told in a clause of its own ("; their
# whereabouts are unknown", "and nothing has been heard of them") makes "taken" the capture.
_AND_THEN_STATE = re.compile(
    r"\band\s+(?:are|is|were|was|remain|remains|remained|have|has|had)\s+"
    r"(?:(?:still|now|all|since)\s+)?(?:been\s+)?(?:missing|unaccounted|not\s+been|never)\b",
    re.IGNORECASE)


@cache
def _treated_passive() -> re.Pattern[str]:
    place = rf"(?:{alt(EN.CARE_PLACES)})"
    return re.compile(
        r"\s+(?:were|was|(?:had|have|has)\s+been)\s+treated"
        # where: "at the municipal hospital", "in hospital", "at Linden Hospital"
        rf"(?:\s+(?:at|in)\s+(?:(?:the|a|an|local)\s+)?(?:[\w'’\-]+\s+){{0,2}}?{place})?"
        rf"(?=\s*(?:[,.;!?]|$)|\s+(?:{alt(EN.TREATED_THEN)})\b)", re.IGNORECASE)


@cache
def _violence() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alt((*EN.VIOLENCE_CUES, *EN.CARE_AFTER_VIOLENCE))})\b")


_TREATED_HEADS = frozenset(EN.TREATED_HURT_HEADS)


def treated_in_violence(s: str, gend: int, toks: list[str], low: str) -> int | None:
    """The end of a plain passive care ("Nine people were treated", "... at the municipal
    hospital") after people counted at ``gend``, in a document (``low``, lowered) that
    tells of violence, else None."""
    if not toks or toks[-1].lower() not in _TREATED_HEADS:
        return None
    m = _treated_passive().match(s, gend)
    if m is None or not _violence().search(low):
        return None
    return m.end()


@cache
def _to_death_gap() -> re.Pattern[str]:
    return re.compile(
        rf"(?:\s+(?!(?:{alt(EN.TO_DEATH_GAP_STOPS)})\b)[\w'’\-]+){{1,5}}?\s+to\s+death\b",
        re.IGNORECASE)


def to_death_past_description(s: str, gend: int) -> re.Match[str] | None:
    """"to death" after a short description of the object ending at ``gend`` ("beat a man
    accused of stealing sheep to death"), with nothing between that ends the object."""
    return _to_death_gap().match(s, gend) if s.find(" death", gend, gend + 60) >= 0 else None


@cache
def _taken_how_or_when() -> re.Pattern[str]:
    when = (rf"(?:in\s+(?:{alt(EN.MONTHS)})(?:\s+\d{{4}})?|on\s+(?:{alt(EN.WEEKDAYS)})"
            r"|last\s+(?:week|month|year))")
    return re.compile(
        r"\s+(?:were|was|(?:had|have|has)\s+been)\s+taken(?:\s+away)?\s+"
        rf"(?:(?P<how>{alt(EN.TAKEN_HOW)})\b"
        rf"|{when}(?=\s*(?:[,.;!?\"”]|$)|\s+and\b))", re.IGNORECASE)


@cache
def _loose_arrest() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alt(EN.TAKEN_LOOSE_ARREST)})\b", re.IGNORECASE)


def taken_how_or_when(s: str, pos: int) -> int | None:
    """The end of "were taken" right at ``pos`` told as a capture by how ("at gunpoint") or
    by its date and then the clause's end ("were taken in March."), else None; the date
    alone is no capture where the sentence names the police or custody."""
    m = _taken_how_or_when().match(s, pos)
    if m is None or (m.group("how") is None and _loose_arrest().search(s)):
        return None
    return s.index("taken", pos) + len("taken")
