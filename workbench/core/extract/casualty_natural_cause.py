"""Tolls of natural disasters are no casualties (round en216).

The gold counts people harmed in violence; the dead, hurt and missing of a flood, a quake,
a storm or a landslide are no entries. The hazard rule of ``casualties.py`` drops a figure
whose own sentence names one of ``NATURAL_HAZARDS`` as its cause. This post-pass reaches
what it leaves:

* a weather or ground word it leaves out as too often figurative (``NATURAL_CAUSE_WORDS``)
  in a frame of cause: "Seven people died when the storm brought down a roof", "Lightning
  killed four herders", "14 people were missing under the mud";
* a figure whose sentence names no cause at all, right after a sentence that tells of a
  hazard and of no violence ("Flash floods tore through the camp ... Three boys were still
  missing on Monday"), or under a headline that does ("Quake toll rises to 61" over "61
  people had died and about 180 were treated").

A figure stays when its sentence tells of any violence (``VIOLENCE_CUES`` and
``NATURAL_CAUSE_VIOLENCE``: "An air strike during the storm killed six", "killed in the
fighting after the floods"), and arrests, abductions and flight are never touched: a force
that detains people after a flood is the story.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache
from operator import itemgetter
from typing import TYPE_CHECKING

from .lang import en as EN
from .lang.build import alt

if TYPE_CHECKING:
    from .spans import Document

_OUTCOMES = frozenset({"killed", "wounded", "missing"})
_START = itemgetter("start")
_GATE = EN.NATURAL_CAUSE_GATE


def may_hold_hazard(low_doc: str) -> bool:
    """The cheap gate: does the lower-cased document hold any hazard word's stem?"""
    return any(w in low_doc for w in _GATE)


@cache
def _violence() -> re.Pattern[str]:
    # as the hazard rule: violence's place adjective ("militia-held") names no cause
    return re.compile(
        rf"\b(?:{alt(EN.VIOLENCE_CUES + EN.NATURAL_CAUSE_VIOLENCE)})\b"
        rf"(?!-(?:{alt(EN.SETTING_PARTICIPLES)})\b)", re.IGNORECASE)


@cache
def _framed() -> re.Pattern[str]:
    """A hazard told as a cause: after an opener ("killed in the storm", "missing under
    the mud", "died when the storm ...") or as the subject of a toll verb ("the storm
    killed", "lightning struck"). "floods of people" and "storm of shelling" are none."""
    haz = alt(EN.NATURAL_HAZARDS + EN.NATURAL_CAUSE_WORDS)
    return re.compile(
        rf"\b(?:(?:{alt(EN.NATURAL_CAUSE_OPENERS)})\s+(?:the\s+|a\s+|an\s+)?"
        rf"(?:[\w-]+\s+){{0,2}}?(?:{haz})\b(?!\s+of\b)"
        rf"|(?:{haz})(?:'s|’s)?\s+(?:\w+\s+)?(?:{alt(EN.NATURAL_CAUSE_VERBS)})\b)",
        re.IGNORECASE)


@cache
def _named() -> re.Pattern[str]:
    """A hazard of the main list named at all (not as a verb: "to flood", "flood into";
    not "floods of people"), or a weather word in a frame of cause."""
    return re.compile(
        rf"(?<!\bto )\b(?:{alt(EN.NATURAL_HAZARDS)})\b"
        r"(?!\s+(?:into|across|over|back|out|of)\b)", re.IGNORECASE)


def _tells_hazard(s: str) -> bool:
    """Does ``s`` tell of a natural hazard and of no violence?"""
    return (bool(_named().search(s) or _framed().search(s))
            and _violence().search(s) is None)


@cache
def _toll_words() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alt(EN.NATURAL_TOLL_WORDS)})\b", re.IGNORECASE)


def _headline_toll(head: str) -> bool:
    """Does the headline give a hazard's toll (a hazard and a toll word, no violence):
    "Quake toll rises to 61", "Floods kill 12 in the north"?"""
    return _tells_hazard(head) and _toll_words().search(head) is not None


def headline_of(text: str) -> str:
    """The document's first line when it reads as a headline (short, no closing stop)."""
    cut = text.find("\n", 0, 200)
    if cut <= 0:
        return ""
    head = text[:cut].rstrip()
    return "" if head.endswith((".", '"', "”")) else head


# Where a clause of its own opens within a sentence: "..., and gunmen later killed two".
_CLAUSE_BREAK = re.compile(r";|,\s+(?:and|but|while|whereas)\s+", re.IGNORECASE)


def _own_clause(s: str, at: int) -> str:
    """The clause of sentence ``s`` that holds position ``at``."""
    lo, hi = 0, len(s)
    for m in _CLAUSE_BREAK.finditer(s):
        if m.end() <= at:
            lo = m.end()
        elif m.start() >= at:
            hi = m.start()
            break
    return s[lo:hi]


def natural_toll(s: str, outcome: str, prev: str, headline: str, at: int = 0,
                 prev_toll: bool = False) -> bool:
    """Is a killed, hurt or missing figure (at ``at``) of sentence ``s`` a natural hazard's
    toll? Its sentence names no violence and gives a hazard as the cause, or names no
    hazard nor any cause and follows a sentence (or stands under a headline) that tells
    of a hazard and of no violence, or follows a sentence whose own figure was the
    hazard's toll (``prev_toll``, round en218: "Deaths from the earthquake" / "The count
    rose from 38 dead to 64." / "About 230 people have been treated for injuries": the
    toll goes on sentence by sentence while none names a cause of its own). When the
    sentence tells of violence, a clause of its
    own ("Eleven were killed in the landslide, and gunmen later killed two soldiers")
    that gives the hazard as cause and no violence is still the hazard's."""
    if outcome not in _OUTCOMES:
        return False
    if _violence().search(s) is not None:
        own = _own_clause(s, at)
        return (len(own) < len(s) and _violence().search(own) is None
                and _framed().search(own) is not None)
    if _framed().search(s):
        return True
    if _named().search(s):
        return False  # a hazard named but not as the cause: left to the hazard rule
    return (prev_toll or (bool(prev) and _tells_hazard(prev))
            or (bool(headline) and _headline_toll(headline)))


def drop_natural_tolls(text: str, doc: Document, found: list[dict[str, object]]) -> None:
    """Drop, in place, the figures of ``found`` that are a natural hazard's toll; gated by
    a plain test of the document for the hazard words."""
    if not may_hold_hazard(doc.low):
        return
    sents = doc.sentences
    starts = doc.starts
    headline = headline_of(text)
    keep: list[dict[str, object]] = []
    tolls: set[int] = set()  # the sentences a figure of which was the hazard's toll
    for f in sorted(found, key=_START):  # in the order told: a toll goes on to the next
        at = int(str(f["start"]))
        i = bisect_right(starts, at) - 1
        if i < 0 or not natural_toll(sents[i].text, str(f["outcome"]),
                                     sents[i - 1].text if i else "", headline,
                                     at - sents[i].start, i - 1 in tolls):
            keep.append(f)
        else:
            tolls.add(i)
    if len(keep) < len(found):
        kept = {id(k) for k in keep}
        found[:] = [f for f in found if id(f) in kept]
