"""What the review of Arabic rounds 119 and 120 and English round 153 found."""

from __future__ import annotations

from tests.engine_reads import casualty_outcomes as _read
from tests.engine_reads import engine_growth as _growth
from workbench.core.extract import extract


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


def test_fronted_head_with_an_object_after_its_verb_is_no_victim() -> None:
    # "قتل خصمه": the colonel did the killing (read as one killed)
    assert _read("إن عقيدا متقاعدا في الجيش قتل خصمه في مباراة الشطرنج.", "ar") == []
    found = _read("وقالت الشرطة إن فلاحا في الخمسين من عمره قتل خلالها.", "ar")
    assert "killed" in [o for _, o in found]


def test_crossing_pushed_by_no_violence_is_no_flight() -> None:
    # prices push shoppers across (read as 200 displaced)
    assert _read("تدفع الأسعار المئات إلى عبور الحدود يوميا للتسوق.", "ar") == []
    found = _read("تدفع المعارك المئات إلى عبور الحدود نحو تركيا.", "ar")
    assert [o for _, o in found] == ["displaced"]


def test_a_victim_named_as_is_not_the_speaker() -> None:
    # the victim's name took the quote of the woman who spoke
    text = 'Police named the victim as John Kamau, 34. "He was a kind man," she said.'
    assert "John Kamau" not in _speakers(text)
    text = 'Maria Lopez runs a bakery in the old town. "Business is slow," she says.'
    assert _speakers(text) == ["Maria Lopez"]


def test_a_quote_about_a_he_is_not_his_when_she_speaks() -> None:
    # the man the witness saw fall took her quote
    text = 'Witnesses saw Paul Mwangi fall. "He did not move," she said.'
    assert "Paul Mwangi" not in _speakers(text)
