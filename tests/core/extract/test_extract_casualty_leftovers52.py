"""Casualty readings of English round 202 (issue 11): wounds by a blade or a club told by
the passive ("a guard was clubbed on the head", "were cut on the face and hands"); captives
taken away by raiders named before a relative clause on the people they raided ("Gunmen
stormed a meeting of farmers who had gathered ... and took away three elders"); parts of
the wounded in care ("nine remain in its wards", "Of the wounded, 15 were admitted to
<hospital>, and three of them spent a week in intensive care"); parts of the dead or the
wounded named by a noun after a clause on them as a whole ("The dead were aged between 16
and 25, and five of them were students"); a group inside a released part ("Fourteen of
them, including three women, were freed on bail"); and people who left counted places for
a town ("have left eight villages for <town>").

Every sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import short_figures


def _got(text: str) -> set[tuple[str, int]]:
    return {(f[1], f[2]) for f in short_figures("Attack on the town\n" + text)}


BLADE_AND_CLUB = [
    ("Attackers raided the depot overnight. A guard was clubbed on the head and taken to "
     "hospital.", [("wounded", 1)]),
    ("Four students were cut on the face and hands when a mob attacked their hostel.",
     [("wounded", 4)]),
    ("Two farmers were bludgeoned with iron bars during the raid, residents said.",
     [("wounded", 2)]),
    ("Two women were cut with a broken bottle during the fight, witnesses said.",
     [("wounded", 2)]),
    ("Three night watchmen were clubbed by the intruders before they fled.",
     [("wounded", 3)]),
    ("Five traders were cut with machetes at the cattle market in Oranwe on Monday.",
     [("wounded", 5)]),
    ("A herder was cut in the neck during the clash, police said.", [("wounded", 1)]),
]


@pytest.mark.parametrize(("text", "want"), BLADE_AND_CLUB)
def test_a_blade_or_a_club_in_the_passive_is_a_wound(
        text: str, want: list[tuple[str, int]]) -> None:
    got = _got(text)
    for item in want:
        assert item in got, got


@pytest.mark.parametrize("text", [
    "Six villages were cut off by the floods, officials said.",
    "Power was cut to 3,000 homes after the storm.",
    "Salaries of 400 workers were cut last month.",
    "Residents cut down 20 trees to block the road.",
    "The road to two villages was cut by the militia.",
    "Three boys had their hair cut at the school.",
    "Twelve trees were cut with axes.",
    "Two cakes were cut with a knife at the ceremony.",
    "Three seals were clubbed on the ice.",
    "Forty workers were cut from the payroll.",
])
def test_cuts_of_things_stay_unread(text: str) -> None:
    assert _got(text) == set()


CAPTIVES_FAR = [
    ("Gunmen stormed a meeting of about 60 farmers who had gathered to settle a dispute and "
     "took away three elders, residents said.", [("captured", 3)]),
    ("Bandits raided a church where worshippers who had come from nearby villages were "
     "praying and took away 12 people.", [("captured", 12)]),
    ("Armed men surrounded a camp of herders who were resting after a long trek and took "
     "away four boys.", [("captured", 4)]),
    ("Kidnappers attacked a convoy of traders who had left Maro at dawn and took away seven "
     "drivers.", [("captured", 7)]),
    ("Militants overran a school whose pupils, who are boarders from three districts, were "
     "asleep and took away 20 students.", [("captured", 20)]),
    ("Gunmen invaded a naming ceremony of a family who had recently returned to the village "
     "and took away two women.", [("captured", 2)]),
]


@pytest.mark.parametrize(("text", "want"), CAPTIVES_FAR)
def test_captives_taken_away_by_raiders_named_before_a_relative_clause(
        text: str, want: list[tuple[str, int]]) -> None:
    got = _got(text)
    for item in want:
        assert item in got, got


@pytest.mark.parametrize("text", [
    # no captors as the series' subject
    "Rescuers reached a village where residents who had survived were waiting and took away "
    "three boxes.",
    # a clause of its own between ("they"): as before
    "Gunmen attacked soldiers who had surrounded the village, and they took away four rifles.",
])
def test_no_captives_without_captors_in_the_series(text: str) -> None:
    assert not any(outcome == "captured" for outcome, _ in _got(text))


PARTS_IN_CARE = [
    ("A bomb exploded at a market in Maiduguri. The district hospital received 23 of the "
     "injured; nine remain in its wards.", [("wounded", 23), ("wounded", 9)]),
    ("Of the wounded, 15 were admitted to Kenyatta National Hospital, and three of them spent "
     "a week in intensive care.", [("wounded", 15), ("wounded", 3)]),
    ("A bomb hit a bus. The city hospital took in 17 of the wounded, and four remain in the "
     "wards.", [("wounded", 17), ("wounded", 4)]),
    ("Of the injured, eight were flown to the capital, a doctor said.", [("wounded", 8)]),
    ("A grenade wounded 30 people at the rally. Eight spent two nights in hospital.",
     [("wounded", 30), ("wounded", 8)]),
    ("Of those wounded, 11 were taken to St Mary's Mission Hospital in Lwanda.",
     [("wounded", 11)]),
]


@pytest.mark.parametrize(("text", "want"), PARTS_IN_CARE)
def test_parts_of_the_wounded_in_care(text: str, want: list[tuple[str, int]]) -> None:
    got = _got(text)
    for item in want:
        assert item in got, got


@pytest.mark.parametrize("text", [
    "The district hospital received 19 patients on Sunday; nine remain in its wards.",
    "The clinic received 30 patients with malaria this week.",
])
def test_care_with_no_harm_told_stays_unread(text: str) -> None:
    assert not any(n in (19, 9, 30, 2) for _, n in _got(text))


PARTS_OF_WHOLE = [
    ("Gunmen opened fire on a bus. The dead were aged between 16 and 25, and five of them "
     "were university students.", [("killed", 5)]),
    ("The wounded were mostly young men, and seven of them were students.",
     [("wounded", 7)]),
    ("Gunmen attacked a wedding. The dead were buried on Friday. Ten of them were children.",
     [("killed", 10)]),
    ("The injured were taken to two hospitals; four of them are police officers.",
     [("wounded", 4)]),
    ("The dead included a judge, and three of them were lawyers.", [("killed", 3)]),
    ("A blast hit the depot. Those killed were mostly night-shift staff, and six of them "
     "were drivers.", [("killed", 6)]),
]


@pytest.mark.parametrize(("text", "want"), PARTS_OF_WHOLE)
def test_parts_of_the_dead_or_wounded_named_by_a_noun(
        text: str, want: list[tuple[str, int]]) -> None:
    got = _got(text)
    for item in want:
        assert item in got, got


@pytest.mark.parametrize("text", [
    "Of the 40 guests, ten of them were children.",
    "The council has 12 members. Five of them were farmers.",
    "The dead were aged between 16 and 25, and five of them were in their twenties.",
    "The Dead Sea scrolls were found in caves, and two of them were fragments.",
])
def test_parts_of_people_never_harmed_stay_unread(text: str) -> None:
    assert not any(n in (10, 5, 2) for _, n in _got(text))


RELEASED_WITH_GROUP = [
    ("Police arrested 52 people. Fourteen of them, including three women, were freed on bail.",
     [("arrested", 14), ("arrested", 3)]),
    ("Security forces detained 80 protesters on Sunday. Twenty of them, including five "
     "students, were released on bail.", [("arrested", 20), ("arrested", 5)]),
    ("Police arrested 30 people. Ten of them, including two journalists, were later "
     "released.", [("arrested", 10), ("arrested", 2)]),
    ("Authorities detained 45 people. Twelve of them, among them four minors, were freed on "
     "bail.", [("arrested", 12), ("arrested", 4)]),
    ("Soldiers arrested 60 villagers. Nineteen of them, including six women, were released "
     "without charge.", [("arrested", 19), ("arrested", 6)]),
    ("Gunmen kidnapped 40 passengers on the highway. Eighteen of them, including seven "
     "children, were freed after a ransom was paid.", [("captured", 18), ("captured", 7)]),
]


@pytest.mark.parametrize(("text", "want"), RELEASED_WITH_GROUP)
def test_a_group_inside_a_released_part_keeps_its_outcome(
        text: str, want: list[tuple[str, int]]) -> None:
    got = _got(text)
    for item in want:
        assert item in got, got


def test_a_group_with_no_count_inside_a_released_part_adds_nothing() -> None:
    got = _got("Police held 25 demonstrators overnight. Eight of them, including a lawyer, "
               "were released on bail.")
    assert ("arrested", 1) not in got, got


LEFT_FOR_TOWN = [
    ("About 3,100 people have left eight villages for Kalemie, officials say.",
     [("displaced", 3100)]),
    ("Some 2,000 residents have left five villages for Goma since the fighting began.",
     [("displaced", 2000)]),
    ("At least 1,500 people have left three camps for the town of Beni, the UN said.",
     [("displaced", 1500)]),
    ("Nearly 5,000 residents left 12 villages for Mopti last week.", [("displaced", 5000)]),
    ("About 200 families have left two camps for Goma, aid workers said.",
     [("displaced", 200)]),
    ("More than 900 villagers have left four hamlets for the city of Bunia.",
     [("displaced", 900)]),
]


@pytest.mark.parametrize(("text", "want"), LEFT_FOR_TOWN)
def test_people_who_left_counted_places_for_a_town_are_displaced(
        text: str, want: list[tuple[str, int]]) -> None:
    got = _got(text)
    for item in want:
        assert item in got, got


@pytest.mark.parametrize("text", [
    "Gunmen left six bags of rice at the gate.",
    "About 300 people left three days ago for Kalemie.",
    "Some 200 pupils left two schools for the holidays.",
    "About 400 people have left two villages for the harvest.",
])
def test_leaving_things_times_or_trips_stays_unread(text: str) -> None:
    assert not any(outcome == "displaced" for outcome, _ in _got(text))
