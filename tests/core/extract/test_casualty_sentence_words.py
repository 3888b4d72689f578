"""Per-sentence word tests and stem gates that were cut to do less work read as before.

``_find_casualties`` splits a sentence that gave figures into words once for both its word
tests (a craft's name, a natural hazard), where it split it once per test; the gate of
``casualty_moving`` holds each of its stems once, where two stood twice. The figures
below are what the engine gave for these probes before either change (pinned), in
sentences that hold the craft nouns and hazards, both, or neither; the gate must agree
with the test of every stem as listed before. Every sentence is fictional.
"""

from __future__ import annotations

import pytest

from workbench.core.extract import casualty_moving as MV
from workbench.core.extract.casualties import find_casualties
from workbench.core.extract.casualty_arrival_told import ARRIVAL_STEMS

_PINNED = [
    ("The fishing vessel Sea Star 7 was seized on Monday and 12 crew members were detained.",
     [(12, "arrested", 55, 84)]),
    ("Floods swept through the valley on Sunday, killing 23 people, officials said.", []),
    ("The trawler Blue Gull 4, seized on 2 May, was released; its 9 sailors were detained.",
     [(9, "arrested", 60, 83)]),
    ("An earthquake struck the coast at dawn and 14 people were killed, rescuers said.", []),
    ("Gunmen seized the ferry Amani 3 after a storm, and 6 passengers were wounded.",
     [(6, "wounded", 51, 76)]),
    ("Five soldiers were killed and two were wounded when their patrol was ambushed.",
     [(5, "killed", 0, 25), (2, "wounded", 30, 46)]),
    ("THE FLOODS KILLED 40 PEOPLE AND THE TRAWLER NOOR 2 WAS SUNK; 8 FISHERMEN ARE MISSING.",
     []),
    # (round en216) a storm's dead are no casualties: "in the storm" gives the cause
    ("Three fishermen drowned when their boat capsized in the storm near the island.", []),
]


@pytest.mark.parametrize(("text", "figures"), _PINNED)
def test_craft_and_hazard_sentences_read_as_before(
        text: str, figures: list[tuple[int, str, int, int]]) -> None:
    got = [(f["count_low"], f["outcome"], f["start"], f["end"]) for f in find_casualties(text)]
    assert got == figures


_LISTED = (*MV._JOURNEY_STEMS, "regist", "arrived", " left", "living", "sleeping",
           *ARRIVAL_STEMS)


def test_moving_stems_hold_each_listed_stem_once() -> None:
    assert set(MV._STEMS) == set(_LISTED)
    assert len(MV._STEMS) == len(set(_LISTED))


@pytest.mark.parametrize("low", [
    "", "they arrived in the town.", "the convoy reached the border.",
    "families are living in tents.", "nothing moved.", "he left. she stayed.",
    "the host families took them in.", "a quiet day in the capital.",
    "registration opened, where 40 were waiting.",
])
def test_moving_gate_is_the_listed_stems_test(low: str) -> None:
    assert any(map(low.__contains__, MV._STEMS)) is any(s in low for s in _LISTED)
