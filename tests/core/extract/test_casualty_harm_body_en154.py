"""The hurt told by what was done to the body or by the care given, and roles read as persons
(English round 154, issue 11).

News tells a wounding without "wounded": by a bullet taken in a part of the body ("took a
bullet to the thigh"), by a rescue that brought people out alive with a harm ("dug out
alive with a fractured skull"), by what a beating left ("was left with a broken arm"), by
care with a broken bone or carried away from the scene ("taken to hospital with a fractured
skull", "carried away with head wounds"), by first aid counted in a report of violence, by
a part of those treated counted by its harm ("including 12 for injuries"), by a harm
received or a vanishing past words between the people and the verb ("a driver from the
aid convoy suffered injuries", "members of the crew vanished"), and it names
victims by callings the person lists lacked ("a deckhand", "a sentry", "a naval rating")
or by the force they serve in ("two soldiers of the force"). ``FIGURES`` holds texts with
every (outcome, count) they must give, ``LOOKALIKES`` texts that must give none. Every
sentence is fictional; names and places are invented.
"""

from __future__ import annotations

from collections import Counter

import pytest

from tests.extract_probes import short_figures

FIGURES = [
    # a bullet taken in a part of the body
    ("A sentry took a bullet to the thigh during the raid on the depot.", [("wounded", 1)]),
    ("Two of the officers took bullets in the chest, the police said.", [("wounded", 2)]),
    ("One constable also took a bullet in his left shoulder.", [("wounded", 1)]),
    # a rescue that brought people out alive and hurt
    ("An old man was dug out alive with a fractured skull.", [("wounded", 1)]),
    ("Two children were rescued from the rubble with burns after the strike.",
     [("wounded", 2)]),
    ("A woman was dug out alive with head injuries hours after the shelling.",
     [("wounded", 1)]),
    # what a beating left, and care with a broken bone or moved away
    ("One officer was left with a broken arm after the riot.", [("wounded", 1)]),
    ("A boy is in hospital with a broken leg after the shelling.", [("wounded", 1)]),
    ("Our reporter watched at least six students being carried away with head wounds.",
     [("wounded", 6)]),
    ("Two marchers were carried off with gunshot wounds.", [("wounded", 2)]),
    # first aid given to counted people in a report of violence
    ("Police fired tear gas at the march. Volunteers gave first aid to more than 80 people.",
     [("wounded", 80)]),
    ("Medics have given first aid to 35 people after the clashes in the port.",
     [("wounded", 35)]),
    ("Police fired tear gas at the crowd. Twelve people received first aid at the scene.",
     [("wounded", 12)]),
    ("Soldiers opened fire on the march. Nine had been given first aid by volunteers.",
     [("wounded", 9)]),
    # a part of the people given care counted by its harm after "including"
    ("The clinic treated 40 people, including 12 for injuries.", [("wounded", 12)]),
    ("Doctors have treated 90 patients this week, including 14 for gunshot wounds.",
     [("wounded", 14)]),
    # a harm received or a vanishing past what stands between the people and the verb
    ("A guard was shot dead, and a driver from the aid convoy suffered injuries.",
     [("killed", 1), ("wounded", 1)]),
    ("One monitor from the mission received a gunshot wound.", [("wounded", 1)]),
    ("The other two, her husband among them, went missing.", [("missing", 2)]),
    ("Nine members of the crew vanished after the raid.", [("missing", 9)]),
    # a verb of harm received is the count's own, no adjective of "injuries"
    ("Six sustained injuries and three were killed.", [("wounded", 6), ("killed", 3)]),
    ("Another four sustained injuries and two drivers went missing.",
     [("wounded", 4), ("missing", 2)]),
    # an age limit after counted people is no count of its own
    ("Medics said nine pupils under 12 suffered burns in the shelling.", [("wounded", 9)]),
    # the force they serve in between the count and the verb
    ("Two soldiers of the force suffered gunshot wounds in the ambush.", [("wounded", 2)]),
    ("Two soldiers of the garrison suffered shrapnel wounds.", [("wounded", 2)]),
    # callings the person lists lacked
    ("A deckhand was killed when the missile struck the ferry.", [("killed", 1)]),
    ("The strike on the ferry killed a deckhand.", [("killed", 1)]),
    ("The blast wounded an orderly at the field clinic.", [("wounded", 1)]),
    ("A sentry was shot dead at the gate of the barracks.", [("killed", 1)]),
    ("A naval rating was killed and two officers were wounded.",
     [("killed", 1), ("wounded", 2)]),
]

