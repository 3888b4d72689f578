"""English probes, round en163 (issue 11): displacement told as an agency's counts, their
revisions and registrations; a part of a displaced group after "Of the N ..."; a group
described by a clause, then its fate. With the look-alikes that must stay unread.

Every sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

from collections import Counter

import pytest

from tests.extract_probes import figures

Reading = tuple[str, int, str]

FIGURES: list[tuple[str, list[Reading]]] = [
    # 1. a count raised or revised, with the earlier figure
    ("Relief agency raises count of displaced in Wari district to 18,000\n\nThe agency "
     "said fighting had spread.", [("displaced", 18000, "exact")]),
    ("The tally of displaced people in the valley has risen to 6,200, the council said.",
     [("displaced", 6200, "exact")]),
    ("Shelling went on overnight. About 26,000 people have arrived in sites around the "
     "town, up from 15,000 counted on 4 June.",
     [("displaced", 26000, "about"), ("displaced", 15000, "exact")]),
    ("After the raids, some 3,100 people arrived at displacement sites near Toma.",
     [("displaced", 3100, "about")]),
    ("Nearly 40 people were arrested in the protests, up from 22 counted at noon.",
     [("arrested", 40, "about"), ("arrested", 22, "exact")]),
    ("Some 14,000 people have been displaced in Dabo since the clashes began. Our previous "
     "update gave 9,800.", [("displaced", 14000, "about"), ("displaced", 9800, "exact")]),
    ("At least 31 people were killed in the attack on the market. The earlier estimate "
     "was 24.", [("killed", 31, "at_least"), ("killed", 24, "exact")]),
    # 2. registration and refugees as the count
    ("Since the fighting began, 1,700 people have registered as displaced in Kuna.",
     [("displaced", 1700, "exact")]),
    ("More than 4,000 Malian refugees have crossed into the border town since Friday.",
     [("displaced", 4000, "more_than")]),
    ("Hundreds of returnees have since fled back to the camps after the raid.",
     [("displaced", 200, "vague")]),
    # a flight beside an evacuation is still a flight; a leaving told after violence is one
    ("About 1,200 people have fled the town since the evacuation began.",
     [("displaced", 1200, "about")]),
    ("Shelling hit Rima overnight. At least 900 residents have left the town.",
     [("displaced", 900, "at_least")]),
    ("Thousands of returnees fled again when gunmen attacked the town.",
     [("displaced", 2000, "vague")]),
    ("Some 400 returnees have fled back to the camps since the raid.",
     [("displaced", 400, "about")]),
    # 3. a part of a displaced group by a copula after "Of the N ..."
    ("Of the 6,300 displaced people registered in the town, more than 4,000 are women and "
     "children.", [("displaced", 6300, "exact"), ("displaced", 4000, "more_than")]),
    ("Of the 2,900 people displaced by the fighting in Sala, about 1,600 are children.",
     [("displaced", 2900, "exact"), ("displaced", 1600, "about")]),
    ("Of the 3,500 refugees who crossed into Tanu, about 2,100 are children.",
     [("displaced", 3500, "exact"), ("displaced", 2100, "about")]),
    # 4. a group described by a clause, then its fate
    ("Seven people who left the camp on foot on 3 June are missing, their families say.",
     [("missing", 7, "exact")]),
    ("Five men who crossed the river on May 12 have been killed.",
     [("killed", 5, "exact")]),
    ("At least three of those sent back were killed by gunmen within days.",
     [("killed", 3, "at_least")]),
    ("Two of those deported to the border have been abducted.",
     [("captured", 2, "exact")]),
    ("Four of those who were sent home were shot dead last week.",
     [("killed", 4, "exact")]),
]

LOOKALIKES = [
    # an organised evacuation, people moved, residents who remain
    "At least 1,200 people have left the town since the evacuation began.",
    "The evacuation of Rima began on Monday. Some 900 residents have left so far, officials "
    "said.",
    "About 300 people who have left the town in the organised evacuation are staying with "
    "relatives.",
    "About 2,000 residents were evacuated to safer areas on Monday.",
    "Some 700 people were moved to a new site on Tuesday.",
    "Around 3,000 residents remain in the town.",
    # capacities, aid and sites
    "The agency is building a camp for 5,000 people.",
    "The camp can hold 5,000 people.",
    "The agency delivered 40 tonnes of food and fed 1,200 families.",
    "There are now 14 camps and sites around the town.",
    # a count that is no people's, and people who arrived for another purpose
    "The count of ballots rose to 21,000, up from 9,000 counted on Friday.",
    "About 300 delegates have arrived at the sites of the conference.",
    # a part of those described who said something: their own clause
    "Four of those interviewed said they were beaten.",
    # people who came home, arriving where no violence is told
    "About 900 returnees arrived in the town last week.",
    # a fronted whole whose clause has a subject of its own
    "Of the 50 people who said they were beaten, 12 were children.",
    # an update of no casualty count
    "The bank raised its growth forecast to 3 percent. Its previous estimate was 2.",
]


@pytest.mark.parametrize(("text", "expected"), FIGURES)
def test_displacement_counts_and_described_groups_are_read(
        text: str, expected: list[Reading]) -> None:
    got = Counter((outcome, low, qualifier) for _, outcome, low, _, qualifier, _ in figures(text))
    assert got == Counter(expected)


@pytest.mark.parametrize("text", LOOKALIKES)
def test_lookalikes_give_no_figure(text: str) -> None:
    assert figures(text) == []
