"""What the review of Arabic rounds 119 and 120 and English round 153 found."""

from __future__ import annotations

from tests.timing import growth
from workbench.core.extract import extract


def _growth(unit: str, lang: str, sizes: tuple[int, ...]) -> list[float]:
    """How the CPU time of the engines grows from one size of a repeated ``unit`` to the
    next."""
    return growth(lambda t: extract(t, None, lang), unit, sizes)


def _speakers(text: str) -> list[str]:
    return [str(s["speaker"]) for s in extract(text, None, "en")["statements"]]


def test_many_quoted_pronouns_stay_linear() -> None:
    # each "she says" after a quote looked through every statement before it and cut the
    # text from each to the pronoun (four times the text took forty times as long)
    for unit in ('"It was hard," she says. ', 'Mary Okoro\'s "We left," she said. '):
        assert _growth(unit, "en", (2_000, 8_000))[0] < 10, unit


def test_kin_in_a_quote_still_tells_the_pronoun() -> None:
    text = ('A reader, Teva Moana, writes: "My uncle\'s shop was burnt. He says the '
            'gendarmes watched."')
    assert "My uncle" in _speakers(text)
