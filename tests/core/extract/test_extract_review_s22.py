"""What the review of English round 136 found."""

from __future__ import annotations

from itertools import pairwise

from tests.timing import cpu_seconds
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
