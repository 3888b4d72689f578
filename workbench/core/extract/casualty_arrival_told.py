"""The displaced told by where they arrived, who took them in, or how an agency names them
(round en150).

Round en141 reads a journey, a registration or a stay as the flight's own wording; news
also counts the people a war drove out by the simple past of their arrival ("an estimated
8,000 people arrived in Gode", "about 900 households reached the town"), by the place that
took them in ("the parish is sheltering at least 1,500 people", "the town has been hosting
some 2,000 people"), by the camp "where some 18,000 people from Sinjar still live", and by
the agency's "new arrivals" counted in a sentence of their own ("Our teams counted 4,700
new arrivals between Friday and Tuesday").

Each is written as the flight's wording on the copy of the text that casualty_state reads,
through casualty_moving's edits, so casualty_went_away's gate keeps it only after a word of
violence and without a purpose of leisure or work after it, and the flight's checks then
read only civilians, a crowd or households ("8,000 delegates arrived for the summit", "200
diplomats left the country" stay nothing). An arrival is read only right after the counted
people, in a town by its name or in a town, a city or a village ("arrived at the
hospital" is care; "reached an agreement" no place). A host's people must follow the verb
at once as a count and a civilian noun ("is hosting 50,000 fans" are none); the verb with
its auxiliary is written as the active "displaced", whose object the flight's readers count.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from functools import cache

from .lang import en as EN
from .lang.build import alt
from .spans import matches_after_words, matches_at_words

Edit = tuple[int, int, str]

# what a text must hold for any reader here to run
ARRIVAL_STEMS = ("arrived", "reached", "host", "shelter", "arrivals", ", where ")


# what every match of _arrived_in_place opens with
_ARRIVED_OPENERS = ("arrived", "reached")


@cache
def _arrived_in_place() -> re.Pattern[str]:
    # a town by its name, or a settlement named by its kind
    return re.compile(
        r"\b(?:arrived\s+in|reached)(?=\s+(?-i:[A-Z][a-z]+)\b)"
        rf"|\b(?:arrived\s+(?:in|at)|reached)(?=\s+(?:the\s+)?"
        rf"(?:(?:{alt(EN.ARRIVAL_NEAR_WORDS)})\s+)?(?:{alt(EN.ARRIVAL_NEAR_PLACES)})\b)",
        re.IGNORECASE)


_HOSTING_VERBS = tuple(v.lower() for v in EN.HOSTING_VERBS)


@cache
def _host_count() -> re.Pattern[str]:
    # the host's verb, then the people's count and noun at once
    return re.compile(
        rf"(?P<verb>(?:\b(?P<aux>{alt(EN.HOSTING_AUXILIARIES)})\s+)?"
        # (the adverb is a whole word: "all" of "The mall sheltered", "then" of
        # "strengthen", would otherwise open the match inside a word)
        rf"(?:\b(?:{alt(EN.JOURNEY_ADVERBS)})\s+)?\b(?:{alt(EN.HOSTING_VERBS)}))\s+"
        rf"(?:(?:{alt(EN.QUALIFIERS)})\s+)?"
        rf"(?:\d[\d,.]*(?:\s+million)?|(?:{alt((*EN.UNITS, *EN.TENS, *EN.VAGUE))}))\s+"
        r"(?:of\s+)?"
        rf"(?P<noun>(?:{alt(EN.FLEEING_CIVILIANS)}))\b", re.IGNORECASE)


@cache
def _camp_where_live() -> re.Pattern[str]:
    # "the camp, where some 18,000 people from Sinjar still live"
    return re.compile(
        rf"\b(?:{alt(EN.REFUGE_LIVING_PLACES)}),?\s+where\s+[^.;!?\n]{{3,80}}?"
        rf"(?P<verb>\b(?:(?:still|now)\s+)?(?:{alt(EN.CAMP_STAY_VERBS)}))(?=\s*[.,;!?\n]|$)",
        re.IGNORECASE)


@cache
def _new_arrivals() -> re.Pattern[str]:
    # the agency's name for the newly fled, not followed by whose arrivals they are
    return re.compile(
        rf"\b(?:{alt(EN.NEWCOMER_ADJECTIVES)})\s+(?:{alt(EN.NEWCOMER_NOUNS)})\b(?!\s+of\b)",
        re.IGNORECASE)


@cache
def _newcomer_flight() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alt(EN.NEWCOMER_FLIGHT_CUES)})\b", re.IGNORECASE)


_SENTENCE_BREAK = re.compile(r"\. |\n")


def _newcomer_edits(text: str) -> list[Edit]:
    # where the sentence names no refuge (casualties.py reads those as they are); the
    # sentences are cut once and each is searched once, however many arrivals it holds (a
    # look back and a search per arrival took the square of a long text without full stops)
    matches = list(_new_arrivals().finditer(text))
    if not matches:
        return []
    breaks = [(b.start(), b.end()) for b in _SENTENCE_BREAK.finditer(text)]
    ends = [e for _, e in breaks]
    edits, flight = [], {}
    for m in matches:
        i = bisect_right(ends, m.start())
        start = breaks[i - 1][0] + 1 if i else 0
        end = breaks[i][0] if i < len(breaks) else len(text)
        if start not in flight:
            flight[start] = _newcomer_flight().search(text, start, end) is not None
        if not flight[start]:
            edits.append((m.start(), m.end(), "new refugees"))
    return edits


@cache
def _flight_told() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alt(EN.SHELTER_FLIGHT_WORDS)})\b")


def _arrivals(text: str, low: str, after_people: Callable[[str, int], bool]) -> list[Edit]:
    # after a flight told, the people who arrived are a part of the displaced, which the
    # flight's own readers count (casualty_sheltering: "Some 3,500 had reached the town")
    # (the flight is looked for only once an arrival is found: most texts hold none)
    edits: list[Edit] = []
    flight: re.Match[str] | bool | None = False
    for m in matches_at_words(_arrived_in_place(), text, low, _ARRIVED_OPENERS):
        if flight is False:
            flight = _flight_told().search(low)
        if (flight is None or m.start() < flight.start()) and after_people(text, m.start()):
            edits.append((m.start(), m.end(), "fled to"))
    return edits


def _hosts(text: str, low: str) -> list[Edit]:
    # the host's verb as the active "displaced", whose object the flight's readers count
    # ("The parish displaced at least 1,500 people"); a host in the pluperfect tells who was
    # there when a place was hit ("The monks had sheltered about 60 people there"), not a
    # refuge taken (as casualty_moving's stays)
    # (only an auxiliary and an adverb, words and white space, stand before the host's
    # verb in a match: it is tried only in the stretch of words before each such verb)
    return [(m.start("verb"), m.end("verb"), "displaced")
            for m in matches_after_words(_host_count(), text, low, _HOSTING_VERBS)
            if (m["aux"] or "").lower() not in EN.HOSTING_PAST_AUXILIARIES]


def arrival_edits(text: str, low: str, after_people: Callable[[str, int], bool]) -> list[Edit]:
    """(start, end, the flight's wording) of each arrival, host or camp stay of the
    displaced in ``text`` (``low`` its lowered copy); ``after_people`` tells whether a verb
    at a position follows the counted people at once (casualty_moving's test)."""
    if not any(map(low.__contains__, ARRIVAL_STEMS)):
        return []
    edits: list[Edit] = []
    if "arrived" in low or "reached" in low:
        edits += _arrivals(text, low, after_people)
    if "host" in low or "shelter" in low:
        edits += _hosts(text, low)
    if ", where " in low:
        edits += [(m.start("verb"), m.end("verb"), "have taken refuge")
                  for m in _camp_where_live().finditer(text)]
    if "arrivals" in low:
        edits += _newcomer_edits(text)
    return edits
