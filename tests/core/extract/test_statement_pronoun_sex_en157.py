"""Round en157: a "he" or "she" speaker goes to the nearest person the text has not made of
the other sex (a kin noun or a title before the name, a noun of one sex in apposition after
it, a possessive in the person's own clause), and to "One of the <group>, a <description>,"
that opens the sentence before."""

from __future__ import annotations

import pytest

from workbench.core.extract.statement_text_sex import text_sex
from workbench.core.extract.statements import find_statements


def _speakers(text: str) -> list[object]:
    return [s["speaker"] for s in find_statements(text)]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Every week, Amina Yusuf walks to the camp gate. Her son, Corporal Daud Musa, was at"
     " the base when it fell.\n\n\"They tell me to wait,\" she says.", "Amina Yusuf"),
    ("Every morning Halima Saed climbs the path with a photograph of her son. His brother,"
     " Yusuf Ali, was taken in March.\n\n\"I keep the door open,\" she says.", "Halima Saed"),
    ("Grace Otieno runs the clinic. Her husband, Peter Otieno, was killed in 2019.\n\n"
     "\"I do this for him,\" she says.", "Grace Otieno"),
    ("Tomas Ruiz drives the ambulance. His wife, Elena Ruiz, works at the clinic.\n\n"
     "\"We rarely see each other,\" he says.", "Tomas Ruiz"),
    ("Ruth Adeyemi, a mother of three, sells bread at the market. Sergeant Ibrahim Kolo, a"
     " father of two, guards the gate.\n\n\"We are all tired,\" she says.", "Ruth Adeyemi"),
    ("Maria Lenz said her daughter was missing. Colonel Piotr Walas said his unit had"
     " searched the river.\n\n\"Nobody came,\" she said.", "Maria Lenz"),
])
def test_pronoun_skips_a_person_of_the_other_sex(text: str, speaker: str) -> None:
    assert _speakers(text)[-1] == speaker


@pytest.mark.parametrize(("text", "speaker"), [
    # the text never tells the corporal's sex: the nearest subject, as before
    ("Amina Yusuf walks to the gate. Corporal Daud Musa was at the base.\n\n\"They tell me"
     " to wait,\" she says.", "Corporal Daud Musa"),
    # the nearest person agrees: it keeps the quote
    ("Corporal Daud Musa was at the base. His mother, Amina Yusuf, walks to the gate.\n\n"
     "\"They tell me to wait,\" she says.", "Amina Yusuf"),
])
def test_unknown_or_agreeing_person_keeps_todays_reading(text: str, speaker: str) -> None:
    assert _speakers(text)[-1] == speaker


@pytest.mark.parametrize(("text", "speaker"), [
    ("Judge Helen Marsh opened the hearing on Monday.\n\nOne of the wounded, a corporal who"
     " lost his hand, gave evidence by video. \"I heard the engine first,\" he told the"
     " court.", "One of the wounded, a corporal"),
    ("Judge Helen Marsh opened the hearing on Monday.\n\nOne of the survivors, a 40-year-old"
     " driver, gave evidence by video. \"I heard the engine first,\" he told the court.",
     "One of the survivors, a 40-year-old driver"),
])
def test_pronoun_takes_the_one_described_of_a_group(text: str, speaker: str) -> None:
    assert _speakers(text)[-1] == speaker


@pytest.mark.parametrize("text", [
    # a group of things, described as a thing: no person
    "Judge Helen Marsh opened the hearing on Monday.\n\nOne of the villages, a cluster of"
    " huts, was burned down. \"I heard the engine first,\" he told the court.",
    # no description in commas: as before
    "Judge Helen Marsh opened the hearing on Monday.\n\nOne of the survivors gave evidence"
    " by video. \"I heard the engine first,\" he told the court.",
])
def test_one_of_without_a_described_person_stays(text: str) -> None:
    assert _speakers(text)[-1] == "Judge Helen Marsh"


@pytest.mark.parametrize(("text", "name", "sex"), [
    ("Her son, Corporal Daud Musa, was at the base.", "Corporal Daud Musa", "he"),
    ("Her son, Corporal Daud Musa, was at the base.", "Daud Musa", "he"),
    ("His wife Elena Ruiz works at the clinic.", "Elena Ruiz", "she"),
    ("Mrs Ada Obi came.", "Ada Obi", "she"),
    ("Ruth Adeyemi, a 52-year-old woman, sells bread.", "Ruth Adeyemi", "she"),
    ("Musa's widow, Amina Musa, sells bread.", "Amina Musa", "she"),
    ("Colonel Piotr Walas said his unit had searched the river.", "Colonel Piotr Walas", "he"),
    # what does not tell
    ("Speaking to her son, Anna Bruni said no.", "Anna Bruni", None),
    ("Ivan Petrov told the woman her house was gone.", "Ivan Petrov", None),
    ("Peter Andaya said she had been travelling to collect her pay.", "Peter Andaya", None),
    ("Judge Ana Sac said the evidence showed that patrol members under his command shot"
     " them.", "Judge Ana Sac", None),
    ("Ivan Petrov saw her in the market.", "Ivan Petrov", None),
    # a list is no apposition, and its "her" no clause of the person's own
    ("Amina Yusuf, her son, and two neighbours fled.", "Amina Yusuf", None),
    ("Ali Musa, her son, and two neighbours fled.", "Ali Musa", None),
    ("Ali Musa and her son fled.", "Ali Musa", None),
    # (the text tells both: neither)
    ("His wife, Sam Lee, came. Sam Lee, a father of two, left.", "Sam Lee", None),
])
def test_text_sex(text: str, name: str, sex: str | None) -> None:
    assert text_sex(text, name, len(text)) == sex
