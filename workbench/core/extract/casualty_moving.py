"""The displaced told by a journey, an arrival or a registration (round en141).

News counts the people a war drove out by what they did next as often as by "fled":
households that "relocated to the school", thousands who "walked to the camp", people who
"have since moved west", residents who "have left, the mayor said", families "registered
at the border reception point" or "registered as new arrivals", people who "arrived in
the neighbouring town" and those "living in tents" or "sleeping in the open". Each wording
is written as the flight's own ("fled to", "fled", "displaced", "have taken refuge") and handed to
``casualty_went_away``, whose gate keeps it only after a word of violence and without a
purpose of leisure or work after it; the flight's checks then read only civilians, a crowd
or households ("the team moved west", "moved 200 troops to the front", "40 trucks crossed
into the town" stay nothing). The words live in ``lang/en.py``'s round en141 block.

A journey's verb is read only right after the people (a bare count, or a count of a people
named by its country: "250,000 Sudanese have left the country"), perhaps past an
auxiliary and an adverb, and before where they went: "the army moved 200 troops" has its
object there. "crossed" is read before "into" or over a river or a border, "reached" before
a place of refuge ("700 new arrivals reached the reception centre"). A move whose own
sentence gives violence as its cause after it ("since fighting intensified") needs no word
of violence before it.

Registration is read only in a place that is none of voting, study, work or care, and only
of the people who registered: a body's register as its object ("the agency registered
1,100 households") is left to the flight's own count, as the blind sets' gold leaves it.
A stay is read in the present only ("were living in the school" when it was hit is where
people were) and only before any flight told (after it, the people sheltering are a part of
the displaced the gold leaves to the flight's count).
"""

from __future__ import annotations

import re
from functools import cache

from .casualty_arrival_told import ARRIVAL_STEMS, arrival_edits
from .lang import en as EN
from .lang.build import alt
from .spans import matches_at_words

Edit = tuple[int, int, str]

_WINDOW = 48
# what a text must hold for any reader here to run
_JOURNEY_STEMS = ("relocated", "walked", "trekked", "moved", "crossed", "left the", "left their",
                  "reached", *EN.JOURNEY_FLOW_VERBS)
# (each stem once: "arrived" and "reached" are also arrival stems, and the gate scans the
# whole text for each)
_STEMS = tuple(dict.fromkeys((*_JOURNEY_STEMS, "regist", "arrived", " left", "living", "sleeping",
                              *ARRIVAL_STEMS)))
# the flight's wording by how the journey was told
_JOURNEY_AS = {"line": "fled across", "reached": "fled to", "": "fled"}


@cache
def _people_before() -> re.Pattern[str]:
    # the people, then perhaps an auxiliary and an adverb, right before the verb
    return re.compile(
        rf"(?:\b(?:{alt(EN.JOURNEY_PEOPLE)})|\d[\d,.]*\d|\b\d"
        rf"|(?:\d|\bthousands|\bhundreds)[\d,.]*(?:\s+million)?\s+(?-i:[A-Z][a-z]+)"
        rf"(?:{alt(EN.NATIONALITY_ENDINGS)}))\s+"
        rf"(?:(?:{alt(EN.JOURNEY_AUXILIARIES)})\s+)?"
        rf"(?:(?:been|{alt(EN.JOURNEY_ADVERBS)})\s+)?$", re.IGNORECASE)


@cache
def _journey() -> re.Pattern[str]:
    return re.compile(
        rf"\b(?:{alt(EN.JOURNEY_VERBS)})(?=\s+(?:{alt(EN.JOURNEY_WHERE)})\b"
        # (round en192) or from where they came to where they went: "have moved from border
        # villages to Kaya"
        r"|\s+(?P<came>from)\s+(?:[\w'’\-]+\s+){1,5}?(?:to|into)\s)"
        rf"|\bcrossed(?=\s+(?:{alt(EN.CROSSED_WHERE)})\b)"
        rf"|\b(?P<line>crossed)(?=\s+the\s+(?:{alt(EN.CROSSED_LINES)})\b)"
        rf"|\bleft(?=\s+(?:{alt(EN.LEFT_COUNTRY)})\b)"
        rf"|\b(?P<reached>{alt(EN.REACHED_VERBS)})(?=\s+(?:(?:the|a|an)\s+)?"
        rf"(?:[\w'’\-]+\s+){{0,3}}?(?:{alt(EN.REFUGE_ARRIVAL_PLACES)})\b)", re.IGNORECASE)


@cache
def _left_told() -> re.Pattern[str]:
    # the teller within a few words after the comma
    return re.compile(
        rf"\bleft(?=\s*,\s+(?:[\w'’\-]+\s+){{0,5}}?(?:{alt(EN.LEFT_TELLER_VERBS)})\b)",
        re.IGNORECASE)


@cache
def _passive_before() -> re.Pattern[str]:
    return re.compile(r"\b(?:were|was|been|being)\s+$", re.IGNORECASE)


@cache
def _registered_in() -> re.Pattern[str]:
    return re.compile(
        rf"\bregistered\s+(?:{alt(EN.REGISTERED_WHERE)})\b"
        rf"(?![^.;!?\n]{{0,40}}?\b(?:{alt(EN.REGISTERED_NOT_PLACES)})\b)", re.IGNORECASE)


