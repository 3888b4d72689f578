"""English probes, round en214 (issue 11): a feature's fronted "One morning" and a bare
"One" that are no antecedent, a "whose" clause with an apposition of its own, a first act
after a perfect's auxiliary before "and said", and a toll "given" before a colon.

1. "One night in March 2019, gunmen ...", "One of the ferries capsized ...": a time that
   opens a sentence, and a "One" that names and describes no one, are no person a later
   "he says" stands for; the person the feature follows keeps the quote. "Each morning,
   X ..." opens on a time too, so X is the subject. "One of the fishermen told police ..."
   and "One fisherman, Ali Benga, said ..." still speak;
2. "Maria Santos-Reyes, whose son, a taxi driver, was shot ..., said ...": the relative's
   owner speaks, not its inner apposition; a plain "whose" clause reads as before;
3. "The prime minister has declared a day of mourning and said ...": the subject of the
   first act speaks past the auxiliary; "The flood has cut the road and residents said"
   keeps the residents, and an event says nothing;
4. "has just given a new figure: 9 people killed and 27 wounded", and a body "of" a named
   government longer than eight words; a figure of no toll ("a new figure for the
   budget:") and a statement's colon stay unread.

Every sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import statement_words


def _speaker_of(found: list[tuple[str | None, str]], words: str) -> str | None:
    return next((sp for sp, w in found if w.startswith(words)), "<none>")


# --- 1. a fronted "One" time and a bare "One" ------------------------------------------

_FERRY = (
    "The ferryman of Lusa\n"
    "Each morning at five, Daniel Okoro-Bassey checks the ropes on his boat. \"The river "
    "decides everything,\" he says. \"It always has.\"\n"
    "Not much else is the same. {X} Two of the drowned were Daniel's nephews.\n"
    "He was thrown onto the rocks and spent a month in hospital. \"I started again with "
    "nothing,\" he says."
)

BOATMAN = (
    "The boatman of Karsi\n"
    "Every dawn, Obinna Eze-Lawal rows his skiff across the river to the clinic. \"The water "
    "is kind in the morning,\" he says.\n"
    "One night in March 2019, gunmen came down the far bank and set fire to the ferry "
    "landing, killing nine people. Two of the dead were Obinna's cousins.\n"
    "He was shot in the leg and spent a month in a hospital in Lokoja. \"I still hear the "
    "engines at night,\" he says."
)

SHOPKEEPER = (
    "One morning in June, Ana Reyes-Toma found the door of her shop forced open. \"They "
    "took everything, even the scales,\" she says."
)


@pytest.mark.parametrize("opening", [
    "One of the boats sank in a storm in 2012, and four men drowned.",
    "One of the ferries capsized near the landing in 2012.",
    "One evening in May 2012, a storm capsized three boats near the landing.",
    "One afternoon, soldiers closed the landing.",
    "One Sunday in 2012 the river rose two metres overnight.",
    "One of his brothers drowned that spring.",
])
def test_a_bare_one_gives_the_quote_to_the_followed_person(opening: str) -> None:
    found = statement_words(_FERRY.replace("{X}", opening))
    assert _speaker_of(found, "I started again") == "Daniel Okoro-Bassey"


def test_a_fronted_one_night_is_no_speaker() -> None:
    assert _speaker_of(statement_words(BOATMAN), "I still hear") == "Obinna Eze-Lawal"


def test_the_subject_after_a_fronted_one_morning_speaks() -> None:
    assert _speaker_of(statement_words(SHOPKEEPER), "They took everything") == "Ana Reyes-Toma"


def test_one_of_a_group_who_tells_still_speaks() -> None:
    found = statement_words(_FERRY.replace(
        "{X}", "One of the fishermen told police the boat was overloaded."))
    assert _speaker_of(found, "the boat was overloaded") == "One of the fishermen"


def test_one_named_in_apposition_still_speaks() -> None:
    found = statement_words(_FERRY.replace(
        "{X}", "One fisherman, Ali Benga, said the boat was overloaded."))
    assert _speaker_of(found, "the boat was overloaded") == "Ali Benga"


def test_a_counted_one_who_said_keeps_its_words() -> None:
    found = statement_words("Two men were detained at the checkpoint. One said he had been "
                            "beaten with a rifle butt.")
    assert _speaker_of(found, "he had been beaten") == "One"


# --- 2. a "whose" clause with its own apposition --------------------------------------

@pytest.mark.parametrize("text, words, speaker", [
    ("Outside the court, Maria Santos-Reyes, whose son, a taxi driver, was shot at the "
     "roadblock, said the verdict was \"too late\".", "the verdict was", "Maria Santos-Reyes"),
    ("Omar Haddad, whose brother, a teacher, was killed in the blast, told reporters the "
     "school would reopen on Monday.", "the school would reopen", "Omar Haddad"),
    ("The mayor, whose office, a converted warehouse, was damaged by the fire, said repairs "
     "would take months.", "repairs would take months", "The mayor"),
    ("Ana Ruiz, whose daughter, Lucia, disappeared in 2009, says the police never called "
     "back.", "the police never called back", "Ana Ruiz"),
    ("Karim Benali, whose shop, the only pharmacy in the village, was looted in March, told "
     "us the police never came.", "the police never came", "Karim Benali"),
])
def test_the_owner_of_a_whose_clause_speaks(text: str, words: str, speaker: str) -> None:
    assert _speaker_of(statement_words(text), words) == speaker


def test_a_plain_whose_clause_reads_as_before() -> None:
    found = statement_words("Ana Ruiz, whose daughter disappeared in 2009, says the police "
                            "never called back.")
    assert _speaker_of(found, "the police never called back") == "Ana Ruiz"


# --- 3. a first act after "has" / "had", then "and said" -------------------------------

_BEFORE = "Rain fell all night. "


@pytest.mark.parametrize("text, words, speaker", [
    ("The prime minister's office has declared three days of mourning and said those "
     "behind the attack would be found.", "those behind the attack", "The prime minister's office"),
    ("The prime minister has declared a day of mourning and said the bombers would be "
     "hunted down.", "the bombers would be", "The prime minister"),
    ("The shipping firm had suspended all sailings and said the crew were safe.",
     "the crew were safe", "The shipping firm"),
    ("The prime minister's office has ordered an inquiry and said the findings would be "
     "made public.", "the findings would be", "The prime minister's office"),
])
def test_the_subject_of_a_perfect_act_says_it(text: str, words: str, speaker: str) -> None:
    assert _speaker_of(statement_words(_BEFORE + text), words) == speaker


def test_a_second_clause_with_its_own_subject_keeps_it() -> None:
    found = statement_words(_BEFORE + "The flood has cut the road and residents said the "
                            "bridge was gone.")
    assert _speaker_of(found, "the bridge was gone") == "residents"


def test_an_event_that_has_acted_says_nothing() -> None:
    assert statement_words(_BEFORE + "The storm has flattened the market and said nothing.") == []


# --- 4. a toll given before a colon --------------------------------------------------

@pytest.mark.parametrize("text, words, speaker", [
    ("The health ministry has just given a new figure: 9 people killed and 27 wounded.",
     "9 people killed", "The health ministry"),
    ("The health ministry of the Government of National Unity has just given a new figure: "
     "9 people killed and 27 wounded.", "9 people killed",
     "The health ministry of the Government of National Unity"),
    ("The defence ministry of the Republic of Kessa has given a revised figure: 40 soldiers "
     "missing.", "40 soldiers missing", "The defence ministry of the Republic of Kessa"),
    ("The civil defence has given an updated count: 22 bodies recovered so far.",
     "22 bodies recovered", "The civil defence"),
])
def test_a_toll_given_before_a_colon(text: str, words: str, speaker: str) -> None:
    assert _speaker_of(statement_words(_BEFORE + text), words) == speaker


@pytest.mark.parametrize("text", [
    "The ministry has given a new figure for the budget: 9 billion dollars.",
    "The ministry has given a statement: the talks will resume on Monday.",
])
def test_no_toll_before_the_colon_stays_unread(text: str) -> None:
    assert statement_words(_BEFORE + text) == []


# --- an "Each" time before a column's answerer ---------------------------------------

def test_a_named_answerer_after_each_month_speaks_the_answers() -> None:
    text = ("THE INTERVIEW\nEach month, Samia Haddad-Rai answers readers' questions about the "
            "camps.\nQ: How many people live in the camp now?\nA: About 12,000 people live "
            "in the camp, most of them women and children from the villages.")
    assert _speaker_of(statement_words(text), "About 12,000 people") == "Samia Haddad-Rai"


def test_an_unnamed_answerer_after_each_week_stays_nobody() -> None:
    text = ("ASK THE DOCTOR\nEach week a doctor answers readers' questions. This week: a "
            "cough.\nQ: My son has coughed for a month. Should I worry about it?\nA: A cough "
            "that lasts a month should always be seen by a doctor, who can listen to the "
            "chest and order an X-ray if needed.")
    assert statement_words(text) == []
