"""Round en217: people held and freed in exchanges, and parts of a group (issue 11).

Probes of my own writing, with invented people and places: a part of an exchanged whole, a
part of the freed, held people a freed participle names, people gone after a time, a hurt
group beside a held one, the jailed released in a deal, freed people with an arrest
participle after them, and a possessive's apposition; near-misses that must stay unread.
"""

from __future__ import annotations

import pytest

from workbench.core.extract import extract


def _read(text: str) -> list[tuple[str, int, str]]:
    return [(str(f["outcome"]), int(str(f["count_low"])), str(f["text"]))
            for f in extract(text, language="en")["casualties"]]


def _has(text: str, outcome: str, count: int, words: str) -> bool:
    return any(o == outcome and c == count and words in t for o, c, t in _read(text))


# ------------------------------------------------------------ a part of an exchanged whole
@pytest.mark.parametrize(("text", "part", "whole"), [
    ("The prisoner exchange between the two sides entered its second day on Saturday. The"
     " ICRC said 300 of the 450 prisoners covered by the swap had crossed by Sunday evening.",
     300, 450),
    ("The largest exchange of prisoners in the war entered its third day. The Red Cross said"
     " 612 of the 887 prisoners had been flown home by noon.", 612, 887),
    ("The swap of captives went on for a second day. Officials said more than 70 of the 120"
     " prisoners of war were back on their own side by dusk.", 70, 120),
])
def test_part_of_an_exchanged_whole(text: str, part: int, whole: int) -> None:
    assert _has(text, "captured", part, f"{part} of the")
    assert _has(text, "captured", whole, "prisoners")


def test_part_with_its_own_harm_is_left_to_its_predicate() -> None:
    text = ("The prisoner exchange entered its second day. Two of the 40 prisoners died on the"
            " way, the ICRC said.")
    assert not _has(text, "captured", 2, "Two of the")


# ------------------------------------------------------------------ a part of the freed
@pytest.mark.parametrize(("text", "count", "words"), [
    ("Two of the freed men were taken to hospital in Sumy after the exchange.", 2,
     "Two of the freed men"),
    ("Moscow and Kyiv swapped 95 prisoners each on Tuesday. Three of the returned soldiers"
     " were flown to Kyiv.", 3, "Three of the returned soldiers"),
    ("The kidnappers let the hikers go on Friday. Four of the released Danish tourists"
     " flew home on Sunday, the embassy said.", 4, "Four of the released Danish tourists"),
])
def test_part_of_the_freed_in_a_story_of_captives(text: str, count: int, words: str) -> None:
    assert _has(text, "captured", count, words)


@pytest.mark.parametrize("text", [
    # a jail's amnesty: no story of captives
    "The president pardoned 500 inmates. Two of the freed men were re-arrested on Monday.",
    # "one of the freed" singles out a person
    "After the swap, one of the freed men spoke to reporters outside the hospital.",
])
def test_part_of_the_freed_near_misses(text: str) -> None:
    assert not any("of the freed" in t for _, _, t in _read(text))


# ------------------------------------------- held people named by a freed participle
@pytest.mark.parametrize(("text", "count", "words"), [
    ("The ICRC flew more than 300 released prisoners between the two cities on Sunday, the"
     " first stage of an exchange.", 300, "300 released prisoners"),
    ("Buses carried 140 freed prisoners across the line after the swap was agreed.", 140,
     "140 freed prisoners"),
    ("Some 40 freed hostages landed in Doha on Monday after the kidnappers let them go.", 40,
     "40 freed hostages"),
])
def test_freed_held_people_in_a_story_of_captives(text: str, count: int, words: str) -> None:
    assert _has(text, "captured", count, words)


def test_freed_prisoners_of_an_amnesty_stay_unread() -> None:
    assert _read("The amnesty saw more than 300 released prisoners leave the central jail on"
                 " Monday.") == []


# ------------------------------------------------------------- people gone after a time
@pytest.mark.parametrize(("text", "count", "words"), [
    ("Families of 80 people who disappeared after their arrest gathered outside the"
     " ministry.", 80, "80 people who disappeared"),
    ("Relatives of 30 men who vanished after their arrest in 2019 protested in the capital.",
     30, "30 men who vanished"),
    ("The group lists 12 students who had disappeared following the raid on the campus.", 12,
     "12 students who had disappeared"),
])
def test_people_gone_after_a_time_are_missing(text: str, count: int, words: str) -> None:
    assert _has(text, "missing", count, words)


def test_things_gone_after_a_time_stay_unread() -> None:
    assert _read("Investigators traced 40 files which disappeared after the fire at the"
                 " archive.") == []


# --------------------------------------------------- a hurt group beside a held one
@pytest.mark.parametrize(("text", "hurt", "held", "held_words"), [
    ("Russia and Ukraine each handed over 90 prisoners of war on Sunday in an exchange"
     " mediated by Turkey, the ministry said. Among the Ukrainians brought home were 14"
     " seriously wounded soldiers and three men who had been held since the fall of Bakhmut"
     " in 2023, it said.", 14, 3, "three men who had been held"),
    ("The exchange brought home 120 prisoners of war, among them nine seriously injured"
     " servicemen and two women held since the start of the war.", 9, 2, "two women held"),
    ("The rebels freed 20 captives on Friday, among them six injured fighters and four"
     " civilians held since May.", 6, 4, "four civilians held"),
])
def test_hurt_group_and_held_group_take_their_own_words(
        text: str, hurt: int, held: int, held_words: str) -> None:
    assert _has(text, "wounded", hurt, str(hurt) if hurt > 10 else "")
    assert _has(text, "captured", held, held_words)
    assert not _has(text, "wounded", held, "")
    assert not _has(text, "captured", hurt, "") and not _has(text, "arrested", hurt, "")


