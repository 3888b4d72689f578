"""The displaced told by where they went (round en131).

News tells people who fled by their move or their refuge as often as by "fled": families
who "have moved into the town", residents who "sought shelter in the school", hundreds who
"spent the night in church halls", households who "arrived in the camp", people who
"remain displaced" or were "driven from the area". Each wording is written, on the copy of
the text that ``casualty_state`` reads, as the flight's own ("have fled into the town",
"have sought refuge in the school", "are displaced"), so the flight's checks decide: only
civilians, a crowd or whole households are displaced ("three fighters left the town",
"tens of thousands of tourists arrived" stay nothing), and every rule that reads flight
past an aside, a relative or a place holds for the move too.

A move tells flight only in a text about violence: the wordings of a move are rewritten
only after a word of violence in the document ("the 40 families who moved into the new
estate" is no flight). A stay in a place of care or custody ("spent the night in
hospital") or a hiding place ("took shelter in the basement" as the shells fell) is none.
People sheltering or camped somewhere are read as a refuge taken in the simple past, which
the flight reads only of a crowd or households ("60 people were sheltering in a basement"
are people hiding from one attack).
"""

from __future__ import annotations

import re
from functools import cache

from .lang import en as EN
from .lang.build import alt

Edit = tuple[int, int, str]

# what a text must hold for a move to be looked for at all
_MOVE_STEMS = (" moved", "shelter", " spent", " arrived", " camp", " stay", " left")
_AS_BE = {"remain": "are", "remains": "is", "remained": "were"}
_AUX = r"(?P<aux>have|has|had)\s+"
# a place of care, custody or hiding within the few words after the preposition
_NOT_REFUGE = r"(?!(?:\s+[\w'’\-]+){1,4}?\s+(?:" + alt(EN.REFUGE_NOT_PLACES) + r")\b)"
_PLACE = (rf"(?=(?:\s+(?:{alt(EN.REFUGE_STAY_ADVERBS)}))?"
          rf"\s+(?:{alt(EN.REFUGE_PLACE_PREPOSITIONS)})\b{_NOT_REFUGE})")


@cache
def _remaining() -> re.Pattern[str]:
    return re.compile(r"\b(?P<v>remain|remains|remained)\s+(?:still\s+)?displaced\b",
                      re.IGNORECASE)


@cache
def _driven_reduced() -> re.Pattern[str]:
    # "about 15,000 people driven from the area": no auxiliary, the people right before
    return re.compile(
        rf"\b(?:{alt(EN.FLEEING_CIVILIANS)})\s+(?P<v>(?:{alt(EN.DRIVEN_OUT_PARTICIPLES)})"
        r"\s+(?:from|out\s+of))(?!\s+(?:their|his|her)\s)", re.IGNORECASE)


@cache
def _violence() -> re.Pattern[str]:
    cues = (*EN.VIOLENCE_CUES, *EN.FLED_VIOLENCE, *EN.MOVE_VIOLENCE_CUES)
    return re.compile(rf"\b(?:{alt(cues)})\b", re.IGNORECASE)


@cache
def _flight_told() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alt(EN.SHELTER_FLIGHT_WORDS)})\b")


@cache
def _moved() -> re.Pattern[str]:
    return re.compile(
        rf"\b{_AUX}(?:(?:{alt(EN.WENT_MOVE_ADVERBS)})\s+)?(?P<v>moved)"
        rf"(?=\s+(?:{alt(EN.WENT_MOVE_AFTER)})\b{_NOT_REFUGE}|\s*[.,;:!?])", re.IGNORECASE)


@cache
def _left_at_end() -> re.Pattern[str]:
    # (not a passive "were left." nor the perfect, which the flight reads as written)
    return re.compile(
        r"(?<!\bwere\s)(?<!\bwas\s)(?<!\bbeen\s)(?<!\bhave\s)(?<!\bhas\s)(?<!\bhad\s)"
        rf"\b(?P<v>{alt(EN.LEFT_AT_END)})(?=\s*[.;!?](?:\s|$))", re.IGNORECASE)


