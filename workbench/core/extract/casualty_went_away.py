"""The displaced told by where they went (round en131).

News tells people who fled by their move or their refuge as often as by "fled": families
who "have moved into the town", residents who "sought shelter in the school", hundreds who
"spent the night in church halls" or "were sheltering overnight in mosques", households who
"arrived in the camp", a crowd that "has arrived in" a town by its name or that "left" at
its sentence's end, people who "remain displaced" or were "driven from the area". Each
wording is written, on the copy of the text that ``casualty_state`` reads, as the flight's
own ("have fled into the town", "have sought refuge in the school", "are displaced",
"people who fled the area"), so the flight's checks decide: only
civilians, a crowd or whole households are displaced ("three fighters left the town",
"tens of thousands of tourists arrived" stay nothing), and every rule that reads flight
past an aside, a relative or a place holds for the move too.

A move tells flight only in a text about violence: the wordings of a move are rewritten
only after a word of violence in the document ("the 40 families who moved into the new
estate" is no flight). A stay in a place of care or custody ("spent the night in
hospital") or a hiding place ("took shelter in the basement" as the shells fell) is none.
People sheltering or camped somewhere are read as a refuge taken in the simple past, which
the flight reads only of a crowd or households ("60 people were sheltering in a basement"
are people hiding from one attack), and only where no flight is told before them (a part
of the displaced told sheltering is ``casualty_sheltering``'s). Shelter sought, taken or
found and a night spent in a place are read in the perfect, whatever the count: a refuge
reached is a stay, not the escape from a scene that "two women fled the attackers" is.
"""

from __future__ import annotations

import re
from functools import cache

from .casualty_moving import moving_edits
from .lang import en as EN
from .lang.build import alt
from .spans import matches_at_words

Edit = tuple[int, int, str]

# what a text must hold for a move to be looked for at all
_STAYING = tuple(f" {word}" for word in EN.SHELTER_STAY_PARTICIPLES)
_MOVE_STEMS = (" moved", "shelter", " spent", " arrived", " left", *_STAYING)
_AS_BE = {"remain": "are", "remains": "is", "remained": "were"}
# a place of care, custody or hiding within the few words after the preposition
_NOT_REFUGE = r"(?!(?:\s+[\w'’\-]+){1,4}?\s+(?:" + alt(EN.REFUGE_NOT_PLACES) + r")\b)"
_PLACE = (rf"(?=(?:\s+(?:{alt(EN.REFUGE_STAY_ADVERBS)}))?"
          rf"\s+(?:{alt(EN.REFUGE_PLACE_PREPOSITIONS)})\b{_NOT_REFUGE})")
# Each wording is found at its rarest word and what must stand before it is looked for in
# a short window there (a pattern that opened with the auxiliaries or the people's nouns
# would be tried at every "have" and every "people" of the text).
_WINDOW = 40


@cache
def _remaining() -> re.Pattern[str]:
    return re.compile(r"\b(?P<v>remain|remains|remained)\s+(?:still\s+)?displaced\b",
                      re.IGNORECASE)


@cache
def _driven() -> re.Pattern[str]:
    # "about 15,000 people driven from the area": no auxiliary, the people right before
    return re.compile(rf"\b(?:{alt(EN.DRIVEN_OUT_PARTICIPLES)})\s+(?:from|out\s+of)"
                      r"(?!\s+(?:their|his|her)\s)", re.IGNORECASE)


@cache
def _people_before() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alt(EN.FLEEING_CIVILIANS)})\s+$", re.IGNORECASE)


@cache
def _violence() -> re.Pattern[str]:
    cues = (*EN.VIOLENCE_CUES, *EN.FLED_VIOLENCE, *EN.MOVE_VIOLENCE_CUES)
    return re.compile(rf"\b(?:{alt(cues)})\b", re.IGNORECASE)


@cache
def _flight_told() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alt(EN.SHELTER_FLIGHT_WORDS)})\b")


@cache
def _perfect_before() -> re.Pattern[str]:
    return re.compile(rf"\b(?:have|has|had)\s+(?:(?:{alt(EN.WENT_MOVE_ADVERBS)})\s+)?$",
                      re.IGNORECASE)


@cache
def _moved() -> re.Pattern[str]:
    # the perfect only (looked for before it)
    return re.compile(rf"\bmoved(?=\s+(?:{alt(EN.WENT_MOVE_AFTER)})\b{_NOT_REFUGE}|\s*[.,;:!?])",
                      re.IGNORECASE)


@cache
def _shelter() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alt(EN.SHELTER_NOUNS)}){_PLACE}", re.IGNORECASE)


@cache
def _shelter_taker() -> re.Pattern[str]:
    # the verb before the shelter, perhaps after an auxiliary and an adverb
    return re.compile(rf"\b(?:(?P<aux>have|has|had)\s+(?:[a-z]+ly\s+)?)?"
                      rf"(?P<v>{alt(EN.SHELTER_TAKING_VERBS)})\s+$", re.IGNORECASE)


@cache
def _night_spent() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alt(EN.NIGHT_SPENT)}){_PLACE}", re.IGNORECASE)


@cache
def _sheltering() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alt(EN.SHELTER_STAY_PARTICIPLES)}){_PLACE}", re.IGNORECASE)


