"""Captives told by how they were moved, where they are held, and their release (round en151).

News tells a taking without "kidnapped" or "abducted": by the move that made it ("were
bundled into a van by masked men", "a fifth was dragged into the bush by the attackers",
"nine people the raiders had carried off"), by where and how people are kept ("held against
their will at a compound", "6,000 prisoners of war remain in captivity", "kidnapped five of
its 17 crew members"), and by a return that ends it ("187 servicemen had been returned in
the exchange"). Each is written as a form the rules already read, the text is read again
with offsets carried back, and only new figures that touch a changed stretch and overlap no
figure of the text as written are kept (``casualty_state_cause._with_told``). The outcome is
never chosen here: the rules read it at the rewritten verb, and a move's taker only decides
which verb is written ("abducted" for an armed band, "arrested" for the police or the
state's men in plain clothes, nothing for anyone else). Every pattern is gated by a plain
substring check; the words live in ``lang/en.py``'s round en151 block.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from .casualty_custody_told import _word_start
from .casualty_state import told_with
from .casualty_state_cause import Edit, Figure, Reader, _with_told
from .figure_spans import FigureSpans, span_of
from .lang import en as EN
from .lang.build import alt, alt_branches

# a holding told after the people it counts is theirs ("freed about 150 foreign workers held
# against their will"): a new figure may end this far before the changed words
_REACH = 60
PeopleAt = Callable[[str, int], bool]
_DIGIT = re.compile(r"\d")
_AWAY_GATES = tuple(sorted({v.split()[0] for v in EN.MOVED_AWAY_VERBS}))


@cache
def _moved_passive() -> re.Pattern[str]:
    # "were bundled into an unmarked car by armed men": the verb is looked for first (rarer
    # than its auxiliary), the taker after "by" within the same clause
    return re.compile(
        rf"(?P<v>{alt_branches(EN.MOVED_PASSIVE_VERBS)})\s+(?P<d>{alt(EN.MOVED_DIRECTIONS)})\b"
        r"(?P<rest>[^.;:!?\n\"“”]{0,80}?)\bby\s+(?:the\s+|a\s+|an\s+|some\s+|\d+\s+|several\s+)?"
        rf"(?P<taker>(?:(?:{alt(EN.MOVED_TAKER_ADJECTIVES)})\s+)*[\w\-]+(?:\s+[\w\-]+)?)")


_RETURN_AUX = re.compile(r"\b(?:been|were|was|are|is|being)\s+$", re.IGNORECASE)
_PASSIVE_AUX = re.compile(r"\b(?:was|were|been|being|get|got|is|are)\s+(?:\w+ly\s+)?$",
                          re.IGNORECASE)


@cache
def _captor() -> re.Pattern[str]:
    return re.compile(
        rf"^(?:(?:{alt(EN.MOVED_TAKER_ADJECTIVES)})\s+)*(?:{alt(EN.CAPTIVITY_HOLDERS)}"
        rf"|{alt(EN.ARMED_BAND_NOUNS)}|{alt(EN.CAPTOR_MEN)})\b", re.IGNORECASE)


@cache
def _state_taker() -> re.Pattern[str]:
    return re.compile(
        rf"^(?:(?:{alt(EN.MOVED_TAKER_ADJECTIVES)})\s+)*(?:{alt(EN.MOVED_STATE_TAKERS)})\b",
        re.IGNORECASE)


@cache
def _armed_men() -> re.Pattern[str]:
    # "men" and "youths" take people only when armed or masked ("by unidentified men")
    return re.compile(rf"^(?:{alt(EN.MOVED_TAKER_ADJECTIVES)})\s+", re.IGNORECASE)


def _taker_verb(taker: str, verb: str) -> str | None:
    if _state_taker().match(taker):
        return "arrested" if verb in EN.MOVED_ARREST_VERBS else None
    captor = _captor().match(taker)
    if captor is None:
        return None
    bare = taker.split()[0].lower() in EN.ARMED_BAND_NOUNS
    return None if bare and not _armed_men().match(taker) else "abducted"


def _moved_edits(text: str) -> list[Edit]:
    edits: list[Edit] = []
    for m in _moved_passive().finditer(text):
        if not (_word_start(text, m.start())
                and _PASSIVE_AUX.search(text, max(0, m.start() - 30), m.start())):
            continue
        verb, way = m.group("v").lower(), m.group("d").lower()
        if verb in EN.MOVED_FORCED_ONLY and way not in ("into", "onto", "aboard"):
            continue  # "forced from their homes by the fighting" is a flight
        if (new := _taker_verb(m.group("taker"), verb)) is not None:
            edits.append((m.start("v"), m.end("v"), new))
    return edits


@cache
def _away_verb() -> re.Pattern[str]:
    # the verb is looked for first (its first letters let the scan skip), its taker after
    # (lower case only, so the scan skips to their first letters: a headline in capitals is
    # left to the rules)
    return re.compile(rf"(?:{alt_branches(EN.MOVED_AWAY_VERBS)})\b")


@cache
def _away_taker() -> re.Pattern[str]:
    # "the raiders had carried off": the taker right before the verb, an armed band by its
    # noun ("the group took away 30 children on a trip" is an outing)
    return re.compile(
        rf"\b(?:{alt(EN.CAPTOR_NOUNS)}|{alt(EN.CAPTOR_MEN)})"
        r"\s+(?:(?:had|have|has)\s+)?$", re.IGNORECASE)


@cache
def _away_state_taker() -> re.Pattern[str]:
    # (round en192) "Police took away three protesters": the state's men right before
    return re.compile(
        rf"\b(?:{alt(EN.MOVED_STATE_TAKERS)})\s+(?:(?:had|have|has)\s+)?$", re.IGNORECASE)


def _carried_away(text: str) -> list[Edit]:
    edits: list[Edit] = []
    for m in _away_verb().finditer(text):
        if not _word_start(text, m.start()):
            continue
        if _away_taker().search(text, max(0, m.start() - 40), m.start()):
            edits.append((m.start(), m.end(), "seized"))
        elif (m.group().lower() in EN.MOVED_AWAY_STATE_VERBS
              and _away_state_taker().search(text, max(0, m.start() - 40), m.start())):
            edits.append((m.start(), m.end(), "arrested"))
    return edits


@cache
def _held_against() -> re.Pattern[str]:
    return re.compile(
        rf"\b(?P<v>(?:{alt(EN.HELD_AGAINST_VERBS)})\s+against\s+"
        rf"(?:{alt(EN.HELD_AGAINST_OWNERS)})\s+will)\b", re.IGNORECASE)


@cache
def _war_prisoners() -> re.Pattern[str]:
    return re.compile(rf"\b(?P<v>{alt(EN.WAR_PRISONER_NOUNS)})"
                      rf"(?=(?:\s+[\w'’\-]+){{0,3}}?\s+(?:{alt(EN.WAR_PRISONER_HELD)})\b)")


@cache
def _whole_count() -> re.Pattern[str]:
    # "kidnapped five of its 17 crew members": the whole's count is no figure, and it
    # stopped the part's reading; the part is read as "five of its crew members"
    return re.compile(
        r"of\s+(?:the|its|their|his|her|(?:the\s+)?[\w\-]+['’]s)\s+"
        r"(?P<v>\d[\d,]*\s+)(?=[a-z])")


@cache
def _part_count() -> re.Pattern[str]:
    return re.compile(rf"\b(?:\d[\d,]*|{alt((*EN.UNITS, *EN.TENS))})\s+$", re.IGNORECASE)


def _whole_counts(text: str, people: PeopleAt) -> list[Edit]:
    # only a whole of people: "four of the city's 20 hospitals" is left as written
    return [(m.start("v"), m.end("v"), "") for m in _whole_count().finditer(text)
            if _word_start(text, m.start()) and people(text, m.end("v") - 1)
            and _part_count().search(text, max(0, m.start() - 16), m.start())]


@cache
def _returned() -> re.Pattern[str]:
    # the verb first, in lower case (the scan skips to its first letters), its auxiliary
    # looked up before it
    return re.compile(rf"(?P<v>{alt_branches(EN.RETURN_RELEASE_VERBS)})\b")


@cache
def _exchange_after() -> re.Pattern[str]:
    # the exchange close after the verb ("returned in the exchange", "returned home under a
    # prisoner swap") or a return from captivity; "returned to their school after the
    # exchange programme" is no release
    return re.compile(
        r"(?:\s+[\w'’\-]+){0,6}?\s+(?:from\s+captivity\b|"
        rf"(?P<kin>(?<=\s)(?:{alt(EN.RETURN_TO_KIN)}))\b|"
        rf"(?:{alt(EN.RETURN_EXCHANGE_WORDS)})\b(?!\s+(?:{alt(EN.RETURN_EXCHANGE_NOT)})\b))",
        re.IGNORECASE)


@cache
def _taking() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alt(EN.RETURN_TAKING_STEMS)})", re.IGNORECASE)


_PART_OF_HELD = re.compile(r"\bof\s+(?:them|those|whom)\b[^.;!?\n]{0,30}$", re.IGNORECASE)


def _taking_before(text: str, at: int) -> bool:
    # a taking told in the 600 characters before the return (a short window: no scan back),
    # or a part of people counted before ("81 of them were handed back to their families":
    # the rules give the part the whole's outcome only after a figure of people held)
    return (_taking().search(text, max(0, at - 600), at) is not None
            or _PART_OF_HELD.search(text, max(0, at - 50), at) is not None)


@cache
def _forced_off() -> re.Pattern[str]:
    # (round en159) "forced 12 migrants off it", "forced two drivers out of their cars":
    # a count and up to four words of its people, the way, a ride or the bush after at most
    # an article or an owner (lower case: the verb is looked for first)
    # (the object opens with a count: "were forced to flee into the forest" is none)
    count = alt((*EN.UNITS, *EN.TENS, *EN.VAGUE, "about", "some", "at least", "more than"))
    return re.compile(
        rf"\bforced\s+(?=\d|(?:{count})\b)(?:[\w'’\-]+\s+){{1,5}}?"
        rf"(?P<way>{alt(EN.FORCED_OFF_WAYS)})\s+(?:(?:the|a|an|their|his|her|its|them)\s+)?"
        rf"(?:[\w\-]+\s+)?(?:{alt(EN.FORCED_OFF_PLACES)})\b")


@cache
def _armed_subject() -> re.Pattern[str]:
    # the taker is the clause's armed band, within its sentence: "Gunmen stopped the bus and"
    return re.compile(rf"\b(?:{alt(EN.CAPTOR_NOUNS)}|{alt(EN.CAPTOR_MEN)})\b"
                      r"[^.;!?\n\"“”]{0,80}$", re.IGNORECASE)


def _forced_edits(text: str) -> list[Edit]:
    edits: list[Edit] = []
    for m in _forced_off().finditer(text):
        if (_armed_subject().search(text, max(0, m.start() - 120), m.start())
                and not _PASSIVE_AUX.search(text, max(0, m.start() - 30), m.start())):
            edits.append((m.start(), m.start() + 6, "abducted"))
            if m.group("way") == "out of":  # "abducted ... out of their cars" reads nothing
                edits.append((m.start("way"), m.end("way"), "from"))
    return edits


_PART_OF_THEM = re.compile(r"[\w\-]+\s+of\s+them\b", re.IGNORECASE)
# how far after a taking its part of them is read ("... off it. Three of them later escaped")
_PART_REACH = 300


def _parts_after(text: str, found: list[Figure], edits: list[Edit],
                 read: Reader) -> list[Figure]:
    """A part "of them" told after a taking the rewrite made keeps its outcome: the figure
    starts in the next sentences, so it touches no changed stretch."""
    told, back, _ = told_with(text, edits)
    spans = FigureSpans(found)
    added: list[Figure] = []
    ends = [b for _, b, _ in edits]
    for f in read(told):
        a, b = back(span_of(f)[0], True), back(span_of(f)[1], False)
        if (f["outcome"] == "captured" and any(0 < a - e <= _PART_REACH for e in ends)
                and _PART_OF_THEM.match(text, a) and not spans.overlaps(a, b)):
            f["start"], f["end"], f["text"] = a, b, text[a:b]
            added.append(f)
    return sorted(found + added, key=span_of) if added else found


def _edits(text: str, people: PeopleAt) -> list[Edit]:
    edits: list[Edit] = []
    if "forced " in text:
        edits += _forced_edits(text)
    if "by " in text and any(v in text for v in EN.MOVED_PASSIVE_VERBS):
        edits += _moved_edits(text)
    if any(g in text for g in _AWAY_GATES):
        edits += _carried_away(text)
    if " against " in text:
        edits += [(m.start("v"), m.end("v"), "held hostage")
                  for m in _held_against().finditer(text)]
    if "risoners of war" in text or "POWs" in text:
        edits += [(m.start("v"), m.end("v"), "captives") for m in _war_prisoners().finditer(text)]
    if " of " in text and _DIGIT.search(text):
        edits += _whole_counts(text, people)
    if any(g in text for g in EN.RETURN_RELEASE_VERBS):
        edits += [(m.start("v"), m.end("v"), "released") for m in _returned().finditer(text)
                  if _RETURN_AUX.search(text, max(0, m.start() - 12), m.start())
                  and (back := _exchange_after().match(text, m.end()))
                  and (back.group("kin") is None or _taking_before(text, m.start()))]
    edits.sort()
    return [e for i, e in enumerate(edits) if i == 0 or e[0] >= edits[i - 1][1]]


def read_moved_held(text: str, found: list[Figure], read: Reader,
                    people: PeopleAt) -> list[Figure]:
    """``found`` with the captives the constructions above tell added; ``people(text, at)``
    says whether the counted words after ``at`` name people."""
    if edits := _edits(text, people):
        found = _with_told(text, found, edits, read, _REACH)
        if " of them" in text and any(new == "abducted" for _, _, new in edits):
            found = _parts_after(text, found, edits, read)
    return found
