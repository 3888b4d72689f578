"""English probes, round en188 (issue 11): a feature's "he" or "she" goes to the most recent
person the text's own evidence makes compatible (never a body named between, never a person
the text gives the other sex: "one of nine men"), a "he" speaking inside another's quote is
the person the quote speaks of, and a person "we reached" speaks by description.

Every sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import statement_words

# --- a body named between the person and her "she says" ---------------------------------

BODY_BETWEEN = [
    ("The widows of Lake Kivu\n\nAmina Weru-Kaseke lost her husband to the lake in 2019. "
     '"He went out at four and never came back," she says.\n\n"The boat was found two days '
     'later," she says. "Empty."\n\nThe Ministry of Fisheries '
     "says 40 of its officers have drowned since 2015.\n\nIn March, Amina's eldest son told "
     'her he wanted to be a fisherman.\n\n"My heart stopped," she says. "But his father '
     'would have been proud."', "Amina Weru-Kaseke", "My heart stopped"),
    ("Bread under fire\n\nSelin Aydemir-Koc runs the last bakery in the square. \"We bake "
     'at three, before the shelling starts," she says.\n\n"The oven is from 1961," she says. '
     '"It was my father\'s."\n\nThe Regional Health Authority '
     "says nine bakeries have closed since January.\n\nLast week Selin's youngest son asked "
     'to leave for the city.\n\n"I said yes," she says. "What else could I say?"',
     "Selin Aydemir-Koc", "I said yes"),
    ("The night shift\n\nOdile Ferrand-Mbeki has driven an ambulance for eleven years. "
     '"You learn to sleep in the cab," she says.\n\n"The radio never stops," she says. '
     '"Never."\n\nThe National Ambulance Service says '
     "three of its crews were hit last year.\n\nOn Sunday, Odile's brother called to say "
     'he had found work abroad.\n\n"I told him to go," she says.', "Odile Ferrand-Mbeki",
     "I told him to go"),
]


@pytest.mark.parametrize(("text", "speaker", "words"), BODY_BETWEEN)
def test_she_skips_a_body_and_a_man_named_between(text: str, speaker: str,
                                                   words: str) -> None:
    assert (speaker, words) in statement_words(text)


def test_the_second_quote_stays_hers() -> None:
    text = BODY_BETWEEN[0][0]
    assert ("Amina Weru-Kaseke", "But his father would have been proud") in (
        statement_words(text))


# --- sex from the text: a person the text makes a man is never "she" --------------------

SEXED = [
    ("The letters in the tin\n\nFarida Noor keeps her brother's letters in a tin. She has "
     "shown them to two lawyers.\n\nKarim, 38, was one of nine men on the bus when soldiers "
     'stopped it, she says.\n\n"He never carried a gun," she says.', "Farida Noor",
     "He never carried a gun"),
    ("A room kept ready\n\nLeila Ostrova-Haddad still sets a place at the table. She lights "
     "a candle each Friday.\n\nYusuf was one of the fishermen taken off the boat in April, "
     'she says.\n\n"He wrote to me once," she says.', "Leila Ostrova-Haddad",
     "He wrote to me once"),
    ("Waiting at the gate\n\nMarta Ilunga-Sefu comes to the prison gate every Monday with "
     "bread for her son.\n\nPatrice is a father of two and a carpenter, she says. He was "
     'arrested in May.\n\n"Nobody has told us why," she says.', "Marta Ilunga-Sefu",
     "Nobody has told us why"),
]


@pytest.mark.parametrize(("text", "speaker", "words"), SEXED)
def test_she_skips_a_person_the_text_makes_a_man(text: str, speaker: str,
                                                 words: str) -> None:
    assert (speaker, words) in statement_words(text)


def test_an_unsexed_person_named_last_keeps_she() -> None:
    # no evidence either way: the person named last may be "she"
    text = ("Farida Noor keeps the letters in a tin.\n\nRenée Kabila, 38, runs the "
            'shelter on the hill.\n\n"We have forty beds," she says.')
    assert ("Renée Kabila", "We have forty beds") in statement_words(text)


# --- "he says" inside someone's quote ------------------------------------------------------

NESTED = [
    ("Farida Noor waits for news of her husband, Karim Noor, a driver held at the border.\n\n"
     'A letter arrived from Karim on Tuesday.\n\n"He says the food is better now," Farida '
     'says. "He always says that."', "Karim Noor", "the food is better now"),
    ('Maryam Osei-Lind has not seen her husband, Daniel, since May.\n\n"He told me the river '
     'was safe," she says.', "Daniel", "the river was safe"),
    ("Dozens of lorries are stuck at the crossing, a doctor there, Ivan Petrov, said.\n\nWe "
     'spoke to the wife of a driver who is among those held. "He sent a message at noon '
     'saying they had water," she said.', "a driver", "they had water"),
    ("Rahel Tesfaye-Berhe keeps her phone charged all night. Her son, Dawit, crossed the "
     'desert in June.\n\n"He says the guards took his shoes," she says.', "Dawit",
     "the guards took his shoes"),
]


@pytest.mark.parametrize(("text", "speaker", "words"), NESTED)
def test_he_inside_her_quote_is_the_person_spoken_of(text: str, speaker: str,
                                                    words: str) -> None:
    assert (speaker, words) in statement_words(text)


def test_the_whole_quote_stays_the_tellers() -> None:
    got = statement_words(NESTED[0][0])
    assert ("Farida", "He says the food is better now") in got
    got = statement_words(NESTED[2][0])
    assert ("the wife of a driver",
            "He sent a message at noon saying they had water") in got


def test_he_inside_a_quote_with_no_man_named_is_not_guessed() -> None:
    # nobody the text makes a man: the older reading stands (never the teller's own name)
    text = ('Nadia Roux-Amari runs the shelter.\n\n"He told me the road was open," she '
            "says.")
    assert all(sp != "Nadia Roux-Amari" or w != "the road was open"
               for sp, w in statement_words(text))


# --- a described teller the reporter reached -------------------------------------------------

REACHED = [
    ("Nine boys were detained after the march, lawyer Samuel Oduya said.\n\nWe reached the "
     'mother of one of the boys by phone. "I have not slept for three days," she said.',
     "the mother of one of the boys", "I have not slept for three days"),
    ("Two ferries were held at the port, the harbour master, Ivo Brandt, said.\n\nWe reached "
     'the sister of one of the drivers. "They have no water left," she said.',
     "the sister of one of the drivers", "They have no water left"),
]


@pytest.mark.parametrize(("text", "speaker", "words"), REACHED)
def test_a_described_person_we_reached_speaks(text: str, speaker: str, words: str) -> None:
    assert (speaker, words) in statement_words(text)


# --- negatives --------------------------------------------------------------------------------


def test_she_for_a_ship_names_no_person() -> None:
    text = ('The tanker Aurora left port on Monday. "She is the oldest ship in the fleet," '
            "the captain said.")
    assert [sp for sp, _ in statement_words(text)] == ["the captain"]


def test_a_quote_with_no_person_before_keeps_no_name() -> None:
    got = statement_words('"Nobody came," she said.')
    assert got == [("she", "Nobody came")]


def test_we_reached_a_town_is_no_speaker() -> None:
    text = ('We reached the town on Friday. "Nobody came," she said.')
    assert all(sp != "the town" for sp, _ in statement_words(text))


# --- the owner a possessive names, after the last speaker -----------------------------------

OWNERS = [
    ('"We walk every Friday night," says Cheryl Jack, who leads the group.\n\nOthers, like '
     "Annette Browne, carry flasks of tea for the men they meet.\n\nBrowne's nephew was shot "
     'in Bottom Town in May. "He survived," she says.', "Browne", "He survived"),
    ('"The school reopened in March," says Tomasz Wierzba, the head teacher.\n\nAmong the '
     "parents at the gate was Lucia Ferraro-Diallo.\n\nFerraro-Diallo's son lost a hand in "
     'the blast. "He wants to go back anyway," she says.', "Ferraro-Diallo",
     "He wants to go back anyway"),
]


@pytest.mark.parametrize(("text", "speaker", "words"), OWNERS)
def test_the_owner_named_since_the_last_speaker_speaks(text: str, speaker: str,
                                                      words: str) -> None:
    assert any(sp is not None and sp.endswith(speaker) and w == words
               for sp, w in statement_words(text))


def test_an_owner_never_named_before_leaves_the_speaker() -> None:
    text = ('"The ward is full," said Dr Ada Obi.\n\nKarim\'s son was among the wounded. '
            '"He is stable," she said.')
    assert ("Dr Ada Obi", "He is stable") in statement_words(text)
