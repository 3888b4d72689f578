"""A prison's population is no figure (round en176).

People who are in prison are not a casualty figure unless the story tells their arrest
or detention as an event (the corpus README's "Not casualties" lists suspects jailed).
The noun "detainees" is itself an outcome ("the 90 detainees held at the camp" are
arrested), so a count of them was read even where it counts the people a jail holds:
the subject of an act of theirs inside ("About 240 detainees at the city jail have
refused meals", "Ten detainees in his wing began the hunger strike") or those that
deliveries, visits or space are for ("food deliveries to the remaining 260 detainees").
A count of detainees with an arrest, a release, a death or any other outcome of its own
keeps its reading: this test is asked only where the noun alone would give the figure; and
so does one whose sentence goes on to tell their arrest ("45 detainees in the station began
a hunger strike after their arrest on Friday": the detention is the event).
"""

from __future__ import annotations

import re
from functools import cache

from .lang import en as EN
from .lang.build import alt


@cache
def _act_after() -> re.Pattern[str]:
    """An act of the counted inside, right after their noun, perhaps after where they are
    ("at the city jail", "in his wing") and an auxiliary."""
    return re.compile(
        r"(?:\s+(?:at|in|from|inside)\s+(?:the\s+|a\s+|his\s+|her\s+|their\s+|its\s+)?"
        r"(?:[\w'’\-]+\s+){0,3}?[\w'’\-]+)?,?"
        r"\s+(?:(?:have|has|had|all|also|still|reportedly|then|now|who)\s+){0,2}"
        r"(?:been\s+)?"
        rf"(?:{alt(EN.POPULATION_ACTS)}|on\s+(?:a\s+)?hunger\s+strike)\b",
        re.IGNORECASE)


@cache
def _supply_before() -> re.Pattern[str]:
    """What is brought or given to the counted, right before the count: "deliveries to
    the remaining", "visits to the", "food for"."""
    return re.compile(
        rf"\b(?:{alt(EN.POPULATION_SUPPLIES)})\s+(?:to|for)\s+"
        r"(?:the\s+|its\s+|their\s+)?(?:remaining\s+|other\s+|last\s+)?$",
        re.IGNORECASE)


@cache
def _arrest_told() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alt(EN.POPULATION_ARREST_TOLD)})\b", re.IGNORECASE)


def population_count(s: str, cstart: int, gend: int) -> bool:
    """Whether the count of detainees from ``cstart`` to ``gend`` (the end of their noun)
    in sentence ``s`` counts a jail's population, not people detained."""
    if ("arrest" in s or "detained" in s) and _arrest_told().search(s, gend):
        return False  # their arrest is told after them: the event, not a population
    return (_act_after().match(s, gend) is not None
            or _supply_before().search(s, max(0, cstart - 48), cstart) is not None)
