"""A person's sex told by a trade noun ending in -man or -woman ("one of nine crewmen", "a
fisherwoman"): a later "she" of a feature then passes over him (seen on a fresh set; probes
our own)."""

import pytest

from workbench.core.extract import extract


def _speakers(text: str) -> list[str | None]:
    return [s["speaker"] for s in extract(text, "2026-01-01", "en")["statements"]]


@pytest.mark.parametrize("noun", ["crewmen", "gunmen", "tribesmen", "seamen", "herdsmen"])
def test_she_passes_over_a_man_told_by_his_trade(noun: str) -> None:
    text = ("Farida Noor keeps her brother's letters in a tin. She has shown them to two "
            f"lawyers.\n\nKarim, 38, was one of nine {noun} on the road when the patrol "
            "fired, she says. \"He never carried a gun,\" she says.")
    assert _speakers(text) == ["Farida Noor", "Farida Noor"]


def test_he_passes_over_a_woman_told_by_her_trade() -> None:
    text = ("Musa Bello mends nets on the beach. He has done so for thirty years.\n\n"
            "Aisha, 40, is a fisherwoman from the next village, he says. \"She lost her boat "
            "in March,\" he says.")
    assert _speakers(text) == ["Musa Bello", "Musa Bello"]
