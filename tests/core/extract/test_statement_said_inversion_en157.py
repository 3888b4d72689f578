"""Round en157: a body's possessive name of several words before the closing name of an
inverted "said", and a subject written right before "said" that is no inversion."""

from __future__ import annotations

import pytest

from workbench.core.extract.statements import find_statements


def _pairs(text: str) -> list[tuple[object, str]]:
    return [(s["speaker"], text[s["start"]:s["end"]]) for s in find_statements(text)]


@pytest.mark.parametrize("text", [
    '"We counted 40 bodies in the square," said Adolat Monitor\'s director, Farida Nurova.',
    "At least 40 bodies were found in the square, said Adolat Monitor's director, Farida"
    " Nurova.",
    '"We counted 40 bodies," said Human Rights Watch\'s Asia director, Farida Nurova.',
    '"We counted 40 bodies," said Adolat Monitor\'s director, Farida Nurova, on Monday.',
    "At least 40 bodies were found, according to Adolat Monitor's director, Farida Nurova.",
])
def test_name_after_a_bodys_possessive_title_speaks(text: str) -> None:
    assert [sp for sp, _ in _pairs(text)] == ["Farida Nurova"]


@pytest.mark.parametrize(("text", "speaker"), [
    # the title opens on an article, as before
    ('"We counted 40 bodies," said the monitor\'s director, Farida Nurova.', "Farida Nurova"),
    # a body with no possessive, then what it is: the body speaks
    ('"We counted 40 bodies," said Adolat Monitor, the group that counts the dead.',
     "Adolat Monitor"),
])
def test_other_inverted_speakers_stay(text: str, speaker: str) -> None:
    assert [sp for sp, _ in _pairs(text)] == [speaker]


@pytest.mark.parametrize(("text", "speaker", "words"), [
    ("At a news conference in Rome, prosecutor Anna Bruni said the gunman, who was shot"
     " dead at the scene, had fired 27 rounds.", "prosecutor Anna Bruni",
     "the gunman, who was shot dead at the scene, had fired 27 rounds"),
    ("On Tuesday, police spokesman Ivan Petrov said the driver, who fled on foot, had been"
     " arrested.", "police spokesman Ivan Petrov",
     "the driver, who fled on foot, had been arrested"),
    ("Two died on Sunday, officials said the army, which had lost men, would regroup.",
     "officials", "the army, which had lost men, would regroup"),
])
def test_subject_right_before_said_is_no_inversion(text: str, speaker: str,
                                                   words: str) -> None:
    assert _pairs(text) == [(speaker, words)]


@pytest.mark.parametrize("text", [
    "Two people died in the fire, said the army, which had sent a team.",
    '"Two people died," said the army, which had sent a team.',
    "Two people died in the fire - said the army, which had sent a team.",
])
def test_words_closed_by_a_mark_before_said_keep_the_inversion(text: str) -> None:
    assert [sp for sp, _ in _pairs(text)] == ["the army"]