@cache
def _registered_as() -> re.Pattern[str]:
    return re.compile(rf"\bregistered\s+as\s+(?:{alt(EN.REGISTERED_AS)})\b", re.IGNORECASE)


@cache
def _arrived_near() -> re.Pattern[str]:
    return re.compile(
        rf"\barrived\s+(?:in|at)(?=\s+(?:the\s+)?(?:{alt(EN.ARRIVAL_NEAR_WORDS)})\s+"
        rf"(?:{alt(EN.ARRIVAL_NEAR_PLACES)})\b)", re.IGNORECASE)


@cache
def _living() -> re.Pattern[str]:
    return re.compile(
        # (the present only: "were living in the school" when it was hit is where people
        # were, not a refuge taken)
        r"\b(?:are|have\s+been)\s+(?:(?:now|still)\s+)?"
        rf"(?:{alt(EN.REFUGE_LIVING_PARTICIPLES)})(?=\s+(?:{alt(EN.REFUGE_PLACE_PREPOSITIONS)})"
        rf"\s+(?:[\w'’\-]+\s+){{0,3}}?(?:{alt(EN.REFUGE_LIVING_PLACES)})\b)", re.IGNORECASE)


@cache
def _flight_told() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alt(EN.SHELTER_FLIGHT_WORDS)})\b")


def _stays(text: str, low: str) -> list[Edit]:
    edits = [(m.start(), m.end(), "have taken refuge") for m in _living().finditer(text)]
    if not edits:
        return edits
    # after a flight told, the people living somewhere are a part of the displaced, which
    # the gold leaves to the flight's own count (as casualty_went_away's sheltering)
    flight = _flight_told().search(low, 0, max(a for a, _, _ in edits))
    return [e for e in edits if flight is None or e[0] < flight.start()]


def _after_people(text: str, at: int) -> bool:
    return _people_before().search(text, max(0, at - _WINDOW), at) is not None


def _journeys(text: str) -> list[Edit]:
    # (round en192) a journey told from where people came is read only with its violence
    # told after it in its sentence ("since the attacks"): the move from one place to
    # another alone is any move
    return [(m.start(), m.end(), _JOURNEY_AS[m.lastgroup or ""] if m.lastgroup != "came"
             else "fled") for m in _journey().finditer(text)
            if _after_people(text, m.start()) and (
                m.group("came") is None or _cause_after().match(text, m.end()))]


def _registrations(text: str, low: str) -> list[Edit]:
    edits: list[Edit] = [(m.start(), m.end(), "fled to") for m in _registered_in().finditer(text)
                         if _after_people(text, m.start())]
    if "registered as" in low:
        edits += [(m.start(), m.end(), "displaced") for m in _registered_as().finditer(text)
                  if _after_people(text, m.start())]
    return edits


def _left_with_teller(text: str) -> list[Edit]:
    return [(m.start(), m.end(), "fled") for m in _left_told().finditer(text)
            if not _passive_before().search(text, max(0, m.start() - 8), m.start())]


def moving_edits(text: str, low: str) -> tuple[list[Edit], list[Edit]]:
    """(start, end, the flight's wording) of each journey, arrival, registration or stay
    of the displaced in ``text`` (``low`` its lowered copy), in no order: those whose own
    sentence gives violence as their cause after them ("have registered at the reception
    centre since fighting intensified"), kept as they are, and the others, for
    casualty_went_away's gate of violence told before them."""
    if not any(map(low.__contains__, _STEMS)):
        return [], []
    edits = _all_edits(text, low)
    caused = [e for e in edits if _cause_after().match(text, e[1])]
    return caused, [e for e in edits if e not in caused]


@cache
def _cause_after() -> re.Pattern[str]:
    return re.compile(rf"[^.;!?\n]{{0,60}}?\b(?:{alt(EN.CAUSE_AFTER_OPENERS)})\s+"
                      rf"(?:(?:(?:{alt(EN.CAUSE_AFTER_ADJECTIVES)})\s+)?"
                      rf"(?:{alt(EN.LEFT_SINCE_CAUSES)})\b"
                      # (round en192) or an armed band's act: "after militants attacked"
                      rf"|(?:the\s+)?(?:(?:{alt(EN.MISSING_TAKEN_ADJECTIVES)})\s+)?"
                      rf"(?:{alt(EN.CAPTOR_NOUNS)}|{alt(EN.CAPTOR_MEN)})\s+(?:had\s+)?"
                      rf"(?:{alt(EN.CAUSE_AFTER_ACTS)})\b)", re.IGNORECASE)


def _all_edits(text: str, low: str) -> list[Edit]:
    edits: list[Edit] = []
    if any(map(low.__contains__, _JOURNEY_STEMS)):
        edits += _journeys(text)
    if "regist" in low:
        edits += _registrations(text, low)
    if " left" in low:
        edits += _left_with_teller(text)
    if "arrived" in low:
        edits += [(m.start(), m.end(), "fled to")
                  for m in matches_at_words(_arrived_near(), text, low, ("arrived",))
                  if _after_people(text, m.start())]
    if "living" in low or "sleeping" in low:
        edits += _stays(text, low)
    edits += arrival_edits(text, low, _after_people)  # (round en150) arrivals, hosts, camps
    return edits
