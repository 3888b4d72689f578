"""A negated or empty subject is no speaker (round en170): "No group claimed the attack
immediately", "None of the parties said ...", "Nobody has commented": a claim or a word
whose subject is nobody is the absence of one, not a statement."""

from __future__ import annotations

import re

from .lang import en as EN
from .lang.build import alt

# "No group", "no armed group", "None of the parties", "Nobody", "Neither side": the
# speaker opens on a word that denies there is one ("No. 10", "No 10" are a number).
# A floor or a ceiling of a count is no denial: "No fewer than ten officials said ...".
_COMPARATIVES = tuple(q for q in EN.QUALIFIERS if q.endswith(" than") and " " not in q[:-5])
_NEGATED_SPEAKER = re.compile(
    rf"(?i:{alt(EN.NEGATING_SUBJECTS)}|{alt(EN.NEGATED_DETERMINERS)})"
    rf"(?:\s+(?![\d.]|(?i:{alt(_COMPARATIVES)})\b)|$)")
# The first letters of every negated speaker: a cheap test before the pattern.
_FIRST_LETTERS = ("N", "n")


def drop_negated_speakers(out: list[dict[str, object]]) -> list[dict[str, object]]:
    """``out`` without the entries whose speaker is a negated subject."""
    if not any(isinstance(o["speaker"], str) and str(o["speaker"]).startswith(_FIRST_LETTERS)
               for o in out):
        return out
    return [o for o in out if not (isinstance(o["speaker"], str)
                                   and _NEGATED_SPEAKER.match(str(o["speaker"])))]
