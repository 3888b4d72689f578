"""Probes of English round 130 (issue 11): people told by their release.

Captives and detainees are told again when they come out ("Nineteen were released without
charge", "38 Passengers Freed", "Each side freed 24 men"). The corpus rules count hostages
later freed as captured and the blind sets count people released from arrest as arrested,
so a released count takes the outcome of what held its people: the words right after the
release ("on bail", "without charge"; "after a ransom", "in the swap"), else the last
figure or word of a capture or an arrest before it, else a capture where people named by
a noun are freed or released. Members marked ``# before: ...`` gave another reading
before the round. The look-alikes release things, people from hospital or a contract,
days or money, or a release already read; none gives a figure of its release.

Every sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import short_figures

MEMBERS = [
    ("Gunmen kidnapped a group of oil workers in the delta on Monday. "
     "Troops said five hostages were rescued.",
     [("five hostages", "captured", 5)]),
    # before: nothing
    ("Gunmen abducted a bus on the highway near Kaduna.\n38 bus passengers freed after two days",
     [("38 bus passengers freed", "captured", 38)]),
    # before: read otherwise
    ("Police arrested 60 protesters in the capital. Another 14 have been released, a lawyer said.",
     [("arrested 60 protesters", "arrested", 60),
      ("Another 14 have been released", "arrested", 14)]),
    # before: read otherwise
    ("Police detained 23 men in raids on Friday. Nineteen were released without charge.",
     [("detained 23 men", "arrested", 23),
      ("Nineteen were released", "arrested", 19)]),
    # before: read otherwise
    ("Security forces rounded up hundreds of students last week. "
     "About 90 have since been released.",
     [("rounded up hundreds of students", "arrested", 200),
      ("About 90 have since been released", "arrested", 90)]),
    ("Bandits kidnapped 12 villagers near Zamfara. Six of them were released on Sunday.",
     [("kidnapped 12 villagers", "captured", 12),
      ("Six of them were released", "captured", 6)]),
    # before: nothing
    ("Gunmen seized the men at a checkpoint. "
     "Two of the men, brothers from a nearby village, were freed.",
     [("Two of the men, brothers from a nearby village, were freed", "captured", 2)]),
    # before: nothing
    ("The two sides traded prisoners at the border. Each side freed 24 men.",
     [("24 men", "captured", 24)]),
    # before: nothing
    ("Rebels had held the civilians for months. "
     "Officials said two civilians were released in the swap.",
     [("two civilians were released", "captured", 2)]),
    # before: read otherwise
    ("Police arrested dozens after the riot. By Friday 18 people had been released on bail.",
     [("arrested dozens", "arrested", 24),
      ("18 people had been released", "arrested", 18)]),
    # before: nothing
    ("Gunmen abducted the pupils from their school. 27 children walked out of the bush on Sunday.",
     [("27 children walked out of the bush", "captured", 27)]),
    # before: nothing
    ("Gunmen hijacked a bus in Katsina.\n38 Passengers Freed",
     [("38 Passengers Freed", "captured", 38)]),
    # before: read otherwise
    ("Police detained 40 people in the raids. Four more were released on Monday.",
     [("detained 40 people", "arrested", 40),
      ("Four more were released", "arrested", 4)]),
    # before: nothing
    ("Rebels kidnapped the aid workers last month. "
     "Three aid workers escaped from their captors on Saturday.",
     [("Three aid workers escaped from their captors", "captured", 3)]),
    # before: read otherwise
    ("Security forces arrested 50 opposition supporters. 20 were released on bail on Tuesday.",
     [("arrested 50 opposition supporters", "arrested", 50),
      ("20 were released", "arrested", 20)]),
    # before: read otherwise
    ("Militants kidnapped 11 truck drivers. Six drivers were later released.",
     [("kidnapped 11 truck drivers", "captured", 11),
      ("Six drivers were later released", "captured", 6)]),
    # before: nothing
    ("Pirates seized the tanker off the coast. Ten crew members were freed on Sunday.",
     [("Ten crew members were freed", "captured", 10)]),
    # before: read otherwise
    ("Police detained several journalists in the crackdown. "
     "Three journalists were released without charge.",
     [("detained several journalists", "arrested", 3),
      ("Three journalists were released", "arrested", 3)]),
    # before: read otherwise
    ("Gunmen kidnapped a family on the road to Abuja. "
     "Four members of the family were released after ransom was paid.",
     [("kidnapped a family", "captured", 1),
      ("Four members of the family were released", "captured", 4)]),
    # before: read otherwise
    ("Police arrested 12 students during the protest. All 12 were released on bail.",
     [("arrested 12 students", "arrested", 12),
      ("All 12 were released", "arrested", 12)]),
    # before: read otherwise
    ("Police arrested 30 protesters in Lagos. Five more were released on Monday.",
     [("arrested 30 protesters", "arrested", 30),
      ("Five more were released", "arrested", 5)]),
    # before: read otherwise
    ("Armed men seized 40 passengers from the train. Twelve passengers escaped from their captors.",
     [("seized 40 passengers", "captured", 40),
      ("Twelve passengers escaped from their captors", "captured", 12)]),
    # before: read otherwise
    ("The soldiers arrested 8 farmers; six were later let go.",
     [("arrested 8 farmers", "arrested", 8),
      ("six were later let go", "arrested", 6)]),
    # before: read otherwise
    ("The two sides exchanged prisoners on Sunday. "
     "The rebels released 30 soldiers and the army freed 25 fighters.",
     [("released 30 soldiers", "captured", 30),
      ("25 fighters", "captured", 25)]),
    # before: read otherwise
    ("Gunmen abducted four nurses in Kogi last week.\nFour Nurses Released In Kogi",
     [("abducted four nurses", "captured", 4),
      ("Four Nurses Released", "captured", 4)]),
    # before: nothing
    ("Pirates hijacked the vessel off Togo.\n15 crew members freed after ransom paid",
     [("15 crew members freed", "captured", 15)]),
    # before: read otherwise
    ("Police rounded up dozens of youths in the market. Dozens were freed later that night.",
     [("rounded up dozens of youths", "arrested", 24),
      ("Dozens were freed", "arrested", 24)]),
    ("Nigeria: 38 Abducted Passengers Freed",
     [("38 Abducted", "captured", 38)]),
    # before: read otherwise
    ("Police arrested 14 activists at the rally. All 14 were freed without charge on Sunday.",
     [("arrested 14 activists", "arrested", 14),
      ("All 14 were freed", "arrested", 14)]),
    # before: read otherwise
    ("Bandits kidnapped scores of villagers in Zamfara. Forty villagers were liberated by troops.",
     [("kidnapped scores of villagers", "captured", 40),
      ("Forty villagers were liberated", "captured", 40)]),
    ("Police detained at least 60 people. About 45 of them have since been released.",
     [("detained at least 60 people", "arrested", 60),
      ("About 45 of them have since been released", "arrested", 45)]),
    ("Kidnappers abducted 20 travellers on the road. "
     "Eight of the travellers were released after a ransom was paid.",
     [("abducted 20 travellers", "captured", 20),
      ("Eight of the travellers were released", "captured", 8)]),
    # before: read otherwise
    ("Police arrested 14 suspected members of a gang and seized nine rifles. "
     "Seven members have since been released.",
     [("arrested 14 suspected members of a gang", "arrested", 14),
      ("Seven members have since been released", "arrested", 7)]),
    # before: read otherwise
    ("Rebels kidnapped dozens of travellers on the road. "
     "Among those freed were 14 traders and three teachers, he said.",
     [("kidnapped dozens of travellers", "captured", 24),
      ("14 traders", "captured", 14),
      ("three teachers", "captured", 3)]),
    ("Police arrested 80 students at the university. "
     "Most were released, but 12 students remain in custody.",
     [("arrested 80 students", "arrested", 80),
      ("12 students remain in custody", "arrested", 12)]),
    # before: nothing
    ("Inmates rioted at the prison. Two guards who had been held by inmates since the "
     "morning have been released unharmed.",
     [("Two guards who had been held by inmates since the morning have been released",
       "captured", 2)]),
    # before: nothing
    ("Fighters seized the town in July. Fighters say dozens of foreign workers, mostly "
     "from Chad, were freed from the jail.",
     [("dozens of foreign workers, mostly from Chad, were freed", "captured", 24)]),
]

LOOKALIKES = [
    ("Police arrested 12 men. The ministry released a list of 40 names.",
     [("arrested 12 men", "arrested", 12)]),
    ("Gunmen kidnapped 5 workers. The group released a video of the hostages.",
     [("kidnapped 5 workers", "captured", 5)]),
    ("Gunmen kidnapped 5 workers. They were freed after 12 days.",
     [("kidnapped 5 workers", "captured", 5)]),
    ("Gunmen kidnapped 5 workers. Kidnappers demanded a ransom of 40,000 dollars.",
     [("kidnapped 5 workers", "captured", 5)]),
    ("Ten people were wounded in the blast. Four were released from hospital on Monday.",
     [("Ten people were wounded", "wounded", 10)]),
    ("Ten people were wounded in the blast. 12 patients were released on Monday.",
     [("Ten people were wounded", "wounded", 10)]),
    ("The hospital freed up 20 beds for the wounded.",
     []),
    ("The army freed the road after 3 days of clashes.",
     []),
    ("The album was released in 2004 with 12 songs.",
     []),
    ("The government released funds for 300 families.",
     []),
    ("Police arrested 12 men. The club released 3 players from their contracts.",
     [("arrested 12 men", "arrested", 12)]),
    ("The film was released on 12 screens.",
     []),
    ("Police arrested 12 men. The ministry released the names of 40 prisoners.",
     [("arrested 12 men", "arrested", 12)]),
    ("Police arrested 12 men. 40 prisoners were released under an amnesty in 2019.",
     [("arrested 12 men", "arrested", 12)]),
    ("Police arrested 12 men. The report, released on 3 May, names 40 victims.",
     [("arrested 12 men", "arrested", 12)]),
    ("Gunmen kidnapped 5 workers. The government released 30 tonnes of food.",
     [("kidnapped 5 workers", "captured", 5)]),
    ("Floods hit the valley. Rescuers rescued 40 people from rooftops.",
     []),
    ("Two women were detained at a checkpoint. One was released after four days.",
     [("Two women were detained", "arrested", 2)]),
    ("Bandits kidnapped 12 villagers near Zamfara. Six of them were released on Sunday.",
     [("kidnapped 12 villagers", "captured", 12),
      ("Six of them were released", "captured", 6)]),
]


@pytest.mark.parametrize(("text", "expected"), MEMBERS)
def test_member_is_read(text: str, expected: list[tuple[str, str, int]]) -> None:
    assert short_figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), LOOKALIKES)
def test_lookalike_gives_no_figure_of_its_release(text: str,
                                                  expected: list[tuple[str, str, int]]) -> None:
    assert short_figures(text) == expected


def test_a_release_on_bail_is_a_detainees_after_a_holding_read_as_a_capture() -> None:
    # before: "150 were freed" took the outcome of "held 200 demonstrators" (captured)
    found = short_figures("Police held 200 demonstrators overnight; 150 were freed on bail.")
    assert ("150 were freed", "arrested", 150) in found


def test_a_bare_count_needs_people_held_before_it() -> None:
    # the words of an arrest after the release choose its outcome only where a capture or
    # an arrest was told before it, as the casualty grid's "Six protesters freed after
    # questioning" gives nothing
    assert short_figures("The weather was fine. Nineteen were released without charge.") == []
    assert short_figures("The weather was fine. Nineteen were released on Sunday.") == []
    assert short_figures("Police arrested 40 men. Nineteen were released without charge.") == [
        ("arrested 40 men", "arrested", 40), ("Nineteen were released", "arrested", 19)]


def test_other_people_and_parts_never_counted_give_nothing() -> None:
    # other people than the held of the same sentence; a part of a whole never told; a
    # release by the state with nothing held before it; a release after a trial
    assert short_figures("Two men were arrested - three women were freed - on Monday.") == [
        ("Two men were arrested", "arrested", 2)]
    assert short_figures("Gunmen abducted at least 30 villagers near Tora. Five of the guards "
                         "were freed on Sunday.") == [("abducted at least 30 villagers",
                                                       "captured", 30)]
    assert short_figures("Police released 20 protesters who had been held since Monday.") == []
    assert short_figures("The government on Monday freed 200 prisoners.") == []
    assert short_figures("Two ministers were released after their kidnapping trial.") == []
