"""A part of the captives counted after "Of those taken" (round en133).

News counts what became of captives by a part of them, their capture told only by the
participle before: "Of those taken, 19 escaped", "Of the pupils abducted, 12 were freed".
The blind sets count the part as captured (escaped or freed captives were captives). The
participle must end its phrase with a comma, so "Of those taken to hospital, 19 died" (no
capture) stays the engine's other readings.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from .casualty_released import _COUNT, FigureSpans
from .lang import en as EN
from .lang.build import alt
from .numbers import COUNT_RE, written_count
from .spans import matches_at_words
from .wake_words import cue_set, wakes

# (speed round 15) Every match of ``_ill_whole()`` holds a word of ``EN.TAKEN_ILL_WORDS``
# whole (a space before it, a word's end after it): a document holding none drops nothing.
_WAKE_ILL = cue_set(EN.TAKEN_ILL_WORDS)
# The word every match of ``_part()`` and ``_ill_whole()`` opens with.
_OPENING = ("of",)


@cache
def _part() -> re.Pattern[str]:
    return re.compile(
        rf"\bof\s+(?:those|the(?P<noun>(?:\s+[\w\-]+){{0,2}}?))\s+(?:{alt(EN.TAKEN_PART_PARTICIPLES)})"
        rf"\s*,\s*(?P<count>{_COUNT})(?P<verb>\s+(?:have\s+|had\s+)?(?:since\s+|later\s+)?"
        r"(?:were\s+|have\s+been\s+)?[a-z]+ed\b)?", re.IGNORECASE)


@cache
def _left_with() -> re.Pattern[str]:
    return re.compile(
        rf"\b(?:{alt(EN.TAKEN_OFF_WITH)})\s+(?P<count>{_COUNT})(?P<noun>(?:\s+[\w\-]+){{0,2}}?)"
        rf"\s+(?:{alt(EN.TAKEN_PART_PARTICIPLES)})\b(?!\s+(?:to|into|from|in)\b)",
        re.IGNORECASE)


@cache
def _ill_whole() -> re.Pattern[str]:
    """"Of those taken ill," "Of the guests who fell sick after the meal,": the whole a part
    is told of."""
    ill = alt(EN.TAKEN_ILL_WORDS)
    return re.compile(
        rf"\bof\s+(?:those|the(?:\s+[\w\-]+){{0,2}}?)\s+(?:who\s+(?:were\s+|had\s+)?)?"
        rf"(?:taken|fell|fallen|became|become|got|were|was)\s+(?:{ill})\b"
        r"(?:\s+(?:after|from|at|with|in|on)\b[^,.;:!?]{0,60})?\s*,\s*", re.IGNORECASE)


def drop_ill_parts(text: str, out: list[dict[str, object]], low: str) -> None:
    """Drop each figure told right after "Of those taken ill," or "Of those who fell sick,":
    a part of the ill ("12 remained in hospital") is no casualty of violence. (Called
    apart from ``taken_parts``, which runs only where a participle of taking stands: "Of
    those who fell ill" names none.)"""
    if not wakes(text, _WAKE_ILL):
        return
    if not (("of those " in low or "of the " in low)
            and any(w in low for w in EN.TAKEN_ILL_WORDS)):
        return
    # (speed round 7: every match opens with "of", where alone the pattern is tried; it
    # opens with \b and is case-blind, so the regex engine tried it at every character)
    ends = {m.end() for m in matches_at_words(_ill_whole(), text, low, _OPENING)}
    if ends:
        out[:] = [f for f in out if int(f["start"]) not in ends]


def taken_parts(text: str, out: list[dict[str, object]], low: str,
                people: Callable[[list[str]], bool]) -> None:
    """Append to ``out`` each part of captives counted after "Of those taken" that no
    figure holds yet; ``people``: whether a group's words name people ("Of the measures
    taken, two were approved" counts none); ``low``: ``text`` lower-cased."""
    found: list[dict[str, object]] = []
    seen: FigureSpans | None = None  # (built at the first match: most texts have none)
    parts = (matches_at_words(_part(), text, low, _OPENING)
             if "of those " in low or "of the " in low else ())
    left = (_left_with().finditer(text) if any(w in low for w in EN.TAKEN_OFF_WITH)
            else ())
    for m in (*parts, *left):
        noun = [w for w in (m.group("noun") or "").split() if COUNT_RE.rx.fullmatch(w) is None]
        if noun and not people(noun):
            continue
        start, end = m.start(), m.end()
        seen = seen or FigureSpans(out)
        if seen.overlaps(start, end):
            continue
        if (parsed := written_count(m.group("count"))) is None:
            continue
        low, high, qualifier = parsed
        found.append({"start": start, "end": end, "text": text[start:end], "outcome": "captured",
                      "count_low": low, "count_high": high, "qualifier": qualifier,
                      "group": None})
    out.extend(found)
