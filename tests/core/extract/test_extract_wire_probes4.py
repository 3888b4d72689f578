"""Probing sentences for statement attribution, round 4 of issue 11.

All sentences are fictional (invented names and places): a second speech verb after an
inverted attribution, nested quotes, one-word follow-up quotes, anonymous sources with a
relative clause, coordination, possessive titles and "said" inside a quoted title.
"""

from __future__ import annotations

import pytest

from workbench.core.extract import extract


def statements(text: str) -> list[tuple[str | None, str]]:
    """(speaker, words): the words leave out an attribution set inside them."""
    return [(s["speaker"], str(s.get("words", s["text"])))
            for s in extract(text, "2017-04-10")["statements"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The speaker of an inverted attribution goes on with a second verb.
        ("Three houses burned, police said, and added that nobody was hurt.",
         [("police", "Three houses burned"), ("police", "nobody was hurt")]),
    ],
)
def test_second_verb_after_inverted_attribution(
        text: str, expected: list[tuple[str | None, str]]) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A relative clause that only says the source stays unnamed is no part of it ...
        ("A source who spoke on condition of anonymity said the convoy was hit.",
         [("A source", "the convoy was hit")]),
        ("The convoy was hit, a source who spoke on condition of anonymity said.",
         [("a source", "The convoy was hit")]),
        ("An official who declined to be named said the talks had failed.",
         [("An official", "the talks had failed")]),
        ("An aide, who asked not to be named, said the visit was off.",
         [("An aide", "the visit was off")]),
        # ... while one that says who the source is stays as written.
        ("A doctor who treated the wounded said six had died.",
         [("A doctor who treated the wounded", "six had died")]),
    ],
)
def test_anonymous_sources(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A quoted sentence right after an attributed quote is the speaker's, even of
        # one word: a direct quote counts however short (corpus README, statements).
        ('"We will not go back," Mara Veld said. "Never."',
         [("Mara Veld", "We will not go back"), ("Mara Veld", "Never")]),
        ('"We will stay," Brant said, "forever."',
         [("Brant", "We will stay"), ("Brant", "forever")]),
        # A one-word scare quote opening the next sentence stays out.
        ('"We will stay," Brant said. "Peace" is a word to him.',
         [("Brant", "We will stay")]),
    ],
)
def test_one_word_follow_up_quotes(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An inner quote: its "they" are others than the quoting speaker and not named;
        # the one told ("us") is no part of the words, and the inner quote mark closes.
        ('Mara Veld said: "They told us \'leave now\'."',
         [("Mara Veld", "They told us 'leave now'"), (None, "leave now")]),
        ('The villagers said: "They told us \'leave now\' and we ran."',
         [("The villagers", "They told us 'leave now' and we ran"), (None, "leave now")]),
        # The same words are not given twice to one speaker.
        ('They told us "leave now", Mara Veld said.', [("Mara Veld", "leave now")]),
        # "told him" outside a quote: the words start after the one told.
        ("Brant said the guards told him the camp was closed.",
         [("Brant", "the guards told him the camp was closed"),
          ("the guards", "the camp was closed")]),
    ],
)
def test_nested_quotes(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert statements(text) == expected
