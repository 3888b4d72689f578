"""The construction rather than the words: leaving, holding, fates told later (round en136).

Each wording is rewritten, on the copy of the text that ``casualty_state`` reads, as the
wording the older rules read, so their checks decide who is counted:

* the displaced told by leaving for a destination ("300 families left for Bunia", "some 90
  households packed up and went to the district town", "had packed up and left") or by a
  possession abandoned ("600 families had abandoned their orchards") are read as flight
  ("fled to", "fled", "fled their"), only near a word of violence or of a taking (some
  three sentences before: "families have left for Italy" a page after a war named is
  emigration) and never for an errand ("left for dead", "went to the polls", "left for the
  holidays"); the flight's checks keep a minister, fans or fighters who left out, and a part
  of a crowd ("3,000 of them have left for the town") is read as written;
* people held whose holders' possessive stands before the count ("are holding its 18 crew
  members", "hold a crew of 18") are read without it, as "are holding 18 crew members" is
  (what held them is chosen as for that wording);
* fates told later: people "never found" are missing where a taking is told before them and
  their sentence names no remains (the dead whose remains were never identified, and
  perpetrators never found, are not); "a second injured man has died" is one more of the
  wounded dead; arrests "put at" a number or a "toll of arrests" are the toll of the
  arrested, as "the number of arrests" is ("the arrest toll" is no death toll).

``police_holding`` says when people held in the active are detainees: a force of the state
is the verb's subject ("Police are holding 40 protesters"; "Police say the man is holding
six people" stays a capture).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from .lang import en as EN
from .lang.build import alt
from .wake_words import cue_set, wakes

Edit = tuple[int, int, str]

_WINDOW = 60
# how far before a leaving its word of violence may stand (about three sentences)
_VIOLENCE_REACH = 600
# a count in words, as the older rules read it after the verb
_NUMBER_WORDS = alt((*EN.UNITS, *EN.TENS))
_BE_AS_MISSING = {"have": "are missing", "has": "is missing", "had": "were missing",
                  "were": "were missing", "was": "was missing"}


@cache
def _violence() -> re.Pattern[str]:
    # (a taking is violence too: "the abduction of 12 passengers")
    cues = (*EN.VIOLENCE_CUES, *EN.FLED_VIOLENCE, *EN.MOVE_VIOLENCE_CUES)
    return re.compile(rf"\b(?:{alt(cues)})\b|\b(?:{alt(EN.NEVER_FOUND_TAKINGS)})",
                      re.IGNORECASE)


@cache
def _leaving() -> re.Pattern[str]:
    return re.compile(
        rf"\b(?P<v>{alt(EN.LEAVING_FOR_VERBS)})\b"
        rf"(?!\s+(?:{alt(EN.LEAVING_NOT_AFTER)})\b)"
        rf"(?!(?:\s+[\w'’\-]+){{0,3}}?\s+(?:{alt(EN.REFUGE_NOT_PLACES)})\b)",
        re.IGNORECASE)


@cache
def _packed_before() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alt(EN.LEAVING_PACKED)})\s+$", re.IGNORECASE)


@cache
def _partitive_before() -> re.Pattern[str]:
    return re.compile(r"\bof\s+(?:them|those|these|whom)\s+(?:(?:have|has|had)\s+)?$",
                      re.IGNORECASE)


@cache
def _taking() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alt(EN.NEVER_FOUND_TAKINGS)})", re.IGNORECASE)


@cache
def _remains() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alt(EN.NEVER_FOUND_REMAINS)})\b", re.IGNORECASE)


_SENTENCE_START = re.compile(r"[.!?\n][^.!?\n]*$")


def _never_found_told(text: str, at: int, taking: re.Match[str] | None) -> bool:
    """Whether people "never found" at ``at`` are missing: a taking or a disappearance is
    told before them (``taking``, the text's first), and their sentence names no remains
    (the dead whose remains were never identified are the dead's, and perpetrators never
    found are none)."""
    if taking is None or taking.end() > at:
        return False  # (the first taking, found once: a search per "never" was quadratic)
    back = _SENTENCE_START.search(text, max(0, at - 300), at)
    start = back.start() if back else max(0, at - 300)
    return _remains().search(text, start, at) is None


@cache
def _ordinary_after() -> re.Pattern[str]:
    return re.compile(rf"[^.;!?\n]{{0,80}}?\b(?:{alt(EN.MOVE_ORDINARY_AFTER)})\b",
                      re.IGNORECASE)


@cache
def _packed_and_left() -> re.Pattern[str]:
    # the packing names the leaving a flight with no destination: "had packed up and left"
    return re.compile(rf"\b(?:{alt(EN.LEAVING_PACKED)})\s+left\b", re.IGNORECASE)


@cache
def _abandoned() -> re.Pattern[str]:
    return re.compile(rf"\babandoned(?=\s+their\s+(?!(?:{alt(EN.ABANDONED_NOT_OWNED)})\b)"
                      r"[a-z])", re.IGNORECASE)


@cache
def _holding_possessive() -> re.Pattern[str]:
    # the possessive before a count (a digit or a number word)
    return re.compile(
        rf"\b(?P<v>{alt(EN.HOLDING_VERBS)})\s+(?P<own>(?:{alt(EN.HOLDING_POSSESSIVES)}))\s+"
        r"(?=(?:at\s+least\s+|some\s+|about\s+)?(?:\d|(?:" + _NUMBER_WORDS
        + r")\b))", re.IGNORECASE)


@cache
def _crew_of() -> re.Pattern[str]:
    return re.compile(
        rf"\b(?P<v>{alt(EN.HOLDING_VERBS)})\s+(?:(?:{alt(EN.HOLDING_POSSESSIVES)})\s+|a\s+)"
        r"(?P<crew>crew)\s+of\s+(?P<n>\d[\d,]*|(?:" + _NUMBER_WORDS + r"))\b",
        re.IGNORECASE)


@cache
def _never_found() -> re.Pattern[str]:
    # ("have never been found" and "were never found" are passive; "had never seen such an
    # attack" is the people's own seeing)
    return re.compile(rf"\b(?:(?P<aux>have|has|had)\s+(?:still\s+)?never\s+been\s+"
                      rf"|(?P<was>were|was)\s+(?:still\s+)?never\s+(?:been\s+)?)"
                      rf"(?:{alt(EN.NEVER_FOUND_STATES)})\b(?!\s+(?:guilty|dead)\b)",
                      re.IGNORECASE)


@cache
def _ordinal_harmed() -> re.Pattern[str]:
    return re.compile(rf"\b(?:a|another)\s+(?:{alt(EN.FATE_ORDINALS)})\s+"
                      rf"(?=(?:{alt(EN.FATE_HARMED)})\s+[a-z]+\s+(?:has\s+|had\s+)?died\b)",
                      re.IGNORECASE)


# a qualifier between "at" and the number: "puts arrests at more than 600"
_QUALIFIER = alt(EN.QUALIFIERS)


@cache
def _arrest_toll() -> re.Pattern[str]:
    plurals = alt(EN.ARREST_PLURALS)
    return re.compile(
        rf"\b(?P<put>put|puts|putting)\s+(?:{plurals})(?=\s+at\s+(?:{_QUALIFIER}\s+)?\d)"
        rf"|\b(?:arrest|detention)\s+(?:{alt(EN.ARREST_TOLL_NOUNS)})\b"
        # ("the number of arrests" is read as written)
        rf"|\b(?!number\b)(?:{alt(EN.ARREST_TOLL_NOUNS)})\s+of\s+(?:{plurals})\b",
        re.IGNORECASE)


def _found(rx: re.Pattern[str], text: str, low: str, stems: Iterable[str],
           before: int = 30, after: int = 90) -> list[re.Match[str]]:
    """The matches of ``rx`` near each of ``stems`` in ``low`` (the lowered ``text``), in
    order: each wording is looked for at its rarest word, not tried at every word of the
    text (``after`` covers what the pattern looks ahead at)."""
    seen: dict[int, re.Match[str]] = {}
    for stem in stems:
        at = low.find(stem)
        while at != -1:
            for m in rx.finditer(text, max(0, at - before), at + len(stem) + after):
                seen.setdefault(m.start(), m)
            at = low.find(stem, at + len(stem))
    return [seen[k] for k in sorted(seen)]


def _leaving_edits(text: str, low: str) -> list[Edit]:
    edits: list[Edit] = []
    for m in _found(_leaving(), text, low, EN.LEAVING_FOR_VERBS, before=2):
        new = EN.LEAVING_FOR_VERBS.get(" ".join(m.group("v").lower().split()))
        if new is None:
            continue
        packed = _packed_before().search(text, max(0, m.start() - _WINDOW), m.start())
        if packed is None and m.group("v").lower().startswith("went"):
            continue  # "went to" alone is any errand: "200 villagers went to the polling station"
        edits.append((packed.start() if packed else m.start(), m.end(), new))
    edits += [(m.start(), m.end(), "fled")
              for m in _found(_abandoned(), text, low, ("abandoned their",), before=2)]
    edits += [(m.start(), m.end(), "fled")
              for m in _found(_packed_and_left(), text, low, ("packed",), before=2)]
    # a leaving tells flight only near a word of violence ("14 young families have left
    # for Italy" a page after a war named is emigration), and a part of a crowd ("3,000 of
    # them have left") is read as written
    return [e for e in edits if _violence().search(text, max(0, e[0] - _VIOLENCE_REACH), e[0])
            and not _ordinary_after().match(text, e[0])
            and not _partitive_before().search(text, max(0, e[0] - _WINDOW), e[0])]


def _held_edits(text: str, low: str) -> list[Edit]:
    edits = [(m.start(), m.end(), f"{m.group('v')} {m.group('n')} crew members")
             for m in _found(_crew_of(), text, low, ("crew of",), before=40, after=30)]
    edits += [(m.start(), m.end(), f"{m.group('v')} ")
              for m in _found(_holding_possessive(), text, low, ("hold", "held"), before=2)]
    return edits


def _fate_edits(text: str, low: str) -> list[Edit]:
    never = _found(_never_found(), text, low, ("never",))
    taking = _taking().search(text) if never else None
    edits = [(m.start(), m.end(), _BE_AS_MISSING[(m.group("aux") or m.group("was")).lower()])
             for m in never if _never_found_told(text, m.start(), taking)]
    if " died" in low:
        edits += [(m.start(), m.end(), "one more ")
                  for m in _found(_ordinal_harmed(), text, low, EN.FATE_ORDINALS, before=10)]
    for m in _found(_arrest_toll(), text, low, ("arrest", "detention"), before=20):
        said = m.group(0)
        new = f"{m.group('put')} the number of arrests" if m.group("put") else (
            "number of arrests")
        edits.append((m.start(), m.end(), new if said[:1].islower() else new.capitalize()))
    return edits


# (speed round 15) Every edit comes from a match of a pattern above, and each holds one of
# these whole (a word's edge or a space before it, a space or a word's end after it): a
# leaving's first word, "abandoned", the "left" after a packing, "crew", a verb of holding,
# "never", "died", "arrest" or "detention" and their plurals. A document holding none has
# no edit.
_WAKE = cue_set((*(v.split()[0] for v in EN.LEAVING_FOR_VERBS), "abandoned", "left", "crew",
                 *EN.HOLDING_VERBS, "never", "died", "arrest", "detention",
                 *EN.ARREST_PLURALS))


def told_again_edits(text: str, low: str) -> list[Edit]:
    """(start, end, the wording the older rules read) of each leaving, holding or later
    fate in ``text`` (``low`` its lowered copy), in no order."""
    if not wakes(text, _WAKE):
        return []
    return _leaving_edits(text, low) + _held_edits(text, low) + _fate_edits(text, low)


@cache
def _police_before() -> re.Pattern[str]:
    # the force is the verb's subject: "Police are holding", "security forces still hold"
    # ("Police say the man is holding six people": the man holds them)
    return re.compile(rf"\b(?:{alt(EN.HOME_TAKING_FORCES)})\s+"
                      rf"(?:(?:{alt(EN.HOLDING_AUXILIARIES)})\s+){{0,3}}$", re.IGNORECASE)


def police_holding(s: str, verb_at: int) -> bool:
    """Whether a force of the state is the subject of the verb of holding at ``verb_at``
    in the sentence ``s`` ("Police are holding 40 protesters")."""
    return _police_before().search(s, max(0, verb_at - _WINDOW), verb_at) is not None
