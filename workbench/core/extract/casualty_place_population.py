"""A place's population is no figure (round en218).

News sets a town's size beside its name in an apposition: "Goma, a city of two million
people, fell to the rebels", "Sarko, a region with a population of about 2 million
people, has been held by the rebels since 2023", "the valley, home to 80,000 people".
The count there is everyone who lives in the place; the verb the place then takes ("has
been held", "was captured") is the place's, so the people counted are no captives, dead
or displaced. A figure whose count comes right after such a frame ("a <settlement> of",
"a population of", "home to") is dropped; a figure told beside it ("Kadda, a village of
400 people, was attacked and 12 people were killed") keeps its reading, its count not
following the frame, and so does a count whose noun names its outcome ("the camp, home to
4,000 displaced people") or whose own relative clause tells it ("the camp, home to some
7,000 people who had fled the fighting": the people are the displaced, the place their
refuge).
"""

from __future__ import annotations

import re
from functools import cache

from .lang import en as EN
from .lang.build import alt


@cache
def _frame_before() -> re.Pattern[str]:
    """The frame that ends right before a population's count (its qualifier, if any, is
    inside the figure's span or between): "a city of", "a population of", "home to"."""
    places = alt(EN.SETTLEMENT_NOUNS + EN.POPULATION_PLACE_NOUNS)
    return re.compile(
        rf"(?:\b(?:a|an)\s+(?:[\w'’-]+\s+){{0,2}}?(?:{places})\s+of"
        rf"|\b(?:{alt(EN.POPULATION_FRAMES)}))"
        rf"\s+(?:(?:{alt(EN.POPULATION_QUALIFIERS)})\s+)?$", re.IGNORECASE)


_PEOPLE = frozenset(EN.POPULATION_PEOPLE)


def _plain_people(group: object) -> bool:
    """Is the figure's group a plain noun of people (or none): "people", "residents"?"""
    return group is None or (isinstance(group, str) and group.lower() in _PEOPLE)


def drop_place_populations(text: str, found: list[dict[str, object]]) -> None:
    """Drop, in place, the figures of ``found`` whose count is a place's population. The
    plain test of the few words before each figure for " of " or " to " gates the
    pattern."""
    keep = []
    for f in found:
        start = int(f["start"])  # type: ignore[call-overload]
        lo = max(0, start - 60)
        before = text[lo:start]
        if ((" of " in before or " to " in before) and _plain_people(f["group"])
                and " who " not in str(f["text"]) and _frame_before().search(before)):
            continue
        keep.append(f)
    if len(keep) < len(found):
        found[:] = keep
