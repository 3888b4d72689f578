"""What the review of English round 136 found."""

from __future__ import annotations

from itertools import pairwise

import pytest

from tests.timing import cpu_seconds
from workbench.core.extract import extract
from workbench.core.extract.casualty_told_again import told_again_edits


def _growth(unit: str, sizes: tuple[int, ...]) -> list[float]:
    """How the CPU time of round en136's rewriting grows from one size of a repeated
    ``unit`` to the next."""
    times = []
    for size in sizes:
        text = (unit * (size // len(unit) + 1))[:size]
        low = text.lower()
        times.append(max(cpu_seconds(lambda t=text, lo=low: told_again_edits(t, lo))[0], 1e-4))
    return [b / a for a, b in pairwise(times)]


def test_never_found_with_no_taking_grows_with_the_text() -> None:
    # each "never found" searched the whole text before it for a taking
    assert all(step < 6.5 for step in _growth("Two have never been found. ",
                                              (4_000, 16_000, 64_000)))


def test_never_found_after_a_taking_is_still_read() -> None:
    text = "Gunmen kidnapped 12 men. Two have never been found."
    assert (29, 50, "are missing") in told_again_edits(text, text.lower())
    text = "Two have never been found. Gunmen kidnapped 12 men."
    assert not told_again_edits(text, text.lower())


def _casualties(text: str) -> list[tuple[str, object]]:
    return [(c["text"], c["outcome"]) for c in extract(text, "2024-01-01", "en")["casualties"]]


@pytest.mark.parametrize("later", [
    # "have never seen" with no "been" is the people's own seeing, not their being missing
    "The 300 residents of the village had never seen such an attack.",
    "Many of the 40 villagers have never seen a soldier.",
    "The 12 teachers have never located the school's records.",
])
def test_people_who_never_saw_are_not_missing(later: str) -> None:
    text = "Gunmen kidnapped 30 passengers from a bus on Monday. " + later
    assert _casualties(text) == [("kidnapped 30 passengers", "captured")]


def test_people_never_found_after_a_taking_stay_missing() -> None:
    text = ("Gunmen kidnapped 30 passengers from a bus on Monday. Two of them have never been "
            "found, and four were never seen again.")
    assert ("Two of them have never been found", "missing") in _casualties(text)
    assert ("four were never seen", "missing") in _casualties(text)


@pytest.mark.parametrize("later", [
    # "went to" with no packing before it is any errand, even in a story of violence
    "Some 200 villagers went to the polling station on Sunday.",
    "Hundreds of residents went to the scene.",
    "About 400 people went to the stadium to watch the match.",
    "About 90 families went to the district office to register for aid.",
    # a leaving for a place with a purpose of an ordinary day is no flight
    "About 300 residents left for the capital to attend the inauguration.",
    # a leaving for home is a return
    "Around 100 people left for home after the match.",
])
def test_an_errand_after_violence_is_no_flight(later: str) -> None:
    text = "Gunmen attacked a market in Kado on Monday, killing 12 people. " + later
    assert _casualties(text) == [("killing 12 people", "killed")]


def test_packing_up_and_going_after_violence_is_still_a_flight() -> None:
    text = ("Gunmen attacked a market in Kado on Monday, killing 12 people. Some 90 households "
            "packed up and went to the district town.")
    assert [o for _, o in _casualties(text)] == ["killed", "displaced"]


@pytest.mark.parametrize("later", [
    # the police as holders make detainees only of people
    "Police are holding 12 meetings with elders this week.",
    "Police are holding 300 tickets for the fans.",
])
def test_the_police_holding_things_hold_no_detainees(later: str) -> None:
    text = "Gunmen attacked a market in Kado on Monday, killing 12 people. " + later
    assert _casualties(text) == [("killing 12 people", "killed")]
