"""Round en153: a "he" or "she" quoted after a sentence that only describes the person."""

from __future__ import annotations

import pytest

from workbench.core.extract.statements import find_statements


def _speakers(text: str) -> list[object]:
    return [s["speaker"] for s in find_statements(text)]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Joseph Kariuki was 19 when he left the village. “I never thought I would come back,”"
     " he says.", "Joseph Kariuki"),
    ("The boat Pedro Alvarez repairs is older than his father. “It still floats,” he says.",
     "Pedro Alvarez"),
    ("The goats behind Halima Abdi's hut are thin, but she feeds them twice a day. “They are"
     " all I have,” she says.", "Halima Abdi"),
    ("The well Amadou Traore dug has run dry. “We carry water from the next village,” he"
     " says.", "Amadou Traore"),
])
def test_pronoun_takes_the_person_described_before(text: str, speaker: str) -> None:
    assert _speakers(text)[-1] == speaker


@pytest.mark.parametrize(("text", "speaker"), [
    ("Nadia Rahman opened the clinic in 2020. According to the Regional Health Service, it"
     " treats 300 patients a week. “We never close,” she says.", "Nadia Rahman"),
    ("Priya Nair has walked the hills for a year. The search office in Kandy says it has no"
     " file. “I walk because I want to find him,” she says.", "Priya Nair"),
    ("Police figures show 20 robberies last year, according to the Metropolitan Police"
     " Force. Aisha Bello runs the corner shop. “I lock the door at six,” she says.",
     "Aisha Bello"),
])
def test_pronoun_never_takes_a_body(text: str, speaker: str) -> None:
    assert _speakers(text)[-1] == speaker


@pytest.mark.parametrize(("text", "speaker"), [
    ("“We need more doctors,” said Dr Sara Lind. Hospital director Paul Chen agreed. “She is"
     " right,” he said.", "Paul Chen"),
    ("“The road is open,” said Ana Reyes. “Trucks can pass,” she added.", "Ana Reyes"),
    ("Maria Costa lives in Porto Alegre. “The river rose overnight,” she said.",
     "Maria Costa"),
])
def test_look_alikes_keep_their_speaker(text: str, speaker: str) -> None:
    assert speaker in str(_speakers(text)[-1])


def test_name_inside_a_body_is_no_person() -> None:
    text = ("The Royal Cayman Islands Police Service recorded 402 reports last year. “He took my"
            " phone,” she says.")
    assert "Islands Police Service" not in _speakers(text)
