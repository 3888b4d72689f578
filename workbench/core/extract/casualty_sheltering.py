"""People sheltering away from home, told after the story's flight (sixty-ninth round).

"Most are staying with relatives; about 1,100 are sheltering in four schools", "some 800
villagers were sheltering at the mission": where part of a displaced crowd now lives. The
sets' gold reads such a count as displaced whenever the story has told of flight or
displacement before it (eleven sets). Words of shelter alone are also said of people who
hide from one attack ("60 people were sheltering in a basement as the shells fell"), so
the count is displaced only when:

* it is civilians (`FLEEING_CIVILIANS`) or a crowd with no noun (`FLEEING_CROWD` or more),
* a form of "be" and "sheltering" follow it, then a place preposition,
* and the document before the group has told of flight (`SHELTER_FLIGHT_WORDS`).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from .lang import en as EN
from .lang.build import alt

_CIVILIANS = frozenset(EN.FLEEING_CIVILIANS)
_PARTICIPLES = frozenset(EN.SHELTER_PARTICIPLES)
# (each with the space before it, built once: a string per word and call cost more than
# the scans)
_STAYING = tuple(f" {word}" for word in (*EN.SHELTER_STAY_PARTICIPLES,
                                          *EN.GATHERING_PARTICIPLES, "sleeping"))
# the place after a verb of sheltering or staying (shared with casualties.py)
SHELTER_PLACE_AHEAD = rf"(?=\s+(?:{alt(EN.SHELTER_PLACE_PREPOSITIONS)})\b)"
# a participle of staying (round en81: not "sheltering" alone), then its place
_STAYING_REST = (rf"\s+(?:(?:now|still)\s+)?(?:{alt(EN.SHELTER_STAY_PARTICIPLES)})"
                 + SHELTER_PLACE_AHEAD)


def fleeing_group(toks: list[str], low_n: float) -> bool:
    """Civilians by their noun, or a crowd with no noun: the people a flight can move."""
    return toks[-1].lower() in _CIVILIANS if toks else low_n >= EN.FLEEING_CROWD


@cache
def _sheltering() -> re.Pattern[str]:
    # (an origin may stand between the group and its verb: "people from the district")
    return re.compile(
        r"(?:\s+from\s+(?:the\s+)?[a-z][\w'’\-]*(?:\s+[a-z][\w'’\-]*){0,2}?)?"
        rf"\s+(?:{alt(EN.SHELTER_AUXILIARIES)}){_STAYING_REST}", re.IGNORECASE)


@cache
def _staying_after_part() -> re.Pattern[str]:
    # a part of the crowd told "of them", its form of "be" already read with the group
    # (round en81): "About 5,200 of them are | staying in schools"
    return re.compile(_STAYING_REST, re.IGNORECASE)


@cache
def _part_before() -> re.Pattern[str]:
    return re.compile(rf"\bof\s+them\s+(?:{alt(EN.SHELTER_AUXILIARIES)})$", re.IGNORECASE)


@cache
def _flight_told() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alt(EN.SHELTER_FLIGHT_WORDS)})\b")


@lru_cache(maxsize=8)
def _first_end(told: re.Pattern[str], doc_low: str) -> int:
    """Where the first match of ``told`` in the document ends, or -1: found once per
    document, where a search from its start for each count made a long report's many
    counts quadratic."""
    m = told.search(doc_low)
    return m.end() if m else -1


def _told_before(told: re.Pattern[str], doc_low: str, end: int) -> bool:
    """Does ``told`` match in ``doc_low`` before ``end`` (a word's end)?"""
    first = _first_end(told, doc_low)
    return 0 <= first <= end


def may_shelter(s: str) -> bool:
    """Whether a text holds a participle of staying or gathering at all (a cheap test
    first)."""
    return any(map(s.__contains__, _STAYING))


def sheltering_after_flight(s: str, gend: int, toks: list[str], low_n: float,
                            doc_low: str, base: int) -> tuple[int, list[str]] | None:
    """(end, group) of "about 1,100 are sheltering in ..." after a flight told earlier in
    the document (``doc_low``, lowered, up to the group's end; the sentence starts at
    ``base``), or None."""
    if toks and toks[-1].lower() in _PARTICIPLES:
        return None  # "9,000 sheltering": no form of "be", the clause on "with" reads it
    what = _staying_after_part() if not toks and _part_before().search(
        s, max(0, gend - 30), gend) else _sheltering()
    if not toks and " sleeping" in s and _sleeping().match(s, gend):
        what = _sleeping()  # (round en225) "about 600 are sleeping in two schools"
    return _after_flight(what, s, gend, toks, low_n, doc_low, base)


@cache
def _sleeping() -> re.Pattern[str]:
    # (round en225) a bare count, with no noun of its own, "are sleeping" somewhere in the
    # present: the displaced just counted, where a part of them sleeps now ("Most are
    # staying with relatives; about 600 are sleeping in two schools"). A count with its
    # noun ("1,200 people are sleeping in the open", "40 families were sleeping in the
    # school") tells a need of shelter or a night's stay, and stays unread (older gold).
    return re.compile(rf"\s+(?:{alt(EN.SLEEPING_AUXILIARIES)})\s+(?:(?:now|still)\s+)?"
                      r"sleeping" + SHELTER_PLACE_AHEAD, re.IGNORECASE)


def _after_flight(what: re.Pattern[str], s: str, gend: int, toks: list[str], low_n: float,
                  doc_low: str, base: int) -> tuple[int, list[str]] | None:
    """(end, group) when a group a flight can move is followed by ``what`` and the
    document has told of flight before it; None otherwise."""
    if not fleeing_group(toks, low_n):
        return None
    found = what.match(s, gend)
    if found is None or not _told_before(_flight_told(), doc_low, base + gend):
        return None
    return found.end(), toks


@cache
def _arriving() -> re.Pattern[str]:
    # (an origin may name places and run on: "people from Kessa and two neighbouring
    # settlements"; the place of arrival follows the verb)
    return re.compile(
        r"(?:\s+from\s+[^.,;:!?()\"“”\n]{1,60}?)?"
        rf"\s+(?:{alt(EN.ARRIVAL_AUXILIARIES)})\s+(?:(?:now|since|already)\s+)?"
        rf"(?:(?:{alt(EN.ARRIVAL_PARTICIPLES)})"
        rf"(?=\s+(?:{alt(EN.ARRIVAL_PLACE_OPENERS)})\b)"
        # (round en84) or a place's name as the object: "have reached Jalalaqsi"
        rf"|(?:{alt(EN.ARRIVAL_OBJECT_PARTICIPLES)})(?=\s+(?-i:[A-Z][a-z]))"
        # (round en81) or came together there: "some 1,200 have gathered at the mission"
        rf"|(?:{alt(EN.GATHERING_PARTICIPLES)})"
        rf"(?=\s+(?:{alt(EN.GATHERING_PLACE_OPENERS)})\b))", re.IGNORECASE)


def arriving_after_flight(s: str, gend: int, toks: list[str], low_n: float,
                          doc_low: str, base: int) -> tuple[int, list[str]] | None:
    """(end, group) of "about 1,400 people from Kessa had arrived at a camp", "Some 3,500
    had reached the town": where a displaced crowd came to, after a flight told earlier in
    the document (round 72), or None. Arrivals with no flight before ("500 pilgrims have
    arrived in the city") and those who are no civilians ("200 gunmen have arrived") are
    no figure."""
    return _after_flight(_arriving(), s, gend, toks, low_n, doc_low, base)


@cache
def _reaching_refuge() -> re.Pattern[str]:
    # (round en104) in the simple past too when the place is a border's or a camp's: "212
    # people reached the Ramokgwebana border post in a single day" ("reached the city on
    # Friday" may be any journey, and stays with the perfect above)
    return re.compile(
        rf"\s+(?:{alt(EN.REFUGE_REACHING_VERBS)})\s+(?:the|a)\s+(?:[A-Z][\w\-]*\s+){{0,3}}"
        rf"(?:{alt(EN.REFUGE_REACHED_PLACES)})\b")


def reaching_refuge_after_flight(s: str, gend: int, toks: list[str], low_n: float,
                                 doc_low: str, base: int) -> tuple[int, list[str]] | None:
    """(end, group) of "212 people reached the Ramokgwebana border post": a displaced
    crowd come to a border or a camp, after a flight told earlier in the document (round
    en104), or None."""
    if not fleeing_group(toks, low_n):
        return None
    found = _reaching_refuge().match(s, gend)
    if found is None or not _told_before(_refuge_told(), doc_low, base + gend):
        return None
    return found.end(), toks


@cache
def _refuge_told() -> re.Pattern[str]:
    # (a border crossed or refugees named tell the flight as "fled" does: "More than 1,300
    # people have crossed into Botswana", "the Dukwi refugee camp")
    return re.compile(rf"\b(?:{alt((*EN.SHELTER_FLIGHT_WORDS, *EN.REFUGE_FLIGHT_WORDS))})\b")


@cache
def _moving() -> re.Pattern[str]:
    # (round en89) the perfect only, as arrivals are read, then where they went
    return re.compile(
        r"(?:\s+from\s+[^.,;:!?()\"“”\n]{1,60}?)?"
        rf"\s+(?:{alt(EN.ARRIVAL_AUXILIARIES)})\s+(?:(?:now|since|already|all)\s+)?"
        rf"(?:(?:{alt(EN.MOVE_PARTICIPLES)})(?=\s+(?:{alt(EN.MOVE_PLACE_OPENERS)})\b)"
        rf"|left(?=\s+(?:{alt(EN.LEFT_MOVE_OPENERS)})\b))", re.IGNORECASE)


@cache
def _move_flight_told() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alt(EN.MOVE_FLIGHT_WORDS)})\b")


