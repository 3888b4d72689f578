"""English probes, round en190 (issue 11): a fronted report closed by a titled name and a
relative "who added that", a medium with where, to whom or when after it, a rank in lower
case between a description's comma and the name, and a bare plural of people after
"according to".

Every sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import statement_words

# --- a fronted report, the titled name, then "who added that ..." -------------------------

WHO_ADDED = [
    ("No one was in the hall at the time, said the district schools officer, Nadia "
     "Ferreira-Kamau, who added that the roof would be repaired.", "Nadia Ferreira-Kamau",
     "No one was in the hall at the time", "the roof would be repaired"),
    ("The bridge was closed to lorries, said the regional roads commissioner, Piet "
     "Lindqvist-Obi, who added that divers were searching the river.", "Piet Lindqvist-Obi",
     "The bridge was closed to lorries", "divers were searching the river"),
    ("The clinic will open again on Monday, said the provincial health director, Rosa "
     "Almeida-Tan, who added that vaccines had arrived.", "Rosa Almeida-Tan",
     "The clinic will open again on Monday", "vaccines had arrived"),
    ("Nobody was hurt in the fire, said the mayor, Ana Berglund, who also added that the "
     "market would reopen.", "Ana Berglund", "Nobody was hurt in the fire",
     "the market would reopen"),
    ("The ferry had been inspected in May, said the port's harbour master, Joel Mbeki-Ross, "
     "who added that its papers were in order.", "Joel Mbeki-Ross",
     "The ferry had been inspected in May", "its papers were in order"),
    ("All the miners were brought up, said the company's safety chief, Irena Volkova, who "
     "added that the shaft would stay shut.", "Irena Volkova",
     "All the miners were brought up", "the shaft would stay shut"),
]


@pytest.mark.parametrize(("text", "speaker", "before", "after"), WHO_ADDED)
def test_a_fronted_report_and_who_added_are_two_statements(text: str, speaker: str,
                                                           before: str, after: str) -> None:
    read = statement_words(text)
    assert (speaker, before) in read
    assert (speaker, after) in read


# --- a medium, then where it was posted, to whom, or when ---------------------------------

AFTER_MEDIUM = [
    ("None of the pupils was harmed, the head teacher, Maria Santos-Lim, said in a post on "
     "the school's page.", "Maria Santos-Lim", "None of the pupils was harmed"),
    ("All the workers were accounted for, the plant manager, Tomasz Wielki, said in a "
     "message to staff.", "Tomasz Wielki", "All the workers were accounted for"),
    ("The defendant will appeal the ruling, the state attorney general's office said in a "
     "statement after the verdict.", "the state attorney general's office",
     "The defendant will appeal the ruling"),
    ("The company will pay the families, the ministry said in a statement after the meeting.",
     "the ministry", "The company will pay the families"),
    ("The suspect was released on bail, police said in a statement following the hearing.",
     "police", "The suspect was released on bail"),
    ("The strike will go on, the union said in a statement before the vote.", "the union",
     "The strike will go on"),
    ("Talks will resume next week, the foreign ministry said in a briefing with reporters.",
     "the foreign ministry", "Talks will resume next week"),
]


@pytest.mark.parametrize(("text", "speaker", "words"), AFTER_MEDIUM)
def test_the_words_are_the_clause_before_the_medium(text: str, speaker: str,
                                                    words: str) -> None:
    assert statement_words(text) == [(speaker, words)]


def test_a_medium_followed_by_that_keeps_its_words() -> None:
    text = "The ministry said in a statement after the meeting that the talks had failed."
    assert statement_words(text) == [("The ministry", "the talks had failed")]


# --- a rank in lower case before the name ------------------------------------------------

RANKS = [
    ('"We found no sign of tampering," the chair of the inquiry, retired judge Florence '
     'Odhiambo-Were, told a news conference.', "retired judge Florence Odhiambo-Were",
     "We found no sign of tampering"),
    ("The officers acted within the law, the head of the panel, former police chief Samuel "
     "Kiprop, said.", "former police chief Samuel Kiprop", "The officers acted within the law"),
    ('"We will rebuild the school," the governor of the province, former senator Jane '
     'Mwangi, said on Tuesday.', "former senator Jane Mwangi", "We will rebuild the school"),
    ("The report will be published next month, the head of the commission, retired general "
     "Paul Ndege, said.", "retired general Paul Ndege",
     "The report will be published next month"),
    ("The road is open again, said the commander of the unit, retired colonel Ana Berg.",
     "retired colonel Ana Berg", "The road is open again"),
    ("The officers acted within the law, the head of the panel, retired judge Samuel Kiprop, "
     "said.", "retired judge Samuel Kiprop", "The officers acted within the law"),
    ("The shelters are full, the head of the agency, acting director Lena Holm, said.",
     "acting director Lena Holm", "The shelters are full"),
]


@pytest.mark.parametrize(("text", "speaker", "words"), RANKS)
def test_a_rank_before_the_name_is_read_with_it(text: str, speaker: str, words: str) -> None:
    assert statement_words(text) == [(speaker, words)]


def test_a_retired_trade_in_a_description_stays_a_description() -> None:
    text = "Yusuf Ali, 61, a retired baker, said the shop burned."
    assert statement_words(text) == [("Yusuf Ali", "the shop burned")]


# --- "according to" a bare plural of people after a clause --------------------------------

BARE_PEOPLE = [
    ("Two pupils who were staying with the family were injured, one of them critically, "
     "according to nurses at the county hospital.", "nurses at the county hospital",
     "Two pupils who were staying with the family were injured, one of them critically"),
    ("Two pupils were hurt, according to nurses at the county hospital.",
     "nurses at the county hospital", "Two pupils were hurt"),
    ("According to nurses at the district clinic, three children were treated for burns.",
     "nurses at the district clinic", "three children were treated for burns"),
    ("The water had risen by a metre overnight, according to farmers in the valley.",
     "farmers in the valley", "The water had risen by a metre overnight"),
    ("Several shops were looted, one of them twice, according to traders at the market.",
     "traders at the market", "Several shops were looted, one of them twice"),
    ("The last bus left at noon, according to teachers at the school.",
     "teachers at the school", "The last bus left at noon"),
]


@pytest.mark.parametrize(("text", "speaker", "words"), BARE_PEOPLE)
def test_according_to_bare_people(text: str, speaker: str, words: str) -> None:
    assert statement_words(text) == [(speaker, words)]


# --- what stays unread -------------------------------------------------------------------

UNREAD = [
    "The road was closed for the night, according to plans drawn up last year.",
    "The shop burned down after the blast in the square.",
]


@pytest.mark.parametrize("text", UNREAD)
def test_no_source_no_statement(text: str) -> None:
    assert statement_words(text) == []
