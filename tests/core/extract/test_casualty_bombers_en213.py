"""English probes, round en213 (issue 11): a bomber told before the blast by a description
or a first act, a bomber's own death told by "killing himself" with no word for a bomber,
mourners counted in a headline, who are no toll, a part of the held told by its release set
off in commas, and the youngest or oldest member closing a toll.

Every sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import en_counts, short_figures

# --- 1. a bomber described, or told by a first act, before the blast -------------------------

DESCRIBED = [
    ("Two women wearing explosive vests blew themselves up among the guests at a wedding "
     "in Kolde on Saturday, killing nine people, a militia leader said.",
     [(2, "killed"), (9, "killed")]),
    ("One evening in March, a young woman in a long grey veil walked into the bus station "
     "and blew herself up near the ticket booths, killing 11 people.",
     [(1, "killed"), (11, "killed")]),
    ("Two teenage boys, both from Karsa, drove to the checkpoint and blew themselves up, "
     "killing a guard.", [(2, "killed"), (1, "killed")]),
    ("An elderly man carrying a sack of onions approached the minibus and blew himself up, "
     "the district police chief said.", [(1, "killed")]),
    ("Three men armed with rifles and grenades stormed the hotel lobby in Merka and blew "
     "themselves up when troops arrived.", [(3, "killed")]),
    # after a dateline's dash
    ("KOLDE, Nigeria, May 3 (Reuters) - Three girls carrying bags of rice walked into the "
     "camp and blew themselves up on Friday, killing five people.",
     [(3, "killed"), (5, "killed")]),
    # reported: the clause opens after the speaker's words
    ("Two guards told investigators that a man in a red raincoat blew himself up at the "
     "gate.", [(1, "killed")]),
]


@pytest.mark.parametrize(("text", "want"), DESCRIBED)
def test_a_described_bomber_is_read(text: str, want: list) -> None:
    assert sorted(en_counts(text)) == sorted(want)


DESCRIBED_UNREAD = [
    # only a threat, or a plan stopped: no blast
    ("Three boys threatened to blow themselves up if the police came closer.", []),
    ("Two women wearing explosive vests were stopped at the gate before they could blow "
     "themselves up, police said.", []),
    # the reflexive does not agree with the first count: another's blast
    ("Two women walked past the stalls and a man blew himself up behind them.",
     [(1, "killed")]),
]


@pytest.mark.parametrize(("text", "want"), DESCRIBED_UNREAD)
def test_no_described_bomber_without_an_agreeing_blast(text: str, want: list) -> None:
    assert sorted(en_counts(text)) == sorted(want)


def test_the_described_bomber_spans_the_description() -> None:
    figs = short_figures("Two women wearing explosive vests blew themselves up in Kolde.")
    assert ("Two women wearing explosive vests blew themselves up", "killed", 2) in figs


def test_a_bomber_read_already_is_not_read_twice() -> None:
    assert sorted(en_counts("A man blew himself up, killing himself and two officers.")) == [
        (1, "killed"), (2, "killed")]


# --- 2. "killing himself" after a blast, with no word for a bomber ----------------------------

KILLING_HIMSELF = [
    ("A man drove a car packed with explosives into a police post in Tuvar and detonated it, "
     "killing himself and two officers, the ministry said.", [(1, "killed"), (2, "killed")]),
    ("A driver in a white pick-up loaded with explosives rammed the gate, killing himself and "
     "four guards.", [(1, "killed"), (4, "killed")]),
    ("TUVAR (dpa) - A man drove a truck packed with explosives into the barracks gate and "
     "detonated it, killing himself and three soldiers, the army said.",
     [(1, "killed"), (3, "killed")]),
    ("A lone teenager wearing a suicide vest walked into the mosque during prayers, detonated "
     "the vest and killed himself and 12 worshippers.", [(1, "killed"), (12, "killed")]),
    ("Police said a man detonated a grenade in the crowded bar, killing himself and a waiter.",
     [(1, "killed"), (1, "killed")]),
]


@pytest.mark.parametrize(("text", "want"), KILLING_HIMSELF)
def test_a_bombers_own_death_is_read(text: str, want: list) -> None:
    assert sorted(en_counts(text)) == sorted(want)


KILLING_HIMSELF_UNREAD = [
    # no blast in the sentence: a suicide, as the older rule has it
    ("A farmer, ruined by the floods, walked into the river, killing himself, neighbours "
     "said.", []),
    ("A man shot his wife and two neighbours in Varo before killing himself, police said.",
     []),
    # a word for the bomber: the older rule's reading, once
    ("The attacker detonated his vest at the gate, killing himself and two officers.",
     [(1, "killed"), (2, "killed")]),
]


@pytest.mark.parametrize(("text", "want"), KILLING_HIMSELF_UNREAD)
def test_killing_himself_without_a_blast_stays_unread(text: str, want: list) -> None:
    assert sorted(en_counts(text)) == sorted(want)


# --- 3. mourners counted in a headline --------------------------------------------------------

MOURNERS = [
    ("Thousands bury soldiers killed in Tarvo barracks car bombing", []),
    ("Hundreds mourn miners killed in Kelvo pit blast", []),
    ("Thousands mourn 12 soldiers killed in barracks bombing", [(12, "killed")]),
    ("Hundreds bury victims of Dorva market attack as toll rises to 31",
     [(31, "killed")]),
]


@pytest.mark.parametrize(("text", "want"), MOURNERS)
def test_mourners_are_no_toll(text: str, want: list) -> None:
    assert sorted(en_counts(text)) == sorted(want)


MOURNERS_KEPT = [
    # the dead themselves, and people hurt while mourning
    ("Mourners bury 14 soldiers killed in Tarvo bombing", [(14, "killed")]),
    ("Five mourners were killed when a bomb hit the funeral in Kelvo.", [(5, "killed")]),
    ("Thousands flee fighting in Dorvo", [(2000, "displaced")]),
]


@pytest.mark.parametrize(("text", "want"), MOURNERS_KEPT)
def test_the_dead_and_hurt_mourners_stay_read(text: str, want: list) -> None:
    assert sorted(en_counts(text)) == sorted(want)


# --- 4. a part of the held told by its release set off in commas ------------------------------

APPOSED_RELEASES = [
    ("Police detained 40 traders after the bombing in Gamsa. One trader, released after "
     "nine days, said the cell had one window.", [(40, "arrested"), (1, "arrested")]),
    ("Gunmen seized 20 passengers from the bus near Olda. Two women, freed on Tuesday, said "
     "they had been kept in a cave.", [(20, "captured"), (2, "captured")]),
    ("Security forces arrested dozens of students in Parvan in March. Three students, "
     "released on bail last week, told reporters they had been beaten.",
     [(24, "arrested"), (3, "arrested")]),
    ("Militiamen abducted 12 farmers near Tebe. Two of them, later freed for a ransom, said "
     "they were moved every night.", [(12, "captured"), (2, "captured")]),
]


@pytest.mark.parametrize(("text", "want"), APPOSED_RELEASES)
def test_a_part_of_the_held_told_by_its_release_is_read(text: str, want: list) -> None:
    assert sorted(en_counts(text)) == sorted(want)


APPOSED_RELEASES_UNREAD = [
    # no holding told before: a release from care
    ("Thirty people were wounded in the blast at Varo. One patient, released after two days, "
     "said the ward was full.", [(30, "wounded")]),
    # released from a hospital, after an arrest told
    ("Police detained 40 traders in Gamsa. One patient, released from hospital on Monday, "
     "said the ward was full.", [(40, "arrested")]),
    # a part larger than the held
    ("Police detained four traders in Gamsa. Nine traders, released after a week, said "
     "they had been beaten.", [(4, "arrested")]),
    # a thing, and an article for the count
    ("Police detained 40 traders in Gamsa. One report, released on Monday, said they had "
     "been beaten.", [(40, "arrested")]),
    ("Police detained 40 traders in Gamsa. A trader, released after nine days, said the "
     "cell had one window.", [(40, "arrested")]),
]


@pytest.mark.parametrize(("text", "want"), APPOSED_RELEASES_UNREAD)
def test_no_part_of_the_held_without_a_holding(text: str, want: list) -> None:
    assert sorted(en_counts(text)) == sorted(want)


# --- 5. the youngest or the oldest closing a toll --------------------------------------------

SUPERLATIVE_MEMBERS = [
    ("Gunmen shot dead three people in Tarvo, the youngest a boy of 13.",
     [(3, "killed"), (1, "killed")]),
    ("Eleven people were wounded in Daro, the youngest a girl of six, doctors said.",
     [(11, "wounded"), (1, "wounded")]),
    ("Five miners died in the collapse at Kelvo, the oldest a man of 60.",
     [(5, "killed"), (1, "killed")]),
    ("Nine villagers were abducted on Sunday, the youngest of whom was a boy aged 11, police "
     "said.", [(9, "captured"), (1, "captured")]),
    ("Police arrested 14 protesters in Varna, the oldest a retired teacher of 72.",
     [(14, "arrested"), (1, "arrested")]),
]


@pytest.mark.parametrize(("text", "want"), SUPERLATIVE_MEMBERS)
def test_the_youngest_or_oldest_of_a_toll_is_read(text: str, want: list) -> None:
    assert sorted(en_counts(text)) == sorted(want)


def test_the_member_spans_its_description() -> None:
    figs = short_figures("Gunmen shot dead three people in Tarvo, the youngest a 13-year-old boy.")
    assert ("a 13-year-old boy", "killed", 1) in figs


SUPERLATIVE_UNREAD = [
    # no article, no person, things, a toll of one
    ("Five people were wounded in Daro, the youngest victims of the war.", [(5, "wounded")]),
    ("Three people died in the fire, the youngest aged 13.", [(3, "killed")]),
    ("Four churches were damaged, the oldest a chapel built in 1800.", []),
    ("A man was killed in Tarvo, the youngest a boy.", [(1, "killed")]),
]


@pytest.mark.parametrize(("text", "want"), SUPERLATIVE_UNREAD)
def test_no_member_without_a_toll_and_a_person(text: str, want: list) -> None:
    assert sorted(en_counts(text)) == sorted(want)
