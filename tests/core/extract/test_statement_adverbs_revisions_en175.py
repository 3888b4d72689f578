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
    ("Governor Ruth Obi said the camp was full. OCHA will send a team on Friday, it said.",
     "OCHA", "OCHA will send a team on Friday"),
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
    # after a body or a plural source, the body in the words is what they speak of
    ("The UN said the camp was full. OCHA will send a team on Friday, it said.", "The UN"),
    ("The United Nations mission said 150 fighters handed over their weapons. The group "
     "surrendered 87 rifles, it said.", "The United Nations mission"),
    ("A roadside bomb killed two soldiers, security sources said. Rebel fighters are still "
     "active in the area, they said.", "security sources"),
]


@pytest.mark.parametrize(("text", "speaker"), OWN_BODY_NEGATIVES)
def test_it_said_without_a_body_keeps_its_reading(text: str, speaker: str) -> None:
    assert statement_words(text)[-1][0] == speaker


LATE_NAMES = [
    ("One resident said the water was cut. Another, who gave only her first name, Rosa, "
     "said she worried about the traffic.", "Rosa", "she worried about the traffic"),
    ("Another, who gave only his first name, Ali, told reporters the gate had been shut for "
     "a week.", "Ali", "the gate had been shut for a week"),
    ("Another, who gave her name only as Mina, said the buses had stopped running.", "Mina",
     "the buses had stopped running"),
]


@pytest.mark.parametrize(("text", "speaker", "words"), LATE_NAMES)
def test_the_name_another_gives_speaks(text: str, speaker: str, words: str) -> None:
    assert (speaker, words) in statement_words(text)


def test_another_without_a_name_keeps_its_reading() -> None:
    assert statement_words("Another said the buses had stopped running.") == [
        ("Another", "the buses had stopped running")]


BUT_SAID = [
    ("Councillor Mary Doyle, who sits on the visiting committee, welcomed the report but said "
     'the overcrowding "should never have been allowed".', "Councillor Mary Doyle",
     'the overcrowding "should never have been allowed"'),
    ("The mayor, who chairs the prison board, welcomed the report but said the cells were too "
     "small.", "The mayor", "the cells were too small"),
    ("Judge Ana Ruiz, who led the inquiry, praised the guards but said the wing must close.",
     "Judge Ana Ruiz", "the wing must close"),
]


@pytest.mark.parametrize(("text", "speaker", "words"), BUT_SAID)
def test_but_said_after_an_aside_is_the_subjects(text: str, speaker: str, words: str) -> None:
    assert statement_words(text) == [(speaker, words)]


ACCUSING = [
    ("Four inmates have filed a complaint, their lawyers said on Monday, accusing guards of "
     "beating them.", "their lawyers", "guards of beating them"),
    ("Residents of the village have been holding 12 police officers since Friday, the army "
     "said, accusing rebels of organising the crowd.", "the army",
     "rebels of organising the crowd"),
    ("A fourth driver was beaten, the drivers' union said late on Sunday, accusing the militia "
     "of the attack.", "the drivers' union", "the militia of the attack"),
]


@pytest.mark.parametrize(("text", "speaker", "words"), ACCUSING)
def test_a_charge_after_an_attribution_is_the_sources(text: str, speaker: str,
                                                      words: str) -> None:
    assert (speaker, words) in statement_words(text)


ACCUSING_NEGATIVES = [
    # the charge is made inside the source's words by their subject (round en76)
    ("Witnesses said soldiers went from house to house, accusing residents of hiding rebels.",
     "soldiers"),
    # no attribution before the charge: the clause's subject makes it
    ("The army shelled the town on Sunday, accusing rebels of hiding in the school.",
     "The army"),
]


@pytest.mark.parametrize(("text", "speaker"), ACCUSING_NEGATIVES)
def test_a_charge_without_an_attribution_before_keeps_its_reading(text: str,
                                                                  speaker: str) -> None:
    assert statement_words(text)[-1][0] == speaker


DESCRIBED_BEFORE_A_LATE_NAME = [
    ('A woman waiting outside the gate for news of her brother told our reporter: "They will '
     'not let us in." She gave her name only as Lupe.',
     "A woman waiting outside the gate for news of her brother", "They will not let us in"),
    ("A man waiting outside the main gate of the prison said the guards would not let them "
     "in.", "A man waiting outside the main gate of the prison",
     "the guards would not let them in"),
    ('A mother sitting behind the court building with her two sons said: "We have come every '
     'day for a month."', "A mother sitting behind the court building with her two sons",
     "We have come every day for a month"),
]


@pytest.mark.parametrize(("text", "speaker", "words"), DESCRIBED_BEFORE_A_LATE_NAME)
def test_a_long_description_speaks_and_a_late_name_does_not(text: str, speaker: str,
                                                            words: str) -> None:
    # (a name given after the words, in a sentence of its own, is no speaker: the older
    # sets' gold keeps the description)
    assert statement_words(text) == [(speaker, words)]
