"""English casualty leftovers after the forty-seventh round, written from no blind set.

The strict xfails the earlier rounds left, each taken as a family of news English, and
families of wire and regional copy no probe file held yet. One table per family: the
members (each failed before the rules of this round) and the look-alikes that must stay as
they were. Every sentence is fictional and written for these tests; the figures are read
as ``figures`` reads them (published 10 March 2015).

1. A sentence no cue word woke: a home left under duress ("had to leave their homes",
   "have had to leave"), wounds told in the present by their kind ("have burns", "have
   fractures", "have broken bones").
2. Captors leading people into a place with "the" or "all" before the count: "marched the
   12 girls into the forest".
3. Arrests told with a verb and its particle: "hauled in", and "picked up" after a force of
   the state.
4. "N of those <participle>" before any verb in the past: "Two of those abducted managed
   to escape".
5. A toll whose value is fronted before it: "bringing to 19 the number of dead".
6. The dead's noun before a verb's particle: "dug 7 bodies out of the rubble".
7. A crowd that crossed a frontier in flight, told by a verb of mass: "Thousands streamed
   across the border into Chad to escape the fighting".
8. People held with a term of detention after them: "held 12 villagers in detention" is an
   arrest, not a capture; "holding 30 people for questioning" neither (the earlier rounds
   keep questioning short of an arrest); and a headline's "nab".
9. Deaths told by the manner of killing ("burned alive", "hanged", "found hanged") and the
   missing by "vanished".
10. The particle "over" of a verb of handing before a count: "handed over 11 captives" is
    11, no bound.
11. A fraction of a scale word as a count: "half a million people" is 500,000 (it was read
    as "a million"), "a quarter of a million", "three-quarters of a million".
12. People left with wounds: "Five people were left with serious injuries".
13. The passive of "rendered homeless", as "left homeless" and "made homeless" were read:
    "Over 200 families have been rendered homeless".
"""

from __future__ import annotations

import pytest

from tests.extract_probes import figures

# 1. a sentence no cue word woke
WOKEN: list[tuple[str, list]] = [
    ("Some 600 people had to leave their homes.",
     [("Some 600 people had to leave their homes", "displaced", 600, None, "about",
       "people")]),
    ("Some 600 families have had to leave their homes.",
     [("Some 600 families have had to leave their homes", "displaced", 600, None, "about",
       "families")]),
    ("About 900 people have had to abandon Kessa.",
     [("About 900 people have had to abandon Kessa", "displaced", 900, None, "about",
       "people")]),
    ("Two of the children have burns from the blast.",
     [("Two of the children have burns", "wounded", 2, None, "exact", "the children")]),
    ("Three of the girls have fractures, doctors said.",
     [("Three of the girls have fractures", "wounded", 3, None, "exact", "the girls")]),
    ("Two of the boys have broken bones after the beating.",
     [("Two of the boys have broken bones", "wounded", 2, None, "exact", "the boys")]),
]
WOKEN_LOOKALIKES: list[tuple[str, list]] = [
    ("Some 600 workers had to leave the factory.", []),
    ("Some 40 soldiers had to leave their posts.", []),
    ("The two sides have to leave their differences aside.", []),
    ("Three players have fractures from the match.", []),
    ("Residents had to leave their homes for the vote.", []),
    # read before: the past and a verb of flight
    ("Hundreds of families had to flee their homes.",
     [("Hundreds of families had to flee their homes", "displaced", 200, None, "vague",
       "families")]),
]

# 2. captors leading people into a place, "the" or "all" before the count
LED_INTO: list[tuple[str, list]] = [
    ("The kidnappers marched the 12 girls into the forest.",
     [("marched the 12 girls", "captured", 12, None, "exact", "girls")]),
    ("The gunmen herded all the 30 passengers into the hills.",
     [("herded all the 30 passengers", "captured", 30, None, "exact", "passengers")]),
    ("The gunmen marched all 30 passengers into the hills.",
     [("marched all 30 passengers", "captured", 30, None, "exact", "passengers")]),
]
LED_INTO_LOOKALIKES: list[tuple[str, list]] = [
    ("The guards led the 40 prisoners into the courtyard.", []),
    ("The soldiers marched the 300 recruits into the barracks.", []),
    ("The teachers led the 12 girls into the school hall.", []),
    ("Police led the 12 protesters into a van.", []),
]

