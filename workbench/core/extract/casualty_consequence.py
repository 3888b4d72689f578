"""Harms told by their consequences, figures a clause takes back (round en145).

News often tells a wound by what followed it: people beaten "so badly that both needed
stitches", a beating "leaving several unable to walk", a driver "beaten and taken to
hospital with head injuries", people "still being treated, four of them with gunshot
wounds"; and captives by being "taken away" in the sentence that tells the killing ("two
drivers were shot dead and three others were taken away"). Each is read by writing the
consequence's clause as the outcome the rules already read (``told_with``: the text is read
with the words changed, offsets carried back), keeping only the new figures that touch a
changed stretch and overlap no figure of the text as written.

A clause can also take a figure back: a possessive relative gives the outcome to someone
else ("a 17-year-old girl whose brother was killed" counts no dead girl), a condition "from
starvation" is no wound of violence, and "died or went missing" is one number shared by two
outcomes (the corpus counts none, as for "killed or disappeared"). Those figures are dropped.
The words live in ``lang/en.py``'s round en145 block.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from functools import cache

from .casualty_state import apart, told_with
from .figure_spans import FigureSpans, span_of
from .lang import en as EN
from .lang.build import alt
from .wake_words import cue_set, wakes

Figure = dict[str, object]
Reader = Callable[[str], list[Figure]]

_GATES = ("taken", "beat", "being treated", "leaving", "whose", "for surgery", "for an operation",
          "for operations")
# (speed round 15) Every edit of ``_edits`` comes from a pattern that holds one of these
# whole (a space or a word's edge before it, a space, a mark or a word's end after it):
# "taken", "beat" or "beaten", "leaving", the "treated" of "being treated", "whose", or the
# last word of a surgery after "for". A document none of whose words is one has no edit.
_WAKE = cue_set(("taken", "beat", "beaten", "leaving", "treated", "whose",
                 *(c.split()[-1] for c in EN.SURGERY_CARE)))


@cache
def _taken() -> re.Pattern[str]:
    # "were taken away" or a bare "were taken" closing its clause: "taken to hospital",
    # "taken from the cellar" or "taken by bus" are carried somewhere, not captured
    return re.compile(
        r"\b(?:were|was|have\s+been|had\s+been|has\s+been)\s+(?P<v>taken(?:\s+away)?)"
        rf"(?=\s*(?:[;,.:!?]|$)|\s+(?:and|{alt(EN.TAKEN_AWAY_TAILS)})\b)", re.IGNORECASE)


@cache
def _violence() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alt(EN.TAKING_VIOLENCE)})\b", re.IGNORECASE)


@cache
def _beaten_badly() -> re.Pattern[str]:
    return re.compile(
        r"\b(?P<v>beat|beaten)\s+(?:[\w'’\-]+\s+){0,6}?(?:so\s+)?"
        rf"(?:{alt(EN.BEATING_DEGREES)})\s+that\s+(?P<who>(?:[\w'’\-]+\s+){{0,3}}?)"
        rf"(?:(?:{alt(EN.CONSEQUENCE_ADVERBS)})\s+)?(?P<c>{alt(EN.BEATING_CONSEQUENCES)})\b",
        re.IGNORECASE)


@cache
def _counted_part() -> re.Pattern[str]:
    # "two of them", "one", "three": a count of its own, not the whole ("both", "all three",
    # "they", "he")
    return re.compile(r"^(?!all\b|both\b)(?:\d|one\b|several\b|some\b|many\b|"
                      rf"(?:{alt(tuple(EN.UNITS))})\b)", re.IGNORECASE)


def _beating_edits(text: str) -> list[tuple[int, int, str]]:
    edits: list[tuple[int, int, str]] = []
    for m in _beaten_badly().finditer(text):
        if _counted_part().match(m.group("who")):
            # only the part counted after "that" is hurt: its consequence is its outcome
            plural = not m.group("who").lower().startswith("one ")
            edits.append((m.start("c"), m.end("c"), "were wounded" if plural else "was wounded"))
        else:
            edits.append((m.start("v"), m.end("v"), "wounded"))
    return edits


@cache
def _beaten_and_cared() -> re.Pattern[str]:
    # "was beaten and taken to hospital with head injuries": the care is read as written
    return re.compile(
        r"\b(?:was|were)\s+(?P<v>beaten\s+and\s+)(?=(?:taken|rushed|brought|admitted)\b)",
        re.IGNORECASE)


@cache
def _left_unable() -> re.Pattern[str]:
    return re.compile(
        r"\bleaving\s+(?:[\w'’\-]+\s+){1,4}?(?P<v>" + alt(EN.LEFT_UNABLE) + r")\b",
        re.IGNORECASE)


@cache
def _treated_with_wounds() -> re.Pattern[str]:
    # "are still being treated, four of them with gunshot wounds": the part's wounds say
    # what the whole was treated for
    return re.compile(
        r"\bbeing\s+treated(?P<v>)\s*,\s+(?:[\w'’\-]+\s+){1,3}?of\s+them\s+(?:with|for)\s+"
        rf"(?:[\w'’\-]+\s+){{0,2}}?(?:{alt(EN.CARE_WOUNDS)})\b", re.IGNORECASE)


@cache
def _whose_then_outcome() -> re.Pattern[str]:
    # "two men whose car was hit were wounded": the relative tells the men's thing, the
    # main verb after it their outcome; read as if the relative were not there
    return re.compile(
        r"(?P<v>\s+whose\s+(?:[\w'’\-]+\s+){1,3}?(?:was|were|had\s+been)\s+(?:not\s+)?[\w'’\-]+"
        r"(?:\s+(?:at|in|on|by|near)\s+(?:[\w'’\-]+\s+){0,2}?[\w'’\-]+)?)"
        r"(?=\s+(?:were|was|had\s+been|have\s+been)\s+"
        rf"(?:(?:themselves|himself|herself|{alt(EN.CONSEQUENCE_ADVERBS)})\s+)?(?:\w+ly\s+)?"
        rf"(?:shot\s+dead|{alt(EN.CLAUSE_OUTCOMES)})\b)", re.IGNORECASE)


@cache
def _moved_for_surgery() -> re.Pattern[str]:
    # "were transferred to Buea on Monday for surgery": the move is told as the wound
    return re.compile(
        rf"\b(?:were|was)\s+(?P<v>{alt(EN.SURGERY_MOVES)})"
        r"(?=(?:\s+(?:to|on|in|at)\s+[\w'’\-]+(?:\s+[\w'’\-]+){0,5}?)?\s+for\s+"
        rf"(?P<care>{alt(EN.SURGERY_CARE)})\b)", re.IGNORECASE)


_ON_AFTER = re.compile(r"\s+on\b", re.IGNORECASE)


# how far back a taking or a leaving looks for its sentence's violence: a text with no stops
# would otherwise be read back to its start at each of them
_SENTENCE_REACH = 400


def _sentence_start(text: str, at: int) -> int:
    lo = max(0, at - _SENTENCE_REACH)
    return max(lo, max(text.rfind(c, lo, at) for c in ".!?\n") + 1)


def _taken_edits(text: str) -> list[tuple[int, int, str]]:
    edits: list[tuple[int, int, str]] = []
    for m in _taken().finditer(text):
        before = text[_sentence_start(text, m.start()):m.start()]
        if not _violence().search(before):
            continue
        # the counted head of the taking's own clause ("and three wounded were taken away")
        head = re.split(r"[,;]|\band\b", before)[-1].split()[-3:]
        if any(w.lower().strip(",") in EN.TAKEN_NOT_CAPTIVE for w in head):
            continue
        edits.append((m.start("v"), m.end("v"), "abducted"))
    return edits


def _edits(text: str) -> list[tuple[int, int, str]]:
    edits: list[tuple[int, int, str]] = []
    if "taken" in text:
        edits += _taken_edits(text)
    if "beat" in text or "Beat" in text:
        edits += _beating_edits(text)
        edits += [(m.start("v"), m.end("v"), "") for m in _beaten_and_cared().finditer(text)]
    if "leaving" in text:
        for m in _left_unable().finditer(text):
            if _violence().search(text, _sentence_start(text, m.start()), m.start()):
                edits.append((m.start("v"), m.end("v"), "wounded"))
    if "for surgery" in text or "for an operation" in text or "for operations" in text:
        # (surgery "on" a part of the body in a text that tells no violence is a planned
        # one: "pupils were transferred to the city for surgery on their teeth")
        violent = _violence().search(text) is not None
        edits += [(m.start("v"), m.end("v"), "wounded")
                  for m in _moved_for_surgery().finditer(text)
                  if violent or not _ON_AFTER.match(text, m.end("care"))]
    if "whose" in text:
        edits += [(m.start("v"), m.end("v"), "") for m in _whose_then_outcome().finditer(text)]
    if "being treated" in text:
        edits += [(m.start("v"), m.end("v"), " in hospital")
                  for m in _treated_with_wounds().finditer(text)]
    return apart(edits)


def _touches(text: str, stretches: list[tuple[int, int]], ends: list[int], a: int,
             b: int) -> bool:
    """Does the figure from ``a`` to ``b`` touch a changed stretch, or follow the last one
    before it in its sentence? (a part told after the changed clause, "..., one of them
    seriously", is read with it; by bisection: the stretches are sorted and apart)"""
    k = bisect_right(ends, a) - 1  # the last stretch ending at or before a
    if k >= 0 and not any(text.find(c, ends[k], a) >= 0 for c in ".!?\n"):
        return True
    k = bisect_left(ends, a)  # the first stretch ending at or after a
    return k < len(stretches) and stretches[k][0] <= b


def told_by_consequence(text: str, found: list[Figure], read: Reader) -> list[Figure]:
    """``found`` with the figures the consequences above tell added and those a clause
    takes back dropped."""
    if wakes(text, _WAKE) and any(g in text for g in _GATES) and (edits := _edits(text)):
        told = told_with(text, edits)
        stretches = [(a, b) for a, b, _ in edits]
        ends = [b for _, b in stretches]
        # (by span: a report of many takings compared each figure with every other)
        taken = FigureSpans(found)
        added: list[Figure] = []
        for f in read(told[0]):
            a, b = told[1](span_of(f)[0], True), told[1](span_of(f)[1], False)
            if not _touches(text, stretches, ends, a, b) or taken.overlaps(a, b):
                continue
            f["start"], f["end"], f["text"] = a, b, text[a:b]
            added.append(f)
        if added:
            found = sorted(found + added, key=span_of)
    return [f for f in found if not _taken_back(text, f)]


@cache
def _or_outcome() -> re.Pattern[str]:
    # "or went missing", "or seriously wounded"
    return re.compile(rf"\s+or\s+(?:went\s+|were\s+|are\s+|have\s+)?(?:\w+ly\s+)?"
                      rf"(?P<o>{alt(EN.CLAUSE_OUTCOMES)})\b", re.IGNORECASE)


@cache
def _hardship_after() -> re.Pattern[str]:
    return re.compile(
        r"\s+(?:from|of|due\s+to|because\s+of|caused\s+by)\s+(?:[\w'’\-]+\s+){0,2}?"
        rf"(?:{alt(EN.HARDSHIP_CAUSES + EN.ILLNESS_CAUSES)})\b", re.IGNORECASE)


@cache
def _whose_kin() -> re.Pattern[str]:
    kin = sorted((set(EN.KIN_OF_ONE) | set(EN.LOST_KIN) | EN.SEXED_KIN | set(EN.KIN_OF_THOSE))
                 - {"names", "lawyers", "lawyer"})
    return re.compile(
        rf"(?:\s+[\w'’\-]+){{0,3}}?\s+whose\s+(?:[\w'’\-]+\s+){{0,2}}?(?:{alt(kin)})\b",
        re.IGNORECASE)


@cache
def _outcome_words(outcome: str) -> re.Pattern[str] | None:
    words = {w for table in (EN.OUTCOME_NOMINALS, EN.OUTCOME_VERBS, EN.OUTCOME_PARTICIPLES)
             for w in table.get(outcome, ())}
    return re.compile(rf"\b(?:{alt(sorted(words))})\b", re.IGNORECASE) if words else None


def _own_outcome_word(words: str, outcome: str) -> bool:
    """Do a figure's own words hold a word of its outcome ("murder of a tourist", "killed a
    farmer"), so that no relative after them gave it?"""
    rx = _outcome_words(outcome)
    return rx is not None and rx.search(words) is not None


def _taken_back(text: str, f: Figure) -> bool:
    end = span_of(f)[1]
    words = str(f["text"])
    if " or " in text[end:end + 12] and (m := _or_outcome().match(text, end)):
        return EN.CLAUSE_OUTCOME_KINDS[m.group("o").lower()] != f["outcome"]
    if "whose" in words and (m := _whose_kin().search(words)):
        # the count stands before the relative and its outcome inside it, unless a main
        # verb of outcome closes the relative ("three men whose brother was killed were
        # wounded")
        return m.start() > 0 and not _whose_then_outcome().search(words)
    if "whose" in text[end:end + 60] and _whose_kin().match(text, end):
        # the figure's words stop before the relative whose outcome was read for them
        # ((round en207) unless they tell the outcome themselves: "sentenced for the murder
        # of a German tourist whose family was ambushed" counts the tourist dead, the
        # relative only says who he was)
        return not _whose_then_outcome().match(text, end) and not _own_outcome_word(
            words, str(f["outcome"]))
    return f["outcome"] == "wounded" and _hardship_after().match(text, end) is not None
