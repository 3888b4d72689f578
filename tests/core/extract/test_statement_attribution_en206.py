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
        "Plateau state's commissioner for water, Amina Bello, said moments ago that the pumps "
        "were running again. She asked drivers to keep off the dam road after dark.")
    assert _has(found, "Amina Bello", "drivers to keep off the dam road"), found


# --- 3. a body's feeling before "to confirm that" ----------------------------------------

FEELING = [
    ("Karama Mining is relieved to confirm that its four geologists are safe and on their way "
     "home.", "Karama Mining", "its four geologists are safe"),
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
    ("A shopkeeper was stabbed outside his kiosk in Kora late on Friday, police said, the "
     "latest in a series of robberies that has shaken the market.", "police",
     "A shopkeeper was stabbed"),
    ("A bomb hit a bus in the north of the country, the army said, the third such attack in a "
     "month that was blamed on rebels.", "the army", "A bomb hit a bus"),
    ("Gunmen stormed the prison, the governor said, the second jailbreak that the state has "
     "seen this year.", "the governor", "Gunmen stormed the prison"),
    ("A patrol boat was fired on near the delta, the navy said, the third breach this month "
     "of a ceasefire that began in April.", "the navy", "A patrol boat was fired on"),
    ("A new clinic will open in the market square in June, the district chief said at "
     "Friday's council meeting, ending a long wait for mothers in the valley.",
     "the district chief", "A new clinic will open"),
    ("Four soldiers were wounded in the ambush, the colonel said at Sunday's funeral, adding "
     "that the unit would return.", "the colonel", "Four soldiers were wounded"),
    ("Guards beat inmates at the northern prison for a week in March, the Kessa Prisoners' "
     "League said today in a report based on letters from 25 inmates, two doctors and a "
     "chaplain.", "Kessa Prisoners' League", "Guards beat inmates"),
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
     "spokesman, Colonel Ivan Ruiz. Tomas's boss moved him to the early shift in March, he "
     'says. "I sleep better now," he says.', "Tomas",
     ["Tomas's boss moved him", "I sleep better now"]),
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
    ("A spokesman for the ministry said the inquiry was closed. The mother, Rosa Mendes, "
     'read the findings twice. "At the station they told me my son had run away," she said.',
     "my son had run away"),
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
    ("Lemu Bora, 64, farms near the river. A district officer said the bridge was repaired. "
     "On Monday the farmer was at the clinic. Dera Kotu lost its granary in the fire, he said. "
     "On Tuesday he walked us past the tents: some 900 people from Dera Kotu and two other "
     'hamlets. "We plant again when the rain comes."', "Dera Kotu"),
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
    ("The following morning police held 18 porters, many of them from the hills, accusing "
     "them of stealing cargo.", "police", "them of stealing cargo"),
    ("On Monday police detained 14 vendors, accusing them of selling stolen fuel.", "police",
     "them of selling stolen fuel"),
    ("Police detained 12 students, including two girls, accusing them of burning a car.",
     "Police", "them of burning a car"),
]


@pytest.mark.parametrize(("text", "speaker", "words"), PARTICIPLE)
def test_the_clause_subject_makes_the_charge(text: str, speaker: str, words: str) -> None:
    found = statement_words(text)
    assert _has(found, speaker, words), found


PARTICIPLE_UNREAD = [
    "On Monday police detained 14 vendors, most of whom were later freed.",
    "The next morning police held 14 vendors, two of them women.",
]


@pytest.mark.parametrize("text", PARTICIPLE_UNREAD)
def test_an_aside_without_a_participle_reads_nothing(text: str) -> None:
    assert statement_words(text) == []


# --- 8. a body's articled name in apposition; a label before "According to" ---------------

BODY_NAME = [
    ("The main opposition party, the People's Front, said in a statement that the vote was "
     "rigged.", "People's Front", "the vote was rigged"),
    ("The biggest supporters' club of the away team, the Blue Anchors, said on Friday that "
     "its members would boycott the match.", "Blue Anchors", "its members would boycott"),
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
    ("Notes to editors: According to UNICEF, some 400,000 children are out of school in the "
     "province.", "UNICEF", "some 400,000 children"),
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
    ("The union urges nurses who feel threatened on the ward to log each case.",
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