# 3. arrests told with a verb and its particle
PHRASAL_ARRESTS: list[tuple[str, list]] = [
    ("Police hauled in dozens of protesters on Saturday.",
     [("hauled in dozens of protesters", "arrested", 24, None, "vague", "protesters")]),
    ("Police hauled in 12 men for questioning.",
     [("hauled in 12 men", "arrested", 12, None, "exact", "men")]),
    ("Security forces picked up 25 young men during overnight raids.",
     [("picked up 25 young men", "arrested", 25, None, "exact", "young men")]),
    ("Plainclothes officers picked up two activists outside their homes.",
     [("picked up two activists", "arrested", 2, None, "exact", "activists")]),
]
PHRASAL_ARREST_LOOKALIKES: list[tuple[str, list]] = [
    ("Rescuers picked up 25 survivors from the sea.", []),
    ("The bus picked up 40 passengers at the border.", []),
    ("Troops picked up 25 survivors after the boat sank.", []),
    ("Aid workers picked up 300 children from the school.", []),
    ("Soldiers picked up 40 tonnes of aid at the port.", []),
    ("The fishermen hauled in a record catch.", []),
    ("The army picked up the pace of its offensive.", []),
]

# 4. "N of those <participle>" before a verb in the past
OF_THOSE: list[tuple[str, list]] = [
    ("Two of those abducted managed to escape on Sunday.",
     [("Two of those abducted", "captured", 2, None, "exact", None)]),
    ("Two of those abducted told reporters they had been beaten.",
     [("Two of those abducted", "captured", 2, None, "exact", None)]),
    ("Four of those wounded needed surgery.",
     [("Four of those wounded", "wounded", 4, None, "exact", None)]),
    ("Five of those arrested appeared in court on Monday.",
     [("Five of those arrested", "arrested", 5, None, "exact", None)]),
]
OF_THOSE_LOOKALIKES: list[tuple[str, list]] = [
    ("Two of those invited declined to attend.", []),
    ("Two of those killed civilians were buried.", []),
    # read before: a copula after the participle
    ("Three of those killed were children.",
     [("Three of those killed", "killed", 3, None, "exact", None)]),
]

# 5. a toll whose value is fronted before it
FRONTED_TOLLS: list[tuple[str, list]] = [
    ("Two more bodies were found on Monday, bringing to 19 the number of dead.",
     [("Two more bodies", "killed", 2, None, "exact", "bodies"),
      ("bringing to 19 the number of dead", "killed", 19, None, "exact", None)]),
    ("A wounded soldier died overnight, raising to 23 the death toll.",
     [("A wounded soldier died", "killed", 1, None, "exact", "wounded soldier"),
      ("raising to 23 the death toll", "killed", 23, None, "exact", None)]),
    ("The raid killed four more, taking to 40 the number of people killed this week.",
     [("killed four more", "killed", 4, None, "exact", None),
      ("taking to 40 the number of people killed", "killed", 40, None, "exact", None)]),
    ("Three more people were hurt, bringing to 31 the number of wounded.",
     [("Three more people were hurt", "wounded", 3, None, "exact", "people"),
      ("bringing to 31 the number of wounded", "wounded", 31, None, "exact", None)]),
]
FRONTED_TOLL_LOOKALIKES: list[tuple[str, list]] = [
    ("The ministry reopened two schools, bringing to 19 the number of schools open.", []),
    ("The government raised to 40 the price of bread.", []),
    ("The bombing brought to 12 the number of attacks this month.", []),
    # read before: the toll before its value
    ("Rescuers found 3 more bodies, bringing the toll to 19.",
     [("3 more bodies", "killed", 3, None, "exact", "bodies"),
      ("toll to 19", "killed", 19, None, "exact", None)]),
]

# 6. the dead's noun before a verb's particle
BODIES_MOVED: list[tuple[str, list]] = [
    ("Searchers dug 7 bodies out of the rubble.",
     [("7 bodies", "killed", 7, None, "exact", "bodies")]),
    ("Rescuers pulled 9 bodies out of the river.",
     [("9 bodies", "killed", 9, None, "exact", "bodies")]),
    ("Villagers carried 4 bodies away from the square.",
     [("4 bodies", "killed", 4, None, "exact", "bodies")]),
]
BODIES_MOVED_LOOKALIKES: list[tuple[str, list]] = [
    ("Searchers dug 7 cars out of the rubble.", []),
    # read before, with their verbs
    ("The gunmen took 12 hostages away in trucks.",
     [("took 12 hostages away", "captured", 12, None, "exact", "hostages")]),
    ("Troops drove 6,000 civilians out of the valley.",
     [("drove 6,000 civilians out of the valley", "displaced", 6000, None, "exact",
       "civilians")]),
]