@cache
def _being_before() -> re.Pattern[str]:
    return re.compile(r"\b(?:are|were|have\s+been|had\s+been)\s+(?:(?:now|still)\s+)?$",
                      re.IGNORECASE)


@cache
def _arrived() -> re.Pattern[str]:
    return re.compile(
        r"\barrived\s+(?:in|at)(?=\s+(?:(?:the|a|an)\s+)?(?:[\w'’\-]+\s+){0,3}?"
        rf"(?:{alt(EN.REFUGE_ARRIVAL_PLACES)})\b)"
        # (in the perfect, looked for before it: a town by its name)
        rf"|\barrived\s+(?P<town>{alt(EN.REFUGE_ARRIVAL_TOWN_OPENERS)})(?=\s+(?-i:[A-Z][a-z]))",
        re.IGNORECASE)


@cache
def _left_at_end() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alt(EN.LEFT_AT_END)})(?=\s*[.;!?](?:\s|$))", re.IGNORECASE)


@cache
def _not_simple_past() -> re.Pattern[str]:
    # a passive "were left." or the perfect, which the flight reads as written
    return re.compile(r"\b(?:were|was|been|have|has|had)\s+$", re.IGNORECASE)


def _before(rx: re.Pattern[str], text: str, at: int) -> re.Match[str] | None:
    return rx.search(text, max(0, at - _WINDOW), at)


def _shelter_edits(text: str, at: int) -> list[Edit]:
    edits = []
    for m in _shelter().finditer(text, at):
        verb = _before(_shelter_taker(), text, m.start())
        if verb is None:
            continue
        said = verb.group("v").lower()
        # (a case-blind match may hold a letter that lowers to no key: "ſought")
        new = said if verb.group("aux") else EN.SHELTER_TAKING_VERBS.get(said)
        if new is None:
            continue
        edits.append((verb.start("v"), m.end(), f"{new} refuge"))
    return edits


def _night_edits(text: str, at: int) -> list[Edit]:
    edits = []
    for m in _night_spent().finditer(text, at):
        perfect = _before(_perfect_before(), text, m.start())
        edits.append((m.start(), m.end(), "taken refuge" if perfect else "have taken refuge"))
    return edits


def _arrival_edits(text: str, low: str) -> list[Edit]:
    # (every match of _arrived opens with "arrived")
    return [(m.start(), m.end(), "fled to")
            for m in matches_at_words(_arrived(), text, low, ("arrived",))
            if not m.group("town") or _before(_perfect_before(), text, m.start())]


def _sheltering_edits(text: str, low: str) -> list[Edit]:
    edits = [(being.start(), m.end(), "took refuge") for m in _sheltering().finditer(text)
             if (being := _before(_being_before(), text, m.start()))]
    if not edits:
        return edits
    # (after a flight told, a part of the crowd sheltering is read as written:
    # casualty_sheltering.py)
    flight = _flight_told().search(low, 0, edits[-1][0])
    return [e for e in edits if flight is None or e[0] < flight.start()]


def went_away_edits(text: str, low: str) -> list[Edit]:
    """(start, end, the flight's wording) of each move or refuge of the displaced in
    ``text`` (``low`` its lowered copy), in no order."""
    edits: list[Edit] = []
    if "remain" in low and "displaced" in low:
        edits += [(m.start("v"), m.end("v"), be) for m in _remaining().finditer(text)
                  if (be := _AS_BE.get(m.group("v").lower()))]
    if "driven" in low or "forced" in low or "chased" in low:
        edits += [(m.start(), m.end(), "who fled") for m in _driven().finditer(text)
                  if _before(_people_before(), text, m.start())]
    caused, moves = moving_edits(text, low)  # (round en141) journeys, arrivals, stays
    edits += caused
    if not moves and not any(map(low.__contains__, _MOVE_STEMS)):
        return edits
    if " moved" in low:
        moves += [(m.start(), m.end(), "fled") for m in _moved().finditer(text)
                  if _before(_perfect_before(), text, m.start())]
    if "shelter" in low:
        moves += _shelter_edits(text, 0)
    if " spent" in low:
        moves += _night_edits(text, 0)
    if any(map(low.__contains__, _STAYING)):
        moves += _sheltering_edits(text, low)
    if " arrived" in low:
        moves += _arrival_edits(text, low)
    if " left" in low:
        moves += [(m.start(), m.end(), "fled") for m in _left_at_end().finditer(text)
                  if not _before(_not_simple_past(), text, m.start())]
    if not moves:
        return edits
    # a move tells flight only after a word of violence
    violence = _violence().search(text, 0, max(a for a, _, _ in moves))
    if violence is None:
        return edits
    return edits + [move for move in moves if move[0] >= violence.end()
                     and not _ordinary_after().match(text, move[1])]


@cache
def _ordinary_after() -> re.Pattern[str]:
    # the rest of the move's sentence gives it a purpose of leisure or work, or a span of
    # years: "have arrived in Baraka for the festival", "have moved to villages near the
    # lake to retire", "have moved away from the centre over the past decade"
    return re.compile(rf"[^.;!?\n]{{0,80}}?\b(?:{alt(EN.MOVE_ORDINARY_AFTER)})\b",
                      re.IGNORECASE)