LOOKALIKES = [
    "He said he would have taken a bullet for his commander.",
    "The surgeon took a bullet out of the wall.",
    "She was left with a broken heart.",
    "The talks were left with a broken promise.",
    "A woman was pulled out alive.",
    "Two children were rescued with their mother.",
    "The fisherman was pulled from the water with his net.",
    "The crowd was carried away with excitement.",
    "Two men were carried away by the current.",
    "Stewards gave first aid to 12 people at the concert.",
    "Police used tear gas. Medics gave first aid to 30 people for heat exhaustion.",
    "Police fired tear gas at the crowd. Twelve people received first aid for heat exhaustion.",
    "Police fired tear gas at the crowd. The 12 volunteers received first aid training.",
    "Twelve runners received first aid at the marathon.",
    "The clinic treated 40 people for cholera, including 12 children.",
    "The army received 40 requests, including 12 for injuries compensation.",
    "Two men from the village received threats after the raid.",
    "Three officers at the station received awards for bravery.",
    "The members of the team disappeared into the crowd.",
    "The use of the force was debated.",
    "The country's credit rating was cut.",
    "The army withdrew in an orderly manner.",
    "Four of the group held a meeting with officials.",
    "The army held the town for three days.",
    "Two paintings vanished from the museum.",
    "Three trucks went missing.",
    "The ministry treated the 30 complaints as urgent.",
    "The blast wounded two horses.",
    "The wound to the party's pride was deep.",
]


@pytest.mark.parametrize(("text", "expected"), FIGURES)
def test_harms_care_and_roles_are_read(text: str, expected: list[tuple[str, int]]) -> None:
    got = Counter((outcome, low) for _, outcome, low in short_figures(text))
    assert got == Counter(expected)


@pytest.mark.parametrize("text", LOOKALIKES)
def test_lookalikes_give_no_figure(text: str) -> None:
    assert short_figures(text) == []


def test_the_bullet_and_its_part_stay_in_the_span() -> None:
    (span, outcome, low), = short_figures("A sentry took a bullet to the thigh in the raid.")
    assert (span, outcome, low) == ("A sentry took a bullet to the thigh", "wounded", 1)


def test_first_aid_span_opens_on_its_verb() -> None:
    text = "Police fired tear gas at the march. Volunteers gave first aid to more than 80 people."
    (span, outcome, low), = short_figures(text)
    assert span == "gave first aid to more than 80 people" and (outcome, low) == ("wounded", 80)


def test_care_with_a_broken_bone_keeps_the_bone_in_the_span() -> None:
    text = "A worker was taken to hospital with a fractured skull after the blast."
    (span, outcome, low), = short_figures(text)
    assert span == "A worker was taken to hospital with a fractured skull"
    assert (outcome, low) == ("wounded", 1)


def test_the_confirmed_deaths_of_a_tally_keep_their_adjective() -> None:
    text = "The hospital recorded 12 confirmed deaths and 40 reported injuries."
    assert [(o, n) for _, o, n in short_figures(text)] == [("killed", 12), ("wounded", 40)]


def test_a_count_after_under_before_its_noun_stays_a_count() -> None:
    text = "The strike killed 12 people. Under 20 people were wounded."
    assert [(o, n) for _, o, n in short_figures(text)] == [("killed", 12), ("wounded", 20)]
