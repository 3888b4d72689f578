"""Figures told as a state rather than as the event (round en127).

News tells the same people by what befell them or by where they now are: the missing
"have not been seen since" or "remain unaccounted for", captives "are still in captivity",
people "still being held" a sentence after the gunmen who took them. The words live in
``lang/en.py``'s round en127 block.

The missing are read as told: "two villagers have not been seen since" and "the other
three, my son among them, remain unaccounted for" are read as "are missing" would be, so
every rule that reads the missing past an aside, a relative or a description holds for the
state too; people "were driven from" or "have been forced out of" a place are read as
"fled" it is, under the flight's own checks (``tell_state_as_event``: the text is read with
the state's verb written as the event's, each figure's offsets are carried back as
``casualty_doubled`` does for a mended letter, and a figure the text as written gives too
keeps its span). Things share the states ("two rovers have not been seen since"): the
people rules' own check of the counted head keeps them out.

"in captivity" after counted people is a capture. "still being held" is one where captors
or a capture are named in the sentence or the one before ("Gunmen stormed the school.
Twelve pupils are still being held."), never of suspects, whom police hold.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable

from .casualty_eviction import eviction_edits, eviction_of_edits
from .casualty_far_outcome import care_state_edits
from .casualty_far_update import rise_from_to_edits
from .casualty_neutral_gap import keep_as_written
from .casualty_other_of_two import other_of_two_edits
from .casualty_reduced_relative import reduced_relative_edits
from .casualty_remaining_tried import remaining_tried_edits
from .casualty_told_again import told_again_edits
from .casualty_went_away import went_away_edits
from .lang import en as EN
from .lang.build import alt
from .numbers import UNITS

# "six workers are still in captivity", "23 passengers have been in captivity since May"
# (round en137) with its holder between, "are still in enemy captivity", "remain in
# Russian captivity"
_IN_CAPTIVITY = re.compile(
    r"\s+(?:are|is|were|was|remain|remains|(?:have|has|had)\s+(?:now\s+)?been)\s+"
    r"(?:still\s+|now\s+)?in\s+"
    rf"(?:(?:{alt(EN.CAPTIVITY_HOLDER_WORDS)}|(?-i:[A-Z][a-z]+))\s+)?captivity\b", re.IGNORECASE)
_CAPTORS_NEAR = re.compile(
    rf"\b(?:{alt(EN.CAPTOR_NOUNS)}|{alt(EN.HOSTAGE_CUES)}"
    rf"|(?:armed|masked|unidentified)\s+(?:{alt(EN.ARMED_BAND_NOUNS)}))\b", re.IGNORECASE)
_SENTENCE_BREAK = re.compile(r"[.!?][\"”’']?\s+|\n")


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


# "have not been seen since" -> "are missing since": the verb group before "since" is
# what changes; "remain unaccounted for" -> "are missing", the wording most rules read.
# Each is found at its rarest word and its auxiliary looked for before it (a pattern that
# opened with the auxiliaries would be tried at every "have" and "were" of the text).
_NOT_SEEN = re.compile(rf"\bnot\s+been\s+(?:{alt(EN.NOT_SEEN_STATES)})(?=\s+since\b)",
                       re.IGNORECASE)
_NOT_SEEN_AUX = re.compile(r"\b(?P<aux>have|has|had)\s+(?:still\s+)?$", re.IGNORECASE)
_REMAINING = re.compile(
    rf"\b(?P<remain>{alt(EN.STILL_HELD_VERBS)})\s+(?:{alt(EN.REMAINING_STATES)})\b",
    re.IGNORECASE)
# "were driven from the settlements" -> "fled the settlements": the flight's own checks
# (civilians, the place) then apply ("their homes" is read as written)
_DRIVEN = re.compile(
    rf"\b(?:{alt(EN.DRIVEN_OUT_PARTICIPLES)})\s+(?:from|out\s+of)(?!\s+(?:their|his|her)\s)",
    re.IGNORECASE)
_DRIVEN_AUX = re.compile(r"\b(?P<aux>were|was|(?:have|has|had)\s+been)\s+(?:forcibly\s+)?$",
                         re.IGNORECASE)
# "17 people remain in custody" -> "17 people are detained": found at "custody" or
# "detention", its verb looked for before it; a clause's end or a word of
# ``EN.CUSTODY_STATE_AFTER`` after it ("in custody battles" is none).
_IN_CUSTODY = re.compile(
    rf"\bin\s+(?:(?:{alt(EN.STILL_HELD_KINDS)})\s+)?(?:{alt(EN.STILL_HELD_STATES)})\b"
    rf"(?=\s*(?:[.,;:!?)\"”]|$)|\s+(?:{alt(EN.CUSTODY_STATE_AFTER)})\b)", re.IGNORECASE)
_CUSTODY_AUX = re.compile(
    rf"(?P<before>[\w'’\-]+)\s+(?P<aux>{alt(EN.CUSTODY_STATE_VERBS)})\s+(?:still\s+)?$",
    re.IGNORECASE)
# A bare count before the state stays a count with no people ("Three remain in custody"
# with no arrest before: casualties._STILL_DETAINED reads it after one).
_BARE_COUNTS = frozenset((*UNITS, *EN.TENS, "others", "other"))
# A state joined to the verb before it shares that verb's people, and the readings of that
# verb look for the state as written.
_JOINED = re.compile(r"\b(?:and|but)\s+$", re.IGNORECASE)
# The people right before a state of the missing: the sought are none.
_SOUGHT = re.compile(rf"\b(?:{alt(EN.NOT_MISSING_SOUGHT)})\s+(?:still\s+)?$", re.IGNORECASE)
# A leaving's people stand after it ("killed two and left 11 in hospital"), so a leaving
# after "and" has people of its own.
_LEAVINGS = frozenset(EN.HOSPITAL_LEAVINGS)
_AS_EVENT = {"have": "are missing", "has": "is missing", "had": "were missing",
             "remain": "are missing", "remains": "is missing", "remained": "were missing"}
_AS_DETAINED = {"remain": "are detained", "are": "are detained", "were": "were detained"}
Carry = Callable[[int, bool], int]
Told = tuple[str, Carry, list[int]]
Figure = dict[str, object]


def _state_edits(text: str) -> list[tuple[int, int, str]]:
    """(start, end, the event's wording) of each state in ``text``, in order."""
    edits: list[tuple[int, int, str]] = []
    low = text.lower()
    if "not been" in low:
        for m in _NOT_SEEN.finditer(text):
            if aux := _NOT_SEEN_AUX.search(text, max(0, m.start() - 16), m.start()):
                edits.append((aux.start(), m.end(), _AS_EVENT[aux.group("aux").lower()]))
    if "remain" in low:
        edits += [(m.start(), m.end(), _AS_EVENT[m.group("remain").lower()])
                  for m in _REMAINING.finditer(text)]
    if "driven" in low or "forced" in low or "chased" in low:
        for m in _DRIVEN.finditer(text):
            if aux := _DRIVEN_AUX.search(text, max(0, m.start() - 22), m.start()):
                word = aux.group("aux").split()[0].lower()
                edits.append((aux.start(), m.end(),
                              "fled" if word in ("were", "was") else f"{word} fled"))
    if "custody" in low or "detention" in low:
        edits += _custody_edits(text)
    # (round en131) the displaced told by their move or refuge, read as their flight
    edits += went_away_edits(text, low)
    edits += told_again_edits(text, low)  # (round en136) leaving, holding, later fates
    edits += eviction_edits(text, low)  # (round en236) "soldiers evicted about 300 members"
    edits += eviction_of_edits(text, low)  # (round en236) "the eviction of ... in January"
    edits += reduced_relative_edits(text, low)  # (en236) "two of the poachers the gang hired were"
    edits += care_state_edits(text, low)  # (round en140) the hurt told by care or condition
    edits += rise_from_to_edits(text, low)  # (round en150) a toll that rose from 12 to 19
    edits += other_of_two_edits(text, low)  # (round en160) "one died; the other is missing"
    edits += remaining_tried_edits(text, low)  # (round en171) "the remaining 33 are due in court"
    kept: list[tuple[int, int, str]] = []
    for a, b, new in sorted(edits):
        if kept and a < kept[-1][1]:
            continue  # (two wordings over one stretch: the first is read)
        if (new != "another" and text[a:b].lower() not in _LEAVINGS
                and _JOINED.search(text, max(0, a - 6), a)):
            continue  # "were taken ... and have not been seen since": the taking's people
        if _SOUGHT.search(text, max(0, a - 30), a) and new.endswith("missing"):
            continue  # "The two suspects have not been seen since": wanted, not missing
        kept.append((a, b, new.capitalize() if text[a:a + 1].isupper() else new))
    return kept


def _custody_edits(text: str) -> list[tuple[int, int, str]]:
    """(start, end, "are detained") of each "remain in custody" after people named."""
    edits = []
    for m in _IN_CUSTODY.finditer(text):
        aux = _CUSTODY_AUX.search(text, max(0, m.start() - 40), m.start())
        if aux is None or aux.group("before").lower() in _BARE_COUNTS or aux.group(
                "before")[:1].isdigit():
            continue
        verb = _AS_DETAINED[aux.group("aux").lower()]
        edits.append((aux.start("aux"), m.end(), verb))
    return edits


def tell_state_as_event(text: str) -> Told | None:
    """``text`` with each state of the missing written as the event's verb, a map of its
    offsets back to ``text`` (``starting``: a start inside a changed stretch goes to the
    stretch's start, an end to its end) and where each changed stretch starts in
    ``text``; None when it holds none."""
    edits = _state_edits(text)
    if not edits:
        return None
    return told_with(text, edits)


def apart(edits: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``edits`` sorted, each kept only when it starts at or after the end of the last one
    kept (an edit inside or across a kept one is dropped): what ``told_with`` writes in."""
    kept: list[tuple[int, int, str]] = []
    for e in sorted(edits):
        if not kept or e[0] >= kept[-1][1]:
            kept.append(e)
    return kept


def told_with(text: str, edits: list[tuple[int, int, str]]) -> Told:
    """``text`` with ``edits`` (sorted, apart: start, end, new words) written in, the map
    of its offsets back to ``text`` and where each changed stretch starts in ``text``."""
    parts: list[str] = []
    at = 0
    for a, b, new in edits:
        parts.append(text[at:a])
        parts.append(new)
        at = b
    parts.append(text[at:])

    # where each changed stretch starts in the told text, and the shift before it: a
    # position is carried back by a bisection, not a walk over every change (linear time)
    told_starts, shifts, shift = [], [0], 0
    for a, b, new in edits:
        told_starts.append(a + shift)
        shift += len(new) - (b - a)
        shifts.append(shift)

    def back(pos: int, starting: bool) -> int:
        i = bisect_left(told_starts, pos)  # the changes starting before pos
        if i and pos < told_starts[i - 1] + len(edits[i - 1][2]):
            return edits[i - 1][0] if starting else edits[i - 1][1]
        return pos - shifts[i]

    return "".join(parts), back, [a for a, _, _ in edits]


def carry_told(text: str, told: Told, found: list[Figure],
               as_written: list[Figure]) -> list[Figure]:
    """The figures read in the told text, carried back to ``text``; one the text as
    written gives too (``as_written``: the same outcome and count, overlapping) is taken
    as it gives it, with its span ("were forced out of the valley" stays whole)."""
    out: list[Figure] = []
    for f in found:
        f["start"] = told[1](int(str(f["start"])), True)
        f["end"] = told[1](int(str(f["end"])), False)
        f["text"] = text[int(str(f["start"])):int(str(f["end"]))]
        out.append(f)
    out = keep_as_written(out, as_written)
    out.sort(key=lambda f: (int(str(f["start"])), int(str(f["end"]))))
    return out