def test_hurt_group_with_no_holding_after_keeps_the_spread() -> None:
    # "and three civilians" tells no holding of its own: the shared word stays theirs
    text = "Among those brought home were 14 seriously wounded soldiers and three civilians."
    assert _has(text, "wounded", 14, "14") and _has(text, "wounded", 3, "three civilians")


def test_held_group_with_no_story_loses_the_spread_wound() -> None:
    text = ("Among those brought home were 14 seriously wounded soldiers and three men who had"
            " been held since 2022, officials said.")
    assert _has(text, "wounded", 14, "14")
    assert not _has(text, "wounded", 3, "three men")


# ------------------------------------------------- the jailed released in a deal
@pytest.mark.parametrize("text", [
    "Militants freed a journalist in exchange for the release of six jailed members of the"
    " group.",
    "The rebels released 12 soldiers in exchange for the release of 20 jailed fighters.",
    "The deal saw the release of 40 imprisoned members of the movement, the minister said.",
])
def test_jailed_released_in_a_deal_are_no_figure(text: str) -> None:
    assert not any("jailed" in t or "imprisoned" in t for _, _, t in _read(text))


def test_captives_of_the_same_deal_stay_read() -> None:
    text = "The rebels released 12 soldiers in exchange for the release of 20 jailed fighters."
    assert _has(text, "captured", 12, "12 soldiers")


# ------------------------------------ freed people with an arrest participle after them
@pytest.mark.parametrize(("text", "count"), [
    ("The gang released the nurses after police freed two gang members arrested in March, a"
     " doctor said. The nurses had been held hostage for nine days.", 2),
    ("The kidnappers freed three engineers after police freed four gang members arrested in"
     " June.", 4),
    ("The hostages were let go once the army freed five militiamen detained last year.", 5),
])
def test_freed_people_arrested_before_are_arrested(text: str, count: int) -> None:
    assert any(o == "arrested" and c == count for o, c, _ in _read(text))
    assert not any(o == "captured" and c == count for o, c, _ in _read(text))


def test_captives_the_other_side_held_stay_captured() -> None:
    text = "The kidnappers freed three engineers after police freed four gang members."
    assert _has(text, "captured", 3, "three engineers")


# ---------------------------------------------------------- a possessive's apposition
@pytest.mark.parametrize("text", [
    "Her son, a marine, was captured in Mariupol in 2022.",
    "His brother, a soldier, was killed in the town last year.",
    "My husband, a fisherman, was kidnapped by pirates in May.",
    "Outside the court stood a widow whose husband, a prison guard, died at the gate.",
])
def test_possessive_apposition_counts_nobody(text: str) -> None:
    assert _read(text) == []


@pytest.mark.parametrize(("text", "outcome", "words"), [
    ("A fisherman was kidnapped by pirates in May.", "captured", "A fisherman"),
    ("One man, a farmer, was killed in the raid.", "killed", "One man"),
    ("Rebels seized the town, a market hub, and kidnapped a priest.", "captured", "a priest"),
])
def test_articles_outside_a_possessive_apposition_stay_read(
        text: str, outcome: str, words: str) -> None:
    assert _has(text, outcome, 1, words)


# ------------------------------------------------------- a wound named by its body part
@pytest.mark.parametrize(("text", "count", "words"), [
    ("Two of the freed men were taken to hospital. One has a chest wound that was never"
     " treated in captivity.", 1, "One has a chest wound"),
    ("Doctors examined the freed hostages. Two had leg wounds and one had a broken arm.", 2,
     "Two had leg wounds"),
    ("Three of them have shoulder wounds, the hospital said.", 3, "shoulder wounds"),
])
def test_wound_named_by_its_body_part(text: str, count: int, words: str) -> None:
    assert _has(text, "wounded", count, words)


@pytest.mark.parametrize("text", [
    "The statue has a chest wound from the old war, the guide said.",  # no count
    "One has a leg injury from a football match.",  # no wound of arms
    "The old fort had one chest wound in its walls.",  # the count is no subject
])
def test_wound_named_by_its_body_part_near_misses(text: str) -> None:
    assert _read(text) == []


# --------------------------------------------------------- near-misses of the narrowing
def test_a_proportion_gives_no_part() -> None:
    assert not any(c == 4 for _, c, _ in _read("One in four of the 60 hostages was a child."))


def test_the_freed_peoples_own_people_are_no_part() -> None:
    assert not any(c == 2 for _, c, _ in _read(
        "After the swap, two of the freed hostages' relatives spoke to reporters."))


def test_a_states_verb_of_release_keeps_its_detainees() -> None:
    assert _has("Officials freed 14 jailed journalists on Monday.", "arrested", 14, "14")
