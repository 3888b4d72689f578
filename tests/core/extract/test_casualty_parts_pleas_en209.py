"""English probes, round en209 (issue 11): a part of a toll that opens a quote or is told
by who its people were before a relative, a part named after a fronted "Of those,", a death
only pleaded against ("waiting for another child to die"), and wounds named by an
explosion's fragments, and a part of the hurt told by its condition.

Every sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import en_counts

# --- 1. a part of the toll before, opening a quote ----------------------------------------

QUOTED_PARTS = [
    ('A surgeon at Kalemba General said 14 of the injured were brought in overnight. "Five '
     'of them are children," she said.', (5, "wounded")),
    ('Gunmen killed 18 villagers in Tamboura on Sunday. "Three of them were children," the '
     'chief told reporters.', (3, "killed")),
    ("Police detained 30 protesters outside the ministry. “Two of them are students,” their "
     "lawyer said.", (2, "arrested")),
    ('The gunmen abducted 20 girls from the school on Friday. "Five of them escaped on '
     'Sunday," the headmaster said.', (5, "captured")),
    # a bare count after the toll, opening a quote (casualty_told_beside.py)
    ('Nurses at Tamsin Hospital treated 22 injured people. "Two are children," one said.',
     (2, "wounded")),
    ('Eleven people died in the raid on Ketta. "Three were girls," the mayor said.',
     (3, "killed")),
    # ... or told by who they were and then a relative
    ('The clinic received 22 injured people since midday. "Several are children who were '
     'caught in the crossfire," a doctor said.', (3, "wounded")),
    ("Police arrested 14 people in Varsa. Two were journalists who had come to film the "
     "march.", (2, "arrested")),
]


@pytest.mark.parametrize(("text", "want"), QUOTED_PARTS)
def test_a_part_opening_a_quote_after_a_toll_is_read(text: str, want: tuple) -> None:
    assert want in en_counts(text)


QUOTED_PARTS_UNREAD = [
    # no toll before: the people of a meeting are no casualties
    ('About 40 people attended the meeting in Dorvan. "Four of them are children," she '
     'said.', []),
    # an age, no people named
    ('Police arrested 12 people in Bemara. "Two of them are in their twenties," she said.',
     [(12, "arrested")]),
    # no casualties before a bare part
    ('Twelve students won prizes in Orvel. "Three were girls," the head said.', []),
    # one person portrayed by a relative, no count of a part
    ('Two of her cousins were killed in Marra. "One was a nurse who worked nights," she says.',
     [(2, "killed")]),
    # a place, no people
    ('Gunmen killed nine people in Sabra. "Two were from the village," he said.',
     [(9, "killed")]),
    # the part larger than its whole
    ('Three guards were wounded at the depot. "Five of them are new recruits," he said.',
     [(3, "wounded")]),
]


@pytest.mark.parametrize(("text", "want"), QUOTED_PARTS_UNREAD)
def test_a_quote_naming_no_part_of_a_toll_stays_unread(text: str, want: list) -> None:
    assert en_counts(text) == want


# --- 2. a part named after a fronted "Of those," ------------------------------------------

FRONTED = [
    ("More than 1,500 people have fled their homes in Ruvani district, the ombudsman said. "
     "Of those, about 600 are children, it said.", (600, "displaced")),
    ("Gunmen killed 31 villagers near Kassoum on Sunday. Of them, nine were women and 12 "
     "were children.", (12, "killed")),
    ("Gunmen killed 31 villagers near Kassoum on Sunday. Of them, nine were women and 12 "
     "were children.", (9, "killed")),
    ("At least 60 people were wounded in the market blast. Of these, 14 are police "
     "officers.", (14, "wounded")),
    ("Police arrested 45 demonstrators in Port Lenna on Friday. Of those, about 20 are "
     "university students.", (20, "arrested")),
]


@pytest.mark.parametrize(("text", "want"), FRONTED)
def test_a_part_after_a_fronted_of_those_is_read(text: str, want: tuple) -> None:
    assert want in en_counts(text)


FRONTED_UNREAD = [
    # an age, no people
    ("More than 1,500 people have fled their homes. Of those, about 400 are under five.",
     [(1500, "displaced")]),
    # no casualties before
    ("Some 300 people attended the rally in Orsk. Of those, 40 were children.", []),
    # larger than the toll
    ("Twelve people were killed in the crash. Of those, 40 were children.", [(12, "killed")]),
    # no figure at all
    ("Of those, 40 were children.", []),
    # another paragraph
    ("Eleven miners were trapped and killed.\n\nOf those, two were engineers from Vell.",
     [(11, "killed")]),
]


@pytest.mark.parametrize(("text", "want"), FRONTED_UNREAD)
def test_a_fronted_of_those_without_a_toll_stays_unread(text: str, want: list) -> None:
    assert en_counts(text) == want


# --- 3. a death only pleaded against -------------------------------------------------------

PLEAS = [
    '"Are we waiting for another child to die?" the councillor asked.',
    "We will not let another miner die in that pit, the union leader said.",
    "Nobody wants another nurse to be killed on duty, the association said.",
    '"How long must we wait for one more farmer to die before the road is cleared?" he said.',
]


@pytest.mark.parametrize("text", PLEAS)
def test_a_death_only_pleaded_against_is_no_toll(text: str) -> None:
    assert en_counts(text) == []


DEATHS_KEPT = [
    ("I watched another child die in my arms, the nurse said.", [(1, "killed")]),
    ("Another child died at the clinic in Sambru on Monday.", [(1, "killed")]),
    ("Gunmen killed two farmers in Essal, and another died in hospital on Tuesday.",
     [(2, "killed"), (1, "killed")]),
]


@pytest.mark.parametrize(("text", "want"), DEATHS_KEPT)
def test_a_death_told_as_seen_or_past_is_kept(text: str, want: list) -> None:
    assert en_counts(text) == want


# --- 4. wounds named by an explosion's fragments ------------------------------------------

FRAGMENT_WOUNDS = [
    ("Two deminers were hurt near Mavela. One suffered fragment wounds to her hands and the "
     "other an eye injury.", (1, "wounded")),
    ("A soldier sustained fragmentation injuries when the shell landed.", (1, "wounded")),
    ("Three policemen suffered grenade wounds during the raid on Ostrova.", (3, "wounded")),
]


@pytest.mark.parametrize(("text", "want"), FRAGMENT_WOUNDS)
def test_wounds_named_by_fragments_are_wounds(text: str, want: tuple) -> None:
    assert want in en_counts(text)


FRAGMENTS_UNREAD = [
    "The shell sent fragments over the wall of the school in Ostrova.",
    "Police found three grenades and a fragment of the detonator.",
    "The team collected 40 fragments of the rocket for the inquiry.",
]


@pytest.mark.parametrize("text", FRAGMENTS_UNREAD)
def test_fragments_without_a_wound_stay_unread(text: str) -> None:
    assert en_counts(text) == []


# --- 5. a part of the hurt told by the state staff give it ------------------------------

CONDITIONS = [
    ("Doctors at Lenga Hospital treated 26 people for injuries. Two are in theatre now.",
     (2, "wounded")),
    ("Two men were stabbed outside a bar in Korvu. One was described as critical.",
     (1, "wounded")),
    ("Twelve passengers were hurt when the bus overturned. Two were said to be in a critical "
     "condition.", (2, "wounded")),
]


@pytest.mark.parametrize(("text", "want"), CONDITIONS)
def test_a_part_told_by_its_condition_after_a_toll_is_wounded(text: str, want: tuple) -> None:
    assert want in en_counts(text)


CONDITIONS_UNREAD = [
    "One was described as stable by the officials at the ministry.",
    "The company hired 20 actors for the season. Two are in theatre now.",
    "Twelve people attended the hearing. Two were described as critical of the plan.",
]


@pytest.mark.parametrize("text", CONDITIONS_UNREAD)
def test_a_condition_with_no_toll_before_stays_unread(text: str) -> None:
    assert en_counts(text) == []
