"""An age set off by commas after a word of time ("now", "both", "all") is no count.

"Jamie, now 17, was stabbed" gave wounded 17 (en-55 024 at the hundred-and-third round's
merge); "Ahmed, now 30, was arrested" gave arrested 30 before any round of this session.
"""

from __future__ import annotations

import pytest

from workbench.core.extract import extract


def _counts(text: str) -> list[tuple[str, int | None]]:
    return [(c["outcome"], c["count_low"]) for c in extract(text, "2025-03-01")["casualties"]]


@pytest.mark.parametrize("text", [
    "One of the first members, Jamie, now 17, was stabbed twice in the leg outside a shop.",
    "Sara, now 17, was injured in the blast at the market.",
    "Ahmed, now 30, was arrested on Monday at his home.",
    "The brothers, all 19, were arrested at a checkpoint.",
    "Her cousin, then 15, was wounded in the shelling of the school.",
    # an age given by a relative clause (en-59 022 at its first measurement)
    "Her son, who is 17, was arrested and later released without charge.",
    "The driver, who was 45, was killed in the blast at the checkpoint.",
])
def test_an_age_after_a_word_of_time_is_no_count(text: str) -> None:
    assert not any(n is not None and n >= 15 for _, n in _counts(text)), _counts(text)


@pytest.mark.parametrize(("text", "expected"), [
    # a count with no person and comma before it is still a count
    ("Police said 17 were injured in the clashes.", ("wounded", 17)),
    ("The toll, now 17, is expected to rise after the attack killed 17 people.", ("killed", 17)),
])
def test_counts_that_look_alike_stay(text: str, expected: tuple[str, int]) -> None:
    assert expected in _counts(text)
