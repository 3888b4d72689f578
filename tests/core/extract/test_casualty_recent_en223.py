"""English probes, round en223 (issue 11): an armed taker's "holds" of a bare count is the
people held; a body's "holds" of its members is no captivity; a part of the captives set off
by an aside ("Two of the pupils, both aged 12, escaped") is still a part of them.

Every sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import short_figures

# An armed taker's present (or past) "holds" of a bare count, held somewhere or hostage.
CAPTOR_HOLDS = [
    ("Gunman holds 14 at bank branch in Lorvak, surrenders", [("holds 14", "captured", 14)]),
    ("Armed man holds 6 in Varna pharmacy", [("holds 6", "captured", 6)]),
    ("Kidnappers hold 20 in forest camp, demand ransom", [("hold 20", "captured", 20)]),
    ("Attacker holds 9 inside post office, police say", [("holds 9", "captured", 9)]),
    ("Gunman holding 14 at bank branch surrenders", [("holding 14", "captured", 14)]),
    ("Pirates hold 18 hostage off Kessa coast", [("hold 18", "captured", 18)]),
    ("A masked man held 14 at the Kessa branch for six hours before he gave himself up.",
     [("held 14", "captured", 14)]),
]


@pytest.mark.parametrize(("text", "want"), CAPTOR_HOLDS)
def test_captor_holds_bare_count(text: str, want: list[tuple[str, str, int]]) -> None:
    assert short_figures(text) == want


# No armed taker, or a membership: nothing held (the police's suspects stay arrested).
HOLDS_NO_CAPTIVES = [
    ("Club holds 300 members meeting in Tarso", []),
    ("The club holds 300 members in its register.", []),
    ("The party holds 120 members in the assembly.", []),
    ("Swimmer holds 14 records after Tarso meet", []),
    ("Swimmer holds 14 at nationals", []),
    ("Lions hold 14-man Tigers at home", []),
    ("Police hold 3 suspects over Tarso bank robbery", [("hold 3 suspects", "arrested", 3)]),
    # members held by an armed taker stay captives
    ("Gunmen storm church in Oru, hold 40 members of the choir",
     [("hold 40 members of the choir", "captured", 40)]),
    ("The rebels hold 12 soldiers.", [("hold 12 soldiers", "captured", 12)]),
    ("The rebels still hold five crew members of the tanker.",
     [("hold five crew members of the tanker", "captured", 5)]),
]


@pytest.mark.parametrize(("text", "want"), HOLDS_NO_CAPTIVES)
def test_holds_without_captor_or_of_members(text: str,
                                            want: list[tuple[str, str, int]]) -> None:
    assert short_figures(text) == want


# A part of the captives set off by an aside of what they share or their ages.
PART_WITH_ASIDE = [
    ("Gunmen abducted 11 pupils from a school near Oru on Tuesday. Two of the pupils, both "
     "aged 12, escaped overnight.",
     [("abducted 11 pupils", "captured", 11),
      ("Two of the pupils, both aged 12, escaped", "captured", 2)]),
    ("Bandits kidnapped nine farmers near Kessa last week. Three of them, all brothers, have "
     "since come home.",
     [("kidnapped nine farmers", "captured", 9),
      ("Three of them, all brothers, have since come home", "captured", 3)]),
    ("Rebels seized 14 aid workers on the road to Tarso. One of the 14, aged 23, escaped on "
     "Sunday.",
     [("seized 14 aid workers", "captured", 14),
      ("One of the 14, aged 23, escaped", "captured", 1)]),
    # no captives before: no part of them
    ("A fire swept through the school near Oru. Two of the pupils, both aged 12, escaped "
     "through a window.", []),
    # an escape from harm is none from captors
    ("Gunmen abducted 11 pupils from a school near Oru on Tuesday. Two of them escaped "
     "injury.", [("abducted 11 pupils", "captured", 11)]),
    ("Gunmen abducted 11 pupils from a school near Oru on Tuesday. Two of the pupils, both "
     "aged 12, escaped injury.", [("abducted 11 pupils", "captured", 11)]),
]


@pytest.mark.parametrize(("text", "want"), PART_WITH_ASIDE)
def test_part_of_captives_with_aside(text: str, want: list[tuple[str, str, int]]) -> None:
    assert short_figures(text) == want


# The displaced told by a forced flight into the wild, or by the life they live as refugees.
DISPLACED_TOLD = [
    ("The strikes hit two villages, forcing about 4,000 people to flee into the forest.",
     [("forcing about 4,000 people to flee", "displaced", 4000)]),
    ("The clashes forced 2,000 villagers to flee into the bush.",
     [("forced 2,000 villagers to flee", "displaced", 2000)]),
    ("Shelling has forced some 12,000 residents to flee into neighbouring Tarso.",
     [("forced some 12,000 residents to flee", "displaced", 12000)]),
    ("According to the UN refugee agency, more than 580,000 Kessans now live as refugees "
     "abroad.", [("more than 580,000 Kessans now live as refugees", "displaced", 580000)]),
    ("More than 200,000 Tarsans live as refugees in Kessa.",
     [("More than 200,000 Tarsans live as refugees", "displaced", 200000)]),
    ("About 9,000 people are living as refugees in Oru.",
     [("About 9,000 people are living as refugees", "displaced", 9000)]),
    ("Some 40,000 Oruvians are still living as refugees in Kessa.",
     [("Some 40,000 Oruvians are still living as refugees", "displaced", 40000)]),
]


@pytest.mark.parametrize(("text", "want"), DISPLACED_TOLD)
def test_displaced_into_the_wild_or_as_refugees(text: str,
                                                want: list[tuple[str, str, int]]) -> None:
    assert short_figures(text) == want


# Fighters who flee retreat; a bare count fleeing into the hills may be anyone; living
# near refugees, or one refugee's life, is no count of the displaced.
NOT_DISPLACED = [
    ("The counter-attack forced 40 gunmen to flee into the hills.", []),
    ("Troops forced 40 to flee into the hills.", []),
    ("The raid forced the two suspects to flee into the forest.", []),
    ("Three gunmen were forced to flee into the forest.", []),
    ("About 9,000 people live near the refugee camp.", []),
    ("About 9,000 people live in Oru, a town of refugees.", []),
    ("She lived as a refugee in Kessa for ten years.", []),
    # a past life as refugees tells who people were
    ("Some 40,000 Oruvians have lived as refugees in Kessa since the war.", []),
    # refugees harmed are counted by the harm
    ("Four children who live as refugees in Oru were killed in the strike.",
     [("Four children who live as refugees in Oru were killed", "killed", 4)]),
    ("Four children, who had lived as refugees in Oru for years, were killed in the strike.",
     [("Four children, who had lived as refugees in Oru for years, were killed", "killed", 4)]),
]


@pytest.mark.parametrize(("text", "want"), NOT_DISPLACED)
def test_not_displaced(text: str, want: list[tuple[str, str, int]]) -> None:
    assert short_figures(text) == want


# The rest of the hurt told by where they were treated: the place is the care, not a
# neutral tail to skip.
TREATED_AT_SCENE = [
    ("Nine people were injured in the strike. Six of the injured were taken to hospital, and "
     "three were treated at the scene.",
     [("Nine people were injured", "wounded", 9), ("Six of the injured", "wounded", 6),
      ("three were treated", "wounded", 3)]),
    ("Nine people were injured in the strike. Three were treated at the scene.",
     [("Nine people were injured", "wounded", 9), ("Three were treated", "wounded", 3)]),
    ("Eleven people were hurt in the crash. Four were taken to hospital; seven were treated "
     "at the site.",
     [("Eleven people were hurt", "wounded", 11), ("seven were treated", "wounded", 7)]),
    ("Twelve people were wounded in the blast. The other five were treated at the scene, "
     "officials said.",
     [("Twelve people were wounded", "wounded", 12), ("five were treated", "wounded", 5)]),
    # treated as something is no care
    ("Police said three men were treated as suspects at the scene.", []),
]


@pytest.mark.parametrize(("text", "want"), TREATED_AT_SCENE)
def test_treated_at_the_scene(text: str, want: list[tuple[str, str, int]]) -> None:
    assert short_figures(text) == want
