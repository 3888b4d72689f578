"""Casualty forms of issue 11, fifth round, in styles the earlier rounds left out: wire
headlines with several figures, revisions ("climbed to", "raising the toll to", "up
from"), ranges ("between N and M", "N-M"), vague counts ("tens of", "a handful of",
"dozens more"), hostages and captives in negotiations, "left N wounded", clock times that
must not be read as counts, court and tribunal tallies, police blotters and features.

Each case asserts the exact span, outcome, counts, qualifier and group of every figure,
following the corpus rules (shared/corpus/README.md): sub-groups are figures of their
own, a number shared by two outcomes is none. Sentences are fictional.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import Figure, figures


@pytest.mark.parametrize(("text", "expected"), [
    # Headlines with several figures.
    ("Blast kills 9, injures 31 in Tarn market",
     [("kills 9", "killed", 9, None, "exact", None),
      ("injures 31", "wounded", 31, None, "exact", None)]),
    ("Two Dead, Five Missing After Militia Attack On Ferry",
     [("Two Dead", "killed", 2, None, "exact", None),
      ("Five Missing", "missing", 5, None, "exact", None)]),
    ("Strikes on Kessa leave 12 dead, 40 wounded",
     [("12 dead", "killed", 12, None, "exact", None),
      ("40 wounded", "wounded", 40, None, "exact", None)]),
    ("4 soldiers, 11 militants killed in border clash",
     [("4 soldiers", "killed", 4, None, "exact", "soldiers"),
      ("11 militants killed", "killed", 11, None, "exact", "militants")]),
    ("Death toll in Vell shelling climbs to 63; 200 hurt",
     [("Death toll in Vell shelling climbs to 63", "killed", 63, None, "exact",
       None),
      ("200 hurt", "wounded", 200, None, "exact", None)]),
    ("Gunmen kill 3 police, abduct 2 in dawn raid",
     [("kill 3 police", "killed", 3, None, "exact", "police"),
      ("abduct 2", "captured", 2, None, "exact", None)]),
])
def test_headlines_with_several_figures(text: str, expected: list[Figure]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Revisions of a toll.
    ("The number of dead has climbed to 54.",
     [("number of dead has climbed to 54", "killed", 54, None, "exact", None)]),
    ("A second blast an hour later killed 6 more, raising the death toll to 23.",
     [("killed 6 more", "killed", 6, None, "exact", None),
      ("death toll to 23", "killed", 23, None, "exact", None)]),
    ("The toll of injured rose to 140 overnight.",
     [("toll of injured rose to 140", "wounded", 140, None, "exact", None)]),
    ("The injury toll rose to 140.",
     [("injury toll rose to 140", "wounded", 140, None, "exact", None)]),
    ("The toll of the dead rose to 30.",
     [("toll of the dead rose to 30", "killed", 30, None, "exact", None)]),
    ("The death toll now stands at 81.",
     [("death toll now stands at 81", "killed", 81, None, "exact", None)]),
    ("Officials revised the death toll upward to 37.",
     [("death toll upward to 37", "killed", 37, None, "exact", None)]),
    ("The death toll jumped to more than 100.",
     [("death toll jumped to more than 100", "killed", 100, None, "more_than", None)]),
])
def test_revisions(text: str, expected: list[Figure]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Ranges.
    ("Between 30 and 40 people were killed in the shelling.",
     [("Between 30 and 40 people were killed", "killed", 30, 40, "range", "people")]),
    ("The raid killed between 12 and 15 soldiers.",
     [("killed between 12 and 15 soldiers", "killed", 12, 15, "range", "soldiers")]),
    ("Witnesses said 20-25 villagers were abducted.",
     [("20-25 villagers were abducted", "captured", 20, 25, "range", "villagers")]),
    ("Some 200 to 300 families have fled their homes.",
     [("Some 200 to 300 families have fled their homes", "displaced", 200, 300,
       "range", "families")]),
    ("Five or six fishermen are missing.",
     [("Five or six fishermen are missing", "missing", 5, 6, "range", "fishermen")]),
    ("Gunmen killed two or three guards.",
     [("killed two or three guards", "killed", 2, 3, "range", "guards")]),
    ("Six or more people were killed.", []),
])
def test_ranges(text: str, expected: list[Figure]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Vague counts.
    ("Tens of thousands of people have fled their homes.",
     [("Tens of thousands of people have fled their homes", "displaced", 20000, None,
       "vague", "people")]),
    ("A handful of soldiers were wounded.",
     [("A handful of soldiers were wounded", "wounded", 2, None, "vague", "soldiers")]),
    ("Scores of protesters were arrested on Friday.",
     [("Scores of protesters were arrested", "arrested", 40, None, "vague", "protesters")]),
    ("Gunmen killed dozens of villagers and abducted several more.",
     [("killed dozens of villagers", "killed", 24, None, "vague", "villagers"),
      ("abducted several more", "captured", 3, None, "vague", None)]),
    ("Hundreds were injured in the stampede that followed the blast.",
     [("Hundreds were injured", "wounded", 200, None, "vague", None)]),
    ("Many civilians were killed.", []),
])
def test_vague_counts(text: str, expected: list[Figure]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Hostages and captives.
    ("The group says it is holding 11 hostages, including 2 foreigners.",
     [("holding 11 hostages", "captured", 11, None, "exact", "hostages"),
      ("including 2 foreigners", "captured", 2, None, "exact", "foreigners")]),
    ("Four hostages were released on Friday in exchange for 30 prisoners.",
     [("Four hostages", "captured", 4, None, "exact", "hostages")]),
    ("Pirates seized a tanker and took its 19 crew members hostage.",
     [("19 crew members hostage", "captured", 19, None, "exact", "crew members")]),
    ("Two aid workers taken captive in March have been freed.",
     [("Two aid workers taken captive", "captured", 2, None, "exact", "aid workers")]),
    # things whose names end like people's are no captives
    ("Pirates seized a tanker off the coast.", []),
    ("Militants took 25 schoolgirls hostage.",
     [("25 schoolgirls hostage", "captured", 25, None, "exact", "schoolgirls")]),
])
def test_hostages(text: str, expected: list[Figure]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "left N wounded" and its relatives.
    ("The ambush left 7 soldiers wounded.",
     [("7 soldiers wounded", "wounded", 7, None, "exact", "soldiers")]),
    ("The clashes left at least 16 people dead and scores injured.",
     [("at least 16 people dead", "killed", 16, None, "at_least", "people"),
      ("scores injured", "wounded", 40, None, "vague", None)]),
    ("The fire left three firefighters with serious burns.", []),
    ("The raid left an estimated 30 villagers dead.",
     [("an estimated 30 villagers dead", "killed", 30, None, "about", "villagers")]),
])
def test_left_wounded(text: str, expected: list[Figure]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Clock times, dates, ages and other numbers are no counts.
    ("At 11.45 gunmen killed two guards.",
     [("killed two guards", "killed", 2, None, "exact", "guards")]),
    ("At 2:30 a.m. a rocket killed 3 people in their sleep.",
     [("killed 3 people", "killed", 3, None, "exact", "people")]),
    ("The curfew runs from 6 pm to 6 am after 4 people were killed.",
     [("4 people were killed", "killed", 4, None, "exact", "people")]),
    ("Shortly after 10 the shooting began and 2 men were wounded.",
     [("2 men were wounded", "wounded", 2, None, "exact", "men")]),
    ("Police questioned 12 witnesses.", []),
    ("The tribunal convicted 4 former officers of murder.", []),
    ("Some 500 troops were deployed after the killings.", []),
    ("Around 60 gunmen attacked the village.", []),
    ("The 3 suspects killed in the raid were brothers.",
     [("3 suspects killed", "killed", 3, None, "exact", "suspects")]),
])
def test_numbers_that_are_no_counts(text: str, expected: list[Figure]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Court and tribunal tallies, blotters and features.
    ("The court heard that the unit executed 43 men in a single afternoon.",
     [("executed 43 men", "killed", 43, None, "exact", "men")]),
    ("The tribunal found that at least 1,200 detainees died in the camp.",
     [("at least 1,200 detainees died", "killed", 1200, None, "at_least", "detainees")]),
    ("A man in his 20s was shot and wounded on Grove Street.",
     [("A man", "wounded", 1, None, "exact", "man")]),
    ("A woman in her late 60s was killed.",
     [("A woman", "killed", 1, None, "exact", "woman")]),
    ("Two soldiers were shot and killed at a checkpoint.",
     [("Two soldiers were shot and killed", "killed", 2, None, "exact", "soldiers")]),
    ("Gunmen shot and killed two soldiers.",
     [("shot and killed two soldiers", "killed", 2, None, "exact", "soldiers")]),
    ("Police shot and wounded a suspect.",
     [("shot and wounded a suspect", "wounded", 1, None, "exact", "suspect")]),
    ("Two teenagers were stabbed to death outside a nightclub.",
     [("Two teenagers were stabbed to death", "killed", 2, None, "exact", "teenagers")]),
    ("A woman was beaten to death in her home.",
     [("A woman was beaten to death", "killed", 1, None, "exact", "woman")]),
    ("One officer was shot and wounded.",
     [("One officer was shot and wounded", "wounded", 1, None, "exact", "officer")]),
    ("The blast killed one person and wounded another.",
     [("killed one person", "killed", 1, None, "exact", "person"),
      ("wounded another", "wounded", 1, None, "exact", None)]),
    ("One soldier was killed and another was wounded.",
     [("One soldier was killed", "killed", 1, None, "exact", "soldier"),
      ("another was wounded", "wounded", 1, None, "exact", None)]),
    # a reciprocal is no count
    ("The fighters killed one another.", []),
    ("They helped one another.", []),
])
def test_court_blotter_feature(text: str, expected: list[Figure]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Captivity, more forms.
    ("Twelve fishermen were taken hostage off the coast.",
     [("Twelve fishermen were taken hostage", "captured", 12, None, "exact", "fishermen")]),
    ("Some 40 people remain in captivity.",
     [("Some 40 people remain in captivity", "captured", 40, None, "about", "people")]),
    ("The rebels are still holding about 90 villagers.",
     [("holding about 90 villagers", "captured", 90, None, "about", "villagers")]),
    ("Three engineers who were abducted last month were released.",
     [("Three engineers who were abducted", "captured", 3, None, "exact", "engineers")]),
    # the dead and wounded named by an adjective, a partitive or "were among"
    ("Six of the victims were children.", []),
    ("The toll included 14 police officers.",
     [("toll included 14 police officers", "killed", 14, None, "exact", "police officers")]),
    ("Nine people drowned when militiamen sank the boat.",
     [("Nine people drowned", "killed", 9, None, "exact", "people")]),
    ("Two guards were burned to death when the post was set alight.",
     [("Two guards were burned to death", "killed", 2, None, "exact", "guards")]),
    ("An 8-year-old girl was among those wounded.",
     [("An 8-year-old girl", "wounded", 1, None, "exact", "8-year-old girl")]),
    ("The strike killed a father and his three children.",
     [("killed a father", "killed", 1, None, "exact", "father"),
      ("three children", "killed", 3, None, "exact", "children")]),
])
def test_more_forms(text: str, expected: list[Figure]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # More toll verbs and sub-groups.
    ("Death toll from Kessa blast hits 45",
     [("Death toll from Kessa blast hits 45", "killed", 45, None, "exact", None)]),
    ("Two more soldiers died of their wounds, bringing the toll to 19.",
     [("Two more soldiers died", "killed", 2, None, "exact", "soldiers"),
      ("toll to 19", "killed", 19, None, "exact", None)]),
    ("The number of those killed has reached 90.",
     [("number of those killed has reached 90", "killed", 90, None, "exact", None)]),
    ("Twelve people - five of them children - were killed.",
     [("Twelve people", "killed", 12, None, "exact", "people"),
      ("five of them children", "killed", 5, None, "exact", "children")]),
    ("At least 12 people - including five children - were killed.",
     [("At least 12 people", "killed", 12, None, "at_least", "people"),
      ("including five children", "killed", 5, None, "exact", "children")]),
    ("Half a dozen soldiers were wounded.",
     [("Half a dozen soldiers were wounded", "wounded", 6, None, "about", "soldiers")]),
    ("Three Killed, Including Child, in Drone Strike",
     [("Three Killed", "killed", 3, None, "exact", None)]),
    ("1 dead, 3 hurt in shooting at Kessa mall",
     [("1 dead", "killed", 1, None, "exact", None),
      ("3 hurt", "wounded", 3, None, "exact", None)]),
    ("A further 17 people were wounded.",
     [("17 people were wounded", "wounded", 17, None, "exact", "people")]),
    ("By 5 pm, 14 people were dead.",
     [("14 people were dead", "killed", 14, None, "exact", "people")]),
    ("No casualties were reported.", []),
    # hostages later freed are captured, the freed a sub-group (a figure of its own)
    ("Militants released 7 of the 12 hostages.",
     [("7 of the", "captured", 7, None, "exact", None),
      ("12 hostages", "captured", 12, None, "exact", "hostages")]),
])
def test_second_batch(text: str, expected: list[Figure]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Copy without commas, and possessives before a count.
    ("At least 16 people were killed 9 of them children in the raid",
     [("At least 16 people were killed", "killed", 16, None, "at_least", "people"),
      ("killed 9 of them children", "killed", 9, None, "exact", "children")]),
    ("The strikes claimed the lives of 14 civilians most of them women and children",
     [("claimed the lives of 14 civilians", "killed", 14, None, "exact", "civilians")]),
    ("3 civilians were martyred and 11 others were injured",
     [("3 civilians were martyred", "killed", 3, None, "exact", "civilians"),
      ("11 others were injured", "wounded", 11, None, "exact", "others")]),
    ("Observatory director Hadi Saleem told AFP that 230000 people have been killed",
     [("230000 people have been killed", "killed", 230000, None, "exact", "people")]),
    ("Rebels fired 30 shells at the town killing a woman and wounding her two sons",
     [("killing a woman", "killed", 1, None, "exact", "woman"),
      ("wounding her two sons", "wounded", 2, None, "exact", "sons")]),
    ("Gunmen killed a farmer and abducted his two daughters.",
     [("killed a farmer", "killed", 1, None, "exact", "farmer"),
      ("abducted his two daughters", "captured", 2, None, "exact", "daughters")]),
    ("Between 5,000 and 7,000 people have been detained since the coup.",
     [("Between 5,000 and 7,000 people have been detained", "arrested", 5000, 7000, "range",
       "people")]),
    ("At 3 pm local time 8 soldiers were wounded.",
     [("8 soldiers were wounded", "wounded", 8, None, "exact", "soldiers")]),
    ("Scores were wounded when police fired tear gas.",
     [("Scores were wounded", "wounded", 40, None, "vague", None)]),
    # evacuations are no casualties
    ("Around 200 people were evacuated from the besieged town.", []),
    ("The Defense Ministry said its aircraft carried out 45 sorties hitting 120 targets", []),
])
def test_unpunctuated_and_possessives(text: str, expected: list[Figure]) -> None:
    assert figures(text) == expected


def test_captivity_does_not_make_in_a_trigger() -> None:
    # The trigger pass keys on a phrase's first word: "in captivity" as a participle made
    # "in" a casualty trigger, and the engine ran on nearly every sentence.
    from workbench.core.extract.triggers import CASUALTY, WORDS

    assert not {"in", "at", "on", "the", "to"} & WORDS[CASUALTY]
