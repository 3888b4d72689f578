"""The count test shared by the readers that name a part of a whole by its own count
(numbers.written_count): words that are wholly a count with no article give its reading."""

from __future__ import annotations

import pytest

from workbench.core.extract.numbers import written_count


@pytest.mark.parametrize(("words", "expected"), [
    ("three", (3, None, "exact")),
    ("12", (12, None, "exact")),
    ("at least 12", (12, None, "at_least")),
    ("dozens", (24, None, "vague")),
])
def test_a_count_alone_reads(words: str, expected: tuple[int, int | None, str]) -> None:
    assert written_count(words) == expected


@pytest.mark.parametrize("words", ["a", "an", "three men", "the", ""])
def test_an_article_or_more_than_a_count_reads_nothing(words: str) -> None:
    assert written_count(words) is None
