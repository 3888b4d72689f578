"""English round 181 (issue 11): a headline's family counted by its size with no article, a
key-figure line whose label names a place, parts told after "Most of the dead were ...",
and bodies buried or handed over after a toll (the same dead). The probe sentences are our
own, written in the style of news."""

from __future__ import annotations

import pytest

from workbench.core.extract import extract


def _en(text: str) -> list[tuple[int | None, str, str]]:
    found = extract(text, None, language="en")["casualties"]
    return [(c["count_low"], c["outcome"], text[c["start"]:c["end"]]) for c in found]


def _pairs(text: str) -> list[tuple[int | None, str]]:
    return [(c, o) for c, o, _ in _en(text)]


# --- a family with no article in a headline ----------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Drone strike on farmhouse kills family of five\n\nA drone hit the farmhouse near the "
     "village on Sunday, residents said.", [(5, "killed")]),
    ("Shelling kills household of seven in border town\n\nShells fell on the town overnight.",
     [(7, "killed")]),
    ("Gunmen kill family of three in night attack\n\nThe attack came late on Friday.",
     [(3, "killed")]),
    ("Militia abducts family of six near river crossing\n\nThe men were taken at dawn.",
     [(6, "captured")]),
])
def test_a_family_without_its_article_is_counted_by_its_size(
        text: str, expected: list[tuple[int, str]]) -> None:
    assert _pairs(text) == expected


def test_the_family_keeps_its_group() -> None:
    found = extract("Air raid kills family of four\n\nThe raid hit at dawn.", None,
                    language="en")["casualties"]
    assert [(c["count_low"], c["group"]) for c in found] == [(4, "family")]


@pytest.mark.parametrize("text", [
    "The family of six victims has asked for an inquiry into the shooting.",
    "Police spoke to the family of the victim on Monday.",
    "The court heard from the family of five witnesses.",
])
def test_a_family_that_is_no_size_stays_unread(text: str) -> None:
    assert _en(text) == []


# --- key-figure lines whose label names a place ------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Key figures\n- People killed: 14\n- People displaced to Kessa town: about 6,500",
     [(14, "killed"), (6500, "displaced")]),
    ("Key figures\n- Civilians wounded in Kessa district: 31\n- Families displaced from three "
     "villages: 400", [(31, "wounded"), (400, "displaced")]),
    ("Situation at a glance\n- People killed in Maro county: 9\n- People injured: 23",
     [(9, "killed"), (23, "wounded")]),
    ("Latest figures\n• Residents displaced across the northern valley: 2,300",
     [(2300, "displaced")]),
])
def test_a_labelled_line_with_a_place_reads(text: str, expected: list[tuple[int, str]]) -> None:
    assert _pairs(text) == expected


def test_the_labelled_line_keeps_its_qualifier() -> None:
    found = extract("Key figures\n- People displaced to Kessa town: about 6,500", None,
                    language="en")["casualties"]
    assert [(c["count_low"], c["qualifier"]) for c in found] == [(6500, "about")]


@pytest.mark.parametrize("text", [
    "Key figures\n- People displaced to Kessa town:\n- Schools closed: 12",
    "Key figures\n- Schools damaged in Kessa district: 12",
    "Key figures\n- People displaced to Kessa town: 6,500 according to the camp committee",
])
def test_a_label_with_no_count_of_people_stays_unread(text: str) -> None:
    assert _en(text) == []


# --- parts after "Most of the dead were ..." ---------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("An air strike on a market killed 22 civilians, officials said. The strike came at "
     "midday.\n\nMost of the dead were traders and farmers; six were women and two were "
     "children.", [(22, "killed"), (6, "killed"), (2, "killed")]),
    ("Gunmen killed 15 villagers on Saturday. Residents fled into the hills.\n\nMost of the "
     "victims were herders, and four were children.", [(15, "killed"), (4, "killed")]),
    ("The storm hit the coast on Monday. Most of the wounded were fishermen; three were "
     "children.", [(3, "wounded")]),
])
def test_a_part_after_a_share_of_the_dead_takes_its_outcome(
        text: str, expected: list[tuple[int, str]]) -> None:
    assert _pairs(text) == expected


def test_the_first_part_keeps_its_noun_in_its_span() -> None:
    found = _en("The strike killed 22 civilians. Most of the dead were traders; six were women.")
    assert found[-1] == (6, "killed", "six were women")


@pytest.mark.parametrize("text", [
    "At least 30 people died when the bridge collapsed. Rescuers worked through the night."
    "\n\nMost of the dead were identified by relatives on Monday.",
    "Most of the dead were men; six were over sixty.",
])
def test_a_share_with_no_part_of_people_adds_nothing(text: str) -> None:
    assert [c for c, o, _ in _en(text) if c != 30] == []


# --- a part of a part in a state of care: kept, as the older sets read it ----------------------

def test_a_part_of_a_part_in_a_state_of_care_reads_as_before() -> None:
    # the older gold counts "one of them in intensive care" after "Two of the wounded remain
    # at ..." (en-60), so a part of a part told by its state keeps its reading
    found = _pairs("Nine people were injured in the attack. Two of the injured are in "
                   "hospital, one of them in critical condition.")
    assert found == [(9, "wounded"), (2, "wounded"), (1, "wounded")]


# --- bodies buried after a toll ----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The shelling killed 17 people. Several bodies were buried before relatives could "
    "identify them.",
    "The shelling killed 17 people. Several bodies were identified by relatives on Tuesday.",
    "Militants killed 11 soldiers. Some bodies have been handed over to their families.",
    "Troops killed dozens of fighters. Many bodies were later returned to the villages.",
])
def test_bodies_of_the_dead_told_again_are_no_new_toll(text: str) -> None:
    assert [o for _, o, g in _en(text) if "bodies" in g] == []


@pytest.mark.parametrize("text, expected", [
    ("Rescuers searched the rubble. Several bodies were found under the collapsed wall.",
     [(3, "killed")]),
    ("Several bodies were buried in the yard, residents said.", [(3, "killed")]),
    ("The rights office received reports of 61 bodies buried in a mass grave.",
     [(61, "killed")]),
])
def test_bodies_found_or_buried_with_no_toll_before_keep_their_reading(
        text: str, expected: list[tuple[int, str]]) -> None:
    assert _pairs(text) == expected