# 7. a crowd over a frontier in flight, told by a verb of mass
CROWD_FLIGHT: list[tuple[str, list]] = [
    ("Thousands streamed across the border into Chad to escape the fighting.",
     [("Thousands streamed across the border", "displaced", 2000, None, "vague", None)]),
    ("Some 5,000 villagers poured across the frontier, fleeing the shelling.",
     [("Some 5,000 villagers poured across the frontier", "displaced", 5000, None, "about",
       "villagers")]),
    ("Hundreds of families have streamed into Uganda to escape the violence.",
     [("Hundreds of families have streamed into Uganda", "displaced", 200, None, "vague",
       "families")]),
    ("Hundreds of families streamed into Uganda to escape the violence.",
     [("Hundreds of families streamed into Uganda", "displaced", 200, None, "vague",
       "families")]),
]
CROWD_FLIGHT_LOOKALIKES: list[tuple[str, list]] = [
    ("Thousands of fans poured across the border for the final.", []),
    ("Troops poured across the frontier to escape the shelling.", []),
    ("Thousands streamed across the border to visit relatives.", []),
    ("Hundreds of people streamed into the square to protest.", []),
    ("Two gunmen streamed across the border to escape the troops.", []),
]

# 8. people held with a term of detention after them, and a headline's "nab"
DETENTION: list[tuple[str, list]] = [
    ("The army held 12 villagers in detention for a week.",
     [("held 12 villagers", "arrested", 12, None, "exact", "villagers")]),
    ("Police are holding 40 activists in custody.",
     [("holding 40 activists", "arrested", 40, None, "exact", "activists")]),
    # held to be questioned: no captive; (round en195) held so by the police, an arrest, as
    # the sets' gold counts people "held ..., and all for questioning"
    ("Police are holding 30 people for questioning.",
     [("holding 30 people", "arrested", 30, None, "exact", "people")]),
    ("Police nab 3 for murder of trader",
     [("nab 3", "arrested", 3, None, "exact", None)]),
]
DETENTION_LOOKALIKES: list[tuple[str, list]] = [
    # captors' holding stays a capture
    ("The rebels are holding 12 soldiers.",
     [("holding 12 soldiers", "captured", 12, None, "exact", "soldiers")]),
    ("The rebels have held 12 soldiers for a year in a cave.",
     [("held 12 soldiers", "captured", 12, None, "exact", "soldiers")]),
    ("The committee held 12 meetings for questioning witnesses.", []),
    ("Five men were taken in for questioning.", []),
]

# 9. deaths told by the manner of killing, the missing by "vanished"
MANNER: list[tuple[str, list]] = [
    ("Four villagers were burned alive in their homes.",
     [("Four villagers were burned alive", "killed", 4, None, "exact", "villagers")]),
    ("Two men were hanged in the square on Tuesday.",
     [("Two men were hanged", "killed", 2, None, "exact", "men")]),
    ("Five men were found hanged in a warehouse.",
     [("Five men were found hanged", "killed", 5, None, "exact", "men")]),
    ("Two activists vanished after being stopped at a checkpoint.",
     [("Two activists vanished", "missing", 2, None, "exact", "activists")]),
]
MANNER_LOOKALIKES: list[tuple[str, list]] = [
    ("Three ships vanished from the radar.", []),
    ("Twelve portraits were hanged in the hall.", []),
    # read before
    ("Four villagers were burned to death in their homes.",
     [("Four villagers were burned to death", "killed", 4, None, "exact", "villagers")]),
    ("Two activists disappeared after being stopped at a checkpoint.",
     [("Two activists disappeared", "missing", 2, None, "exact", "activists")]),
]

# 10. the particle "over" of a verb of handing
HANDED_OVER: list[tuple[str, list]] = [
    ("The rebels handed over 11 captives to the Red Cross.",
     [("11 captives", "captured", 11, None, "exact", "captives")]),
    ("The kidnappers turned over 6 hostages to the mediators.",
     [("6 hostages", "captured", 6, None, "exact", "hostages")]),
]
HANDED_OVER_LOOKALIKES: list[tuple[str, list]] = [
    ("The army killed over 11 militants.",
     [("killed over 11 militants", "killed", 11, None, "more_than", "militants")]),
    ("The group has handed over more than 20 hostages.",
     [("more than 20 hostages", "captured", 20, None, "more_than", "hostages")]),
    ("Volunteers handed out over 300 blankets.", []),
]

