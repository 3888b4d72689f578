"""English probes, round en195 (issue 11): a held group named again whole and released or
come back, the freed "it was holding", a headline's "taken" after a harm, held for
questioning by the state, "No one was hurt:", "is asking", a contact relative before the
verb, a participle clause before ", according to", and a teller who reached us before a
quote.

Every sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import short_figures, statement_words

# --- 1. a held group named again whole, released or come back ---------------------------

GROUP_BACK = [
    ("Gunmen kidnapped three aid workers near Dorsa on 2 May. The three were released on "
     "6 May after elders intervened.", "The three were released", 3),
    ("Armed men abducted four teachers from a school in Kuvela last week. All four came "
     "back thinner and weak.", "All four came back", 4),
    ("Two engineers were seized by militants on the road to Bareno. Both were freed on "
     "Sunday.", "Both were freed", 2),
    ("Bandits took five farmers from their fields on Tuesday. The five returned home on "
     "Friday.", "The five returned", 5),
    ("Rebels captured six soldiers in a raid on Monday. The six were handed over to the "
     "Red Cross on Wednesday.", "The six were handed over", 6),
    ("Kidnappers abducted two nurses last month. The two were later released unharmed.",
     "The two were later released", 2),
    ("Pirates seized 12 sailors off the coast in March. The 12 have since been freed.",
     "The 12 have since been freed", 12),
]


@pytest.mark.parametrize(("text", "span", "count"), GROUP_BACK)
def test_a_held_group_named_again_keeps_its_capture(text: str, span: str, count: int) -> None:
    assert (span, "captured", count) in short_figures(text)


GROUP_BACK_UNREAD = [
    # no release or homecoming
    "Gunmen kidnapped two traders on Monday. The two were seen near the market on Sunday.",
    # not the whole's count
    "Gunmen kidnapped five traders on Monday. The three were released on Friday.",
    # returned fire, no homecoming
    "Gunmen abducted three guards at dawn. The three returned fire before they were taken.",
    # the figure before is no capture
    "Three soldiers were wounded in the blast. The three returned to their unit on Friday.",
]


@pytest.mark.parametrize("text", GROUP_BACK_UNREAD)
def test_a_group_named_again_without_a_release_of_its_captives_adds_nothing(text: str) -> None:
    found = short_figures(text)
    assert not any(f[0].startswith(("The ", "All ", "Both ")) for f in found), found


# --- 2. "the N it was holding" ----------------------------------------------------------

HOLDING = [
    ("A gang in the north has released the seven drivers it was holding since March.",
     "released the seven drivers", 7),
    ("The group has set free the 15 students it had taken from the school.",
     "free the 15 students", 15),
    ("An armed faction in the hills released the four engineers it had seized in January.",
     "released the four engineers", 4),
    ("A militia near the border has freed the nine fishermen it was holding.",
     "freed the nine fishermen", 9),
    ("A clan in the east has freed the 12 passengers they had kidnapped on the highway.",
     "freed the 12 passengers", 12),
    ("A gang in the south has released the three nurses that it had been holding.",
     "released the three nurses", 3),
]


@pytest.mark.parametrize(("text", "span", "count"), HOLDING)
def test_people_freed_by_the_subject_that_held_them_are_captives(text: str, span: str,
                                                                 count: int) -> None:
    assert (span, "captured", count) in short_figures(text)


@pytest.mark.parametrize("text", [
    "The company has released the two drivers it had taken on in May.",
    "The hospital released the three patients it had treated.",
    "The club has released the seven players it signed last year.",
])
def test_freed_without_a_holding_clause_stays_unread(text: str) -> None:
    assert short_figures(text) == []


# --- 3. a capitals headline's "taken" after a harm --------------------------------------

TAKEN_HEADLINES = [
    ("TWO OF OUR DRIVERS KILLED AND A COLLEAGUE TAKEN NEAR BARENO\n\nThe convoy was hit on "
     "Monday.", [("TWO OF OUR DRIVERS KILLED", "killed", 2), ("A COLLEAGUE TAKEN", "captured", 1)]),
    ("FOUR DEAD AND A DRIVER TAKEN AS CONVOY IS AMBUSHED\n\nDetails are scarce.",
     [("FOUR DEAD", "killed", 4), ("A DRIVER TAKEN", "captured", 1)]),
    ("Two guards killed and a nurse taken in night raid\n\nThe clinic was closed.",
     [("Two guards killed", "killed", 2), ("a nurse taken", "captured", 1)]),
    ("THREE SHOT DEAD, TWO TAKEN NEAR KUVELA\n\nThe attack came at dawn.",
     [("THREE SHOT DEAD", "killed", 3), ("TWO TAKEN", "captured", 2)]),
    ("ONE WOUNDED AND A TEACHER TAKEN OUTSIDE SCHOOL\n\nPupils were sent home.",
     [("ONE WOUNDED", "wounded", 1), ("A TEACHER TAKEN", "captured", 1)]),
    ("Guard injured and a cashier taken during bank raid\n\nPolice are searching.",
     [("a cashier taken", "captured", 1)]),
]


@pytest.mark.parametrize(("text", "expected"), TAKEN_HEADLINES)
def test_a_headline_taken_after_a_harm_is_a_capture(text: str, expected: list) -> None:
    found = short_figures(text)
    for e in expected:
        assert e in found


@pytest.mark.parametrize("text", [
    "Two killed and three taken to hospital after crash\n\nThe road was closed.",
    "Two dead and one taken ill after meal\n\nThe restaurant was closed.",
    "Aid worker taken in northern town\n\nThe man was driving home.",
])
def test_a_headline_taken_elsewhere_or_with_no_harm_stays_no_capture(text: str) -> None:
    assert not any(f[1] == "captured" for f in short_figures(text))


# --- 4. held for questioning or at a station by the state -------------------------------

QUESTIONED = [
    ("Police held three journalists for questioning on Tuesday.", "held three journalists", 3),
    ("Security forces held nine of the group's staff for questioning after the raid.",
     "held nine of the group's staff", 9),
    ("Soldiers held four traders for interrogation at the checkpoint.", "held four traders", 4),
    ("The police held six students at the station overnight.", "held six students", 6),
    ("Gendarmes held 11 miners overnight for questioning.", "held 11 miners", 11),
    ("Police are holding 30 people for questioning.", "holding 30 people", 30),
]


@pytest.mark.parametrize(("text", "span", "count"), QUESTIONED)
def test_held_for_questioning_by_the_state_is_an_arrest(text: str, span: str,
                                                         count: int) -> None:
    assert (span, "arrested", count) in short_figures(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Gunmen held four of the staff for ransom.", [("held four of the staff", "captured", 4)]),
    ("Rebels held three traders for questioning.", []),
    ("The committee held 12 meetings for questioning witnesses.", []),
])
def test_holding_by_others_keeps_its_reading(text: str, expected: list) -> None:
    assert short_figures(text) == expected


# --- 5. "No one was hurt:" --------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "No one was hurt: the two night staff hid in the office.",
    "No one was injured: the three guards ran to the shelter.",
    "No one was killed: the five workers had left an hour earlier.",
    "Nobody was hurt; the two guards hid in a ditch.",
    "No-one was harmed: the four drivers were away at the time.",
    "None of the 12 passengers was injured in the crash.",
])
def test_a_count_after_a_denial_of_harm_is_no_figure(text: str) -> None:
    assert short_figures(text) == []


def test_a_harm_with_its_own_verb_after_the_denial_is_read() -> None:
    assert short_figures("No one was hurt; two guards were wounded later.") == [
        ("two guards were wounded", "wounded", 2)]


# --- 6. "is asking" ---------------------------------------------------------------------

ASKING = [
    ("TRI is asking all armed groups to respect the ceasefire.", "TRI",
     "all armed groups to respect the ceasefire"),
    ("The committee is asking donors to fund the camps.", "The committee",
     "donors to fund the camps"),
    ("The family is asking anyone with information to call the police.", "The family",
     "anyone with information to call the police"),
    ("Aid agencies are asking the government to reopen the bridge.", "Aid agencies",
     "the government to reopen the bridge"),
    ("The Red Cross was asking both sides to let ambulances through.", "The Red Cross",
     "both sides to let ambulances through"),
    ("The union is urging members to stay at home.", "The union",
     "members to stay at home"),
]


@pytest.mark.parametrize(("text", "speaker", "words"), ASKING)
def test_a_request_in_the_progressive_is_a_statement(text: str, speaker: str,
                                                      words: str) -> None:
    assert (speaker, words) in statement_words(text)


@pytest.mark.parametrize("text", [
    "He is asking for help to find his brother.",
    "The governor issued a decree asking residents to stay indoors.",
    "She was asking about her son when the shooting began.",
    "The UN was asking donors for 40 million dollars.",
    "Children are asking when they can go back to school.",
])
def test_asking_with_no_addressee_and_infinitive_or_not_progressive_stays_unread(
        text: str) -> None:
    assert statement_words(text) == []


# --- 7. a contact relative before the verb ----------------------------------------------

CONTACT = [
    ("The newspaper he wrote for said he had received threats.", "The newspaper he wrote for",
     "he had received threats"),
    ("The magazine she writes for says the editor was arrested.",
     "The magazine she writes for", "the editor was arrested"),
    ("The aid organization they work for said its staff were missing.",
     "The aid organization they work for", "its staff were missing"),
    ("The charity she heads said the clinic was closed.", "The charity she heads",
     "the clinic was closed"),
    ("The company he drove for said the truck had been burned.", "The company he drove for",
     "the truck had been burned"),
    ("The group she works with says the camp is full.", "The group she works with",
     "the camp is full"),
]


@pytest.mark.parametrize(("text", "speaker", "words"), CONTACT)
def test_a_subject_with_a_contact_relative_speaks(text: str, speaker: str,
                                                  words: str) -> None:
    assert statement_words(text) == [(speaker, words)]


def test_wrote_to_with_that_still_reports() -> None:
    assert statement_words("He wrote to the minister that the camp was full.") == [
        ("He", "the camp was full")]


# --- 8. "according to" after a participle clause ----------------------------------------

ACCORDING = [
    ("Soldiers arrested six staff members in Kuvela, accusing them of supplying armed "
     "groups, according to relatives and colleagues interviewed by the Monitor.",
     "relatives and colleagues interviewed by the Monitor",
     "Soldiers arrested six staff members in Kuvela, accusing them of supplying armed "
     "groups"),
    ("Security forces arrested a teacher, accusing him of links to rebels, according to "
     "his family.", "his family", "Security forces arrested a teacher, accusing him of "
     "links to rebels"),
    ("Police detained a journalist on Monday, accusing him of spreading false news, "
     "according to his lawyer.", "his lawyer", "Police detained a journalist on Monday, "
     "accusing him of spreading false news"),
    ("Rebels shelled the town, warning that more attacks would follow, according to "
     "residents and officials.", "residents and officials",
     "Rebels shelled the town, warning that more attacks would follow"),
    ("Troops detained 14 traders, accusing them of smuggling fuel, according to "
     "neighbours and relatives contacted by the Courier.",
     "neighbours and relatives contacted by the Courier",
     "Troops detained 14 traders, accusing them of smuggling fuel"),
    ("Militiamen stopped the bus, accusing the driver of carrying soldiers, according to "
     "passengers questioned by police.", "passengers questioned by police",
     "Militiamen stopped the bus, accusing the driver of carrying soldiers"),
]


@pytest.mark.parametrize(("text", "speaker", "words"), ACCORDING)
def test_a_participle_clause_before_according_to_is_the_sources(text: str, speaker: str,
                                                                 words: str) -> None:
    assert statement_words(text) == [(speaker, words)]


def test_asking_in_a_clause_joined_by_and_stays_inside_the_tellers_words() -> None:
    assert statement_words("A nurse told me they had run out of blood and were asking "
                           "people in the car park to donate.") == [
        ("A nurse", "they had run out of blood and were asking people in the car park to "
                    "donate")]


def test_a_charge_before_according_to_a_paper_stays_the_subjects() -> None:
    assert statement_words("The ministry has suspended 12 groups, accusing some of them "
                           "of hiding funds, according to a decree seen by reporters.") == [
        ("The ministry", "some of them of hiding funds")]


def test_a_charge_with_no_source_after_is_still_the_subjects() -> None:
    assert statement_words("Herders blocked the road, accusing officials of selling water "
                           "rights.") == [("Herders", "officials of selling water rights")]


# --- 9. a teller who reached us, then a quote -------------------------------------------

TELLERS = [
    ('The army said the road was safe. A driver who escaped has reached us by phone. "The '
     'first truck went up on a mine and then they opened fire."', "A driver who escaped",
     "The first truck went up on a mine and then they opened fire"),
    ('Officials said the attack was over. A nurse at the clinic spoke to us on Tuesday. '
     '"We had no water and no power for three days."', "A nurse at the clinic",
     "We had no water and no power for three days"),
    ('The governor said calm had returned. One of the hostages told us by phone. "They '
     'kept us in a dark room for a week."', "One of the hostages",
     "They kept us in a dark room for a week"),
    ('Police said nobody was hurt. A resident of the town reached us late on Monday. "The '
     'shooting went on all night long."', "A resident of the town",
     "The shooting went on all night long"),
    ('The company said work would resume. A worker at the mine reached us by telephone. '
     '"Nobody has paid us anything for months."', "A worker at the mine",
     "Nobody has paid us anything for months"),
    ('The ministry said the convoy had arrived.\n\nA teacher in the camp spoke to us by '
     'phone.\n\n"The children have not eaten since Sunday."', "A teacher in the camp",
     "The children have not eaten since Sunday"),
]


@pytest.mark.parametrize(("text", "speaker", "words"), TELLERS)
def test_a_teller_who_reached_us_speaks_the_quote_after(text: str, speaker: str,
                                                        words: str) -> None:
    assert (speaker, words) in statement_words(text)


@pytest.mark.parametrize("text", [
    'The army said the road was safe. He reached us by phone. "The first truck went up on '
    'a mine and then they opened fire."',
    'The ministry said the road was open. The letter reached us on Monday. "We demand the '
    'release of all the prisoners held in the north."',
    'The army said the road was safe. News of the attack reached us late. "The first truck '
    'went up on a mine and then they opened fire."',
])
def test_a_pronoun_or_a_thing_that_reached_us_is_no_new_teller(text: str) -> None:
    assert statement_words(text)[-1][0] == statement_words(text)[0][0]


# --- what stays unread ------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "• Partners to share incident reports with the Group within 48 hours",
    "Government to publish casualty reports every week",
    "Partners estimate that 300 families have fled.",
    "Humanitarian partners estimate that 9,000 people fled to the town.",
    "The ministry released the statement on Monday.",
    "The committee held a meeting in the capital on Monday.",
])
def test_no_statement(text: str) -> None:
    assert statement_words(text) == []


def test_partners_report_is_still_a_statement() -> None:
    assert statement_words("Partners report that 300 families have fled.") == [
        ("Partners", "300 families have fled")]


@pytest.mark.parametrize("text", [
    "The committee held a meeting in the capital on Monday.",
    "The two were seen near the market on Sunday.",
    "The ministry released the statement on Monday.",
])
def test_no_figure(text: str) -> None:
    assert short_figures(text) == []
