"""English probes, round en231 (issue 11): quotes in single marks (British, South Asian and
headline house styles) read as quotes are read in double marks, with the apostrophes and
scare quotes that must stay unread; and "answers" after a quote as a verb of saying, so
that a pronoun after a later quote goes to the person who answered.

Every sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import statement_words

# --- 1. quotes in single marks --------------------------------------------------------------

# A second quote after the attribution, a split quote, a quote of two sentences after a
# colon, curly marks: each read as its double-marked twin is.
SINGLE_MARKED = [
    ("Kofi Mensah, 60, lost his brother in the blast. 'Next month,' he says, 'I will open "
     "the shop again.'", [("Kofi Mensah", "Next month"),
                          ("Kofi Mensah", "I will open the shop again")]),
    ("'Closing the camps cannot mean sending people back to war,' said the group's "
     "director, Hana Sulem. 'Every family we met asked the same question.'",
     [("Hana Sulem", "Closing the camps cannot mean sending people back to war"),
      ("Hana Sulem", "Every family we met asked the same question")]),
    ("Ms Rukhsana Begum waited at the gate. ‘They tell me to come back tomorrow,’ she said. "
     "‘I have come back for a year.’",
     [("Ms Rukhsana Begum", "They tell me to come back tomorrow"),
      ("Ms Rukhsana Begum", "I have come back for a year")]),
    ("Our reporter Leila Hamdan says the road is closed: 'I can see trucks turned back at "
     "the checkpoint.'", [("Our reporter Leila Hamdan", "the road is closed"),
                          ("Our reporter Leila Hamdan",
                           "I can see trucks turned back at the checkpoint")]),
    ("Outside the court, Piotr Zalewski, whose son was shot at the border, held up a photo. "
     "'Two years we have waited. It will not bring him back, but now nobody can deny it,' "
     "he said.",
     [("Piotr Zalewski", "Two years we have waited. It will not bring him back, but now "
                         "nobody can deny it")]),
]


@pytest.mark.parametrize(("text", "expected"), SINGLE_MARKED)
def test_single_marked_quotes_read(text: str, expected: list[tuple[str, str]]) -> None:
    assert statement_words(text) == expected


# Read before and still read: a quote in single marks with its speaker right after it, and
# one after "said that" (the engine's own handling of single marks there is unchanged).
STILL_READ = [
    ("'We will not leave our land,' said Ravi Menon, a farmer in Palor district.",
     [("Ravi Menon", "We will not leave our land")]),
    ("LAHORE: The provincial health secretary, Dr Nadia Rehman, said on Sunday that 'all "
     "district hospitals have been put on high alert'.",
     [("Dr Nadia Rehman", "all district hospitals have been put on high alert")]),
    # a phrase quoted inside reported speech, its stop outside the mark: the statement
    # is the whole reported clause, as before
    ("The general said the valley had been 'a closed zone for four years'.",
     [("The general", "the valley had been 'a closed zone for four years'")]),
    ("'It is too early to say how many are missing', a police spokesman told the BBC.",
     [("a police spokesman", "It is too early to say how many are missing")]),
    ("The brothers' farm lies east of the river. 'We buried the cattle ourselves,' said Omar "
     "Haidari.", [("Omar Haidari", "We buried the cattle ourselves")]),
]


@pytest.mark.parametrize(("text", "expected"), STILL_READ)
def test_single_marked_quotes_still_read(text: str, expected: list[tuple[str, str]]) -> None:
    assert statement_words(text) == expected


# Apostrophes, scare quotes, a title and a headline's label stay as they were: no quote is
# made of them.
NEAR_MISSES = [
    ("He called the plan 'a disgrace' and left.", []),
    ("The 'rebels' were seen near the border on Tuesday.", []),
    ("Members of the farmers' union and O'Brien's rock 'n' roll band of the '90s marched "
     "through Tarn.", []),
    ("She watched 'The Silent Valley' twice that winter.", []),
    ("'No one warned us'\n\nThe water rose at night in Tarsi.", []),
]


@pytest.mark.parametrize(("text", "expected"), NEAR_MISSES)
def test_single_marks_not_quotes(text: str, expected: list[tuple[str, str]]) -> None:
    assert statement_words(text) == expected


# A quote inside a double-marked quote stays a quote inside it.
def test_single_marks_inside_double_quote() -> None:
    text = ("\"He told me 'Go home now, boy, before they come,' and then he left,\" said "
            "Joseph Mwangi.")
    assert ("Joseph Mwangi", "He told me 'Go home now, boy, before they come,' and then he "
            "left") in statement_words(text)


# --- 2. "answers" after a quote, and the pronoun after it -----------------------------------

ANSWERED = [
    ("The governor, Paul Ekwueme, says the new wall will hold. 'Walls do not stop rivers,' "
     "Grace Adeyemi answers. Later she walked to the bank. 'Next year,' she says, 'I "
     "will move.'",
     [("Paul Ekwueme", "the new wall will hold"), ("Grace Adeyemi", "Walls do not stop rivers"),
      ("Grace Adeyemi", "Next year"), ("Grace Adeyemi", "I will move")]),
    ("\"The money never came,\" the headmaster answers.",
     [("the headmaster", "The money never came")]),
    ("\"Ask the ministry,\" Tomas Ferreira answers, shrugging.",
     [("Tomas Ferreira", "Ask the ministry")]),
]


@pytest.mark.parametrize(("text", "expected"), ANSWERED)
def test_answers_after_quote(text: str, expected: list[tuple[str, str]]) -> None:
    assert statement_words(text) == expected


# "answers" as a noun is no verb of saying.
def test_answers_noun_unread() -> None:
    assert statement_words("The answers came slowly from the village council.") == []