@cache
def _shelter_taken() -> re.Pattern[str]:
    return re.compile(
        rf"\b(?:{_AUX}(?:[a-z]+ly\s+)?)?(?P<v>{alt(EN.SHELTER_TAKING_VERBS)})\s+"
        rf"(?:{alt(EN.SHELTER_NOUNS)}){_PLACE}", re.IGNORECASE)


@cache
def _night_spent() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{_AUX})?(?P<v>{alt(EN.NIGHT_SPENT)}){_PLACE}", re.IGNORECASE)


@cache
def _sheltering() -> re.Pattern[str]:
    return re.compile(
        r"\b(?P<v>(?:are|were|have\s+been|had\s+been)\s+(?:(?:now|still)\s+)?"
        rf"(?:{alt(EN.SHELTER_STAY_PARTICIPLES)})){_PLACE}", re.IGNORECASE)


@cache
def _arrived() -> re.Pattern[str]:
    return re.compile(
        rf"\b(?:{_AUX}(?:(?:{alt(EN.WENT_MOVE_ADVERBS)})\s+)?)?(?P<v>arrived\s+(?:in|at))"
        r"(?=\s+(?:(?:the|a|an)\s+)?(?:[\w'’\-]+\s+){0,3}?"
        rf"(?:{alt(EN.REFUGE_ARRIVAL_PLACES)})\b)"
        # (in the perfect, a town by its name)
        rf"|\b(?:have|has|had)\s+(?:(?:{alt(EN.WENT_MOVE_ADVERBS)})\s+)?(?P<v2>arrived\s+"
        rf"(?:{alt(EN.REFUGE_ARRIVAL_TOWN_OPENERS)}))(?=\s+(?-i:[A-Z][a-z]))", re.IGNORECASE)


def _shelter_words(m: re.Match[str]) -> str:
    verb = m.group("v").lower()
    return f"{verb if m.group('aux') else EN.SHELTER_TAKING_VERBS[verb]} refuge"


def went_away_edits(text: str, low: str) -> list[Edit]:
    """(start, end, the flight's wording) of each move or refuge of the displaced in
    ``text`` (``low`` its lowered copy), in no order."""
    edits: list[Edit] = []
    if "remain" in low and "displaced" in low:
        edits += [(m.start("v"), m.end("v"), _AS_BE[m.group("v").lower()])
                  for m in _remaining().finditer(text)]
    if "driven" in low or "forced" in low or "chased" in low:
        edits += [(m.start("v"), m.end("v"), "who fled") for m in _driven_reduced().finditer(text)]
    if not any(map(low.__contains__, _MOVE_STEMS)):
        return edits
    violence = _violence().search(text)
    if violence is None:
        return edits
    at = violence.end()
    moves: list[Edit] = []
    if " moved" in low:
        moves += [(m.start("v"), m.end("v"), "fled") for m in _moved().finditer(text, at)]
    if "shelter" in low:
        moves += [(m.start("v"), m.end(), _shelter_words(m))
                  for m in _shelter_taken().finditer(text, at)]
    if " spent" in low:
        moves += [(m.start("v"), m.end("v"), "taken refuge" if m.group("aux") else
                   "have taken refuge") for m in _night_spent().finditer(text, at)]
    if "shelter" in low or " camp" in low or " stay" in low:
        # (after a flight told, a part of the crowd sheltering is read as written:
        # casualty_sheltering.py)
        flight = _flight_told().search(low)
        until = flight.start() if flight else len(text)
        moves += [(m.start("v"), m.end("v"), "took refuge")
                  for m in _sheltering().finditer(text, at, until)]
    if " left" in low:
        moves += [(m.start("v"), m.end("v"), "fled") for m in _left_at_end().finditer(text, at)]
    if " arrived" in low:
        moves += [(m.start(m.lastgroup or "v"), m.end(m.lastgroup or "v"), "fled to")
                  for m in _arrived().finditer(text, at)]
    return edits + moves
