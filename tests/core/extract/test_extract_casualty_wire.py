"""Wire-news casualty constructions, probed with fictional sentences (issue 11).

Each case asserts the exact span, outcome, counts, qualifier and group of every
figure, following the corpus rules (shared/corpus/README.md). The sentences were
written for these tests; places and names are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import Figure, figures


# Forms the engine already read right when issue 11 was probed: kept so they stay right.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The death toll from the Velmar market bombing rose to 27 on Friday.",
         [("death toll from the Velmar market bombing rose to 27", "killed", 27, None,
           "exact", None)]),
        ("The toll climbed to 41, hospital officials in Dresk said.",
         [("toll climbed to 41", "killed", 41, None, "exact", None)]),
        ("The death toll has climbed to more than 200.",
         [("death toll has climbed to more than 200", "killed", 200, None, "more_than",
           None)]),
        ("An airstrike hit a convoy near Orsa, killing 18 people, including six children.",
         [("killing 18 people", "killed", 18, None, "exact", "people"),
          ("including six children", "killed", 6, None, "exact", "children")]),
        ("Shelling killed 11 people, among them four women, in the Kerin district.",
         [("killed 11 people", "killed", 11, None, "exact", "people"),
          ("among them four women", "killed", 4, None, "exact", "women")]),
        ("Between 10 and 15 soldiers were killed in the ambush.",
         [("Between 10 and 15 soldiers were killed", "killed", 10, 15, "range", "soldiers")]),
        ("10 to 15 soldiers were killed in the ambush.",
         [("10 to 15 soldiers were killed", "killed", 10, 15, "range", "soldiers")]),
        ("10-15 soldiers were killed in the ambush.",
         [("10-15 soldiers were killed", "killed", 10, 15, "range", "soldiers")]),
        ("More than a dozen protesters were wounded by rubber bullets.",
         [("More than a dozen protesters were wounded", "wounded", 12, None, "more_than",
           "protesters")]),
        ("Scores of people were injured in the clashes in Pellam.",
         [("Scores of people were injured", "wounded", 40, None, "vague", "people")]),
        ("A handful of guards were wounded in the exchange of fire.",
         [("A handful of guards were wounded", "wounded", 2, None, "vague", "guards")]),
        ("Several civilians were killed when the roof collapsed.",
         [("Several civilians were killed", "killed", 3, None, "vague", "civilians")]),
        ("Hundreds of families were displaced by the fighting in Brenna.",
         [("Hundreds of families were displaced", "displaced", 200, None, "vague",
           "families")]),
        ("Tens of thousands of people have been displaced since the offensive began.",
         [("Tens of thousands of people have been displaced", "displaced", 20000, None,
           "vague", "people")]),
        ("Two policemen were killed and at least 12 others were wounded.",
         [("Two policemen were killed", "killed", 2, None, "exact", "policemen"),
          ("at least 12 others were wounded", "wounded", 12, None, "at_least", "others")]),
        ("Ninety-nine soldiers died in the siege.",
         [("Ninety-nine soldiers died", "killed", 99, None, "exact", "soldiers")]),
        ("One hundred and twenty people were killed in the fighting.",
         [("One hundred and twenty people were killed", "killed", 120, None, "exact",
           "people")]),
        ("Fighting in the north has left 1.2 million people displaced.",
         [("1.2 million people displaced", "displaced", 1_200_000, None, "exact", "people")]),
        ("Seven fishermen were reported missing after the raid.",
         [("Seven fishermen were reported missing", "missing", 7, None, "exact",
           "fishermen")]),
        ("Fourteen were reported missing.",
         [("Fourteen were reported missing", "missing", 14, None, "exact", None)]),
        ("Rescuers said 14 bodies were recovered from the rubble.",
         [("14 bodies", "killed", 14, None, "exact", "bodies")]),
        ("The attack left 9 dead and 20 wounded.",
         [("9 dead", "killed", 9, None, "exact", None),
          ("20 wounded", "wounded", 20, None, "exact", None)]),
        ("The explosion claimed the lives of 33 worshippers.",
         [("claimed the lives of 33 worshippers", "killed", 33, None, "exact",
           "worshippers")]),
        ("A policeman and two civilians were killed in the blast.",
         [("A policeman", "killed", 1, None, "exact", "policeman"),
          ("two civilians were killed", "killed", 2, None, "exact", "civilians")]),
        ("Security forces shot dead five protesters in Ilvar.",
         [("shot dead five protesters", "killed", 5, None, "exact", "protesters")]),
        ("Up to 60 people may have been killed.",
         [("Up to 60 people may have been killed", "killed", 60, None, "up_to", "people")]),
        ("The fighting has killed thousands and displaced millions.",
         [("killed thousands", "killed", 2000, None, "vague", None),
          ("displaced millions", "displaced", 2_000_000, None, "vague", None)]),
        # A possessive list member without an outcome of its own is no figure.
        ("Three soldiers were killed in the raid and their 2 commanders escaped.",
         [("Three soldiers were killed", "killed", 3, None, "exact", "soldiers")]),
    ],
)
def test_wire_forms_already_read(text: str, expected: list[Figure]) -> None:
    assert figures(text) == expected


# Forms that were misread before this change.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "after" ends like a person noun ("-er"): it was read as the victim noun after the
        # participle "injured", and the second figure was lost.
        ("Nine dead and 14 injured after gunmen stormed a Talvik hotel.",
         [("Nine dead", "killed", 9, None, "exact", None),
          ("14 injured", "wounded", 14, None, "exact", None)]),
        ("14 injured after the raid on Sorn",
         [("14 injured", "wounded", 14, None, "exact", None)]),
        # A partitive: the group is the noun after it, not "them children".
        ("Rebels killed 23 villagers, seven of them children, near Lusk.",
         [("killed 23 villagers", "killed", 23, None, "exact", "villagers"),
          ("seven of them children", "killed", 7, None, "exact", "children")]),
        # ... also when the partitive is far from the first figure, or says "of whom".
        ("Sixty-seven people were killed on Sunday, 31 of them civilians.",
         [("Sixty-seven people were killed", "killed", 67, None, "exact", "people"),
          ("31 of them civilians", "killed", 31, None, "exact", "civilians")]),
        ("The attack killed 40 people, 15 of whom were children.",
         [("killed 40 people", "killed", 40, None, "exact", "people"),
          ("15 of whom were children", "killed", 15, None, "exact", "children")]),
        ("Twelve people were killed; five of them were wounded first.",
         [("Twelve people were killed", "killed", 12, None, "exact", "people"),
          ("five of them were wounded", "wounded", 5, None, "exact", None)]),
        # "more" after a count is no victim description.
        ("The blast killed three soldiers; four more died in hospital.",
         [("killed three soldiers", "killed", 3, None, "exact", "soldiers"),
          ("four more died", "killed", 4, None, "exact", None)]),
        ("Three more people were killed on Monday.",
         [("Three more people were killed", "killed", 3, None, "exact", "people")]),
        ("Dozens more were wounded.",
         [("Dozens more were wounded", "wounded", 24, None, "vague", None)]),
        # The second member of a list may open with a possessive.
        ("The rocket killed a mother and her three children.",
         [("killed a mother", "killed", 1, None, "exact", "mother"),
          ("three children", "killed", 3, None, "exact", "children")]),
        ("Ten soldiers were taken prisoner.",
         [("Ten soldiers were taken prisoner", "captured", 10, None, "exact", "soldiers")]),
        ("The dead included 4 children.",
         [("dead included 4 children", "killed", 4, None, "exact", "children")]),
        # An adverb after a partitive is no victim noun.
        ("Forty people were wounded, eight of them seriously.",
         [("Forty people were wounded", "wounded", 40, None, "exact", "people"),
          ("eight of them", "wounded", 8, None, "exact", None)]),
        ("Twelve people remain missing.",
         [("Twelve people remain missing", "missing", 12, None, "exact", "people")]),
        ("The militants took 30 people hostage.",
         [("30 people hostage", "captured", 30, None, "exact", "people")]),
        # Displacement: fleeing with the homes named.
        ("The fighting has forced 40,000 people to flee their homes.",
         [("40,000 people to flee their homes", "displaced", 40000, None, "exact",
           "people")]),
        ("Some 5,000 people fled their homes.",
         [("Some 5,000 people fled their homes", "displaced", 5000, None, "about",
           "people")]),
    ],
)
def test_wire_forms_fixed(text: str, expected: list[Figure]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "No casualties were reported in the attack.",
        # "Casualties" covers killed and wounded: one number for two outcomes is not split.
        "The army reported 40 casualties after the battle.",
        "A 35-year-old man was charged in court.",
        "The convoy was attacked on Route 9 near Kassa.",
        "About 3,000 troops were deployed to the border.",
        "The shelling started at 4:30 and lasted for two hours.",
        "The camp was built in 2014 by the army.",
        "The rebels advanced 12 km toward the capital.",
        "About 40% of the city is under rebel control.",
        "The council passed Resolution 2254 in a unanimous vote.",
        "The siege lasted 36 hours before troops withdrew.",
        "Shelling damaged 50 houses in the village.",
        # One number for two outcomes cannot be split (README), passive as well as active.
        "Dozens of people were killed or wounded.",
        "Nine people were killed and wounded in the raid.",
        # Attackers who flee are not displaced.
        "Three gunmen fled the scene.",
    ],
)
def test_not_casualty_figures(text: str) -> None:
    assert figures(text) == []
