"""Faults found in the review of English rounds 130 and 133 and Arabic round 108."""

from __future__ import annotations

import pytest

from tests.timing import cpu_seconds
from workbench.core.extract.casualties import find_casualties


def _seconds(text: str) -> float:
    # CPU time, not the wall clock: a loaded machine (two test workers beside other work)
    # once stretched this call past the bound with the code unchanged
    return cpu_seconds(lambda: find_casualties(text))[0]


@pytest.mark.parametrize("unit", [
    # each release looked back over the whole text for a capture or an arrest
    "Five of the guards were freed. ",
    # a page of one line: each release read its sentence to both ends of the text
    "the road was freed from mud, 2 of the men were released, ",
])
def test_many_releases_read_in_linear_time(unit: str) -> None:
    text = (unit * (64_000 // len(unit) + 1))[:64_000]
    assert _seconds(text) < 2.5


def test_release_still_takes_the_capture_told_before() -> None:
    text = ("Gunmen kidnapped a group of farmers on Monday. A week later, 12 farmers were "
            "released.")
    got = [(f["outcome"], f["count_low"]) for f in find_casualties(text)]
    assert ("captured", 12) in got


@pytest.mark.parametrize("text", [
    "Twenty passengers were released from quarantine after testing negative.",
    "The fund freed 9 families from debt.",
])
def test_release_from_a_rule_or_a_burden_is_no_captivity(text: str) -> None:
    assert find_casualties(text) == []


@pytest.mark.parametrize("text", [
    "Two of were released week later.",
    "The agency says 76 of freed have now registered.",
])
def test_part_of_nobody_released_does_not_stop_the_reader(text: str) -> None:
    find_casualties(text)  # "of" with no noun after it ended the people's words


@pytest.mark.parametrize("text", [
    "Dozenſ were freed",
    "Gunmen raided the camp and left with dozenſ taken.",
])
def test_vague_count_with_a_letter_that_lowers_to_no_key_is_no_keyerror(text: str) -> None:
    # the case-blind count pattern matches "ſ" as "s"; its lowered words are no key
    find_casualties(text)
