"""Who is "saying" when the clause before it names no giver (round en230).

* A message or a rumour that spread: "A voice note had circulated on Telegram since dawn
  saying soldiers were coming", "Rumours circulated in the camp saying the border would
  close." The medium is the source as written (no one gave it); the place it spread on
  ("Telegram", "the camp") and the time are no speaker.
* The noun phrase of "with" right before the participle: "The talks ended, with both
  sides saying they would meet again", "The market reopened with traders saying ...": the
  phrase's own subject speaks, not "with" and it, nor the main clause's subject."""

from __future__ import annotations

import re

from .lang import en as EN
from .lang.build import alt

_SPREAD = re.compile(
    r"(?P<np>(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother|[Ss]ome)?\s*(?:[\w'’\-]+\s+){0,2}?"
    rf"(?:{alt(EN.SPREAD_MEDIUM_NOUNS)}))"
    r"\s+(?:(?:had|has|have|was|were)\s+(?:been\s+)?)?(?:\w+ly\s+)?"
    rf"(?:{alt(EN.SPREADING_VERBS)})\b[^,;:\"“”]{{0,80}}$", re.IGNORECASE)
_SPREAD_CUES = ("spread", "circulat", "surfaced", "appeared", "shared", "forwarded")
# "with", a noun phrase of up to five words, and nothing else before the participle.
_WITH_NP = re.compile(r"\bwith\s+(?P<np>[\w'’\-]+(?:\s+[\w'’\-]+){0,4})\s*$")
_NOT_SPEAKERS = frozenset((*EN.DOCUMENT_NOUNS, *EN.WRITTEN_WORKS))


def spread_medium(text: str, c0: int, end: int) -> tuple[int, int] | None:
    """The span of the medium that spread, when the clause ``c0``..``end`` (up to
    "saying") opens with it and its verb of spreading."""
    if not any(text.find(cue, c0, end) >= 0 for cue in _SPREAD_CUES):
        return None  # (a word test before the pattern)
    m = _SPREAD.match(text, c0, end)
    return m.span("np") if m else None


def with_subject(text: str, c0: int, end: int) -> tuple[int, int] | None:
    """The noun phrase after "with" right before the participle at ``end``, when it names
    people or a body (a plural, or a noun of a speaker)."""
    lo = end - 60 if end - 60 > c0 else c0
    if text.find("with ", lo, end) < 0:
        return None
    m = _WITH_NP.search(text, lo, end)
    if m is None:
        return None
    head = m["np"].rsplit(None, 1)[-1].lower()
    if head in _NOT_SPEAKERS or not (head in EN.SPEAKER_NOUNS or (
            head.endswith("s") and not head.endswith("ss"))):
        return None
    return m.span("np")
