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
