"""The speaker's own name (round en139, round ar111): a description followed by the name in
commas gives the name, a later "he said" goes on with the last speaker past a person
named inside that speaker's words, and a person the writer's side met and described is
who the next quote's pronoun stands for. Look-alikes keep their reading."""

from __future__ import annotations

import pytest

from workbench.core.extract import extract


def _speakers(text: str) -> list[str | None]:
    return [s.get("speaker") for s in extract(text)["statements"]]


@pytest.mark.parametrize(("text", "name"), [
    ('"The water came up to the roof," said the village\'s headman, Okello Ojok, pointing.',
     "Okello Ojok"),
    ('"They took everything from the shop," said his wife, Rehema Said, outside the court.',
     "Rehema Said"),
    ('"Nobody has paid us since March," says the union\'s secretary, Marta Lindqvist.',
     "Marta Lindqvist"),
    ('"It is not safe yet," said the agency\'s director, Pieter van der Berg, during a briefing.',
     "Pieter van der Berg"),
])
def test_name_after_a_description_after_the_verb(text: str, name: str) -> None:
    assert _speakers(text) == [name]


def test_name_after_a_title_with_the_and_a_later_she() -> None:
    text = ('The council\'s mediator, the Reverend Ana Ruiz, admitted that the truce was '
            'fragile. "We will keep coming back," she said.')
    assert _speakers(text) == ["Reverend Ana Ruiz", "Reverend Ana Ruiz"]


def test_a_trade_before_the_name_keeps_the_entry() -> None:
    text = "The report's author, attorney Nadia Rahman, said the police had ignored the families."
    assert _speakers(text) == ["Nadia Rahman"]


def test_an_earlier_description_with_a_name_does_not_name_a_later_one() -> None:
    text = ("The complainant, Mrs Ada Velt, 54, of Velna, complained on 3 March. The "
            "complainant stated that her son was detained on 5 January.")
    assert "The complainant" in _speakers(text)


def test_person_named_inside_the_words_is_no_speaker() -> None:
    text = ("General Karim Abbas told reporters the army had cleared the area. He blamed the "
            "unrest on the death of a student, Ali Saleh, who was hit by a truck, he said. "
            "Troops seized three rifles, he said.")
    assert _speakers(text) == ["General Karim Abbas"] * 3


def test_person_met_and_described_speaks_next() -> None:
    text = ('A nurse said the ward was full.\n\nOur correspondent talked to Miora, a mother '
            'of three. "We slept in the church," she said.')
    assert _speakers(text)[-1] == "Miora"


@pytest.mark.parametrize(("text", "speaker"), [
    ("A police spokesman said the two men had been detained.", "A police spokesman"),
    ("Amos Kiprono, the police chief, said his men had fired no live rounds.", "Amos Kiprono"),
    ('"We lost everything," said the mother of the victim, Ali Saleh, at the house.',
     "the mother of the victim"),
    ("According to the governor, Ivan Petrov, 34, was arrested.", "the governor"),
])
def test_look_alikes_keep_their_reading(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize(("text", "speaker"), [
    ("وبحسب رئيس المجلس المحلي، فارس النعيمي، فإن القصف استهدف السوق.",
     "رئيس المجلس المحلي، فارس النعيمي"),
    ("ووفقا لقائد الشرطة، العميد جاسم الكعبي، فإن المسلحين فروا.",
     "قائد الشرطة، العميد جاسم الكعبي"),
    ("وقال قائد الفصيل الذي يسيطر على المعبر، عمر الحسن، إن المقاتلين انسحبوا.", "عمر الحسن"),
    ("وبحسب المتحدث باسم الوزارة، في بيان، فإن الوزير سيزور المنطقة.", "المتحدث باسم الوزارة"),
    ("وبحسب رئيس المجلس المحلي، أمس الاثنين، فإن القصف استهدف السوق.", "رئيس المجلس المحلي"),
])
def test_arabic_title_then_name(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]
