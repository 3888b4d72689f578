"""Verbs of harm said of things as often as of people ("burned", "slashed") count people
only, and a person suffix that names things as often ("granaries", "tents") is no person
for them. Found on a fresh blind set at its first measure after the vocabulary round
(en117): "Some 40 huts and two granaries were burned" gave two wounded figures."""

from __future__ import annotations

import pytest

from tests.extract_probes import short_figures as _figures


@pytest.mark.parametrize("text", [
    "Some 40 huts and two granaries were burned, the district officer said.",
    "Two granaries were burned.",
    "Militants burned 40 tents at the camp.",
    "Four bakeries were burned during the riot.",
    "Three apartments were burnt in the fire.",
])
def test_things_burned_are_no_figure(text: str) -> None:
    assert _figures(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Three patients were burned when the ward caught fire.",
     [("Three patients were burned", "wounded", 3)]),
    ("Two residents were burned.", [("Two residents were burned", "wounded", 2)]),
    ("The blast scalded three migrants.", [("scalded three migrants", "wounded", 3)]),
    ("Nine villagers were burned.", [("Nine villagers were burned", "wounded", 9)]),
    ("Two tents and three people were burned.",
     [("three people were burned", "wounded", 3)]),
])
def test_people_burned_are_the_wounded(text: str, expected: list[tuple[str, str, int]]) -> None:
    assert _figures(text) == expected


def test_more_of_the_people_counted_share_the_harm() -> None:
    assert [f[1:] for f in _figures("12 men and 8 more were burned in the blast.")] == [
        ("wounded", 12), ("wounded", 8)]
