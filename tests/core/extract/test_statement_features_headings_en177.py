"""English probes, round en177 (issue 11): who "he says" and "she says" are in features
(a second quote after '"...," she says.' in the same paragraph; a person named after the
last speaker and carried on by the pronoun), pull quotes that repeat the body's words,
headings in capitals of a place, a title and a region, an adjective and a title before a
name, and a charge made by people acting in protest.

Every sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import statement_words

# --- a second quote after '"...," she says.' --------------------------------------------

SECOND_QUOTES = [
    ('Nurses on the front line\n\n"There is no power after six," says Daniel Brooke, a '
     "doctor in Kessa.\n\nHer colleague Rita Fanon-Obi works nights. \"The generator stops "
     'at midnight," she says. "Then we use our phones."', "Rita Fanon-Obi",
     "Then we use our phones"),
    ('Fishing off Vell\n\n"The catch is half what it was," says Tomas Ekberg, a trader in '
     'the port.\n\nIda Marsh-Olu has fished these waters for 30 years. "The boats go out '
     'at four," she says. "We are back before the heat."', "Ida Marsh-Olu",
     "We are back before the heat"),
    ('The night shift\n\n"Nobody trains us for this," says Amal Reyes, a nurse.\n\nHis '
     'brother Karim Nour-Said drives the ambulance. "The road is the worst part," he says. '
     '"Every hole is a shell crater."', "Karim Nour-Said", "Every hole is a shell crater"),
]


@pytest.mark.parametrize(("text", "speaker", "words"), SECOND_QUOTES)
def test_a_second_quote_keeps_the_pronouns_speaker(text: str, speaker: str,
                                                   words: str) -> None:
    assert (speaker, words) in statement_words(text)


def test_a_quote_in_the_next_paragraph_is_not_carried_on() -> None:
    text = ('"The catch is half what it was," says Tomas Ekberg, a trader.\n\n"Prices have '
            'doubled since the spring and the boats stay in," the harbour master, Olle '
            'Brandt, said.')
    assert ("Olle Brandt", "Prices have doubled since the spring and the boats stay in") in (
        statement_words(text))


# --- a person named after the last speaker, carried on by the pronoun ------------------

CARRIED = [
    ('Grazing land lost\n\n"The courts cannot help us," says Peter Lund, a lawyer for the '
     "farmers.\n\nIn June, armed men burned the barn of another farmer, Tobias "
     "Renner-Kiplagat, and beat his brother. He has since moved to town.\n\n\"I still drive "
     'out on Sundays," he says.', "Tobias Renner-Kiplagat", "I still drive out on Sundays"),
    ('Farm crews in the north live in fear\n\n"The courts cannot help us," says Peter Lund, '
     "a lawyer.\n\nRenner-Kiplagat's day begins at five. Before he leaves, his son packs the "
     'bag.\n\n"He asks me each night if I will be back," he says.', "Renner-Kiplagat",
     "He asks me each night if I will be back"),
    ('The teachers of Kessa\n\n"We teach in tents," says Maria Lopes, a headteacher.\n\n'
     "Soldiers later arrested the father of one pupil, Yusuf Haddad-Omar. He was freed "
     'after a week.\n\n"They asked me where my sons were," he says.', "Yusuf Haddad-Omar",
     "They asked me where my sons were"),
    ('"The river is gone," says Jonas Berg, a hydrologist.\n\nThe flood also took the house '
     "of a widow, Esther Kamau-Ndlovu. She now sleeps at her sister's.\n\n\"I kept only the "
     'photographs," she says.', "Esther Kamau-Ndlovu", "I kept only the photographs"),
]


@pytest.mark.parametrize(("text", "speaker", "words"), CARRIED)
def test_a_person_named_and_carried_on_takes_the_pronoun(text: str, speaker: str,
                                                         words: str) -> None:
    assert (speaker, words) in statement_words(text)


CARRIED_NEGATIVES = [
    # the other sex carries the paragraph: the earlier speaker keeps the quote
    ('"The courts cannot help us," says Peter Lund, a lawyer.\n\nArmed men burned the barn '
     "of Tobias Renner-Kiplagat. His wife has since moved to town. She works at the "
     'market.\n\n"I still drive out on Sundays," he says.', "Peter Lund"),
    # named but not carried on by the pronoun: no telling, the older rule holds
    ('"The courts cannot help us," says Peter Lund, a lawyer.\n\nArmed men burned the barn '
     'of Tobias Renner-Kiplagat.\n\n"I still drive out on Sundays," he says.', "Peter Lund"),
    # a place after a preposition is no person
    ('"The courts cannot help us," says Peter Lund, a lawyer.\n\nThe convoy travelled to '
     'South Vell. He went with it.\n\n"I still drive out on Sundays," he says.',
     "Peter Lund"),
    # a place's possessive inside a sentence is no person
    ('"The courts cannot help us," says Peter Lund, a lawyer.\n\nThe post is one that '
     "Tamoria's police have kept for years. He has no gun.\n\n\"I still drive out on "
     'Sundays," he says.', "Peter Lund"),
]


@pytest.mark.parametrize(("text", "speaker"), CARRIED_NEGATIVES)
def test_the_earlier_speaker_keeps_the_pronoun(text: str, speaker: str) -> None:
    assert statement_words(text)[-1][0] == speaker


def test_the_last_speaker_wins_with_no_one_named_between() -> None:
    text = ('"The courts cannot help us," says Peter Lund, a lawyer.\n\nHe has filed three '
            'appeals. He expects to lose them.\n\n"I still go to every hearing," he says.')
    assert statement_words(text)[-1] == ("Peter Lund", "I still go to every hearing")


# --- pull quotes ------------------------------------------------------------------------

PULL_QUOTES = [
    ("'The river took everything'\n\nFloods swept through the valley in May.\n\n\"The river "
     'took everything," says Joseph Mwangi, a farmer.', "The river took everything"),
    ('Waiting outside the gates\n\nFatima Rashed-Ali comes every day.\n\n"I count the hours '
     'by the clock"\n\n"I count the hours by the clock," she says. "Nobody tells us '
     'anything."', "I count the hours by the clock"),
    ('"We sleep in shifts"\n\nThe camp has one tent for ten families. "We sleep in shifts," '
     "says Halima Dore, a mother of four.", "We sleep in shifts"),
]


@pytest.mark.parametrize(("text", "words"), PULL_QUOTES)
def test_a_pull_quote_gives_no_entry_of_its_own(text: str, words: str) -> None:
    assert [w for _, w in statement_words(text)].count(words) == 1


def test_a_quoted_headline_that_does_not_recur_keeps_its_reading() -> None:
    text = "'We will not leave'\n\nFamilies in the valley refuse to move."
    assert statement_words(text) == []


def test_a_live_heading_repeating_part_of_its_quote_keeps_its_entry() -> None:
    text = ("14:05\n'We have no more beds'\nThe clinic in the east is full. \"We have no more"
            " beds and no more fuel,\" its director, Ana Reyes, said.")
    assert ("Ana Reyes", "We have no more beds") in statement_words(text)


# --- headings in capitals ---------------------------------------------------------------

_BODY = "\n\nFighting continued in the north on Monday."

CAPITALS_HEADINGS = [
    "MALI: HUMANITARIAN SNAPSHOT - SAHEL REGION",
    "BURKINA FASO: HUMANITARIAN SNAPSHOT - CENTRE-NORD",
    "TAMORIA: ACCESS SNAPSHOT - MOPTA",
    "NORTH VELL: SITUATION OVERVIEW – RIVER REGION",
]


@pytest.mark.parametrize("heading", CAPITALS_HEADINGS)
def test_a_capitals_heading_with_a_region_is_nobodys(heading: str) -> None:
    assert statement_words(heading + _BODY) == []


HEADLINE_SPEAKERS = [
    ("Army: attackers pushed back", "Army"),
    ("Police: three suspects held after raid", "Police"),
    ("MALI: ATTACK KILLS 12 - UN", "UN"),
    ("KESSA: CONVOY HIT NEAR BORDER - ARMY", "ARMY"),
]


@pytest.mark.parametrize(("heading", "speaker"), HEADLINE_SPEAKERS)
def test_a_body_before_or_after_a_heading_still_speaks(heading: str, speaker: str) -> None:
    assert [s for s, _ in statement_words(heading + _BODY)] == [speaker]


# --- an adjective and a title before a name ---------------------------------------------

TITLED = [
    ('Local councillor Maria Okafor-Lind, who sits on the board, welcomed the report but '
     'said the delays "must end".', "Maria Okafor-Lind"),
    ("Local councillor Maria Okafor-Lind welcomed the report and said the delays must end.",
     "Maria Okafor-Lind"),
    ("Former councillor Ruth Kessler-Amu thanked the crews and said the town would rebuild.",
     "Ruth Kessler-Amu"),
    ("His brother Karim Nour-Said thanked the crews and said the road was closed.",
     "Karim Nour-Said"),
]


@pytest.mark.parametrize(("text", "name"), TITLED)
def test_an_adjective_and_a_title_before_a_name_keep_the_name(text: str, name: str) -> None:
    speakers = [s for s, _ in statement_words(text)]
    assert len(speakers) == 1 and speakers[0] is not None and speakers[0].endswith(name)


# --- a charge after a crowd's act -------------------------------------------------------

CHARGES = [
    ("Hundreds of herders blocked the road on Monday, accusing officials upstream of "
     "selling the water rights.", "Hundreds of herders",
     "officials upstream of selling the water rights"),
    ("Students marched through the capital on Friday, accusing the government of "
     "stealing the election.", "Students", "the government of stealing the election"),
    ("Dozens of traders closed their shops in protest, accusing the police of extortion.",
     "Dozens of traders", "the police of extortion"),
    ("Residents near the mine protested on Tuesday, accusing the company of poisoning the "
     "river.", "Residents near the mine", "the company of poisoning the river"),
]


@pytest.mark.parametrize(("text", "speaker", "words"), CHARGES)
def test_a_crowd_acting_makes_the_charge(text: str, speaker: str, words: str) -> None:
    assert statement_words(text) == [(speaker, words)]


CHARGE_NEGATIVES = [
    "The man gave her an accusing look and left the room.",
    "The storm destroyed hundreds of homes, accusing nobody.",
    "The heavy rains flooded the lower town on Monday, accusing the dams of nothing.",
]


@pytest.mark.parametrize("text", CHARGE_NEGATIVES)
def test_no_crowd_no_charge(text: str) -> None:
    assert statement_words(text) == []
