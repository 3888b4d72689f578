"""English probes, round en193 (issue 11): a feature's quote goes on with the person who
spoke, never with one the text only mentions (told dead, or a bare count standing for a
person); a spokesperson for a body speaks, not the body's name set in commas after the
description; an "it" after a person goes back to the body that told before; plural
tellers with the present "tell" and a described hearer; a described speaker with the name
in commas after a fronted time that lost its comma.

Every sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import statement_words

_PAD = ("The harbour has changed little since the war. Boats still leave at dawn and come "
        "back at dusk, and the fish market opens before six. The old customs house is a "
        "cafe now, and visitors sit where the officers once stamped papers. ")

# --- 1. a feature's quote belongs to the person who spoke --------------------------------

SHE_SAYS = [
    ("Families at the gate\n\nHalima Osei-Brandt, whose husband drove the lorry, says the "
     "convoy left at dawn. One of the drivers, a 23-year-old, was shot dead at the "
     'checkpoint.\n\n"They told us nothing," she says.', "Halima Osei-Brandt",
     "They told us nothing"),
    ("Waiting for the boats\n\nNadia Kerr-Mensah, whose brother fished the lake, says the "
     "storm came without warning. One of the crew, a boy of 17, drowned near the "
     'shore.\n\n"I saw the sky go black," she says.', "Nadia Kerr-Mensah",
     "I saw the sky go black"),
    ("Tomas Verhoeven, whose son guards the mine, says the night shift was doubled. One of "
     'the guards, a 40-year-old, was killed in the first attack.\n\n"We expected it," he '
     "says.", "Tomas Verhoeven", "We expected it"),
]

BARE_QUOTE = [
    ("Ines Barros-Kante, whose son is held at the port, says she has not slept. " + _PAD
     + 'One of the crew, a 19-year-old, was killed.\n\n"I want him home before the winter '
     'comes."', "Ines Barros-Kante", "I want him home before the winter comes"),
    ('"I wait here every single day," says Mariam Toure-Sy, whose husband is missing. '
     + _PAD + "One of his colleagues, a mechanic, was killed last week.\n\n\"Nobody tells "
     'us anything at all."', "Mariam Toure-Sy", "Nobody tells us anything at all"),
    ("Rosa Delgado-Pinto, whose brother was on the trawler, says she walks to the harbour "
     "each morning. " + _PAD + "Two of the six were found dead on the beach in "
     'April.\n\n"I keep his coat by the door, just in case."', "Rosa Delgado-Pinto",
     "I keep his coat by the door, just in case"),
]


@pytest.mark.parametrize(("text", "speaker", "words"), SHE_SAYS + BARE_QUOTE)
def test_the_quote_is_the_speakers_not_the_one_mentioned(text: str, speaker: str,
                                                        words: str) -> None:
    assert (speaker, words) in statement_words(text)


def test_a_bare_quote_with_no_one_who_spoke_keeps_no_speaker() -> None:
    # nobody spoke before: the one told dead is still no teller
    text = (_PAD + "One of the crew, a 19-year-old, was killed.\n\n\"I want him home "
            'before the winter comes."')
    assert all(sp is None or not sp.startswith("One") for sp, _ in statement_words(text))


def test_a_wounded_man_named_before_his_own_quote_still_speaks() -> None:
    # wounded is no death: he may speak after
    text = ("Amina Farah runs the clinic. Yusuf Adan, a driver, was shot in the leg in "
            'May.\n\n"It still hurts when it rains," he says.')
    assert ("Yusuf Adan", "It still hurts when it rains") in statement_words(text)


# --- 2. a spokesperson for a body ---------------------------------------------------------

SPOKESPERSONS = [
    ("A spokesperson for the owner, Harbour Line Shipping, said the company was working with "
     "the authorities to locate the crew.", "A spokesperson for the owner"),
    ("A spokesman for the operator, Delta Ferries Ltd, said the vessel had passed its last "
     "inspection in March.", "A spokesman for the operator"),
    ("A representative of the charity, Hope Across Borders, said the convoy had been stopped "
     "twice.", "A representative of the charity"),
    ("A spokeswoman for the mine owner, Kestrel Minerals, told reporters that 14 workers had "
     "been rescued.", "A spokeswoman for the mine owner"),
    ("A spokesperson for the airline, Skyline Air, said all passengers had been accounted "
     "for.", "A spokesperson for the airline"),
    ("An official at the operator, Coastal Logistics, said two drivers were still missing.",
     "An official at the operator"),
]


@pytest.mark.parametrize(("text", "speaker"), SPOKESPERSONS)
def test_the_described_person_speaks_for_the_body(text: str, speaker: str) -> None:
    assert [sp for sp, _ in statement_words(text)] == [speaker]


def test_a_persons_name_after_the_spokesman_still_speaks() -> None:
    text = ("A spokesman for the army, Colonel Ali Musa, said the road had been reopened.")
    assert [sp for sp, _ in statement_words(text)] == ["Colonel Ali Musa"]


# --- 3. "it" of a company or a body --------------------------------------------------------

IT_OF_A_BODY = [
    ("Meridian Marine said in a statement that 20 of its staff were aboard. Its chief "
     "executive, Paul Janssen, said he would travel to the port.\n\n\"Our priority is our "
     'colleagues," it says.', "Meridian Marine", "Our priority is our colleagues"),
    ("Coastline Energy said six contractors were missing. \"We are working with the "
     'coastguard," said operations director Rita Sand.\n\n"Our thoughts are with the '
     'families," it said.', "Coastline Energy", "Our thoughts are with the families"),
    ("The Ministry of Health said 31 people were treated. Dr Omar Fadel told reporters the "
     'wards were full. "Supplies are adequate," it said.', "The Ministry of Health",
     "Supplies are adequate"),
    ("UPDATE 14:05 - Atlas Logistics said two of its drivers were held. Manager Lena Ortiz, "
     "who spoke to the families, said they were frightened. It said it was in contact with "
     "the authorities.", "Atlas Logistics", "it was in contact with the authorities"),
]


@pytest.mark.parametrize(("text", "speaker", "words"), IT_OF_A_BODY)
def test_it_goes_to_the_body_not_the_person_between(text: str, speaker: str,
                                                    words: str) -> None:
    assert (speaker, words) in statement_words(text)


def test_it_after_a_body_named_like_a_person_stays_with_it() -> None:
    # no title, post or sex makes the teller between a person: "it" stays with it
    text = ("Rebels of the Free Hills Front attacked the post, the army said. Later the "
            "Kasso Guard said it had taken the ridge. It said two of its men were wounded.")
    got = statement_words(text)
    assert ("Kasso Guard", "two of its men were wounded") in got or (
        "the Kasso Guard", "two of its men were wounded") in got


def test_it_of_a_report_after_a_person_stays_the_reports() -> None:
    text = ("Meridian Marine said 20 of its staff were aboard. Dr Ana Ruiz said twelve were "
            "treated. The report was published on Monday. It says the clinic lacked staff.")
    assert ("The report", "the clinic lacked staff") in statement_words(text)


# --- 4. plural tellers with the present "tell" ---------------------------------------------

PLURAL_TELLERS = [
    ("The mayor, Jean Mbala, said the road was closed. Residents of Kalemba tell local "
     "reporters they heard gunfire through the night.", "Residents of Kalemba",
     "they heard gunfire through the night"),
    ("Residents of the camp tell aid workers that food ran out on Monday.",
     "Residents of the camp", "food ran out on Monday"),
    ("Fishermen at the jetty tell visiting journalists the boats were burned in March.",
     "Fishermen at the jetty", "the boats were burned in March"),
    ("Traders in the old market tell Radio Okapi that two shops were looted.",
     "Traders in the old market", "two shops were looted"),
    ("Police chief Ali Hassan said the suspects had fled. Older fishermen at the jetty say "
     "nobody was charged then either.", "Older fishermen at the jetty",
     "nobody was charged then either"),
    ("Mayor Ruth Obi said the wedding had been attacked. Relatives of the bride said the "
     "groom was among those hurt.", "Relatives of the bride",
     "the groom was among those hurt"),
]


@pytest.mark.parametrize(("text", "speaker", "words"), PLURAL_TELLERS)
def test_the_plural_noun_phrase_tells(text: str, speaker: str, words: str) -> None:
    assert (speaker, words) in statement_words(text)


def test_tell_without_a_clause_after_the_hearer_reports_nothing() -> None:
    assert statement_words("Parents tell their children to stay indoors after dark.") == []


# --- 5. a titled name after a commander's title --------------------------------------------

TITLED = [
    ("On Tuesday the commander of the lake sector, General Amadou Sall, said the attackers "
     "had come by boat.", "General Amadou Sall", "the attackers had come by boat"),
    ("On Tuesday the spokesman, Ali Musa, said the attackers had come by boat.", "Ali Musa",
     "the attackers had come by boat"),
    ("On Sunday the army chief, Gen. Musa Lawal, said two soldiers were wounded.",
     "Gen. Musa Lawal", "two soldiers were wounded"),
    ("By Friday the head of the regional police, Commissioner Ruth Achieng, said nine "
     "people had been arrested.", "Commissioner Ruth Achieng",
     "nine people had been arrested"),
    ("On Monday the commander of the eastern zone, Major-General Ibrahim Keita, told "
     "reporters the road was open.", "Major-General Ibrahim Keita", "the road was open"),
    ("The commander of the lake sector, General Amadou Sall, said the attackers had come by "
     "boat.", "General Amadou Sall", "the attackers had come by boat"),
]


@pytest.mark.parametrize(("text", "speaker", "words"), TITLED)
def test_the_titled_name_speaks_and_the_words_start_after_said(text: str, speaker: str,
                                                              words: str) -> None:
    assert statement_words(text) == [(speaker, words)]


def test_it_inside_a_clause_after_a_body_in_its_own_sentence_is_not_the_earlier_body() -> None:
    # "a list of 14 men it says were taken": the "it" is the committee the same sentence
    # names, never the company that told two sentences before
    text = ("Delmar Shipping Co said the port was shut on Monday. Dr Ana Ruiz, a member of "
            "the town's relief committee, told us the roads were open. She said the "
            "committee had given the police a list of 14 men it says were taken at the "
            "market.")
    got = statement_words(text)
    assert not [sp for sp, words in got if words.startswith("were taken")
                and sp and "Delmar" in sp], got
