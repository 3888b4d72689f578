"""English probes, round en205 (issue 11): nouns of killing by its manner, a second count
with a gapped verb of treatment, a rival toll, a member after "two women and" in a list of
the dead, and the people's own verb after a relative clause that holds a count.

Every sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import en_counts

# --- 1. a killing named by its manner before "of" and its victims -------------------------

MANNER_NOUNS = [
    ("A court jailed six men for life for the lynching of a cattle herder.", (1, "killed")),
    ("Militants posted a video showing the beheading of two aid workers.", (2, "killed")),
    ("Protests spread after the stoning of a woman accused of adultery.", (1, "killed")),
    ("Police are investigating the lynching of three men accused of theft.", (3, "killed")),
    ("Rights groups condemned the public hanging of four men in the square.", (4, "killed")),
    ("Two men were charged over the beheading of a tourist near the border.", (1, "killed")),
    ("The rebels boasted of the beheadings of five soldiers.", (5, "killed")),
]


@pytest.mark.parametrize(("text", "want"), MANNER_NOUNS)
def test_a_killing_told_by_its_manner_counts_the_dead(text: str, want: tuple) -> None:
    assert want in en_counts(text)


MANNER_UNREAD = [
    "The beating of three protesters was filmed by onlookers.",
    "Workers finished the hanging of the new banners.",
    "The hanging of a portrait of the governor angered residents.",
    "Youths were accused of the stoning of police vehicles.",
]


@pytest.mark.parametrize("text", MANNER_UNREAD)
def test_a_beating_or_a_thing_hung_is_no_death(text: str) -> None:
    assert not [c for c in en_counts(text) if c[1] in ("killed", "wounded")]


# --- 2. a second count given care, the first clause's auxiliary shared ---------------------

GAPPED_CARE = [
    "The health ministry said eight people had been killed and 31 treated for gunshot and "
    "machete wounds.",
    "Medics said five villagers were killed and 17 treated for arrow and machete wounds.",
    "The clinic said two people had been killed and 14 treated for machete and gunshot wounds.",
    "Officials said six people were killed in the raid and 22 treated for knife and bullet "
    "wounds.",
    "The aid group said three people have been killed and 40 treated for stab and gunshot "
    "wounds.",
    "Police said one man was killed and nine treated in hospital for gunshot and machete "
    "wounds.",
]


@pytest.mark.parametrize("text", GAPPED_CARE)
def test_a_gapped_treatment_of_joined_wounds_is_wounded(text: str) -> None:
    counts = en_counts(text)
    assert any(o == "wounded" for _, o in counts)
    assert sum(o == "wounded" for _, o in counts) == 1


GAPPED_CARE_UNREAD = [
    "Officials said 12 people were killed and 30 treated for cholera and malaria.",
    "The nurse said she and 26 treated for gunshot and machete wounds waited for hours.",
]


@pytest.mark.parametrize("text", GAPPED_CARE_UNREAD)
def test_a_gapped_treatment_of_illness_or_no_passive_is_unread(text: str) -> None:
    assert not [c for c in en_counts(text) if c[1] == "wounded"]


# --- 3. a rival toll another source gave, set against the new one -------------------------

RIVAL_TOLLS = [
    ("The commission now says 19 people were killed, not the 12 announced by police at the "
     "time.", (19, "killed"), (12, "killed")),
    ("The inquiry found that 27 people died, not the 16 reported by the army.",
     (27, "killed"), (16, "killed")),
    ("The monitor says 44 people were killed, up from the 35 police gave on Tuesday.",
     (44, "killed"), (35, "killed")),
    ("Officials now say 14 people died, rather than the nine reported earlier.",
     (14, "killed"), (9, "killed")),
    ("The report says 61 civilians were killed, not the 25 claimed by the military.",
     (61, "killed"), (25, "killed")),
    ("The ministry says 52 people were detained, instead of the 30 officials reported.",
     (52, "arrested"), (30, "arrested")),
]


@pytest.mark.parametrize(("text", "new", "old"), RIVAL_TOLLS)
def test_a_rival_toll_with_its_article_keeps_the_outcome(text: str, new: tuple,
                                                         old: tuple) -> None:
    counts = en_counts(text)
    assert new in counts
    assert old in counts


RIVAL_UNREAD = [
    "The party won 17 seats, not the 11 announced by the commission.",
    "The striker scored 17 goals, rather than the 11 reported earlier.",
    "Officials said 17 people died, not the 11 tents that were burned.",
]


@pytest.mark.parametrize("text", RIVAL_UNREAD)
def test_an_old_value_of_things_is_no_toll(text: str) -> None:
    assert [c for c in en_counts(text) if c[0] == 11] == []


# --- 4. a member after "two women and" in a list of the dead ------------------------------

LIST_MEMBERS = [
    ("15 people died, among them two women and a police corporal.", (2, "killed")),
    ("Eleven people were killed, among them three children and an army corporal.",
     (3, "killed")),
    ("At least 20 people died, among them four traders and a corporal.", (4, "killed")),
    ("Nine soldiers were killed, among them two lieutenants and a brigadier.", (2, "killed")),
    ("Seven people were wounded, among them two nurses and a rifleman.", (2, "wounded")),
    ("Thirteen people died, among them five pupils and a retired police corporal.",
     (5, "killed")),
]


@pytest.mark.parametrize(("text", "first"), LIST_MEMBERS)
def test_a_ranked_member_after_and_is_counted(text: str, first: tuple) -> None:
    counts = en_counts(text)
    assert first in counts
    assert (1, first[1]) in counts


def test_a_ranked_victim_alone_is_counted() -> None:
    assert (1, "killed") in en_counts("Gunmen killed a police corporal and two civilians.")


def test_a_rank_word_of_things_stays_unread() -> None:
    assert en_counts("Floods cut a major road and two bridges near the town.") == []


# --- 5. the people's own verb after a relative clause that holds a count ------------------

RELATIVE_WITH_COUNT = [
    ("Five men who kidnapped 14 pupils last year were arrested on Tuesday.",
     [(5, "arrested"), (14, "captured")]),
    ("Three leaders of a traders' union that has opposed the tax for years were kidnapped.",
     [(3, "captured")]),
    ("Two members of a gang that killed 25 herders in June were captured by troops.",
     [(2, "captured"), (25, "killed")]),
    ("Four gunmen who abducted 18 travellers last month were arrested in a raid.",
     [(4, "arrested"), (18, "captured")]),
    ("Six fighters of a group that kidnapped 30 farmers were arrested by the army.",
     [(6, "arrested"), (30, "captured")]),
    ("Two suspects who shot 3 guards in March were detained on Friday.",
     [(2, "arrested")]),
    ("Seven guards who watched 40 prisoners were killed in the attack.", [(7, "killed")]),
]


@pytest.mark.parametrize(("text", "want"), RELATIVE_WITH_COUNT)
def test_the_peoples_verb_after_a_relative_with_a_count(text: str, want: list) -> None:
    counts = en_counts(text)
    for figure in want:
        assert figure in counts


def test_the_count_inside_the_clause_keeps_its_own_verb() -> None:
    counts = en_counts("Two militiamen who killed 30 villagers in May were captured.")
    assert (30, "killed") in counts
    assert (30, "captured") not in counts
    assert (40, "killed") not in en_counts(
        "Seven guards who watched 40 prisoners were killed in the attack.")


RELATIVE_UNREAD = [
    # a verb of saying or knowing: the count is the subject of the verb after it
    ("A police chief who said 12 people had been detained was sacked.", 1),
    ("A doctor who feared 12 people were killed spoke to reporters.", 1),
    # "that" opening a report, not a relative clause
    ("Police told two reporters that 12 people were arrested.", 2),
]


@pytest.mark.parametrize(("text", "count"), RELATIVE_UNREAD)
def test_a_clause_with_a_subject_of_its_own_keeps_it(text: str, count: int) -> None:
    assert [c for c in en_counts(text) if c[0] == count] == []


def test_a_passive_relative_of_the_people_reads_as_before() -> None:
    counts = en_counts("Two men who were wounded in the attack were arrested.")
    assert (2, "wounded") in counts
    assert (2, "arrested") not in counts
