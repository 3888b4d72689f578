"""English probes, round en200 (issue 11): a dateline in capitals on a line of its own is no
person for a later pronoun, a dotted title after "the" inside an apposed name, "It" of a
report or an inquiry that told just before, and what is no statement (a participle before
"by" and its source, a request joined to a court's order).

Every sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import statement_words

# --- 1. a dateline in capitals is a place, never the person a pronoun stands for -----------

DATELINES = [
    ("The pilgrims who never came home\n\nSAR-E-KHAN, Afghanistan\n\nThere is a plate set "
     "for Farid every night. His mother has not given up. \"He went to the shrine and never "
     'came back," she says.', "His mother", "He went to the shrine and never came back"),
    ("The pilgrims\n\nKALAT-E-NAU, Afghanistan\n\nHis mother sits by the stove. \"He went to "
     'the shrine and never came back," she says.', "His mother",
     "He went to the shrine and never came back"),
    ("Guards at the shrine\n\nMASHHAD, Iran\n\nWe have spoken to a pilgrim who was in the "
     'courtyard. "Everyone ran," he told us. He says guards stopped the man within a minute.',
     "a pilgrim", "guards stopped the man within a minute"),
    ("After the floods\n\nPORT-AU-VERT, Haiti\n\nHis mother keeps the phone on all night. "
     '"He might call," she says.', "His mother", "He might call"),
    ("Waiting at the gate\n\nDIRE KEBELE, Ethiopia\n\nWe have spoken to a driver who was "
     'stopped at the checkpoint. "They took my papers," he told us. He says the soldiers kept '
     "him for two days.", "a driver", "the soldiers kept him for two days"),
    ("Boats that never returned\n\nSAN-PEDRO, Ivory Coast\n\nHis wife still walks to the "
     'harbour each evening. "Someone must know," she says.', "His wife", "Someone must know"),
]


@pytest.mark.parametrize(("text", "speaker", "words"), DATELINES)
def test_a_dateline_in_capitals_is_no_person(text: str, speaker: str, words: str) -> None:
    assert (speaker, words) in statement_words(text)


def test_a_pronoun_with_no_person_before_keeps_no_dateline() -> None:
    text = 'Night on the border\n\nKALAT, Pakistan\n\n"They came at night," he says.'
    assert all(sp != "KALAT" for sp, _ in statement_words(text))


@pytest.mark.parametrize(("text", "speaker"), [
    ("Talks in the capital\n\nMoscow said the talks had failed.", "Moscow"),
    ("KESSA, Veltra, May 3 (Wire) - Police said two men were held.", "Police"),
    ("The quiet streets\n\nMOSUL, Iraq, May 3\n\nHis father runs the bakery on the corner. "
     '"We open at five," he says.', "His father"),
])
def test_places_that_speak_and_dated_datelines_read_as_before(text: str, speaker: str) -> None:
    assert speaker in [sp for sp, _ in statement_words(text)]


# --- 2. a dotted title after "the" inside an apposed name ---------------------------------

TITLED = [
    ("Police commander Ivan Petrov said the crowd dispersed. The pastor of a neighbouring "
     'church, the Rev. Martin Okello, came to the mosque that evening. "We stand with them," '
     "he said.", "Martin Okello", "We stand with them"),
    ("The district police chief, Col. Ahmed Raza, said the gunmen fled. A priest from the "
     'parish, the Rev. Tomas Keane, sat with the families. "Nobody slept," he said.',
     "Tomas Keane", "Nobody slept"),
    ("Commander Ivo Brant said the road was open. The head of the diocese, the Most Rev. "
     'Peter Ndlovu, visited the wounded on Sunday. "They need blood," he said.',
     "Peter Ndlovu", "They need blood"),
    ("A police spokesman said the market would reopen. The minister of the chapel, the Rev. "
     'Grace Amadi, opened its doors to the families. "They had nowhere else," she said.',
     "Grace Amadi", "They had nowhere else"),
    ("Inspector Lena Sorn said three men were held. The member for the district, the Hon. "
     'Samuel Otieno, toured the camp on Monday. "The tents are not enough," he said.',
     "Samuel Otieno", "The tents are not enough"),
    ("The army said the bridge was secure. A chaplain with the unit, the Very Rev. Anton "
     'Falk, buried the dead at dawn. "I knew every one of them," he said.', "Anton Falk",
     "I knew every one of them"),
]


def _named(speaker: str | None, name: str) -> bool:
    return speaker is not None and speaker.endswith(name)


@pytest.mark.parametrize(("text", "name", "words"), TITLED)
def test_a_dotted_title_after_the_is_part_of_the_name(text: str, name: str, words: str) -> None:
    assert any(_named(sp, name) and w == words for sp, w in statement_words(text))


@pytest.mark.parametrize(("text", "name", "words"), [
    ("The governor said the town was calm. Fr. Tomas Keane told us the families had fled.",
     "Tomas Keane", "the families had fled"),
    ("The army said the road was open. Sr. Agnes Mwangi, who runs the clinic, said three "
     "children were treated.", "Agnes Mwangi", "three children were treated"),
    ("The mayor said the curfew would stay. A retired officer, Gen. Paul Mbeki, joined the "
     'protest. "This is wrong," he said.', "Paul Mbeki", "This is wrong"),
    ("Police said the crowd dispersed. The district commander, Lt. Col. Omar Said, arrived "
     'later. "We lost two men," he said.', "Omar Said", "We lost two men"),
])
def test_dotted_titles_without_the_read_as_before(text: str, name: str, words: str) -> None:
    assert any(_named(sp, name) and w == words for sp, w in statement_words(text))


# --- 3. "It" of a report that told just before --------------------------------------------

REPORT_IT = [
    ("Police fired on the procession without warning, the report says, and the families "
     "should be compensated. It found no evidence that anyone in the procession was armed.",
     "the report", "no evidence that anyone in the procession was armed"),
    ("Police fired on the crowd without warning, the report says. It found that no one in "
     "the crowd was armed.", "the report", "no one in the crowd was armed"),
    ("The guards used live rounds, the inquiry said. It found little evidence that the "
     "prisoners had weapons.", "the inquiry",
     "little evidence that the prisoners had weapons"),
    ("The strike hit a school, the investigation found. It concluded that no fighters were "
     "present.", "the investigation", "no fighters were present"),
    ("Soldiers beat the detainees in the yard, the review said. It found that the commander "
     "had been told.", "the review", "the commander had been told"),
    ("The commission said the army used excessive force. It found that the officers had "
     "lied about the shooting.", "The commission", "the officers had lied about the shooting"),
]


@pytest.mark.parametrize(("text", "speaker", "words"), REPORT_IT)
def test_it_of_a_report_is_the_report(text: str, speaker: str, words: str) -> None:
    assert (speaker, words) in statement_words(text)


@pytest.mark.parametrize("text", [
    "Rescuers searched the rubble all night. It found no evidence that anyone survived.",
    "The report was published on Monday. It found no evidence that anyone was armed.",
    "The patrol searched the house, the officer said. Nothing was found that linked them.",
])
def test_it_with_no_document_teller_stays_unread(text: str) -> None:
    assert all(not w.startswith(("no evidence that anyone", "that linked"))
               for _, w in statement_words(text))


def test_it_said_of_a_body_reads_as_before() -> None:
    text = "The ministry issued a statement on Sunday. It said the border was closed."
    assert ("The ministry", "the border was closed") in statement_words(text)


# --- 4. what is no statement ---------------------------------------------------------------

NOT_STATEMENTS = [
    "The monitor keeps a tally of attacks on churches. It counts incidents reported by "
    "police, hospitals and community leaders.",
    "The monitor counts incidents reported by police, hospitals and community leaders.",
    "The database records attacks reported by local media, clinics and aid groups.",
    "The group tracks killings reported by residents, doctors and officials.",
    "The figures, which cover attacks reported by police and hospitals, were released on "
    "Monday.",
    "The court ordered each convict to pay a fine of 5,000 rupees and asked the district "
    "authority to decide on compensation.",
    "The tribunal ordered the company to rebuild the houses and asked the council to find "
    "the families shelter.",
    "The judge sentenced the two men to ten years and asked the prison service to keep them "
    "apart.",
]


@pytest.mark.parametrize("text", NOT_STATEMENTS)
def test_what_is_no_statement_reads_nothing(text: str) -> None:
    assert statement_words(text) == []


def test_a_count_reported_by_its_source_keeps_the_teller() -> None:
    text = "Deaths reported by hospitals rose to 40, the ministry said."
    assert statement_words(text) == [("the ministry", "Deaths reported by hospitals rose to 40")]


@pytest.mark.parametrize(("text", "pair"), [
    ("Police reported by telephone that the road was closed.",
     ("Police", "the road was closed")),
    ("The mayor asked residents to stay indoors.", ("The mayor", "residents to stay indoors")),
    ("The court ordered the men released, and the lawyer asked the judge to lift the bail.",
     ("the lawyer", "the judge to lift the bail")),
])
def test_reports_and_requests_outside_an_order_read_as_before(
        text: str, pair: tuple[str, str]) -> None:
    assert pair in statement_words(text)


# --- review: a teller's means before a colon or a quotation keeps the teller ---------------

@pytest.mark.parametrize(("text", "pair"), [
    ('A police spokesman confirmed by telephone on Sunday: "Nine houses burned down."',
     ("A police spokesman", "Nine houses burned down")),
    ('The governor announced by radio on Monday, "We will rebuild every school."',
     ("The governor", "We will rebuild every school")),
    ('The minister reported by video link, "The northern crossing is closed."',
     ("The minister", "The northern crossing is closed")),
])
def test_a_means_before_quoted_words_keeps_the_teller(text: str, pair: tuple[str, str]) -> None:
    assert pair in statement_words(text)