@cache
def _fear_after() -> re.Pattern[str]:
    return re.compile(rf"[^.;:!?\"“”]{{0,60}}?\b(?:{alt(EN.MOVE_FEAR_CUES)})\b", re.IGNORECASE)


def moved_after_flight(s: str, gend: int, toks: list[str], low_n: float,
                       doc_low: str, base: int) -> tuple[int, list[str]] | None:
    """(end, group) of "about 3,500 people had moved to Apatzingán town", "3,000 of them
    have left for the town centre": a crowd that a flight can move, gone somewhere after a
    flight told earlier in the document or for a fear told after it (round en89), else
    None. Moves with neither ("11 have moved to Belgrade since 2022") are journeys."""
    if not fleeing_group(toks, low_n):
        return None
    found = _moving().match(s, gend)
    if found is None:
        return None
    if (not _told_before(_move_flight_told(), doc_low, base + gend)
            and _fear_after().match(s, found.end()) is None):
        return None
    return found.end(), toks


@cache
def _staying_after_leaving() -> re.Pattern[str]:
    # (round en105) the same subject's second predicate, a stay somewhere: "..., and are now
    # staying in a school gymnasium" (a clause of up to 120 characters between, no sentence
    # end nor a clause of its own)
    return re.compile(
        r"[^.;:!?]{0,120}?(?:,\s*|\s+)and\s+(?:are|were)" + _STAYING_REST, re.IGNORECASE)


def stay_after_leaving(s: str, pos: int) -> bool:
    """Is a home left (ending at ``pos``) followed by the people's stay somewhere else, as
    one subject's two predicates ("About 90 residents of Bandrani left their homes on
    Tuesday ..., and are now staying in a school gymnasium")? Then they are displaced
    however few: "Two women left their homes to vote" tells no stay."""
    return may_shelter(s[pos:]) and _staying_after_leaving().match(s, pos) is not None
