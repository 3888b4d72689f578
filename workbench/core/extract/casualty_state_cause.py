"""Bare counts and parts told with a state, flights told by their cause, harms told by what
was lost or survived (round en148).

News tells a casualty figure without the verb of harm the rules read: the wounded by where
they are cared for ("27 are being treated at the district hospital, eight of them in a
serious condition"), the displaced by what drove them ("the fighting has driven some 12,000
herders from the department", "forcing more than 3,000 others to flee"), and the wounded by
what they lost or lived through ("survived with burns", "was left paralysed", "had a hand
amputated"). Each is read by writing it as the form the rules already read (the text is read
with the words changed, offsets carried back), keeping only the new figures that touch a
changed stretch and overlap no figure of the text as written. A part in a state of the hurt
right after the wounded told by their care is theirs, whatever toll stands before them:
once the 27 treated are read, "eight of them" follows them, not the dead. The words live
in ``lang/en.py``'s round en148 block.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from functools import cache
from itertools import accumulate, pairwise

from .casualty_state import told_with
from .figure_spans import FigureSpans, span_of
from .lang import en as EN
from .lang.build import alt
from .wake_words import cue_set, wakes

Figure = dict[str, object]
Reader = Callable[[str], list[Figure]]
Edit = tuple[int, int, str]
_SENTENCE_MARK = re.compile(r"[.!?;\n]")

_GATES = ("being treated", "driven", " others ", "survived",
          "left ", "amputated")
# (speed round 15) Each pattern of ``_edits`` holds one of these whole (a space or a word's
# edge on each side): a document none of whose words is one has no edit.
_WAKE = cue_set(("treated", "driven", "others", "survived", "left", "amputated"))


@cache
def _count() -> str:
    words = (*EN.UNITS, *EN.TENS, *EN.VAGUE, "dozen", "a dozen")
    return (rf"(?:(?:{alt(tuple(EN.QUALIFIERS))})\s+)?"
            rf"(?:\d[\d,.]*|(?:{alt(words)})(?:[\s-]+(?:{alt((*EN.UNITS, *EN.SCALES))}))*)")


@cache
def _care_place() -> re.Pattern[str]:
    # "being treated at the district hospital": the named place is the care "in hospital"
    return re.compile(
        r"\bbeing\s+treated\s+(?P<v>(?:at|in)\s+(?:the|a)\s+(?:[\w'’\-]+\s+){0,3}?"
        rf"(?:{alt(EN.CARE_PLACE_NOUNS)}))\b", re.IGNORECASE)


@cache
def _driven() -> re.Pattern[str]:
    # only the perfect tells a flight that lasts: "troops drove 300 rebels from the town",
    # "the bus drove 40 passengers from Tor" are a rout and a ride
    return re.compile(
        rf"\b(?:has|have|had|having)\s+(?:\w+ly\s+)?(?P<v>driven)\s+(?={_count()}(?P<n>\s+[\w'’\-]+)?"
        rf"(?:\s+[\w'’\-]+){{0,5}}?\s+(?:{alt(EN.DRIVEN_PLACES)})\b)", re.IGNORECASE)


@cache
def _forced_others() -> re.Pattern[str]:
    return re.compile(
        rf"\b(?:{alt(EN.FORCING_VERBS)})\s+{_count()}(?P<v>\s+others)"
        rf"(?=\s+(?:{alt(EN.DRIVEN_PLACES)})\b)", re.IGNORECASE)


@cache
def _survived_with() -> re.Pattern[str]:
    return re.compile(
        rf"\b(?P<v>survived)\s+with\s+(?:(?:{alt(EN.SURVIVED_HARM_SEVERITIES)})\s+)?"
        rf"(?:{alt(EN.SURVIVED_HARMS)})\b", re.IGNORECASE)


@cache
def _left_harmed() -> re.Pattern[str]:
    return re.compile(rf"\b(?P<v>left\s+(?:{alt(EN.LEFT_HARM_STATES)}))\b", re.IGNORECASE)


@cache
def _amputated() -> re.Pattern[str]:
    return re.compile(
        # (round en192) the possessive may be left out: "Six soldiers had legs amputated"
        rf"\b(?P<v>had\s+(?:(?:{alt(EN.AMPUTATED_POSSESSIVES)})\s+(?:[\w'’\-]+\s+)?)?"
        rf"(?:{alt(EN.AMPUTATED_PARTS)})\s+amputated)\b", re.IGNORECASE)


def _is_distance(m: re.Match[str]) -> bool:
    noun = (m.group("n") or "").strip().lower()
    return noun in EN.DISTANCE_UNITS


@cache
def _violence() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alt(EN.DRIVING_VIOLENCE)})\b", re.IGNORECASE)


def _violence_before(text: str, at: int) -> bool:
    # the clause before the verb, from its sentence's start (a short window: no scan back)
    clause = re.split(r"[.;!?\n]", text[max(0, at - 120):at])[-1]
    return _violence().search(clause) is not None


def _wound_words(text: str, at: int) -> str:
    # "was wounded" after one person, "were wounded" after a plural head; the rules read
    # the copula with the count, so it follows the word just before
    before = text[max(0, at - 40):at].split()
    last = before[-1].lower().strip(",") if before else ""
    plural = last in ("were", "have") or (last.endswith("s") and last not in ("was", "has"))
    return "were wounded" if plural else "was wounded"


def _edits(text: str) -> list[Edit]:
    edits: list[Edit] = []
    if "being treated" in text:
        edits += [(m.start("v"), m.end("v"), "in hospital") for m in _care_place().finditer(text)]
    if "driven" in text:
        edits += [(m.start("v"), m.end("v"), "displaced") for m in _driven().finditer(text)
                  if not _is_distance(m) and _violence_before(text, m.start())]
    if " others " in text:
        edits += [(m.start("v"), m.end("v"), "") for m in _forced_others().finditer(text)]
    if "survived" in text:
        edits += [(m.start("v"), m.end("v"), _wound_words(text, m.start()))
                  for m in _survived_with().finditer(text)]
    if "left " in text:
        edits += [(m.start("v"), m.end("v"), "wounded") for m in _left_harmed().finditer(text)]
    if "amputated" in text:
        edits += [(m.start("v"), m.end("v"), _wound_words(text, m.start()))
                  for m in _amputated().finditer(text)]
    edits.sort()
    return [e for i, e in enumerate(edits) if i == 0 or e[0] >= edits[i - 1][1]]


def _same_sentence(text: str, a: int, b: int) -> bool:
    lo, hi = min(a, b), max(a, b)
    return not any(c in text[lo:hi] for c in ".!?\n")


def _transitive_missing(text: str, f: Figure) -> bool:
    # "still missing the point" misses a thing, not a person
    after = text[span_of(f)[1]:span_of(f)[1] + 8].lower()
    return (f["outcome"] == "missing"
            and re.match(r"\s+(?:the|a|an|his|her|their)\b", after) is not None)


def read_state_causes(text: str, found: list[Figure], read: Reader) -> list[Figure]:
    """``found`` with the figures the constructions above tell added, and a part in a
    state of the hurt given to the wounded it follows."""
    if wakes(text, _WAKE) and any(g in text for g in _GATES) and (edits := _edits(text)):
        found = _with_told(text, found, edits, read)
    if " of them" in text and any(w in text for w in EN.PART_CARE_STATES):
        _follow_the_hurt(text, found)
    return found


def _with_told(text: str, found: list[Figure], edits: list[Edit], read: Reader,
               reach: int = 0) -> list[Figure]:
    """``reach``: how far before a changed stretch a new figure may end, within its
    sentence, and still be the change's (a holding told after the people it counts)."""
    told = told_with(text, edits)
    touches = _touches(text, edits, reach)
    spans = FigureSpans(found)
    added: list[Figure] = []
    for f in read(told[0]):
        a, b = told[1](span_of(f)[0], True), told[1](span_of(f)[1], False)
        if not touches(a, b) or spans.overlaps(a, b):
            continue
        f["start"], f["end"], f["text"] = a, b, text[a:b]
        if not _transitive_missing(text, f):
            added.append(f)
    return sorted(found + added, key=span_of) if added else found


