"""What the suggestion engines read, as the review tests compare it and time it."""

from __future__ import annotations

from tests.timing import growth
from workbench.core.extract import extract


def engine_growth(unit: str, lang: str, sizes: tuple[int, ...]) -> list[float]:
    """How the CPU time of the engines grows from one size of a repeated ``unit`` to the
    next."""
    return growth(lambda t: extract(t, None, lang), unit, sizes)


def casualty_outcomes(text: str, lang: str) -> list[tuple[str, str]]:
    """Each casualty suggestion's words and outcome, in the order the engine gives them."""
    return [(str(c["text"]), str(c["outcome"]))
            for c in extract(text, None, lang)["casualties"]]
