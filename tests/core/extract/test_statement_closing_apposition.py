"""A described source closing the sentence with its name and what the person is (issue 11,
briefed from en-132): "..., said the owner of the cattle, <Name>, a 61-year-old farmer and
livestock trader." The name speaks, as it does with no apposition after it, and a later
"he told the Courier" goes back to that person.

Every sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import statement_words

CLOSING = [
    ("The shepherd ran to the village and was not hurt, said the owner of the goats, Tefo "
     "Mahlangu-Rafi, a 58-year-old farmer.", "Tefo Mahlangu-Rafi",
     "The shepherd ran to the village and was not hurt"),
    ('"We ran," said the owner of the goats, Tefo Mahlangu-Rafi, a 58-year-old farmer and '
     "trader.", "Tefo Mahlangu-Rafi", "We ran"),
    ("Nobody was inside the stall, said its owner, Amina Kuol-Deng, a widow who sells "
     "cloth.", "Amina Kuol-Deng", "Nobody was inside the stall"),
]


@pytest.mark.parametrize(("text", "speaker", "words"), CLOSING)
def test_the_closing_name_with_an_apposition_speaks(text: str, speaker: str,
                                                     words: str) -> None:
    assert (speaker, words) in statement_words("Goats taken\n" + text)


def test_he_then_goes_back_to_the_named_owner() -> None:
    text = ("Goats taken\nArmed rustlers drove 20 goats out of a pen at Koro on Friday.\n\n"
            "The two herd boys ran to the village, and neither was hurt, said the owner of the "
            "goats, Tefo Mahlangu-Rafi, a 58-year-old farmer.\n\n"
            '"I wanted to sell five of them next week," he told the Herald.')
    got = statement_words(text)
    assert ("Tefo Mahlangu-Rafi", "I wanted to sell five of them next week") in got, got
    assert not [sp for sp, _ in got if sp == "Armed"], got
