"""Faults found in the review of English rounds 119 and 120 and Arabic round 105."""
from __future__ import annotations

from tests.timing import cpu_seconds
from workbench.core.extract import extract
from workbench.core.extract.statement_pronouns import _called_in_own_sentence


def test_own_pronoun_after_bare_numbers_is_fast() -> None:
    # a digit read two ways made the search for "he"/"she" backtrack without end
    text = "Ivan wrote " + " ".join(str(i) for i in range(1, 23)) + " on the board"
    seconds, found = cpu_seconds(lambda: _called_in_own_sentence(text, 4, len(text)))
    assert found is None
    assert seconds < 0.05


def test_she_says_after_a_sentence_of_numbers_is_fast() -> None:
    numbers = " ".join(str(i) for i in range(1, 23))
    text = (f"Lena Ruiz, a baker, opens at six. Ivan counts {numbers} and so on every day. "
            '"It is hard," she says.')
    assert cpu_seconds(lambda: extract(text, None, "en"))[0] < 1.0


def test_own_pronoun_still_found() -> None:
    text = "Ivan was 19 when he was stabbed"
    assert _called_in_own_sentence(text, 4, len(text)) == "he"
