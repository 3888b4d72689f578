"""English probe sentences, fifth round (issue 11): bulletin labels that are not verbs,
documents that carry their issuer's words ("issued a statement saying"), and a quotation
closing at the end of reported words.

Every sentence is fictional and written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import figures
from tests.extract_probes import statement_words as statements


@pytest.mark.parametrize(("text", "expected"), [
    ("Dead: 4. Wounded: 11.",
     [("Dead: 4", "killed", 4, None, "exact", None),
      ("Wounded: 11", "wounded", 11, None, "exact", None)]),
    ("Fatalities: 12 civilians",
     [("Fatalities: 12 civilians", "killed", 12, None, "exact", "civilians")]),
    ("The dead: four soldiers and a child.",
     [("dead: four soldiers", "killed", 4, None, "exact", "soldiers"),
      ("a child", "killed", 1, None, "exact", "child")]),
    # without the colon a label word is no outcome of the count after it
    ("The dead 4 were buried on Friday.", []),
])
def test_bulletin_labels(text: str, expected: list[tuple[object, ...]]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a document issued, posted or written carries the words of its issuer
    ("The army issued a statement saying the town was under siege.",
     [("The army", "the town was under siege")]),
    ("The group posted a video saying it had captured the base.",
     [("The group", "it had captured the base")]),
    ("The ministry released figures saying 40 people had died.",
     [("The ministry", "40 people had died")]),
    ("The mayor wrote a letter saying the town was under siege.",
     [("The mayor", "the town was under siege")]),
    ("The commander put out a statement saying the attack had failed.",
     [("The commander", "the attack had failed")]),
    # a person as the object is the one saying
    ("State TV showed the minister saying the war was over.",
     [("the minister", "the war was over")]),
    ("Police arrested two men saying they were spies.",
     [("two men", "they were spies")]),
])
def test_document_saying(text: str, expected: list[tuple[str, str]]) -> None:
    assert statements(text) == expected


def test_quotation_closing_at_the_end_of_reported_words() -> None:
    # one entry per source: the resident's words, and the words told to them
    assert statements('They told us "leave now", one resident said.') == [
        ("one resident", 'They told us "leave now"'), (None, "leave now")]


@pytest.mark.parametrize(("text", "expected"), [
    ('They told us "leave now," Mara Veld said.',
     [("Mara Veld", 'They told us "leave now,"'), (None, "leave now")]),
    ('The soldiers shouted "get out of here now", a witness said.',
     [("a witness", 'The soldiers shouted "get out of here now"')]),
    # a quote that opens the sentence is the whole of the words
    ('"We will stay," Brant said.', [("Brant", "We will stay")]),
])
def test_trailing_attribution_of_a_sentence_that_quotes(
        text: str, expected: list[tuple[str | None, str]]) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # after "the press" a past tense is the verb, and the relative clause ends there
    ("A soldier who was not authorized to speak to the press told Reuters that the convoy "
     "had been hit.", [("A soldier", "the convoy had been hit")]),
    ("The news reported that the convoy had been hit.",
     [("The news", "the convoy had been hit")]),
    # "press reports" is still a noun phrase
    ("Press reports said the convoy had been hit.",
     [("Press reports", "the convoy had been hit")]),
])
def test_past_tense_after_press(text: str, expected: list[tuple[str, str]]) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a non-restrictive "which" clause between the speaker and the verb
    ("The Northern Front, which controls the area, said government forces targeted homes.",
     [("The Northern Front", "government forces targeted homes")]),
    ("A spokesman for the Northern Front, which controls the area, accused government "
     "forces of targeting residential areas.",
     [("A spokesman for the Northern Front",
       "government forces of targeting residential areas")]),
    # inside the reported words it stays
    ("Police said the blast, which hit a market, killed five.",
     [("Police", "the blast, which hit a market, killed five")]),
])
def test_which_clause_after_the_speaker(text: str, expected: list[tuple[str, str]]) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a dateline with the place, its country and the date is nobody's words
    ("ORAN, Veltra, May 12 (Wire) - Gunmen killed seven soldiers, military sources said.",
     [("military sources", "Gunmen killed seven soldiers")]),
    # where the words were published is not the words
    ("A bomb killed a civilian near Teb on Friday, the governor's office said in a post on "
     "Facebook.", [("the governor's office", "A bomb killed a civilian near Teb on Friday")]),
    ("A bomb killed a civilian, the army said on its Telegram channel.",
     [("the army", "A bomb killed a civilian")]),
    ("The army said on state television that the town was retaken.",
     [("The army", "the town was retaken")]),
    # figures compiled or published by a source are its words
    ("According to figures compiled by a local monitoring group, more than 300 people have "
     "been killed.", [("a local monitoring group", "more than 300 people have been killed")]),
])
def test_datelines_platforms_and_compiled_figures(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert statements(text) == expected
