"""Casualty leftovers of the twenty-third session (issue 11): what befell a person before the
death, told in one clause with it ("was trapped inside his cab and died", "were pinned under
the rock and later died"), reads as the death; a biography's "was born ... and died" and a
death told of someone else after a comma stay as they were.

Every sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import en_counts

BEFELL_THEN_DIED = [
    "One driver, Tomas Verekai, 46, was trapped inside his cab and died at the scene.",
    "One driver was trapped inside his burning cab and died before help came.",
    "Two miners were pinned under a fallen slab and later died.",
    "A guard was rushed to the district hospital and died hours later.",
    "Three labourers had been buried by the collapse and died before they could be reached.",
]


@pytest.mark.parametrize("text", BEFELL_THEN_DIED)
def test_what_befell_before_the_death_reads_as_the_death(text: str) -> None:
    got = en_counts("Mine attack\n" + text)
    assert got and all(o == "killed" for _, o in got), got


def test_the_count_is_the_subjects() -> None:
    assert en_counts("Mine attack\nTwo miners were pinned under a fallen slab and later died."
                     ) == [(2, "killed")]


@pytest.mark.parametrize("text", [
    "A poet was born in Tarsville in 1931 and died in exile.",
    "A dog was trapped in the shed and died.",
    "The old pit was abandoned in 1990 and died as a town with it.",
])
def test_no_person_or_a_biography_stays_unread(text: str) -> None:
    assert en_counts("Obituary\n" + text) == []
