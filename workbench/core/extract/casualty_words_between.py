"""Outcomes told with words between them and their count or copula (round en142).

The rules read an outcome in a fixed order: counted people, a copula or an auxiliary, the
outcome word. News sets words in that order that no rule expects: an adverb or an idiom
between the copula and the state ("are therefore still missing", "are as yet unaccounted
for", "is yet to be accounted for", "remain, as of Friday, in hospital"), a source
without commas ("73 people it says are still held"), a seizing verb with its particle or
a second verb ("were led away", "were caught and held by border guards"), an outcome
word used as a noun ("Three of the rescued were taken to hospital"), a stay in the simple
present or behind a place of origin ("refugees live in the camps", "people from the town
... are living in camps").

Each is found by its shape with a short, closed set of words between (``lang/en.py``'s
round en142 block) and written as the order the rules read: the words between are cut, or
the verb group is written as the outcome's own ("is unaccounted for", "were detained by
border guards", "were taken away"). The text is read again so told, each figure's offsets
are carried back as ``casualty_state`` does for a state told as an event, and a figure the
text as written gives too keeps its span. The rewritings never match their own output, so
a reread text is read once. Each shape is gated by a word it cannot stand without, so text
without them costs one scan of its lowered words.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from .casualty_state import apart, carry_told, told_with
from .lang import en as EN
from .lang.build import alt, alt_branches

Figure = dict[str, object]
Edit = tuple[int, int, str]

_COPULA = r"is|are|was|were|remain|remains|remained|have\s+been|has\s+been|had\s+been"
# Each pattern opens at its rare words (an adverb, an aside's opener, a saying verb), and
# what stands before them is checked on a short stretch only when they are found: opened at
# a copula or a word, the search would try most positions of every text.
_ADVERB_GAP = re.compile(
    rf"\b(?P<gap>(?:{alt(EN.BETWEEN_STATE_ADVERBS)})\s+)"
    rf"(?=(?:still\s+)?(?:{alt(EN.BETWEEN_STATES)})\b)", re.IGNORECASE)
_COPULA_BEFORE = re.compile(rf"\b(?:{_COPULA})\s+$", re.IGNORECASE)
_ASIDE_GAP = re.compile(
    rf"(?P<gap>,\s*(?:{alt(EN.BETWEEN_ASIDE_OPENERS)})\b[^,.;:!?\n]{{0,40}},)"
    rf"(?=\s+(?:still\s+)?(?:{alt(EN.BETWEEN_STATES)})\b)", re.IGNORECASE)
_STATE_COPULA_BEFORE = re.compile(r"\b(?:is|are|was|were|remain|remains|remained)\s*$",
                                  re.IGNORECASE)
_YET_TO_BE = re.compile(
    rf"\b(?:yet|still)\s+to\s+be\s+(?:{alt(EN.YET_TO_BE_STATES)})\b"
    rf"(?!\s+(?:{alt(EN.YET_TO_BE_NOT_AFTER)})\b)", re.IGNORECASE)
_AUX_BEFORE = re.compile(
    r"\b(?P<aux>is|are|was|were|remains?|remained|has|have|had)\s+(?:still\s+|as\s+)?$",
    re.IGNORECASE)
_AS_STATE = {"has": "is", "have": "are", "had": "were"}
_BARE_SOURCE = re.compile(
    rf" (?:{alt(EN.BARE_SOURCE_VERBS)})"
    r"(?= (?:are|is|were|was|have|has|had|remain|remains|remained)\s+(?:been\s+)?(?:still\s+)?"
    rf"(?:{alt((*EN.BETWEEN_STATES, *EN.BARE_SOURCE_OUTCOMES))})\b)")
_SPEAKER_BEFORE = re.compile(
    rf"(?<=[a-z]) (?:{alt(EN.BARE_SOURCE_SPEAKERS)}|the [a-z]+)$")
# soldiers and militias taking people may be abducting them (the gold reads "taken away by
# soldiers" as a capture): only the police-like forces make the taking an arrest
_FORCE = rf"(?:{alt((*EN.TAKING_ARREST_FORCES, *EN.HOME_TAKING_FORCES))})"
_BY_FORCE = re.compile(rf"\s+by\s+(?:the\s+|local\s+|armed\s+)?{_FORCE}\b", re.IGNORECASE)
_BY_CAPTOR = re.compile(
    rf"\s+by\s+(?:the\s+|armed\s+)?(?:{alt((*EN.CAPTOR_NOUNS, *EN.CAPTOR_MEN))})\b",
    re.IGNORECASE)
_PASSIVE = r"\b(?:were|was|have\s+been|has\s+been|had\s+been)\s+"
_LED_AWAY = re.compile(rf"{_PASSIVE}(?P<verb>(?:{alt(EN.LED_AWAY_VERBS)})|taken\s+away)\b"
                       r"(?P<questioning>\s+for\s+questioning)?", re.IGNORECASE)
_LED_AWAY_BARE = frozenset(EN.LED_AWAY_BARE)
_CAUGHT_AND = re.compile(
    rf"{_PASSIVE}(?P<verb>(?:{alt(EN.CAUGHT_FIRST_VERBS)})\s+and\s+"
    rf"(?:{alt(EN.CAUGHT_THEN_VERBS)}))\b", re.IGNORECASE)
_TAKEN_HOME = re.compile(
    rf"{_PASSIVE}(?P<verb>taken\s+from)(?=\s+(?:their|his|her)\s+homes?"
    rf"(?:\s+[a-z]+){{0,3}}?\s+by\s+(?:the\s+)?{_FORCE}\b)", re.IGNORECASE)
_RESCUED = re.compile(
    rf"\bof\s+the\s+(?P<word>{alt(EN.RESCUED_NOUNS)})"
    rf"(?=(?:\s+(?:{alt(EN.RESCUED_VERB_ADVERBS)}))?"
    r"\s+(?:were|was|had|have|are|is|died|remain|remained)\b|\s*[,.;])", re.IGNORECASE)
_LIVE_IN = re.compile(
    rf"(?<=[a-z] )(?P<verb>live|lived)(?=\s+in\s+(?:the\s+)?(?:{alt(EN.LIVE_IN_PLACES)})\b)",
    re.IGNORECASE)
_FROM_PLACE = re.compile(
    rf"\b(?:{alt(EN.ORIGIN_PEOPLE)})(?P<gap>\s+from\s+(?:the\s+)?[a-z][a-z'’\- ]{{2,60}}?)"
    rf"(?=\s+(?:are|were|have\s+been|had\s+been)\s+(?:now\s+|still\s+)?"
    rf"(?:{alt(EN.STAY_VERBS)})\b)", re.IGNORECASE)
_ORIGIN_NOT = re.compile(rf"\b(?:{alt(EN.ORIGIN_NOT_WORDS)})\b", re.IGNORECASE)


def _cut(m: re.Match[str]) -> Iterator[Edit]:
    yield m.start("gap"), m.end("gap"), ""


def _adverb_gap(m: re.Match[str], text: str) -> Iterator[Edit]:
    if _COPULA_BEFORE.search(text, max(0, m.start() - 20), m.start()):
        yield from _cut(m)


def _aside_gap(m: re.Match[str], text: str) -> Iterator[Edit]:
    before = _STATE_COPULA_BEFORE.search(text, max(0, m.start() - 12), m.start())
    if before:
        yield before.end(), m.end("gap"), " "


def _bare_source(m: re.Match[str], text: str) -> Iterator[Edit]:
    speaker = _SPEAKER_BEFORE.search(text, max(0, m.start() - 30), m.start())
    if speaker:
        yield speaker.start(), m.end(), ""


def _yet_to_be(m: re.Match[str], text: str) -> Iterator[Edit]:
    before = _AUX_BEFORE.search(text, max(0, m.start() - 20), m.start())
    if before:
        aux = before.group("aux")
        yield before.start(), m.end(), f"{_AS_STATE.get(aux.lower(), aux)} unaccounted for"


def _led_away(m: re.Match[str], text: str) -> Iterator[Edit]:
    # the police's taking is an arrest, as the gold reads "led away by police"; a bare
    # "led away" is the captors' taking, as a bare "taken away" is read; the police
    # taking people "for questioning" stays no figure, as the older rounds read it
    verb = " ".join(m.group("verb").lower().split())
    if m.group("questioning"):
        return
    if _BY_FORCE.match(text, m.end()):
        yield m.start("verb"), m.end("verb"), "detained"
    elif verb.startswith("taken"):
        return
    elif verb in _LED_AWAY_BARE or _BY_CAPTOR.match(text, m.end()):
        yield m.start("verb"), m.end("verb"), "taken away"


def _caught_and(m: re.Match[str], text: str) -> Iterator[Edit]:
    # the agent tells the outcome; with none, only a catch is the police's ("seized and
    # held" alone is read by the capture's own rules)
    if _BY_FORCE.match(text, m.end()):
        verb = "detained"
    elif _BY_CAPTOR.match(text, m.end()):
        verb = "abducted"
    elif m.group("verb").lower().startswith(("caught", "picked")):
        verb = "detained"
    else:
        return
    yield m.start("verb"), m.end("verb"), verb


def _taken_home(m: re.Match[str]) -> Iterator[Edit]:
    yield m.start("verb"), m.end("verb"), "detained at"


def _rescued(m: re.Match[str]) -> Iterator[Edit]:
    yield m.start("word"), m.end("word"), "survivors"


def _live_in(m: re.Match[str]) -> Iterator[Edit]:
    yield m.start("verb"), m.end("verb"), "are living" if m.group("verb") == "live" else \
        "were living"


def _from_place(m: re.Match[str]) -> Iterator[Edit]:
    if not _ORIGIN_NOT.search(m.group("gap")):
        yield from _cut(m)


# Each shape: the words one of which it cannot stand without, its pattern, its edits.
_Rule = tuple[tuple[str, ...], re.Pattern[str], Callable[..., Iterator[Edit]], bool]
_RULES: tuple[_Rule, ...] = (
    (tuple(EN.BETWEEN_STATE_ADVERBS), _ADVERB_GAP, _adverb_gap, True),
    (tuple(EN.BETWEEN_ASIDE_OPENERS), _ASIDE_GAP, _aside_gap, True),
    (("yet to be", "still to be"), _YET_TO_BE, _yet_to_be, True),
    ((), _BARE_SOURCE, _bare_source, True),
    ((*EN.LED_AWAY_VERBS, "taken away"), _LED_AWAY, _led_away, True),
    (tuple(f"{v} and" for v in EN.CAUGHT_FIRST_VERBS), _CAUGHT_AND, _caught_and, True),
    (("taken from",), _TAKEN_HOME, _taken_home, False),
    (tuple(EN.RESCUED_NOUNS), _RESCUED, _rescued, False),
    (("live in", "lived in"), _LIVE_IN, _live_in, False),
    (tuple(EN.STAY_VERBS), _FROM_PLACE, _from_place, False),
)


# One scan of the lowered text for every shape's words: the shapes none of whose words
# the text holds are never tried. A shape with no words opens at words rarer than any
# gate would be (a saying verb before a copula and a state) and is always tried: its own
# search costs less than a gate on "said".
_GATES: dict[str, list[int]] = {}
for _i, (_words, *_rest) in enumerate(_RULES):
    for _w in _words:
        _GATES.setdefault(" ".join(_w.lower().split()), []).append(_i)
# (at a word's start only: a branch per first letter lets the engine skip in C)
_GATE = re.compile(rf"(?<![a-z])(?:{alt_branches(tuple(_GATES))})")
_UNGATED = frozenset(i for i, (words, *_rest) in enumerate(_RULES) if not words)


def between_edits(text: str) -> list[Edit]:
    """The edits that write each construction of ``text`` in the order the rules read,
    sorted and apart."""
    # (a gate's space matches any run of white space: "according\tto" is "according to")
    shapes = {i for m in _GATE.finditer(text.lower())
              for i in _GATES[" ".join(m.group().split())]}
    shapes |= _UNGATED
    edits: list[Edit] = []
    for i, (_, rx, edit, with_text) in enumerate(_RULES):
        if i not in shapes:
            continue
        for m in rx.finditer(text):
            edits.extend(edit(m, text) if with_text else edit(m))
    return apart(edits)


def read_words_between(text: str, below: Callable[[str], list[Figure]],
                       read: Callable[[str], list[Figure]]) -> list[Figure]:
    """The figures of ``text`` with each construction of words between written in the
    rules' order (``read`` on the rewritten text, carried back), or ``below(text)`` when
    it holds none."""
    edits = between_edits(text)
    if not edits:
        return below(text)
    told = told_with(text, edits)
    as_written = below(text)
    found = carry_told(text, told, read(told[0]), as_written)
    # a figure only the text as written gives is kept: a rewriting must never cost one
    kept = [g for g in as_written if not any(_overlap(f, g) for f in found)]
    if not kept:
        return found
    return sorted((*found, *kept), key=lambda f: (int(str(f["start"])), int(str(f["end"]))))


def _overlap(f: Figure, g: Figure) -> bool:
    return int(str(f["start"])) < int(str(g["end"])) and int(str(g["start"])) < int(str(f["end"]))