def _touches(text: str, edits: list[Edit], reach: int) -> Callable[[int, int], bool]:
    """Whether a figure at ``a``..``b`` touches a changed stretch, or ends at most ``reach``
    before one with no sentence mark between: by bisection over the stretches (a report of
    many changes and many figures compared each figure with every stretch)."""
    stretches = sorted((x, y) for x, y, _ in edits)
    starts = [x for x, _ in stretches]
    reach_ends = list(accumulate((y for _, y in stretches), max))

    def touches(a: int, b: int) -> bool:
        i = bisect_right(starts, b)
        if i and reach_ends[i - 1] >= a:
            return True  # a stretch opening by the figure's end and ending at its start or after
        return i < len(starts) and starts[i] <= b + reach and not _SENTENCE_MARK.search(
            text, b, starts[i])
    return touches


@cache
def _part_in_state() -> re.Pattern[str]:
    # (round en159) past the place of the care: "16 are being treated in hospitals in the
    # city, five of them in intensive care"
    return re.compile(rf"(?:\s+(?:in|at|across|near)(?:\s+(?!of\b)[\w\-]+){{1,3}}?)?"
                      rf"\s*,\s*(?:[\w\-]+\s+){{1,3}}?of\s+them\s+(?:[\w\-]+\s+){{0,3}}?"
                      rf"(?:{alt(EN.PART_CARE_STATES)})\b", re.IGNORECASE)


def _follow_the_hurt(text: str, found: list[Figure]) -> None:
    """A part in a state of the hurt ("eight of them in a serious condition") right after
    people told wounded by their care is a part of the wounded, whatever toll stands before
    them: its outcome is set to theirs."""
    for toll, part in pairwise(found):
        if (toll["outcome"] == "wounded" and part["outcome"] != "wounded"
                and _part_in_state().match(text, span_of(toll)[1])
                and span_of(part)[0] >= span_of(toll)[1]
                and _same_sentence(text, span_of(toll)[1], span_of(part)[0])):
            part["outcome"] = "wounded"