# 11. a fraction of a scale word as a count
FRACTIONS: list[tuple[str, list]] = [
    ("Nearly half a million people have been displaced.",
     [("Nearly half a million people have been displaced", "displaced", 500000, None,
       "about", "people")]),
    ("The war has displaced half a million people.",
     [("displaced half a million people", "displaced", 500000, None, "exact", "people")]),
    ("About a quarter of a million people have fled.",
     [("About a quarter of a million people have fled", "displaced", 250000, None, "about",
       "people")]),
    ("Some three-quarters of a million people have been displaced.",
     [("Some three-quarters of a million people have been displaced", "displaced", 750000,
       None, "about", "people")]),
]
FRACTION_LOOKALIKES: list[tuple[str, list]] = [
    ("The government spent half a million dollars.", []),
    # read before
    ("Half a dozen soldiers were killed.",
     [("Half a dozen soldiers were killed", "killed", 6, None, "about", "soldiers")]),
    ("Around 1.2 million people remain displaced by the conflict.",
     [("Around 1.2 million people remain displaced", "displaced", 1200000, None, "about",
       "people")]),
]

# 12. people left with wounds
LEFT_WITH_WOUNDS: list[tuple[str, list]] = [
    ("Five people were left with serious injuries.",
     [("Five people were left with serious injuries", "wounded", 5, None, "exact",
       "people")]),
    ("Two soldiers were left with minor wounds.",
     [("Two soldiers were left with minor wounds", "wounded", 2, None, "exact",
       "soldiers")]),
]
LEFT_WITH_WOUNDS_LOOKALIKES: list[tuple[str, list]] = [
    ("The fire left the building with serious damage.", []),
    ("Two soldiers were left with nothing to eat.", []),
]

# 13. the passive of "rendered homeless"
RENDERED_HOMELESS: list[tuple[str, list]] = [
    ("Over 200 families have been rendered homeless.",
     [("Over 200 families have been rendered homeless", "displaced", 200, None, "more_than",
       "families")]),
    ("Some 40 people were rendered homeless by the shelling.",
     [("Some 40 people were rendered homeless", "displaced", 40, None, "about", "people")]),
]
RENDERED_HOMELESS_LOOKALIKES: list[tuple[str, list]] = [
    ("The bridge was rendered useless by the strikes.", []),
    ("Two guns were rendered harmless.", []),
    # read before
    ("Some 40 people were left homeless by the shelling.",
     [("Some 40 people were left homeless", "displaced", 40, None, "about", "people")]),
]

_TABLES = {
    "woken": WOKEN, "woken_lookalikes": WOKEN_LOOKALIKES,
    "led_into": LED_INTO, "led_into_lookalikes": LED_INTO_LOOKALIKES,
    "phrasal_arrests": PHRASAL_ARRESTS, "phrasal_arrest_lookalikes": PHRASAL_ARREST_LOOKALIKES,
    "of_those": OF_THOSE, "of_those_lookalikes": OF_THOSE_LOOKALIKES,
    "fronted_tolls": FRONTED_TOLLS, "fronted_toll_lookalikes": FRONTED_TOLL_LOOKALIKES,
    "bodies_moved": BODIES_MOVED, "bodies_moved_lookalikes": BODIES_MOVED_LOOKALIKES,
    "crowd_flight": CROWD_FLIGHT, "crowd_flight_lookalikes": CROWD_FLIGHT_LOOKALIKES,
    "detention": DETENTION, "detention_lookalikes": DETENTION_LOOKALIKES,
    "manner": MANNER, "manner_lookalikes": MANNER_LOOKALIKES,
    "handed_over": HANDED_OVER, "handed_over_lookalikes": HANDED_OVER_LOOKALIKES,
    "fractions": FRACTIONS, "fraction_lookalikes": FRACTION_LOOKALIKES,
    "left_with_wounds": LEFT_WITH_WOUNDS,
    "left_with_wounds_lookalikes": LEFT_WITH_WOUNDS_LOOKALIKES,
    "rendered_homeless": RENDERED_HOMELESS,
    "rendered_homeless_lookalikes": RENDERED_HOMELESS_LOOKALIKES,
}
_CASES = [pytest.param(text, expected, id=f"{name}:{text[:40]}")
          for name, table in _TABLES.items() for text, expected in table]


@pytest.mark.parametrize(("text", "expected"), _CASES)
def test_figures(text: str, expected: list) -> None:
    assert figures(text) == expected
