"""Saying that a demand asks for (round en173): "Security forces must release the nine
health workers and say where they are being held, the group said." The bare "say" after
"and" shares the modal of obligation ("must", "should") or the request's "to" ("urged
the police to free them and say why") with the verb before it: what the subject is to
say is demanded of it, and the subject says nothing. The sentence reader took the
coordinated "say" for the subject's present tense ("Villagers fled and say ..."), which
stays read when no demand stands before it.
"""

from __future__ import annotations

import re

from .lang import en as EN
from .lang.build import alt
from .spans import document

# "and say " right before the words (an object may stand between: "and tell families ").
_AND_SAY = re.compile(
    rf"\band\s+(?:{alt(EN.DEMANDED_SPEECH_VERBS)})\s+(?:[a-z]+\s+){{0,2}}$")
# The demand before the "and": a modal of obligation, or a request's "to".
_DEMAND = re.compile(
    rf"\b(?:{alt(EN.OBLIGING_MODALS)})\b|\b(?:{alt(EN.REQUEST_VERBS)})\b[^.;:!?]*?\bto\b")
# How far before the words the "and" and its demand are looked for.
_REACH = 200
_GATE = tuple(f" and {v} " for v in EN.DEMANDED_SPEECH_VERBS)


def drop_demanded_saying(text: str, out: list[dict[str, object]]) -> list[dict[str, object]]:
    """``out`` without the entries whose words follow a "say" that a demand asks for."""
    if not any(g in text for g in _GATE):
        return out
    doc = document(text)
    kept = []
    for o in out:
        start = int(o["start"])  # type: ignore[call-overload]
        lo = max(start - _REACH, doc.sentence_start(start))
        m = _AND_SAY.search(text, lo, start) if isinstance(o["speaker"], str) else None
        if m is not None and _DEMAND.search(text, lo, m.start()):
            continue  # "must release them and say where ...": demanded, not said
        kept.append(o)
    return kept
