"""English probes, round en175 (issue 11): an adverb of how often opening a feature's
sentence ("Twice a week, Amira Ben Salah takes ...") is no name, the subject after its
comma is; a figure's revision phrase ("up from five dead announced ...") is no speaker; a
sentence-final "it said" / "they said" whose own words open on a body or a plural of
sources takes that subject; a name given in an aside after "Another," speaks; a second
verb after "but" ("welcomed the report but said ...") is the subject's.

Every sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import statement_words

ADVERBS = [
    ("KESSA, Tamoria — Twice a week, Amira Ben Salah takes the bus to the prison with clean "
     'shirts. The guards search every bag. "He has lost 17 kilos," she says.',
     "Amira Ben Salah", "He has lost 17 kilos"),
    ('Twice a week, Amira Ben Salah takes the bus to the prison.\n\n"He has lost 17 kilos," '
     "she says.", "Amira Ben Salah", "He has lost 17 kilos"),
    ('Sometimes, Hana Lutz sleeps at the clinic. "There is no bus after dark," she says.',
     "Hana Lutz", "There is no bus after dark"),
    ("Often the water stops for days, and Paula Reis walks to the well. \"It takes two "
     'hours," she says.', "Paula Reis", "It takes two hours"),
]


@pytest.mark.parametrize(("text", "speaker", "words"), ADVERBS)
def test_an_opening_adverb_is_no_name(text: str, speaker: str, words: str) -> None:
    assert (speaker, words) in statement_words(text)


ADVERB_NEGATIVES = [
    ("Later, Mr Osei said the talks would resume on Monday.", "Mr Osei"),
    ("Today, Governor Ruth Obi said the road would reopen.", "Governor Ruth Obi"),
    ('Once a month, Farida Osman brings medicine to the camp. "The children cough all '
     'night," she said.', "Farida Osman"),
    ('Every morning, Joseph Mbeki walks to the checkpoint. "They tell me nothing," he says.',
     "Joseph Mbeki"),
]


@pytest.mark.parametrize(("text", "speaker"), ADVERB_NEGATIVES)
def test_a_name_after_an_adverb_keeps_speaking(text: str, speaker: str) -> None:
    assert [s for s, _ in statement_words(text)] == [speaker]


REVISIONS = [
    ("The state security office now says seven inmates and one guard were killed, up from "
     "five dead announced this afternoon.", "The state security office"),
    ("Police said 12 people died, up from eight reported earlier in the day.", "Police"),
    ("Officials now say nine people were killed, up from the six announced by the army on "
     "Friday.", "Officials"),
]


@pytest.mark.parametrize(("text", "speaker"), REVISIONS)
def test_a_revision_phrase_is_no_speaker(text: str, speaker: str) -> None:
    assert [s for s, _ in statement_words(text)] == [speaker]


def test_a_figure_revised_down_keeps_its_source() -> None:
    text = "The ministry said 30 people were wounded, down from 41 reported on Sunday."
    assert [s for s, _ in statement_words(text)] == ["The ministry"]


OWN_BODIES = [
    ("Warden Paul Kerr said the wing was closed. The full report runs to 84 pages. The "
     "Prison Service will respond formally within three months, it said.",
     "The Prison Service", "The Prison Service will respond formally within three months"),
    ("Mayor Lena Haas said the roads were open. The Red Cross will send two more teams next "
     "week, it said.", "The Red Cross", "The Red Cross will send two more teams next week"),
    ("Colonel Ivo Brant said the town was calm. The ministry has opened an inquiry into the "
     "shooting, it said on Monday.", "The ministry",
     "The ministry has opened an inquiry into the shooting"),
    ("The UN said the camp was full. OCHA will send a team on Friday, it said.", "OCHA",
     "OCHA will send a team on Friday"),
    ("Ruth Obi said the road was open. The investigators found mould in every cell, they "
     "said.", "The investigators", "The investigators found mould in every cell"),
]


@pytest.mark.parametrize(("text", "speaker", "words"), OWN_BODIES)
def test_it_said_after_a_body_of_its_own_sentence(text: str, speaker: str,
                                                  words: str) -> None:
    assert statement_words(text)[-1] == (speaker, words)


OWN_BODY_NEGATIVES = [
    # no body stands in the words: the speaker before keeps them
    ("Warden Paul Kerr said the wing was closed. The attack killed 12 inmates, it said.",
     "Warden Paul Kerr"),
    ("Warden Paul Kerr said the wing was closed. Mr Osei will travel to Geneva, it said.",
     "Warden Paul Kerr"),
    ("The Red Cross said the camp was full. Aid will reach the town on Friday, it said.",
     "The Red Cross"),
    ("The Prison Service published the report on Monday. Conditions in the wing were "
     "unacceptable, it said.", "The Prison Service"),
]


@pytest.mark.parametrize(("text", "speaker"), OWN_BODY_NEGATIVES)
def test_it_said_without_a_body_keeps_its_reading(text: str, speaker: str) -> None:
    assert statement_words(text)[-1][0] == speaker
