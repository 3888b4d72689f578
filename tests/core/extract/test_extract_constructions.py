"""General constructions of wire copy, one sentence pattern each (fictional sentences).

Each case names a construction of news language, not a document: the rules were
written from these sentences, so they also say what the rules claim to cover.
"""

from __future__ import annotations

import pytest

from workbench.core.extract import extract


def statements(text: str, published: str | None = "2017-04-10") -> list[tuple[str | None, str]]:
    return [(s["speaker"], s["text"]) for s in extract(text, published)["statements"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A dateline with a place in mixed case and an agency is not part of the words.
        ("Damascus, SANA - Two towns were retaken, the army said.",
         [("the army", "Two towns were retaken")]),
        ("Beirut (Reuters) - Two towns were retaken, the army said.",
         [("the army", "Two towns were retaken")]),
        ("Sidon, Nov 3 (NNA) - The port was closed, according to the harbour master.",
         [("the harbour master", "The port was closed")]),
        ("KESSA (Reuters) - The port was closed, police said.",
         [("police", "The port was closed")]),
        # ... nor of a quote after it; a lower-case speaker follows the quote.
        ('Damascus, SANA - "Two towns were retaken," the army said.',
         [("the army", "Two towns were retaken")]),
        ('"The wells are dry," a local official said.',
         [("a local official", "The wells are dry")]),
    ],
)
def test_datelines_and_quote_speakers(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert statements(text) == expected


def test_mixed_case_headline_with_a_dash_is_no_dateline() -> None:
    assert statements("Rebels shell airport in Dorva - TV\nBody text here.") == [
        ("TV", "Rebels shell airport in Dorva")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Apposition: the name after a description is the speaker.
        ("A rival, Tomas Sorn, said the vote was rigged.",
         [("Tomas Sorn", "the vote was rigged")]),
        ("The spokesman for the brigade, Ali Rahm, told reporters the road was closed.",
         [("Ali Rahm", "the road was closed")]),
        ("On Monday, a rival, Tomas Sorn, also said the vote was rigged.",
         [("Tomas Sorn", "the vote was rigged")]),
        # The description after the name is dropped from the speaker.
        ("Colonel Maren Ostby, a spokesman for the army, said two towns were retaken.",
         [("Colonel Maren Ostby", "two towns were retaken")]),
        # Inversion with a title, and a description after the inverted speaker.
        ("Two towns were retaken, said Colonel Maren Ostby, a spokesman for the army.",
         [("Colonel Maren Ostby", "Two towns were retaken")]),
        ("Two towns were retaken, said Colonel Maren Ostby, who commands the brigade.",
         [("Colonel Maren Ostby", "Two towns were retaken")]),
        # A relative clause between the subject and the verb.
        ("The governor, who visited the camp on Monday, said the clinic was full.",
         [("The governor", "the clinic was full")]),
        # "according to X" closing the sentence; an organisation as speaker.
        ("Four soldiers were killed in the ambush, according to the defence ministry.",
         [("the defence ministry", "Four soldiers were killed in the ambush")]),
        ("The ministry said the border crossing would reopen.",
         [("The ministry", "the border crossing would reopen")]),
        # An impersonal passive with its agent; without an agent it is no statement.
        ("It was announced by the interior ministry that the curfew would end.",
         [("the interior ministry", "the curfew would end")]),
        ("The curfew will end on Friday, it was announced by the interior ministry.",
         [("the interior ministry", "The curfew will end on Friday")]),
        ("It has been confirmed by hospital officials that nine people died.",
         [("hospital officials", "nine people died")]),
        ("It was reported that the curfew would end.", []),
    ],
)
def test_speaker_constructions(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert statements(text) == expected
