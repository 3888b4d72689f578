"""English probes, round en204 (issue 11): a feature title's quote is no owner's or place's
words, "one of them" after a described group is one of that group, a charge with a pronoun
object inside a relative clause is no statement, and a body described by how it was set up
keeps its clause and the "It" after it.

Every sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import statement_words

# --- 1. headline topics and feature titles -------------------------------------------------

# A country or region before a headline's colon, then a demand or a noun phrase: the topic.
TOPICS = [
    "Veltra: Free or charge those held after the Kessa protests\n\nPolice said 40 people "
    "were held on Monday.",
    "Norland: End the siege of Amar now\n\nThe army said the road was open.",
    "Ostria: Release the journalists held in Pella\n\nA lawyer said they had not been charged.",
    "Velmar: Justice for the victims of the Lorne shooting\n\nThe panel said 11 people died.",
    "West Sahra: Curbs on the press in the border towns\n\nThe group said three papers "
    "were closed.",
    "Kessa: Stop the air strikes on villages\n\nResidents said the jets came at night.",
]


@pytest.mark.parametrize("text", TOPICS)
def test_a_headline_topic_is_no_speaker(text: str) -> None:
    found = statement_words(text)
    head = text.split("\n", 1)[0]
    assert not any(w and w in head for _, w in found), found


# A quote, a colon and an owner or a place-modified thing: a title, no speaker there.
TITLE_OWNERS = [
    ("'You never know who is at the door': Pella's night nurses on a year of attacks\n\n"
     "The clinic was attacked 12 times last year.", "You never know who is at the door"),
    ("'They did not wait for the judge': a Norland village counts the cost\n\nThe market "
     "opened again on Monday.", "They did not wait for the judge"),
    ("'The river took the school': Amar's teachers and a lost year\n\nThe flood came in "
     "April.", "The river took the school"),
    ("\"Nobody came back\": a Kessa town after the raids\n\nThe raid came at night.",
     "Nobody came back"),
    ("'The lights went out at nine': a Lorne street in the blackout\n\nThe power failed "
     "on Friday.", "The lights went out at nine"),
    ("'They burned the stalls first': a Velmar market rebuilds\n\nThe fire began at dawn.",
     "They burned the stalls first"),
]


@pytest.mark.parametrize(("text", "quote"), TITLE_OWNERS)
def test_a_title_owner_or_place_says_nothing(text: str, quote: str) -> None:
    found = statement_words(text)
    assert not any(sp and w.startswith(quote) for sp, w in found), found


# The described person with the place after the colon keeps the quote, whole.
TITLE_PERSONS = [
    ("\"I still keep his room as it was\": a Pella father's wait\n\nHis son was taken in "
     "2019.", "a Pella father", "I still keep his room"),
    ("\"We sleep in the car now\": a Kessa family's winter\n\nThe family fled in March.",
     "a Kessa family", "We sleep in the car now"),
    ("'They took my son': a Norland mother's search\n\nHer son was taken in May.",
     "a Norland mother", "They took my son"),
    ("'We will return': an Amar farmer's long road home\n\nThe farm was burned in 2011.",
     "an Amar farmer", "We will return"),
    ("'My hands still shake': a Velmar nurse remembers the raid\n\nThe clinic was hit in "
     "May.", "a Velmar nurse", "My hands still shake"),
    ("'The sea took everything': a Lorne fisherman's story\n\nThe storm came in June.",
     "a Lorne fisherman", "The sea took everything"),
]


@pytest.mark.parametrize(("text", "speaker", "quote"), TITLE_PERSONS)
def test_a_title_person_described_with_a_place(text: str, speaker: str, quote: str) -> None:
    found = statement_words(text)
    assert (speaker, quote) in [(sp, w[:len(quote)]) for sp, w in found], found
    assert not any(sp and sp.endswith((" Pella", " Kessa", " Norland", " Amar", " Velmar",
                                        " Lorne")) for sp, _ in found), found


# Headlines that stay as they read: a source before the colon, a whole speaker after it.
KEPT_HEADLINES = [
    ("Minister: we will rebuild the bridge\n\nThe bridge fell in May.", "Minister",
     "we will rebuild the bridge"),
    ("UN: aid convoys blocked for a third week\n\nThe trucks waited at the border.", "UN",
     "aid convoys blocked for a third week"),
    ("'We will fight on': Norland's army chief vows to hold the capital\n\nThe army said the "
     "airport was retaken.", "Norland's army chief", "We will fight on"),
    ("'We are starving': residents of besieged Amar plead for aid\n\nThe UN said food ran "
     "out.", "residents of besieged Amar", "We are starving"),
    ("'No fuel, no surgery': Pella's doctors plead for supplies\n\nThe ministry said three "
     "hospitals closed.", "Pella's doctors", "No fuel, no surgery"),
]


@pytest.mark.parametrize(("text", "speaker", "words"), KEPT_HEADLINES)
def test_headline_speakers_kept(text: str, speaker: str, words: str) -> None:
    assert (speaker, words) in statement_words(text)


# --- 2. "one of them" after a described group ----------------------------------------------

ONE_OF_GROUP = [
    ('Women who sell fish at the jetty said they were afraid. "We will wait for the council," '
     'one of them said.', "one of the women who sell fish at the jetty"),
    ('Men who work at the quarry said they had not been paid. "We cannot feed our children," '
     'one of them told reporters.', "one of the men who work at the quarry"),
    ('Traders at the main market said the tax was too high. "We will close our shops," one '
     'of them said.', "one of the traders at the main market"),
    ('Students who took part in the march said police beat them. "They hit us with sticks," '
     'one of them said.', "one of the students who took part in the march"),
    ('Families living near the border said they heard shelling all night. "Nobody slept," '
     'one of them said.', "one of the families living near the border"),
    ('Drivers waiting at the crossing said the queue was ten kilometres long. "We have been '
     'here for four days," said one of them.', "one of the drivers waiting at the crossing"),
    ('Some drivers said the road was closed. "We waited two days," one of them said.',
     "one of the drivers"),
    ('Norlander traders said the border was shut. "We lost everything," one of them said.',
     "one of the Norlander traders"),
]


@pytest.mark.parametrize(("text", "speaker"), ONE_OF_GROUP)
def test_one_of_them_is_one_of_the_group(text: str, speaker: str) -> None:
    speakers = [sp for sp, _ in statement_words(text)]
    assert speaker in speakers, speakers


ONE_OF_KEPT = [
    ('The mayor said the market would reopen. "We will wait for the council," one of them '
     'said.', "one of them"),
    ('The ministry said the camp was full. "There is no room," one of them said.',
     "one of them"),
    ('Police said the two men were armed. "We saw the guns," one of them said.', "one of them"),
    ("Two security sources told reporters the base was hit. Ten soldiers were killed, one of "
     "the sources said.", "one of the sources"),
]


@pytest.mark.parametrize(("text", "speaker"), ONE_OF_KEPT)
def test_one_of_them_without_a_group_is_kept(text: str, speaker: str) -> None:
    speakers = [sp for sp, _ in statement_words(text)]
    assert speaker in speakers, speakers


# --- 3. a charge in a relative clause with a pronoun object --------------------------------

RELATIVE_CHARGES = [
    "The two men were stopped by a crowd of about 200 people who accused them of stealing a "
    "goat.",
    "The women were attacked by villagers who accused them of witchcraft.",
    "The two traders were beaten by a group of youths who accused them of selling stolen "
    "phones.",
    "A teacher was attacked by parents who accused her of cursing their children.",
    "The driver was dragged from his car by men that accused him of running over a child.",
    "Villagers who accuse them of witchcraft have burned three houses.",
]


@pytest.mark.parametrize("text", RELATIVE_CHARGES)
def test_a_relative_charge_is_no_statement(text: str) -> None:
    assert statement_words(text) == []


CHARGES_READ = [
    ("The opposition accused the government of rigging the vote.", "The opposition"),
    ("Residents who accused the soldiers of looting were arrested.", "Residents"),
    ("The union, which accused the company of ignoring warnings, called a strike.",
     "The union"),
]


@pytest.mark.parametrize(("text", "speaker"), CHARGES_READ)
def test_other_charges_read_as_before(text: str, speaker: str) -> None:
    assert speaker in [sp for sp, _ in statement_words(text)]


# --- 4. a body described by how it was set up, and "It" after it --------------------------

BODIES = [
    ("Panel report on the march\n\nA judicial panel set up to look into the shootings says "
     "17 people were killed, not the 11 announced by police at the time, and that most were "
     "shot in the back.\n\nIt says the police arrested 146 people in the two days after the "
     "march.", "A judicial panel set up to look into the shootings",
     ["17 people were killed, not the 11 announced by police at the time, and that most were "
      "shot in the back", "the police arrested 146 people in the two days after the march"]),
    ("Inquiry on the riots\n\nThe judicial panel set up to look into the riots says 23 people "
     "died.\n\nIt says soldiers fired on the crowd.",
     "The judicial panel set up to look into the riots",
     ["23 people died", "soldiers fired on the crowd"]),
    ("Inquiry on the riots\n\nAn inquiry panel set up to look into the riots says 23 people "
     "died, not the 9 given by the army.\nIt says the army used live rounds.",
     "An inquiry panel set up to look into the riots",
     ["23 people died, not the 9 given by the army", "the army used live rounds"]),
    ("Commission findings\n\nA judicial commission set up to investigate the killings said 8 "
     "people died.\n\nIt said two officers should be charged.",
     "A judicial commission set up to investigate the killings",
     ["8 people died", "two officers should be charged"]),
    ("Panel on the camp fire\n\nA three-member panel set up by the governor says 12 people "
     "died in the fire.\n\nIt says the exits were locked.",
     "A three-member panel set up by the governor",
     ["12 people died in the fire", "the exits were locked"]),
    ("Report on the clashes\n\nA special committee set up by parliament to examine the "
     "clashes says 30 homes were burned.\n\nIt says the police did not come.",
     "A special committee set up by parliament to examine the clashes",
     ["30 homes were burned", "the police did not come"]),
]


@pytest.mark.parametrize(("text", "speaker", "words"), BODIES)
def test_a_body_set_up_keeps_its_clauses_and_it(text: str, speaker: str,
                                                words: list[str]) -> None:
    found = statement_words(text)
    for w in words:
        assert (speaker, w) in found, found


def test_a_thing_set_up_is_still_no_speaker() -> None:
    # (a road block set up by soldiers does not say anything)
    found = statement_words("Roadblocks set up by soldiers on the main road were removed "
                            "on Monday, residents said.")
    assert all(sp == "residents" for sp, _ in found), found
