"""English probes, round en206 (issue 11): how news attributes speech in shapes the statement
engine missed or misread.

1. a place with its kind before a possessive title ("Borno state's governor, X, said");
2. the time since it was said between the verb and "that" ("said a few minutes ago that");
3. a body's feeling before "to confirm / announce that" ("is relieved to confirm that");
4. an inverted source whose sentence goes on with no words of its own (a rank apposition
   with a relative clause, "at Tuesday's meeting", "in a report based on ...");
5. a teller's "he says" after a possessive name whose clause acts on "him";
6. a "they" in one person's quote that "told me" what follows, and a bare name written as a
   place, neither of them the earlier speaker;
7. a speech participle after a clause with a fronted time or an aside on its object;
8. a body's name with its article set off after its description, and a short label before
   a line's "According to".

Every sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import statement_words


def _has(found: list[tuple[str | None, str]], speaker: str, words: str) -> bool:
    return any(sp is not None and speaker in sp and w.startswith(words) for sp, w in found)


# --- 1. a place with its kind before a possessive title --------------------------------

PLACE_POSSESSOR = [
    ("Borno state's governor, Amina Bello, said that two clinics had reopened.",
     "Amina Bello", "two clinics had reopened"),
    ("Lagos state's police commissioner, Musa Idris, said on Monday that four men had been "
     "arrested.", "Musa Idris", "four men had been arrested"),
    ("Harlow county's sheriff, Dale Morgan, said the road would stay shut.", "Dale Morgan",
     "the road would stay shut"),
    ("Kessa city's mayor, Ruth Oduya, told reporters the water was safe to drink.",
     "Ruth Oduya", "the water was safe to drink"),
]


@pytest.mark.parametrize(("text", "speaker", "words"), PLACE_POSSESSOR)
def test_a_place_with_its_kind_owns_the_title(text: str, speaker: str, words: str) -> None:
    found = statement_words(text)
    assert _has(found, speaker, words), found


def test_a_lower_case_possessive_without_a_place_kind_is_unchanged() -> None:
    # "the state's" had always read; the kind list adds nothing to it
    found = statement_words("The state's health commissioner said that two clinics had "
                            "reopened.")
    assert _has(found, "The state's health commissioner", "two clinics had reopened"), found


# --- 2. the time since it was said -------------------------------------------------------

SAID_AGO = [
    ("The governor said a moment ago that the curfew would be lifted.", "The governor",
     "the curfew would be lifted"),
    ("The army said minutes ago that the convoy had reached the town.", "The army",
     "the convoy had reached the town"),
    ("The spokesman said three days ago the convoy was safe.", "The spokesman",
     "the convoy was safe"),
    ("The Kessa state commissioner for health, Amina Bello, said a few minutes ago that two "
     "clinics had reopened.", "Amina Bello", "two clinics had reopened"),
]


@pytest.mark.parametrize(("text", "speaker", "words"), SAID_AGO)
def test_the_time_since_is_no_part_of_the_words(text: str, speaker: str, words: str) -> None:
    found = statement_words(text)
    assert _has(found, speaker, words), found
    assert not any("ago" in w for _, w in found), found


def test_ago_inside_the_words_stays() -> None:
    found = statement_words("The spokesman said the attack began two hours ago.")
    assert _has(found, "The spokesman", "the attack began two hours ago"), found


def test_a_pronoun_after_a_named_commissioner_is_hers() -> None:
    found = statement_words(
        "Kaduna state's commissioner for health, Amina Bello, said a few minutes ago that two "
        "clinics had reopened. She asked families not to travel at night.")
    assert _has(found, "Amina Bello", "families not to travel at night"), found


# --- 3. a body's feeling before "to confirm that" ----------------------------------------

FEELING = [
    ("Karama Mining is relieved to confirm that all four workers have been found alive.",
     "Karama Mining", "all four workers have been found alive"),
    ("The club is delighted to announce that the stadium will reopen in May.", "The club",
     "the stadium will reopen in May"),
    ("Doctors of the Valley is greatly relieved to report that the missing nurse is safe.",
     "Doctors of the Valley", "the missing nurse is safe"),
    ("The regional council is proud to announce that the new bridge has opened.",
     "The regional council", "the new bridge has opened"),
]


@pytest.mark.parametrize(("text", "speaker", "words"), FEELING)
def test_a_body_feeling_announces(text: str, speaker: str, words: str) -> None:
    found = statement_words(text)
    assert _has(found, speaker, words), found


FEELING_UNREAD = [
    "We are relieved to confirm that everyone is safe.",  # the writer's own
    "The company is relieved to have found the workers alive.",  # no verb of telling
    "Residents are relieved that the water is back.",
    "The family is relieved to know that the boy is safe.",
]


@pytest.mark.parametrize("text", FEELING_UNREAD)
def test_a_feeling_without_telling_reads_nothing(text: str) -> None:
    assert statement_words(text) == []


# --- 4. an inverted source with no words after it ------------------------------------------

INVERTED_TAIL = [
    ("Three men were shot dead near a market in the town of Kora on Sunday, police said, the "
     "latest in a string of attacks that has left 20 dead this year.", "police",
     "Three men were shot dead"),
    ("A bomb hit a bus in the north of the country, the army said, the third such attack in a "
     "month that was blamed on rebels.", "the army", "A bomb hit a bus"),
    ("Gunmen stormed the prison, the governor said, the second jailbreak that the state has "
     "seen this year.", "the governor", "Gunmen stormed the prison"),
    ("Two soldiers were wounded by sniper fire near the town, the army said, the fourth "
     "violation in a week of a truce that took effect in May.", "the army",
     "Two soldiers were wounded"),
    ("The bridge will reopen on Monday, the mayor announced at Tuesday's council meeting, "
     "ending months of detours for farmers.", "the mayor", "The bridge will reopen"),
    ("Four soldiers were wounded in the ambush, the colonel said at Sunday's funeral, adding "
     "that the unit would return.", "the colonel", "Four soldiers were wounded"),
    ("Soldiers beat protesters in the capital on 3 May, Kessa Rights Watch said today in a "
     "report based on interviews with 40 witnesses, doctors and lawyers.",
     "Kessa Rights Watch", "Soldiers beat protesters"),
    ("Police used live rounds against strikers, the commission said in a report drawn from "
     "hospital records and videos.", "the commission", "Police used live rounds"),
    ("At least 30 people were held without charge, the group said on Monday in its report, "
     "based on court files.", "the group", "At least 30 people were held"),
]


@pytest.mark.parametrize(("text", "speaker", "words"), INVERTED_TAIL)
def test_the_words_stand_before_the_source(text: str, speaker: str, words: str) -> None:
    found = statement_words(text)
    assert _has(found, speaker, words), found
    # (what the source adds after "adding that" is its own words)
    tail = text[text.index(speaker) + len(speaker):].split(", adding that ")[0]
    assert not any(w and w in tail for sp, w in found if sp == speaker), found


def test_a_clause_after_the_source_still_reads() -> None:
    found = statement_words("Two men were arrested after the attack, police said, the third "
                            "man was released.")
    assert _has(found, "police", "the third man was released"), found


def test_a_report_based_on_before_that_keeps_the_words() -> None:
    found = statement_words("The group said in a report based on interviews that 30 people "
                            "were held without charge.")
    assert _has(found, "The group", "30 people were held without charge"), found


# --- 5. a teller's "he says" after a possessive name -------------------------------------

OWNER = [
    ('Tomas Ferreira drives a bus between the two towns. "Nobody stops for us," said a police '
     "spokesman, Colonel Ivan Ruiz. Tomas's boss pays him less than last year, he says, but "
     'he still drives every night. "I have no choice," he says.', "Tomas",
     ["Tomas's boss pays him", "I have no choice"]),
    ("Amina Yusuf sells fruit at the market. The city council said last week that stalls "
     "would move. Amina's landlord raised her rent twice this year, she says.", "Amina",
     ["Amina's landlord raised her rent"]),
    ('Karim Haddad runs a bakery on the corner. "The street is safe," said Mayor Lina Ortiz. '
     "Karim's neighbours warned him about the floods, he says.", "Karim",
     ["Karim's neighbours warned him"]),
]


@pytest.mark.parametrize(("text", "owner", "words"), OWNER)
def test_the_owner_acted_on_is_the_teller(text: str, owner: str, words: list[str]) -> None:
    found = statement_words(text)
    for w in words:
        assert _has(found, owner, w), found


def test_without_the_object_the_nearest_speaker_stays() -> None:
    found = statement_words(
        'Karim Haddad runs a bakery on the corner. "The street is safe," said Mayor Lina '
        "Ortiz. Karim's lawyer filed an appeal on Monday, she says.")
    assert _has(found, "Lina Ortiz", "Karim's lawyer filed an appeal"), found


# --- 6. "they told me" inside a quote; a name written as a place --------------------------

THEY_TOLD = [
    ("A spokesman for the ministry said the inquiry was closed. The widow, Rosa Mendes, "
     'welcomed the report. "For two years they told me a bandit killed my son," she said.',
     "a bandit killed my son"),
    ('Police chief Omar Diallo said the road was safe. "At the checkpoint they told us the '
     'bridge was closed," said Awa Sy, a trader.', "the bridge was closed"),
    ('Governor Ben Tal said aid had arrived. "In the camp they told me my brother was alive," '
     "said Lea Moss, a nurse.", "my brother was alive"),
]


@pytest.mark.parametrize(("text", "inner"), THEY_TOLD)
def test_they_told_me_is_the_quoters_hearsay(text: str, inner: str) -> None:
    found = statement_words(text)
    assert not any(w.startswith(inner) for _, w in found), found


def test_an_order_they_gave_still_reads() -> None:
    found = statement_words('Police chief Omar Diallo said the road was safe. "At the '
                            'checkpoint they told us to turn back," said Awa Sy, a trader.')
    assert any(w.startswith("to turn back") for _, w in found), found


PLACE_SUBJECT = [
    ("Kebede Alemu, 70, is the elder of a farming village. A police commander in the "
     "district said the road was open. On Wednesday the elder was tired. Dera Kotu had 200 "
     "households and some 900 cattle, he said. On Thursday he counted the people around him: "
     'about 2,000 from Dera Kotu and three other villages. "The soldiers came, and now the '
     'road is open."', "Dera Kotu"),
    ("Asha Noor, a nurse, runs the clinic. Officials said the road was shut. Bilu Tana lost "
     "its school in the flood. Most families in Bilu Tana now sleep in tents. "
     '"We need roofs before the rains," she says.', "Bilu Tana"),
    ("The district officer said aid had arrived. Karo Senge was shelled twice in May. Many "
     'people from Karo Senge fled north. "Nobody has come back," he said.', "Karo Senge"),
]


@pytest.mark.parametrize(("text", "place"), PLACE_SUBJECT)
def test_a_name_written_as_a_place_speaks_nothing(text: str, place: str) -> None:
    found = statement_words(text)
    assert not any(sp == place for sp, _ in found), found


def test_a_person_subject_still_takes_the_pronoun() -> None:
    found = statement_words('Officials said the road was shut. Hana Berro sold her shop in '
                            'May. "We had no choice," she said.')
    assert _has(found, "Hana Berro", "We had no choice"), found


# --- 7. a speech participle after a fronted time or an aside ----------------------------

PARTICIPLE = [
    ("The next morning police detained 31 traders, most of them from the north, accusing "
     "them of looting shops after the riot.", "police", "them of looting shops"),
    ("On Monday police detained 31 traders, accusing them of looting shops.", "police",
     "them of looting shops"),
    ("Police detained 12 students, including two girls, accusing them of burning a car.",
     "Police", "them of burning a car"),
]


@pytest.mark.parametrize(("text", "speaker", "words"), PARTICIPLE)
def test_the_clause_subject_makes_the_charge(text: str, speaker: str, words: str) -> None:
    found = statement_words(text)
    assert _has(found, speaker, words), found


PARTICIPLE_UNREAD = [
    "On Monday police detained 31 traders, most of whom were later freed.",
    "The next morning police detained 31 traders, two of them women.",
]


@pytest.mark.parametrize("text", PARTICIPLE_UNREAD)
def test_an_aside_without_a_participle_reads_nothing(text: str) -> None:
    assert statement_words(text) == []


# --- 8. a body's articled name in apposition; a label before "According to" ---------------

BODY_NAME = [
    ("The main opposition party, the People's Front, said in a statement that the vote was "
     "rigged.", "People's Front", "the vote was rigged"),
    ("The largest fan club of the home side, the Red Wall, said on Tuesday that its members "
     "would stay home.", "Red Wall", "its members would stay home"),
    ("A rights group, the Kessa Legal Centre, said that 40 people had been detained.",
     "Kessa Legal Centre", "40 people had been detained"),
]


@pytest.mark.parametrize(("text", "speaker", "words"), BODY_NAME)
def test_the_articled_name_speaks(text: str, speaker: str, words: str) -> None:
    found = statement_words(text)
    assert _has(found, speaker, words), found


def test_a_lower_case_description_after_the_comma_stays_the_speaker() -> None:
    found = statement_words("The union, the largest in the port, said the strike would go on.")
    assert _has(found, "The union", "the strike would go on"), found


LABELLED = [
    ("Notes to editors: According to the United Nations, nearly 7 million people are "
     "displaced in the region.", "the United Nations", "nearly 7 million people"),
    ("Background: According to the ministry, 300 schools have closed.", "the ministry",
     "300 schools have closed"),
    ("Editor's note: According to the police, the suspect was released on bail.",
     "the police", "the suspect was released on bail"),
]


@pytest.mark.parametrize(("text", "speaker", "words"), LABELLED)
def test_a_label_before_according_to(text: str, speaker: str, words: str) -> None:
    found = statement_words(text)
    assert _has(found, speaker, words), found


def test_a_clause_before_the_colon_is_no_label() -> None:
    # four words and a verb: a sentence of its own, read as it was at the session's start
    assert statement_words("Two bridges were damaged: According to the army, both will "
                           "reopen in May.") == []


# --- 9. "threatened" after a verb of feeling -------------------------------------------------

FELT_THREATENED = [
    ("The union urges nurses who feel threatened at work to report every incident.",
     "The union", "nurses who feel threatened"),
    ("The ministry urges staff who feel threatened by patients to call security.",
     "The ministry", "staff who feel threatened"),
    ("The council asks traders who felt threatened during the riot to come forward.",
     "The council", "traders who felt threatened"),
]


@pytest.mark.parametrize(("text", "speaker", "words"), FELT_THREATENED)
def test_felt_threatened_is_no_threat(text: str, speaker: str, words: str) -> None:
    found = statement_words(text)
    assert _has(found, speaker, words), found
    assert len(found) == 1, found


def test_a_threat_made_still_reads() -> None:
    found = statement_words("The rebels threatened to burn the village.")
    assert _has(found, "The rebels", "to burn the village"), found
