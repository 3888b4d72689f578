"""Round en143: a speaker told by a long description after its verb (a noun with a
relative, a participle or a prepositional phrase), after a quote or after a clause."""

from __future__ import annotations

import pytest

from workbench.core.extract.statements import find_statements


def _speakers_of(text: str, words: str) -> list[object]:
    return [o["speaker"] for o in find_statements(text) if str(o["text"]).startswith(words)]


@pytest.mark.parametrize(("text", "words", "speaker"), [
    ("'The water reached our roofs,' said a 58-year-old baker from Kismayo whose shop was"
     " washed away.", "The water reached our roofs",
     "a 58-year-old baker from Kismayo whose shop was washed away"),
    ('"We slept under the trucks," said a mother of three sheltering in a warehouse near'
     " the port.", "We slept under the trucks",
     "a mother of three sheltering in a warehouse near the port"),
    ("'Nobody answered our calls,' said a vendor in the bus station whose stall was burned.",
     "Nobody answered our calls", "a vendor in the bus station whose stall was burned"),
    ('"The shooting lasted an hour," said a nurse at the clinic that was hit, on Monday.',
     "The shooting lasted an hour", "a nurse at the clinic that was hit"),
])
def test_quote_then_described_speaker(text: str, words: str, speaker: str) -> None:
    assert speaker in _speakers_of(text, words)


def test_quote_in_next_paragraph_goes_on_with_the_described_speaker() -> None:
    text = ('"They came before dawn," said a 40-year-old farmer from the hills whose brother'
            ' was taken.\n\n"We have not heard from him since."')
    assert _speakers_of(text, "We have not heard")[0] == (
        "a 40-year-old farmer from the hills whose brother was taken")


@pytest.mark.parametrize(("text", "words", "head"), [
    ("The ferry went down in minutes, according to the crew of a tug that reached it first.",
     "The ferry went down in minutes", "crew"),
    ("The bulk carrier was boarded before dawn, said a maritime security firm tracking"
     " the attack.", "The bulk carrier was boarded before dawn", "firm"),
    ("The dam was damaged by shelling, according to engineers working at the site.",
     "The dam was damaged by shelling", "engineers"),
    ("The hostages were moved again, said a negotiator involved in the talks who declined"
     " to be named.", "The hostages were moved again", "negotiator"),
])
def test_clause_then_described_speaker(text: str, words: str, head: str) -> None:
    speakers = _speakers_of(text, words)
    assert speakers and all(head in str(s) for s in speakers)
    # the description is no words of the clause's opening subject
    assert not [o for o in find_statements(text) if str(o["text"]).startswith(("a ", "the "))]


@pytest.mark.parametrize("text", [
    "A boy whose father was killed in the attack said nothing at the funeral.",
    "Killed: 12\nWounded: 30",
    "The ceasefire took effect at midnight, according to the terms of the deal signed in May.",
])
def test_look_alikes_without_a_statement(text: str) -> None:
    assert find_statements(text) == []


@pytest.mark.parametrize(("text", "speaker"), [
    # an apposed name closing the subject: the words after "said" are what was said
    ("His lawyer, Mira Kolar, said the family living in the capital would appeal.",
     "Mira Kolar"),
    # a relative on the subject, and a finite verb in the words said
    ("The mayor, who visited the site, said the men working on the bridge were safe.",
     "The mayor"),
])
def test_forward_attribution_keeps_its_speaker(text: str, speaker: str) -> None:
    assert [o["speaker"] for o in find_statements(text)] == [speaker]


def test_relative_with_its_own_verb_of_saying() -> None:
    text = ("The official who told reporters on Monday that the road was open said the"
            " convoy had left.")
    assert all("convoy" not in str(o["speaker"]) for o in find_statements(text))


def test_anonymity_clause_is_no_part_of_the_described_speaker() -> None:
    text = ("The gang demanded a ransom for each of them, said a cousin of one of the captives"
            " who spoke on condition of anonymity.")
    assert _speakers_of(text, "The gang demanded") == ["a cousin of one of the captives"]
