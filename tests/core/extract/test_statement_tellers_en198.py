"""English probes, round en198 (issue 11): a feature's teller called by her first name, the
named dead who never speak, verbs of saying in a generic relative, "accused" as an
adjective, advice to a hearer, closing tellers with a relative clause, a described person
inside a group's account taking the next "he", and a quote closing on an inner quote's mark
before a new paragraph's "says".

Every sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import statement_words

# --- 1. a bare first name that opens a full name written before ---------------------------

FIRST_NAMES = [
    ('Mirela Santos-Oyo keeps her son\'s boots by the door. "He was twenty," she says. A '
     "spokeswoman for the governor, who asked not to be named, told this paper that the case "
     "is open.\n\nMirela does not believe it. On Sunday she walked to the cemetery. "
     '"I want him back," she says.', "Mirela Santos-Oyo", "I want him back"),
    ('Daniel Okoro waits outside the prison gate every Friday. "They say he is alive," he '
     "says. A prison official told reporters that visits are suspended.\n\nDaniel is not "
     'convinced. "I will come back next week," he says.', "Daniel Okoro",
     "I will come back next week"),
    ('Amara Kessy-Dulin runs the bakery on the square. "We open at five," she says. A police '
     "officer told the Courier the curfew would be lifted.\n\nAmara has heard that before. "
     '"Nobody lifts anything here," she says.', "Amara Kessy-Dulin",
     "Nobody lifts anything here"),
    ('Tomas Reyna-Vidal drives the school bus in Calvo. "The road is quiet now," he says. A '
     "spokesman for the governor said patrols had been doubled.\n\nTomas does not see them. "
     '"I drive alone," he says.', "Tomas Reyna-Vidal", "I drive alone"),
    ('Lidia Moravec sells fish at the harbour. "Prices doubled," she says. A ministry official '
     "said the fuel subsidy would return in May.\n\nLidia is not waiting. She has bought a "
     'smaller boat. "It uses less," she says.', "Lidia Moravec", "It uses less"),
    ('Yusuf Adan-Bile keeps the key of the clinic. "We had no power," he says. A doctor from '
     "the ministry told reporters the generator was repaired.\n\nYusuf never saw the repair. "
     '"The lights stayed off," he says.', "Yusuf Adan-Bile", "The lights stayed off"),
]


@pytest.mark.parametrize(("text", "speaker", "words"), FIRST_NAMES)
def test_a_first_name_is_the_full_names_person(text: str, speaker: str, words: str) -> None:
    assert (speaker, words) in statement_words(text)


def test_a_lone_capital_that_opens_no_name_keeps_the_older_reading() -> None:
    text = ('Daniel Okoro waits outside the prison gate every Friday. "They say he is alive," '
            "he says. A prison official told reporters that visits are suspended.\n\nRain "
            'fell all night. "I will come back next week," he says.')
    assert ("A prison official", "I will come back next week") in statement_words(text)


# --- 2. the named dead never speak ---------------------------------------------------------

NAMED_DEAD = [
    ('Chidi Okafor runs a small shop near the bus station. "We heard the shooting at night," '
     "he says.\n\nAmong the dead was Okafor's younger brother, Emeka. \"He phoned me at "
     'dawn," he says.', "Chidi Okafor", "He phoned me at dawn"),
    ('Samuel Mensah drives a taxi in the north. "Nobody stops here now," he says.\n\nThe dead '
     'included his cousin, Kofi Asante, a farmer. "He was coming to see me," he says.',
     "Samuel Mensah", "He was coming to see me"),
    ('Musa Bello farms maize near Gashua. "The water came first," he says.\n\nAmong those '
     'killed was his uncle, Ibrahim Bello, a herder. "He never learned to swim," he says.',
     "Musa Bello", "He never learned to swim"),
    ('Musa Bello farms maize near Gashua. "The water came first," he says.\n\nHis uncle, '
     'Ibrahim Bello, was among the dead. "He never learned to swim," he says.',
     "Musa Bello", "He never learned to swim"),
    ('Musa Bello farms maize near Gashua. "The water came first," he says.\n\nThe victims '
     'included his uncle, Ibrahim Bello. "He never learned to swim," he says.',
     "Musa Bello", "He never learned to swim"),
    ('Yusuf Adan sat on the steps of the clinic. "I carried them all," he says.\n\nOne of '
     'those killed was his neighbour, Ali Warsame. "He had four children," he says.',
     "Yusuf Adan", "He had four children"),
]


@pytest.mark.parametrize(("text", "speaker", "words"), NAMED_DEAD)
def test_the_named_dead_take_no_later_quote(text: str, speaker: str, words: str) -> None:
    assert (speaker, words) in statement_words(text)


def test_a_survivor_named_so_still_speaks() -> None:
    text = ('Musa Bello farms maize near Gashua. "The water came first," he says.\n\nAmong '
            'the survivors was his uncle, Ibrahim Bello. "I held the rope," he says.')
    assert ("Ibrahim Bello", "I held the rope") in statement_words(text)


# --- 3. a verb of saying in a generic subject's relative ----------------------------------

GENERIC = [
    ('The activist said: "In this town whoever argues is beaten and whoever writes is '
     'jailed."', "The activist"),
    ('"Anyone who warns is arrested," he said.', "he"),
    ('"Whoever says no is taken away," she said.', "she"),
    ('"Everyone who objects is fined," a trader said.', "a trader"),
    ('"Those who protest are shot," the lawyer told the Monitor.', "the lawyer"),
    ("Anyone who complains loses the stall, the market's chairman said.",
     "the market's chairman"),
]


@pytest.mark.parametrize(("text", "speaker"), GENERIC)
def test_a_generic_relatives_verb_tells_nothing(text: str, speaker: str) -> None:
    got = statement_words(text)
    assert len(got) == 1 and got[0][0] == speaker


def test_a_relatives_verb_with_its_clause_still_reports() -> None:
    text = ("Human Rights Watch documented the cases of nine people who said they had been "
            "beaten.")
    assert any(w == "they had been beaten" for _, w in statement_words(text))


# --- 4. participles of saying as adjectives ------------------------------------------------

ADJECTIVES = [
    "Three men were convicted on Tuesday. A fourth accused man was acquitted.",
    "Three accused soldiers were freed on Monday.",
    "The court heard that two accused men had fled.",
    "Each accused officer was fined.",
    "The second accused man was released on bail.",
    "An alleged smuggler was shot dead at the border.",
]


@pytest.mark.parametrize("text", ADJECTIVES)
def test_an_adjectival_participle_is_no_verb(text: str) -> None:
    assert statement_words(text) == []


@pytest.mark.parametrize(("text", "speaker", "words"), [
    ("The accused told the court he was innocent.", "The accused", "he was innocent"),
    ("The accused driver told reporters he was innocent.", "The accused driver",
     "he was innocent"),
    ("Rebels accused the army of shelling the market.", "Rebels",
     "the army of shelling the market"),
    ("The two accused the army of lying.", "The two", "the army of lying"),
])
def test_accused_as_a_noun_or_a_verb_still_reads(text: str, speaker: str, words: str) -> None:
    assert (speaker, words) in statement_words(text)


# --- 5. advice and instruction to a hearer ---------------------------------------------------

ADVICE = [
    ("The union says it has written to the minister. Until then it advises members not to "
     "stop at any roadblock without uniformed police.", "The union",
     "members not to stop at any roadblock without uniformed police"),
    ("The union says roads are unsafe. It also advises drivers to travel in convoys.",
     "The union", "drivers to travel in convoys"),
    ("The embassy advised its citizens to leave the country.", "The embassy",
     "its citizens to leave the country"),
    ("The embassy has advised its citizens to avoid the border.", "The embassy",
     "its citizens to avoid the border"),
    ("The police instructed residents to stay indoors.", "The police",
     "residents to stay indoors"),
    ("The federation said the match was off. Until then it urges fans not to travel.",
     "The federation", "fans not to travel"),
]


@pytest.mark.parametrize(("text", "speaker", "words"), ADVICE)
def test_advice_to_a_hearer_reads(text: str, speaker: str, words: str) -> None:
    assert (speaker, words) in statement_words(text)


@pytest.mark.parametrize("text", [
    "The ministry advised caution on the northern roads.",
    "The ministry advises caution.",
    "He advised the president on security for ten years.",
    "Police advise residents to leave their cars at home.",
    "The Desk expects more attacks and advises newsrooms to send staff in pairs.",
])
def test_advice_with_no_hearer_or_a_notice_is_unread(text: str) -> None:
    assert statement_words(text) == []


@pytest.mark.parametrize(("text", "speaker", "words"), [
    ("Since then the army says 40 rebels have surrendered.", "the army",
     "40 rebels have surrendered"),
    ("Until then the union urges members not to stop.", "the union", "members not to stop"),
])
def test_a_fronted_then_is_no_part_of_the_subject(text: str, speaker: str, words: str) -> None:
    assert (speaker, words) in statement_words(text)


# --- 6. a closing teller with a relative clause -------------------------------------------

CLOSING = [
    ("The driver, a 40-year-old from Bol, was killed when he refused to pay, two drivers who "
     "were behind him in the queue told the group.",
     "two drivers who were behind him in the queue",
     "The driver, a 40-year-old from Bol, was killed when he refused to pay"),
    ("The teacher was taken from the school in the morning, a colleague who was with him "
     "told the Monitor.", "a colleague who was with him",
     "The teacher was taken from the school in the morning"),
    ("The teacher was taken, a colleague who had been with him said.",
     "a colleague who had been with him", "The teacher was taken"),
    ("Four houses were burned, residents who were at the market that day said.",
     "residents who were at the market that day", "Four houses were burned"),
    ("Four houses were burned, local residents who were at the market said.",
     "local residents who were at the market", "Four houses were burned"),
    ("The market was shelled at noon, a trader who was injured in the attack told reporters.",
     "a trader who was injured in the attack", "The market was shelled at noon"),
]


@pytest.mark.parametrize(("text", "speaker", "words"), CLOSING)
def test_a_closing_teller_with_a_relative_clause(text: str, speaker: str, words: str) -> None:
    assert (speaker, words) in statement_words(text)


def test_a_clause_before_a_closing_teller_is_no_teller() -> None:
    text = "The vote was rigged, people who were arrested on Monday were released, police said."
    assert [sp for sp, _ in statement_words(text)] == ["police"]


# --- 7. a described person inside a group's account ---------------------------------------

INSIDE = [
    ("The assistant, who was 17 at the time, survived, prosecutors said. He told the court in "
     "March that he hid in the field.", "The assistant", "he hid in the field"),
    ("The driver, a father of three, was wounded in the leg, police said. He told reporters "
     "that the gunmen wore uniforms.", "The driver", "the gunmen wore uniforms"),
    ("The cook, who was 17 at the time, survived, prosecutors said. He told the court that "
     "he hid in the kitchen.", "The cook", "he hid in the kitchen"),
    ("A nurse at the clinic was beaten, the ministry said. She told the court that soldiers "
     "took the medicines.", "A nurse", "soldiers took the medicines"),
    ("The witness, a farmer from Tessa, was wounded, police said. He later told the Monitor "
     "that the gunmen wore masks.", "The witness", "the gunmen wore masks"),
    ("The attendant, who was on duty, was tied up, investigators said. He told the court "
     "that the men took the keys.", "The attendant", "the men took the keys"),
]


@pytest.mark.parametrize(("text", "speaker", "words"), INSIDE)
def test_a_person_inside_a_groups_account(text: str, speaker: str, words: str) -> None:
    assert (speaker, words) in statement_words(text)


def test_a_person_teller_keeps_his_he() -> None:
    text = "A guard was freed, the commander said. He told reporters the talks were over."
    assert ("the commander", "the talks were over") in statement_words(text)


# --- 8. a quote closing on an inner quote's mark ------------------------------------------

def test_a_new_paragraphs_says_keeps_its_words_after_an_inner_quote() -> None:
    text = ('Musa Bello farms near Gashua.\n\n"He called me at six," he says. "At nine a '
            "herdsman came running and said: 'They are all dead.'\"\n\nThe army says it has "
            "recovered 500 stolen cattle since June and that 19 suspects have been arrested.")
    got = statement_words(text)
    assert ("The army", "it has recovered 500 stolen cattle since June and that 19 suspects "
            "have been arrested") in got
    assert all(sp != "The army" or "herdsman" not in w for sp, w in got)


def test_a_plain_two_clause_says_reads_whole() -> None:
    text = ("The police say they have found the truck and that two men have been charged.")
    assert ("The police", "they have found the truck and that two men have been charged") in (
        statement_words(text))
