"""Figures told as a state rather than as the event (round en127).

News tells the same people by what befell them or by where they now are: the missing
"have not been seen since", captives "are still in captivity" or "remain in the hands
of" their captors, people "still being held" in a sentence after the gunmen who took
them. The state phrases sit after the counted people as the event's verb would, so each
is read where the people end; the words live in ``lang/en.py``'s round en127 block.

A state is a figure only where it tells the outcome by itself: "have not been seen since"
of people (the rovers of a space agency stay nothing), "in captivity" of people. "still
being held" is a capture only where captors or a capture are named in the sentence or
the one before ("Gunmen stormed the school. Twelve pupils are still being held."), and
never of suspects, whom police hold.
"""

from __future__ import annotations

import re

from .lang import en as EN
from .lang.build import alt

# "two villagers have not been seen since", "a nurse has not been heard from since"
_NOT_SEEN = re.compile(
    r"\s+(?:have|has|had)\s+(?:still\s+)?not\s+been\s+"
    rf"(?:{alt(EN.NOT_SEEN_STATES)})\s+since\b", re.IGNORECASE)
# "six workers are still in captivity", "23 passengers have been in captivity since May"
_IN_CAPTIVITY = re.compile(
    r"\s+(?:are|is|were|was|(?:have|has|had)\s+(?:now\s+)?been)\s+(?:still\s+|now\s+)?"
    r"in\s+captivity\b", re.IGNORECASE)
_CAPTORS_NEAR = re.compile(
    rf"\b(?:{alt(EN.CAPTOR_NOUNS)}|{alt(EN.HOSTAGE_CUES)}"
    rf"|(?:armed|masked|unidentified)\s+(?:{alt(EN.ARMED_BAND_NOUNS)}))\b", re.IGNORECASE)
_SENTENCE_BREAK = re.compile(r"[.!?][\"”’']?\s+|\n")


_PERSONS = frozenset(EN.PERSON_WORDS) | frozenset(EN.TRADE_PERSONS)
_MEMBERS = frozenset(EN.MEMBERSHIP_NOUNS)


def listed_people(toks: list[str]) -> bool:
    """Does the counted group's head name people by a listed word (or a name, "-men", a
    membership), not by a suffix that machines share ("two rovers")?"""
    head = toks[-1]
    low = head.lower()
    return bool(head[:1].isupper() or low in _PERSONS or low.rstrip("s") in _PERSONS
                or low.endswith(("men", "man")) or _MEMBERS.intersection(w.lower() for w in toks))


def not_seen_since(s: str, gend: int, toks: list[str]) -> int | None:
    """End of "have not been seen since" right after the people counted up to ``gend``:
    ``toks`` names them by a listed word, or is empty (a bare count the caller vouches
    for)."""
    if toks and not listed_people(toks):
        return None
    m = _NOT_SEEN.match(s, gend)
    return m.end() if m else None


def in_captivity(s: str, gend: int) -> int | None:
    """End of "are still in captivity" right after the people counted up to ``gend``."""
    m = _IN_CAPTIVITY.match(s, gend)
    return m.end() if m else None


def _previous_sentence_start(low: str, at: int) -> int:
    """Where the sentence before the one starting at ``at`` starts in the document."""
    breaks = [m.end() for m in _SENTENCE_BREAK.finditer(low, max(0, at - 600), max(0, at - 2))]
    return breaks[-1] if breaks else max(0, at - 600)


def captors_named_near(low: str, sent_start: int, sent_end: int, group: tuple[int, int],
                       toks: list[str]) -> bool:
    """Are captors or a capture named in the sentence [sent_start, sent_end) of the lowered
    document ``low``, outside the counted people ``group``, or in the sentence before? Never
    for suspects, whom police hold."""
    if toks and toks[-1].lower() in EN.SUSPECT_NOUNS:
        return False
    start = _previous_sentence_start(low, sent_start)
    return bool(_CAPTORS_NEAR.search(low, start, group[0])
                or _CAPTORS_NEAR.search(low, group[1], sent_end))
