"""English probes, round en162 (issue 11): a feature's first "she says" after a person
named as a place's keeper ("owned by NAME"), or as the subject of the sentence before
after a dateline; never the dateline's place, nor a person named paragraphs before.

Every sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import statement_words

CASES = [
    ('KAVALA, Tanor - Before dawn, Marie Joseph ties her sandals to her belt and walks into '
     'the river. "The water is up to my chest," she says.',
     "Marie Joseph", "The water is up to my chest"),
    ("The paper's reporter, John Mbeki, visited the town in May.\n\nAt the largest bakery, "
     'owned by Amina Yusuf, the queue began before 5am. "We baked with whatever we could '
     'find," she said.', "Amina Yusuf", "We baked with whatever we could find"),
    ("Peter Okoye, a trader, walked through the market.\n\nThe clinic, run by Grace Amani, "
     'opened at dawn. "We had nothing left," she said.', "Grace Amani",
     "We had nothing left"),
    ("Peter Okoye, a trader, walked through the market.\n\nThe clinic, run by Mrs Amani, "
     'opened at dawn. "We had nothing left," she said.', "Mrs Amani", "We had nothing left"),
]


@pytest.mark.parametrize(("text", "speaker", "words"), CASES)
def test_first_pronoun_goes_to_the_person_named_just_before(text: str, speaker: str,
                                                             words: str) -> None:
    assert (speaker, words) in statement_words(text)


def test_keeper_of_the_other_sex_is_passed_over() -> None:
    # the text makes the keeper a woman: "he" goes to the man named before
    text = ("Peter Okoye, a trader, walked through the market.\n\nThe clinic, run by Mrs "
            'Amani, opened at dawn. "We had nothing left," he said.')
    assert ("Peter Okoye", "We had nothing left") in statement_words(text)


def test_a_doer_after_by_is_no_keeper() -> None:
    text = ("Peter Okoye, a trader, walked through the market.\n\nThe clinic was attacked "
            'by Grace Amani at dawn. "We had nothing left," she said.')
    assert ("Grace Amani", "We had nothing left") not in statement_words(text)
