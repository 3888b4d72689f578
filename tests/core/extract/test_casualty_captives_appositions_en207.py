"""English probes, round en207 (issue 11): people "taken" in a story of captives, captives
handed over, one more captive still held, the whole of a part counted in words, a victim of
a named killing described by a "whose" relative, and counted people kept from their verb by
an apposition with an age or by "is still".

Every sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import en_counts

# --- 1. taken, told by how or whence, in a story of captives ------------------------------

TAKEN = [
    ("Armed men entered the village at dawn. About 40 of them were taken by truck to a camp "
     "across the border.", (40, "captured")),
    ("The kidnappers demanded a ransom. A second group of about ten people had been taken "
     "from the farmhouse by car on the night of 3 May.", (10, "captured")),
    ("Pirates boarded the tanker at dawn. The master said 3 crew were taken and the ship is "
     "safe.", (3, "captured")),
    ("Pirates attacked the trawler. Two of them were taken at gunpoint.", (2, "captured")),
    ("Kidnappers demand ransom for 12 villagers taken at gunpoint", (12, "captured")),
    ("Pirates seize tanker off Somalia, 3 crew taken", (3, "captured")),
    ("Soldiers found alive five Guatemalan migrants who had been taken off a truck by armed "
     "men.", (5, "captured")),
    ("Three traders were taken off a minibus by armed men near Kidal.", (3, "captured")),
    ("The six tourists, all from Spain and Portugal, had been taken from a desert safari on "
     "2 June by three men who demanded a ransom.", (6, "captured")),
]


@pytest.mark.parametrize(("text", "want"), TAKEN)
def test_people_taken_in_a_story_of_captives_are_captured(text: str, want: tuple) -> None:
    assert want in en_counts(text)


TAKEN_UNREAD = [
    "Gunmen shot dead two guards. Police arrived later. Three men were taken by van to the "
    "police station.",
    "The flood hit the town. Twelve people were taken by boat to a shelter.",
    "Gunmen stormed the school. Thirty pupils were taken by bus to safety.",
    "Rescuers dug through the night. Two children were taken from the rubble alive.",
    "Three students were taken by bus to the museum.",
    "Two players were taken off at half time.",
    "Rebels attacked the town. Many photographs were taken and shared online.",
    "Four passengers were taken off the flight by police.",
]


@pytest.mark.parametrize("text", TAKEN_UNREAD)
def test_taken_to_care_safety_or_the_law_is_no_capture(text: str) -> None:
    assert not [c for c in en_counts(text) if c[1] == "captured"]


# --- 2. captives handed over on their release ----------------------------------------------

HANDED = [
    ("Two of the three engineers abducted near the quarry have been released and are safe in "
     "Niamey.\n\nThe two men were handed over to Nigerien authorities on Tuesday evening.",
     (2, "captured"), 2),
    ("Gunmen kidnapped three engineers near the quarry. Two engineers were handed over to "
     "local officials on Friday.", (2, "captured"), 1),
    ("Rebels kidnapped two nurses in March. The two women were handed over to the Red Cross "
     "in Bunia on Friday.", (2, "captured"), 2),
]


@pytest.mark.parametrize(("text", "want", "times"), HANDED)
def test_captives_handed_over_are_captured(text: str, want: tuple, times: int) -> None:
    assert en_counts(text).count(want) == times


HANDED_UNREAD = [
    "Police arrested five men on Monday. The five suspects were handed over to prosecutors.",
    "The ministry handed over two ambulances to the hospital.",
    "The Red Cross said the two men were handed over to the ICRC on Friday.",
]


@pytest.mark.parametrize("text", HANDED_UNREAD)
def test_a_handover_with_no_captives_before_is_no_capture(text: str) -> None:
    assert not [c for c in en_counts(text) if c[1] == "captured"]


# --- 3. one more captive still held after the others' release ---------------------------

STILL_HELD = [
    "Two aid workers freed in Chad; a third remains in captivity",
    "Two nurses were freed on Sunday, but a third remains in captivity.",
    "Three sailors were released on Monday; a fourth is still in captivity.",
]


@pytest.mark.parametrize("text", STILL_HELD)
def test_one_more_captive_still_held_counts_one(text: str) -> None:
    assert (1, "captured") in en_counts(text)


STILL_HELD_UNREAD = [
    "Two nurses were freed on Sunday, but a third of the budget remains in captivity.",
    "Two nurses were freed on Sunday; a third day in captivity began for the rest.",
    "Two nurses were freed on Sunday after a third week in captivity.",
]


@pytest.mark.parametrize("text", STILL_HELD_UNREAD)
def test_a_third_of_a_thing_or_a_day_is_no_captive(text: str) -> None:
    assert (1, "captured") not in en_counts(text)


# --- 4. the whole of a part, its count in words, with its own participle --------------------

WHOLES = [
    ("Two of the three employees abducted near the mine on 2 April have been released.",
     [(2, "captured"), (3, "captured")]),
    ("Three of the twenty men arrested on Monday were released on bail.",
     [(3, "arrested"), (20, "arrested")]),
    ("Two of the eleven people wounded in the blast died in hospital.",
     [(2, "killed"), (11, "wounded")]),
    ("One of the four soldiers wounded in the blast died on Monday.",
     [(1, "killed"), (4, "wounded")]),
    ("Two of the five nurses kidnapped in March were freed on Sunday.",
     [(2, "captured"), (5, "captured")]),
]


@pytest.mark.parametrize(("text", "want"), WHOLES)
def test_the_whole_in_words_keeps_its_participle(text: str, want: list) -> None:
    got = en_counts(text)
    assert all(w in got for w in want)


WHOLES_UNREAD = [
    ("Two of the three candidates selected will travel to Geneva.", 3),
    ("Two of the three men accused of the killing were acquitted.", 3),
    ("Two of the three employees were released.", 3),
]


@pytest.mark.parametrize(("text", "whole"), WHOLES_UNREAD)
def test_a_whole_with_no_outcome_participle_is_no_figure(text: str, whole: int) -> None:
    assert not [c for c in en_counts(text) if c[0] == whole]


# --- 5. a victim of a named killing described by a "whose" relative -----------------------

WHOSE = [
    "Three men were sentenced to life in prison for the murder of a Dutch tourist whose "
    "family was ambushed after their car was forced off the road.",
    "Two brothers were jailed for the killing of a Swiss cyclist whose wife was robbed on the "
    "same road.",
    "A court convicted two soldiers of the murder of a shopkeeper whose son was attacked.",
]


@pytest.mark.parametrize("text", WHOSE)
def test_a_named_killing_keeps_its_victim_past_whose(text: str) -> None:
    assert (1, "killed") in en_counts(text)


WHOSE_UNREAD = [
    ("A 17-year-old girl whose brother was killed spoke to reporters.", 1),
    ("Three men whose brother was killed marched in the city.", 3),
    ("Five nurses whose colleagues were murdered went on strike.", 5),
]


@pytest.mark.parametrize(("text", "people"), WHOSE_UNREAD)
def test_whose_kin_still_takes_the_outcome_back(text: str, people: int) -> None:
    assert (people, "killed") not in en_counts(text)


# --- 6. an apposition with an age, or "is still", between the people and their verb ------

APPOSED = [
    ("The gunman fired at two cleaners who ran towards him. One of them, Liam Rowe, then 22, "
     "was hit in the shoulder and chest; the other escaped over a fence.", (1, "wounded")),
    ("One of them, Sam Hale, then 19, was wounded.", (1, "wounded")),
    ("During the raid one soldier, Corporal Dan Obi, 29, lost his life after being shot by "
     "snipers.", (1, "killed")),
    ("Two of the guards, Paul Mensah and Kofi Addo, aged 41, were killed.", (2, "killed")),
    ("Rebels freed five workers on Sunday. One worker, a 48-year-old surveyor, is still "
     "being held.", (1, "captured")),
    ("Three pupils, all girls aged 12, are still missing.", (3, "missing")),
]


@pytest.mark.parametrize(("text", "want"), APPOSED)
def test_the_verb_past_an_apposition_is_read(text: str, want: tuple) -> None:
    assert want in en_counts(text)


APPOSED_UNREAD = [
    "One of them, Sam Hale, then 19, said he was afraid.",
    "One candidate, Ann Obi, 45, won the seat.",
    "Two ministers, a lawyer and an economist, are still in office.",
    "Two ministers, a lawyer and an economist, are expected to resign.",
]


@pytest.mark.parametrize("text", APPOSED_UNREAD)
def test_no_outcome_past_an_apposition_reads_nothing(text: str) -> None:
    assert en_counts(text) == []


# --- 7. a side's own dead, played down by "only" or told by "the loss of" -------------------

OWN_LOSS = [
    ("The rebels said they had lost only four fighters and had damaged a navy gunboat.",
     (4, "killed")),
    ("Our unit lost just two soldiers in the assault, the commander said.", (2, "killed")),
    ("The government admits the loss of three soldiers; the rebels claim to have killed 15.",
     (3, "killed")),
    ("The ministry confirmed the loss of two pilots when the helicopter was shot down.",
     (2, "killed")),
]


@pytest.mark.parametrize(("text", "want"), OWN_LOSS)
def test_a_sides_own_loss_counts_its_dead(text: str, want: tuple) -> None:
    assert want in en_counts(text)


OWN_LOSS_UNREAD = [
    "The firm announced the loss of 300 jobs.",
    "The force mourned the loss of 70 officers to resignations.",
    "The airline regretted the loss of two pilots to a rival carrier.",
    "The team lost only two players to injury.",
    "We lost only two games this season.",
]


@pytest.mark.parametrize("text", OWN_LOSS_UNREAD)
def test_jobs_games_or_staff_lost_to_a_cause_are_no_dead(text: str) -> None:
    assert en_counts(text) == []
