"""English probes, round en180 (issue 11): pronouns that agree in sex after a quote carried
on from '"...," she says.', a person named after the last speaker and carried on across a
sentence that names a place, "it" that is no plural of persons, a body's described person
("its publisher") as the referent of "he said", a name in commas after "said the editor,",
a year after "since" inside a subject's relative clause, one of a group "named" by a single
name, and "wrote about" as no verb of speech.

Every sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import statement_words

# --- a person once carried by "she" is not the referent of "he" -------------------------

SEXED = [
    ('Where the ferries stopped\n\n"We sold the second boat in May," says Oskar '
     "Lindqvist-Amare, 47, a ferryman for 20 years.\n\nHis cousin Selma Varga-Toft was on "
     'the last crossing. "The engine failed halfway," she says. "We drifted until dawn."\n\n'
     "Lindqvist-Amare's day starts at five. Before he leaves, his daughter packs his "
     'bread.\n\n"She asks me every morning if the river is calm," he says.',
     "Lindqvist-Amare", "She asks me every morning if the river is calm"),
    ('The clinic at the crossroads\n\n"The roof leaks over the ward," says Nadim '
     "Haroun-Said, the clinic's driver.\n\nHis sister Lamia Haroun-Said runs the pharmacy. "
     '"We have no insulin," she says. "None since March."\n\nHaroun-Said\'s rounds begin '
     'before dawn. By noon he has driven 90 kilometres.\n\n"I count the potholes," he says.',
     "Haroun-Said", "I count the potholes"),
]


@pytest.mark.parametrize(("text", "speaker", "words"), SEXED)
def test_a_person_carried_by_she_is_not_the_referent_of_he(text: str, speaker: str,
                                                             words: str) -> None:
    assert any(sp.endswith(speaker) and w == words for sp, w in statement_words(text))


def test_the_second_quote_after_she_says_keeps_her() -> None:
    text = SEXED[0][0]
    assert ("Selma Varga-Toft", "We drifted until dawn") in statement_words(text)


# --- a place between the named person and the pronoun breaks no chain -------------------

PLACED = [
    ('"Every ruling we win is a new list of targets," says Rafael Oquendo-Lara, the '
     "claimants' lawyer.\n\nIn May, armed men burned the house of another claimant, Tomás "
     "Ibarra-Quiñones, and beat his son. He now rents a room in Dunmarra, an hour away.\n\n"
     '"I go back each month to look at the fence," he says.', "Tomás Ibarra-Quiñones",
     "I go back each month to look at the fence"),
    ('"The river took the whole bank," says Elin Moravec, a hydrologist.\n\nThe flood also '
     "took the shop of a widow, Greta Osei-Brandt. She now sells bread from a stall in "
     'Kerrow.\n\n"I kept only the scales," she says.', "Greta Osei-Brandt",
     "I kept only the scales"),
]


@pytest.mark.parametrize(("text", "speaker", "words"), PLACED)
def test_a_place_in_the_carrying_sentence_breaks_no_chain(text: str, speaker: str,
                                                           words: str) -> None:
    assert (speaker, words) in statement_words(text)


def test_a_place_alone_still_names_no_one() -> None:
    text = ('"The courts cannot help us," says Peter Lund, a lawyer.\n\nThe convoy '
            'travelled to South Vell. He went with it.\n\n"I still drive out on Sundays," he '
            'says.')
    assert statement_words(text)[-1][0] == "Peter Lund"


# --- "it" is a thing, never a plural of persons -----------------------------------------

IT_PLURALS = [
    ("The boats came back on paper\nFishermen who won their licences back in court say "
     "they still cannot sail.\nBy Lena Sorvik\n\nMARSA, Vell - Ines Portela keeps the "
     "judgment in a drawer. It says the two boats belong to the family again.\n\n\"We "
     'won, and then the threats began," she says.', "the two boats belong"),
    ("Homes returned, fear remains\nFamilies who won their houses back in court say they "
     "still cannot sleep there.\nBy Ivo Krsmanic\n\nKESSA - Rosa Mendel keeps the ruling "
     "in a tin. It says the 4 hectares her father cleared belong to the family again.",
     "the 4 hectares"),
]


@pytest.mark.parametrize(("text", "words"), IT_PLURALS)
def test_it_is_no_plural_of_persons(text: str, words: str) -> None:
    entry = next(e for e in statement_words(text) if e[1].startswith(words))
    assert entry[0] == "It"


IT_BODIES = [
    ('The Coast Guard said two crew members were missing. Villagers gathered at the pier. '
     'It said the search would go on overnight.', "The Coast Guard"),
    ("Medics Without Frontiers said its clinic in Tarsa had been shelled. It said two "
     "nurses were hurt.", "Medics Without Frontiers"),
]


@pytest.mark.parametrize(("text", "speaker"), IT_BODIES)
def test_it_still_stands_for_a_body(text: str, speaker: str) -> None:
    assert statement_words(text)[-1][0] == speaker


# --- a body's described person is the referent of "he said" ------------------------------

DESCRIBED = [
    ("QUETTA, May 3 (PNA) -- A mob of about 30 men ransacked the office of a local "
     "monthly in Sibi on Monday, burning its archive, its publisher said. No one was hurt "
     "because the staff had left by the back stairs, he said.", "its publisher",
     "No one was hurt because the staff had left by the back stairs"),
    ("Armed men stormed the newsroom of a community radio station in Kaleso late on "
     "Friday, its editor said. Two computers were taken, he said.", "its editor",
     "Two computers were taken"),
]


@pytest.mark.parametrize(("text", "speaker", "words"), DESCRIBED)
def test_a_described_person_is_the_referent(text: str, speaker: str, words: str) -> None:
    assert (speaker, words) in statement_words(text)


# --- a name in commas after "said the editor," ------------------------------------------

EDITORS = [
    ('"We lost the whole photo archive, and that cannot be replaced," said the editor, '
     'Anselmo Quiroa-Batz, standing among the new shelves. "The rest we rebuilt with our '
     'readers."', "Anselmo Quiroa-Batz", "The rest we rebuilt with our readers"),
    ('"The presses were ruined by the water," said the publisher, Mirela Dobrev-Sant, at '
     'the reopening.', "Mirela Dobrev-Sant", "The presses were ruined by the water"),
]


@pytest.mark.parametrize(("text", "speaker", "words"), EDITORS)
def test_a_name_after_the_editor_speaks(text: str, speaker: str, words: str) -> None:
    assert (speaker, words) in statement_words(text)


# --- a year after "since" inside the subject's relative clause --------------------------

SINCE_YEAR = [
    ("A reader who brought a box of old editions she had kept since 2009 said she was glad "
     "to give them back.", "she was glad to give them back"),
    ("A farmer who lost the herd he had raised since 2017 said he would leave the valley.",
     "he would leave the valley"),
]


@pytest.mark.parametrize(("text", "words"), SINCE_YEAR)
def test_a_year_after_since_keeps_the_subject(text: str, words: str) -> None:
    found = statement_words(text)
    assert len(found) == 1 and found[0][0].startswith("A ") and found[0][1] == words


# --- one of a group, named by a single name ---------------------------------------------

NAMED_ONES = [
    ("On Monday, a dozen women waited outside the office for their cards. One of them, a "
     "teacher named Shirin, said she had never voted before.", "Shirin",
     "she had never voted"),
    ("Several drivers were stopped at the checkpoint. One of the drivers, a man called "
     "Tomasz, said soldiers took his papers.", "Tomasz", "soldiers took his papers"),
]


@pytest.mark.parametrize(("text", "speaker", "words"), NAMED_ONES)
def test_one_of_a_group_named_by_a_single_name(text: str, speaker: str, words: str) -> None:
    assert (speaker, words) in statement_words(text)


# --- "wrote about" is no verb of speech ----------------------------------------------------

WROTE_ABOUT = [
    "A blogger who wrote about smuggling in the harbour was found dead on Sunday.",
    "Imre Kalnoky, who wrote about the militias for a decade, was shot outside his home.",
    "The columnist wrote about the siege in her weekly notebook.",
]


@pytest.mark.parametrize("text", WROTE_ABOUT)
def test_wrote_about_gives_no_entry(text: str) -> None:
    assert statement_words(text) == []


def test_wrote_in_a_post_that_still_reports() -> None:
    text = "The activist wrote in a post that 14 people had been detained in Marsa."
    assert statement_words(text) == [("The activist", "14 people had been detained in Marsa")]


def test_a_described_person_named_by_a_single_name_keeps_the_description() -> None:
    text = "The mayor's driver, a young man named Teodor, said the bridge had been closed."
    assert statement_words(text) == [("The mayor's driver", "the bridge had been closed")]
