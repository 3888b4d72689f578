"""Tolls of accidents are no casualties (round en220).

The gold counts people harmed in violence, and a crash is violence only when an attack
brought the craft down or may have. A document that puts a crash down to a cause that is no
attack (a burst tyre, an engine or mechanical failure, pilot error, bad weather, or an
attack denied: "there was no sign of hostile fire", "investigators ruled out sabotage") and
claims no attack anywhere else gives its crash's dead, hurt and missing as no casualty:
"An Antonov crashed on take-off, killing all five crew. A tyre burst during the take-off
run". A figure goes when its own sentence, or the sentence right before it, tells of the
crash (``ACCIDENT_CRASH_WORDS``) and its own sentence tells of no violence.

The toll stays whenever an attack is claimed or left open anywhere in the document:
shooting down, a missile, a rocket, fire ("came under fire"), an ambush, sabotage, a bomb
("rebels said they shot it down, though officials blamed engine failure"; "officials have
not ruled out hostile fire"). People taken after a crash ("the two pilots were captured")
are never touched: a capture is the violence itself.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache
from typing import TYPE_CHECKING

from .lang import en as EN
from .lang.build import alt

if TYPE_CHECKING:
    from .spans import Document

_OUTCOMES = frozenset({"killed", "wounded", "missing"})
_GATE = EN.ACCIDENT_CAUSE_GATE


@cache
def _cause() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alt(EN.ACCIDENT_CAUSES)})\b")


@cache
def _left_open() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alt(EN.ACCIDENT_LEFT_OPEN)})\b")


@cache
def _claim() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alt(EN.ACCIDENT_ATTACK_CLAIMS)})\b")


@cache
def _role() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alt(EN.ACCIDENT_CRAFT_ROLES)})\b")


@cache
def _crash() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alt(EN.ACCIDENT_CRASH_WORDS)})\b", re.IGNORECASE)


@cache
def _violence() -> re.Pattern[str]:
    # the hazard rule's violence words and the claims; "fire" alone is a crash's own ("the
    # plane caught fire and crashed"), an attack's fire is claimed in the document; soldiers
    # and troops are no violence here (an army helicopter's crash kills soldiers)
    words = (set(EN.VIOLENCE_CUES) | set(EN.ACCIDENT_ATTACK_CLAIMS)) - {"fire"}
    return re.compile(rf"\b(?:{alt(sorted(words))})\b", re.IGNORECASE)


def accident_document(low: str) -> bool:
    """Does the lower-cased document put a crash down to a cause that is no attack, and
    claim no attack nor leave one open anywhere?"""
    if not any(w in low for w in _GATE) or _cause().search(low) is None:
        return False
    if _left_open().search(low):
        return False
    # the denials and the craft's role are no claims: "no sign of hostile fire", "an attack
    # helicopter"
    rest = _role().sub(" ", _cause().sub(" ", low))
    return _claim().search(rest) is None


def drop_accident_tolls(doc: Document, found: list[dict[str, object]]) -> None:
    """Drop, in place, the killed, hurt and missing figures of ``found`` that are the toll
    of a crash the document gives a cause that is no attack."""
    if not found or not accident_document(doc.low):
        return
    sents = doc.sentences
    starts = doc.starts
    keep: list[dict[str, object]] = []
    for f in found:
        i = bisect_right(starts, int(str(f["start"]))) - 1
        if f["outcome"] in _OUTCOMES and i >= 0 and (
                _violence().search(sents[i].text) is None) and (
                _crash().search(sents[i].text)
                or (i > 0 and _crash().search(sents[i - 1].text))):
            continue
        keep.append(f)
    if len(keep) < len(found):
        found[:] = keep
