"""Readiness told in the present points ahead (round en101).

A release's notes to editors offer its speakers for days to come: "Spokespeople are
available for interview on Friday and Saturday" (en-51), "Milena Draganova is available for
interviews in Bulgarian and English on Thursday and Friday" (en-52). Being available is a
readiness for something not yet done, so a day a present "is available" names is one still
ahead of the writing, as a timetable's present is; told in the past ("was unavailable for
six hours on Tuesday") the day is behind, and the past form decides before this is asked.
"""

from __future__ import annotations

from .lang import en as EN


def ready_ahead(words: list[str], i: int) -> bool:
    """Whether the present copula at ``i`` is followed by an adjective of readiness
    ("is available", "are available"), the day after it lying ahead."""
    return len(words) > i + 1 and words[i + 1].lower() in EN.READINESS_ADJECTIVES
