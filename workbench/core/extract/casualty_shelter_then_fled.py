"""Civilians told where they sheltered, then that they fled (round en212).

News of a second flight tells first where the displaced had found shelter, in a phrase of
places that may run long, and only then the flight: "Some 340 families sheltering in a
sports hall in the hamlet of Caño, in the rural area of Tibú, fled again on Monday", "About
500 people staying at a school near the river have fled", "Hundreds of villagers camped
outside the town were forced to flee again". The sentence rules cut a counted head's
post-modifier only within a short reach and at no comma, so the count lost its verb. A
count of civilians (``EN.FLEEING_CIVILIANS``), a participle of shelter
(``EN.SHELTERED_THEN_FLED_PARTICIPLES``), a phrase of place of up to 18 words (commas only
before a preposition) with no clause word, then a flight (``EN.SHELTERED_THEN_FLED_VERBS``)
make a displaced figure. Unread: fighters or suspects ("Two gunmen hiding in a house fled",
no civilians), a clause between ("families sheltering in the hall said they fled").
"""

from __future__ import annotations

import re
from functools import cache

from .figure_spans import new_figure
from .lang import en as EN
from .lang.build import alt
from .numbers import COUNT_RE, parse_count
from .wake_words import cue_set, wakes

_NOT = frozenset(EN.SHELTERED_THEN_FLED_NOT_WORDS)
_PHRASE_WORDS = 18
# How far before the participle the count may start ("Some 340 families", "Hundreds of
# displaced villagers").
_COUNT_REACH = 50


# (speed round 15) Every figure comes from a match of ``_sheltered_then_fled()``: a
# participle of shelter whole (spaces on both sides), then a flight whose last word but
# "again" stands whole (after a space, before a word's end or " again"). A document that
# holds no such participle or no such word is not read.
_WAKE_SHELTER = cue_set(EN.SHELTERED_THEN_FLED_PARTICIPLES)
_WAKE_FLED = cue_set(next(w for w in reversed(v.split()) if w != "again")
                     for v in EN.SHELTERED_THEN_FLED_VERBS)


@cache
def _participle() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alt(EN.SHELTERED_THEN_FLED_PARTICIPLES)})\b")


@cache
def _sheltered_then_fled() -> re.Pattern[str]:
    place_word = r"[\w'’\-]+"
    # words part at a space, or at a comma before a preposition: "of Caño, in the rural area"
    sep = r"(?:,\s+(?=(?:in|at|on|near|outside|inside|of)\b)|\s+)"
    return re.compile(
        rf"\s+(?P<head>(?:[a-z\-]+\s+)?(?:{alt(EN.FLEEING_CIVILIANS)}))\s+"
        rf"(?:{alt(EN.SHELTERED_THEN_FLED_PARTICIPLES)})\s+"
        rf"(?P<place>{place_word}(?:{sep}{place_word}){{1,{_PHRASE_WORDS}}}?)"
        rf",?\s+(?:{alt(EN.SHELTERED_THEN_FLED_VERBS)})\b", re.IGNORECASE)


def sheltered_then_fled(text: str, out: list[dict[str, object]], low: str) -> None:
    """Append to ``out`` each count of civilians told where they sheltered, then fled."""
    if not (wakes(text, _WAKE_SHELTER) and wakes(text, _WAKE_FLED)):
        return
    if not any(p in low for p in EN.SHELTERED_THEN_FLED_PARTICIPLES) or not (
            "fled" in low or "flee" in low or "displaced again" in low):
        return
    found: list[dict[str, object]] = []
    # the counts looked for only just before a participle of shelter (a displacement
    # story may hold many counts)
    starts = {c.start(): c for p in _participle().finditer(low)
              for c in COUNT_RE.finditer(text, max(0, p.start() - _COUNT_REACH), p.start())}
    for c in starts.values():
        if not (c.group("num") or c.group("vague") or c.group("dozen")):
            continue
        m = _sheltered_then_fled().match(text, c.end())
        if m is None or any(w.lower().strip(",") in _NOT for w in m.group("place").split()):
            continue
        if (parsed := parse_count(c)) is None:
            continue
        start, end = c.start(), m.end()
        if any(int(str(f["start"])) < end and start < int(str(f["end"])) for f in out):
            continue
        low_count, high, qualifier = parsed
        found.append(new_figure(text, start, end, "displaced", low_count, high, qualifier,
                                m.group("head")))
    out.extend(found)
