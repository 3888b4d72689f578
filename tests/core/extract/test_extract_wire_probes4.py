"""Probing sentences for statement attribution, round 4 of issue 11.

All sentences are fictional (invented names and places): a second speech verb after an
inverted attribution, nested quotes, one-word follow-up quotes, anonymous sources with a
relative clause, coordination, possessive titles and "said" inside a quoted title.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import statement_words as statements


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
        # A trailing attribution after a quote that closes words begun before it reports
        # the whole sentence, as the colon form above does (round 5; round 4 gave only
        # Mara Veld's "leave now").
        ('They told us "leave now", Mara Veld said.',
         [("Mara Veld", 'They told us "leave now"'), (None, "leave now")]),
        # "told him" outside a quote: the words start after the one told.
        ("Brant said the guards told him the camp was closed.",
         [("Brant", "the guards told him the camp was closed"),
          ("the guards", "the camp was closed")]),
    ],
)
def test_nested_quotes(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A written work as the object of "wrote" is authorship, and "said" in a quoted
        # title reports nothing ...
        ('He wrote a book titled "The Day the General Said No" last year.', []),
        ("Brant wrote a letter to the envoy.", []),
        ('A song called "She Said Yes" was played at the rally.', []),
        ('The play "Nobody Said Goodbye" was banned, the ministry said.',
         [("the ministry", 'The play "Nobody Said Goodbye" was banned')]),
        # ... while "wrote" with reported words still reports.
        ("Brant wrote that the camp was full.", [("Brant", "the camp was full")]),
        ("Brant wrote in a letter that the camp was full.", [("Brant", "the camp was full")]),
    ],
)
def test_titles_and_written_works(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Coordinated reported clauses are one span; a second verb makes a second entry.
        ("The governor said the road was closed and that schools would stay shut.",
         [("The governor", "the road was closed and that schools would stay shut")]),
        ("The governor said the road was closed but added that schools would open.",
         [("The governor", "the road was closed"), ("The governor", "schools would open")]),
        ("Police and witnesses said the blast destroyed a shop.",
         [("Police and witnesses", "the blast destroyed a shop")]),
        # Possessives and titles stay with the speaker; an appositive name is the speaker.
        ("Kessa's foreign minister said the envoy was recalled.",
         [("Kessa's foreign minister", "the envoy was recalled")]),
        ("Kessa's interior minister, Ivo Brant, said the border was sealed.",
         [("Ivo Brant", "the border was sealed")]),
        ("The mayor of Tarn's eastern district said six houses burned.",
         [("The mayor of Tarn's eastern district", "six houses burned")]),
    ],
)
def test_coordination_and_possessives(text: str,
                                      expected: list[tuple[str | None, str]]) -> None:
    assert statements(text) == expected
