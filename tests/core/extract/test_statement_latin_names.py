"""Names written with Latin letters outside ASCII speak as ASCII names do.

Probe sentences are fictional. The statement rules find names by ASCII letter classes; the
text they read has each such letter as its base letter, and the words and speakers given
back are those of the text as written.
"""

from __future__ import annotations

import pytest

from workbench.core.extract import latin_fold
from workbench.core.extract.statements import find_statements


def _pairs(text: str) -> list[tuple[object, object]]:
    return [(s["speaker"], s["text"]) for s in find_statements(text)]


@pytest.mark.parametrize(("text", "expected"), [
    # a name in apposition after a description, its capital outside ASCII
    ("A lawyer, Óscar Ruiz, said the clients had been made scapegoats.",
     [("Óscar Ruiz", "the clients had been made scapegoats")]),
    ("A defence lawyer, Élodie Marchand, told reporters outside the court her client had "
     "been beaten.", [("Élodie Marchand", "her client had been beaten")]),
    ("The head of the port authority, Łukasz Nowak, said the ferry left on time.",
     [("Łukasz Nowak", "the ferry left on time")]),
    ("One fisherman, Ömer Yıldız, said the boat was hit twice.",
     [("Ömer Yıldız", "the boat was hit twice")]),
])
def test_an_apposed_name_with_a_capital_outside_ascii_speaks(text, expected) -> None:
    assert _pairs(text) == expected


def test_the_words_keep_their_letters_and_offsets() -> None:
    text = "The mayor of Bogotá, Ana Pérez, said the café near the plaza was hit."
    [entry] = find_statements(text)
    assert entry["speaker"] == "Ana Pérez"
    assert entry["text"] == "the café near the plaza was hit"
    assert text[entry["start"]:entry["end"]] == entry["text"]


def test_a_speaker_is_taken_from_where_it_stands_before_its_words() -> None:
    # two spellings of one name: each entry keeps the one written before it
    text = ('Jose Mena, a farmer, said the wells were dry. Later José Mena said '
            'the army had left.')
    assert _pairs(text) == [("Jose Mena", "the wells were dry"),
                            ("José Mena", "the army had left")]


def test_ascii_text_is_read_as_it_is() -> None:
    text = "A lawyer, Oscar Ruiz, said the clients had been made scapegoats."
    assert latin_fold.folded(text) is text
    assert _pairs(text) == [("Oscar Ruiz", "the clients had been made scapegoats")]


def test_folding_keeps_the_length_and_leaves_other_scripts() -> None:
    text = "Şükrü Çelik of İzmir — «قال» — Dvořák, Øre, Đorđe, Straße"
    fold = latin_fold.folded(text)
    assert len(fold) == len(text)
    assert fold.startswith("Sukru Celik of Izmir — «قال» — Dvorak, Ore, Dorde")
    assert fold.endswith("Straße")  # no single base letter for "ß"
