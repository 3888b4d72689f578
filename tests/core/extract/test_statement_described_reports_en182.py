"""English probes, round en182 (issue 11): a named source with a description set off
between it and "said", and "said in a report presented on ..." whose participle (and a
participial act after it) is the channel, not the words.

Every sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import statement_words

# --- a source with a description before "said" ------------------------------------------

DESCRIBED = [
    ("Police fired tear gas at a crowd of 300 near Tarsk on Friday, the Upper Valley Rights "
     "Desk, a monitoring group based in the capital, said.", "the Upper Valley Rights Desk",
     "Police fired tear gas at a crowd of 300 near Tarsk on Friday"),
    ("Soldiers burned 20 homes in the hills near Ombra, the Ombra Human Rights Monitor, a "
     "volunteer network that documents abuses, said on Wednesday.",
     "the Ombra Human Rights Monitor", "Soldiers burned 20 homes in the hills near Ombra"),
    ("Guards beat two inmates at the jail in Porro, Prison Watch Lindria, an independent "
     "group run by former detainees, said.", "Prison Watch Lindria",
     "Guards beat two inmates at the jail in Porro"),
]


@pytest.mark.parametrize(("text", "speaker", "words"), DESCRIBED)
def test_the_source_before_its_description_speaks(text: str, speaker: str,
                                                  words: str) -> None:
    assert statement_words(text) == [(speaker, words)]


def test_a_described_person_still_speaks() -> None:
    text = ("The water ran out on the third day, Ana Vell, a nurse at the camp, said.")
    assert statement_words(text) == [("Ana Vell", "The water ran out on the third day")]


def test_an_age_before_the_description_is_no_source() -> None:
    text = "The water ran out, Ivan Orr, 34, a farmer from Tarsk, said."
    assert statement_words(text) == [("Ivan Orr", "The water ran out")]


# --- "said in a report presented on ..." ------------------------------------------------

REPORTS = [
    ("Gangs killed 40 people along the river between March and June, the Ombudsman's "
     "Office said in a report presented on Wednesday.", "the Ombudsman's Office",
     "Gangs killed 40 people along the river between March and June"),
    ("Security forces detained more than 200 protesters in the capital, the Legal Aid "
     "Centre said in a report released on Thursday, rejecting the army's account of the "
     "events.", "the Legal Aid Centre",
     "Security forces detained more than 200 protesters in the capital"),
    ("Armed groups recruited at least 90 children last year, the commission said in a study "
     "launched on Monday.", "the commission",
     "Armed groups recruited at least 90 children last year"),
]


@pytest.mark.parametrize(("text", "speaker", "words"), REPORTS)
def test_the_report_and_its_participle_are_the_channel(text: str, speaker: str,
                                                       words: str) -> None:
    assert statement_words(text) == [(speaker, words)]


def test_said_in_a_statement_reads_as_before() -> None:
    text = "Gangs killed 40 people along the river, the Ombudsman's Office said in a statement."
    assert statement_words(text) == [("the Ombudsman's Office",
                                      "Gangs killed 40 people along the river")]


# --- a part of the figure after the teller ----------------------------------------------

TAILS = [
    ("The hospital has received 19 wounded, a doctor there tells us, among them six "
     "children.", "a doctor there", "The hospital has received 19 wounded"),
    ("Eleven people were killed, the mayor said, among them two police officers.",
     "the mayor", "Eleven people were killed"),
    ("Dozens were arrested, a lawyer for the families told us, among them three students.",
     "a lawyer for the families", "Dozens were arrested"),
]


@pytest.mark.parametrize(("text", "speaker", "words"), TAILS)
def test_a_part_after_the_teller_is_no_entry_of_its_own(text: str, speaker: str,
                                                        words: str) -> None:
    assert statement_words(text) == [(speaker, words)]


# --- a relative that tells ---------------------------------------------------------------

RELATIVES = [
    ("Our clinic treated nine people who told our nurses they had been beaten and robbed at "
     "the border.", "nine people", "they had been beaten and robbed at the border"),
    ("The medics treated seven children who told the nurses they had not eaten for days.",
     "seven children", "they had not eaten for days"),
    ("Aid workers met 14 migrants who told our team they had walked for five days.",
     "14 migrants", "they had walked for five days"),
]


@pytest.mark.parametrize(("text", "speaker", "words"), RELATIVES)
def test_the_relatives_antecedent_tells(text: str, speaker: str, words: str) -> None:
    assert statement_words(text) == [(speaker, words)]


def test_a_story_told_is_no_words() -> None:
    assert statement_words("The police found the boy who told his story to the court.") == []
    assert statement_words("The widow told her own story at the hearing.") == []
    assert statement_words("She told us her story was not unusual.") == [
        ("She", "her story was not unusual")]
