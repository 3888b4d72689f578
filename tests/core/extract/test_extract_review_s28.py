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


def _read(text: str, lang: str) -> list[tuple[str, str]]:
    return [(str(c["text"]), str(c["outcome"]))
            for c in extract(text, None, lang)["casualties"]]


def test_many_arabic_households_and_bodies_stay_linear() -> None:
    # each figure the crossing and fronted readers found was checked against every figure
    # of the text (eight times the text took about twenty-five times as long)
    for unit in ("11 عائلة تضم 63 فردا اضطرت إلى الرحيل ", "جثث الصيادين الأربعة. "):
        assert _growth(unit, "ar", (4_000, 32_000))[0] < 14, unit


def test_arabic_households_and_fronted_people_still_read() -> None:
    found = _read("وأدى القصف إلى تشريد 9 عائلات تضم 51 فردا.", "ar")
    assert ("51 فردا", "displaced") in found
    found = _read("وقالت الشرطة إن فلاحا في الخمسين من عمره قتل في الهجوم.", "ar")
    assert "killed" in [o for _, o in found]
    found = _read("11 عائلة تضم 63 فردا اضطرت إلى الرحيل.", "ar")
    assert [o for _, o in found].count("displaced") == 2
