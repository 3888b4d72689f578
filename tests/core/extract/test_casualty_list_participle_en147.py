"""Rescued captives, operation tolls and lists with a participle phrase (English round 147,
issue 11).

Army and police reports tell a rescue of people held before ("Nine passengers, including
two teachers, were rescued"), an operation's toll in its own idiom ("neutralising seven
bandits") and a list whose member is described before the verb of them all ("Five
suspects, including a trader thought to have supplied the weapons, were arrested").
``FIGURES`` holds texts with every (outcome, count) they must give, ``LOOKALIKES`` texts
that must give none. Every sentence is fictional; names and places are invented.
"""

from __future__ import annotations

from collections import Counter

import pytest

from tests.extract_probes import short_figures
from workbench.core.extract.casualty_list_participle import cut_list_phrases

FIGURES = [
    # captives told by their rescue, the captivity told before; the list's members are parts
    ("Bandits seized a bus near the river crossing on Monday. Nine passengers, including two"
     " teachers and a pastor, were rescued by soldiers on Wednesday.",
     [("captured", 9), ("captured", 2), ("captured", 1)]),
    ("Kidnappers took a group of farmers from their fields. Twelve farmers, including three"
     " brothers, were freed in a raid, police said.", [("captured", 12), ("captured", 3)]),
    ("Gunmen seized travellers on the highway. Eight travellers, including a nurse with her"
     " son, who had been taken from two cars, were rescued unhurt.",
     [("captured", 8), ("captured", 1)]),
    # a part of a school's captives named again by another noun of them
    ("Gunmen abducted 25 students from a dormitory. Seven of the pupils were rescued by"
     " vigilantes at dawn.", [("captured", 25), ("captured", 7)]),
    ("Gunmen abducted travellers on the road to Kano. Eleven travellers, including three women"
     " and a mother with her baby, who had been taken from two buses, were rescued unhurt.",
     [("captured", 11), ("captured", 3), ("captured", 1)]),
    ("Gunmen kidnapped 40 schoolgirls. Ten of the girls were freed on Tuesday.",
     [("captured", 40), ("captured", 10)]),
    # an operation's toll: people an army names by their role
    ("Troops raided the camp, neutralising seven bandits.", [("killed", 7)]),
    ("Soldiers eliminated four bandits in an ambush.", [("killed", 4)]),
    ("The attack killed a surgeon, a nurse and two guards.",
     [("killed", 1), ("killed", 1), ("killed", 2)]),
    # a list's member described before the verb of them all
    ("Five suspects, including a trader thought to have supplied the weapons, were arrested"
     " on Monday.", [("arrested", 5), ("arrested", 1)]),
    ("Four men, including a driver accused of ferrying the kidnappers, were detained.",
     [("arrested", 4), ("arrested", 1)]),
    ("Ten villagers, including a farmer believed to be the village head, were abducted.",
     [("captured", 10), ("captured", 1)]),
    ("Three people, including a woman who had gone to fetch water, were killed.",
     [("killed", 3), ("killed", 1)]),
]

LOOKALIKES = [
    "Coastguards rescued 60 migrants from a sinking boat.",
    "Divers rescued three fishermen from the river.",
    "The deal rescued the company from bankruptcy.",
    "The rescued dog was given to a shelter.",
    "The clinic freed up 20 beds for the wounded.",
    "Police said they neutralised the threat quickly.",
    "The club was eliminated from the cup.",
    "Engineers neutralised two bombs near the bridge.",
    "A list including two ministers was published.",
    "A team including two engineers believed to be experts was sent to the site.",
]


@pytest.mark.parametrize(("text", "want"), FIGURES)
def test_figures_read(text: str, want: list[tuple[str, int]]) -> None:
    got = Counter((outcome, low) for _span, outcome, low in short_figures(text))
    assert got == Counter(want)


@pytest.mark.parametrize("text", LOOKALIKES)
def test_lookalikes_give_none(text: str) -> None:
    assert short_figures(text) == []


def test_cut_phrase_maps_back_to_the_text_as_written() -> None:
    text = "Two men, including a guard said to be armed, were held."
    cut = cut_list_phrases(text)
    assert cut is not None
    told, back, _starts = cut
    assert told == "Two men, including a guard, were held."
    assert text[back(told.index("were"), True):] == "were held."


def test_text_without_a_list_is_not_cut() -> None:
    assert cut_list_phrases("Two men believed to be armed were held.") is None
