"""English probes, round en203 (issue 11): a described person opening a feature is the next
"he" or "she" (nouns of people by their ending: "ferryman", "pianist"), a person named in
commas after a trade ("One herder, <name>, 46,") keeps the quote after it, a generic teller
nested inside a quote gives no entry of its own, and "told <hearer> what / how / why ..."
is a reported question, no words.

Every sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import statement_words

# --- 1. a described person as the next "he" ----------------------------------------------

DESCRIBED = [
    ("The drummer of the Tala Band gets to every hall two hours early now. He walks the fire "
     "exits, he says, before he sets up a single drum.", "drummer", "He walks the fire exits"),
    ("The oldest ferryman on the lake still rows out before dawn. He counts the boats at "
     "night, he says, because the patrols do not.", "ferryman", "He counts the boats at night"),
    ("A retired pianist in the old quarter gives lessons for free. She keeps the windows shut, "
     "she says.", "pianist", "She keeps the windows shut"),
    ("The night watchman at the depot has seen three raids. He sleeps in the cab now, he says.",
     "watchman", "He sleeps in the cab now"),
    ("A young boatman from the delta carries doctors across the river. He charges them "
     "nothing, he says.", "boatman", "He charges them nothing"),
    ("The only dentist in the district works from a tent. She has run out of anaesthetic, "
     "she says.", "dentist", "She has run out of anaesthetic"),
]


@pytest.mark.parametrize(("text", "head", "words"), DESCRIBED)
def test_a_described_person_is_the_next_pronoun(text: str, head: str, words: str) -> None:
    found = statement_words(text)
    assert any(sp and head in sp and w.startswith(words) for sp, w in found), found


NAMED_AFTER_TRADE = [
    ('Police chief Amos Kendi said the road was closed.\n\nOne herder, Juma Oloo, 46, was '
     'wounded in the same shooting. "The well is ours," he says.', "Juma Oloo",
     "The well is ours"),
    ('Commander Lise Barr said the patrol left at dawn. "It was calm," she said.\n\nThe market '
     'reopened on Tuesday.\n\nOne trader, Amina Sefu, 39, lost her stall in the fire. "We have '
     'nothing left," she says.', "Amina Sefu", "We have nothing left"),
    ('The governor said the camp would close.\n\nA herder, Okot Lagu, lost three cows. "Nobody '
     'came to help," he says.', "Okot Lagu", "Nobody came to help"),
    ('Major Ruth Adongo said the army had sent trucks.\n\nAnother farmer, Peter Wanjala, lost '
     'his goats. "They took everything," he says.', "Peter Wanjala", "They took everything"),
    ('Inspector Kamal Idris said two men were held.\n\nOne driver, Samuel Otieno, 52, was '
     'stopped at the bridge. "They asked for money," he told us.', "Samuel Otieno",
     "They asked for money"),
    ('The mayor, Clara Voss, said the shelters were full.\n\nA nurse, Hanna Berg, works nights '
     'at the clinic. "We sleep in turns," she says.', "Hanna Berg", "We sleep in turns"),
]


@pytest.mark.parametrize(("text", "speaker", "words"), NAMED_AFTER_TRADE)
def test_a_person_named_after_a_trade_keeps_the_quote(text: str, speaker: str,
                                                       words: str) -> None:
    assert (speaker, words) in statement_words(text)


@pytest.mark.parametrize("text", [
    # things and places after "One"/"A" and a comma are no persons
    'Inspector Kamal Idris said two men were held.\n\nOne road, Route Nine, was closed. '
    '"It will stay shut," he said.',
    'Inspector Kamal Idris said two men were held.\n\nA village, Nyota Hill, was burned. '
    '"Nothing is left," he said.',
])
def test_a_thing_named_in_commas_is_no_person(text: str) -> None:
    assert ("Inspector Kamal Idris", statement_words(text)[-1][1]) in statement_words(text)


# --- 2. a generic teller nested inside a quote ---------------------------------------------

NESTED_GENERIC = [
    'Juma Oloo herds cattle near the river. "Each side says the land is theirs," he says.',
    'Juma Oloo herds cattle near the river. "They told me: \'Leave or we burn the house,\'" '
    "he says.",
    'Mary Atieno runs the shelter. "Everyone says the war is over," she says.',
    'Mary Atieno runs the shelter. "People say the road is mined," she says.',
    'Police chief Amos Kendi said the road was closed.\n\nOne herder, Juma Oloo, 46, was '
    'wounded. "They say the well is theirs," he says.',
    'Ali Hassan drives the night bus. "Both sides say they protect us," he says.',
]


@pytest.mark.parametrize("text", NESTED_GENERIC)
def test_a_generic_teller_inside_a_quote_gives_no_entry(text: str) -> None:
    found = statement_words(text)
    # one entry for each teller the writer quotes, the generic one inside left in the words
    assert len(found) == (2 if "Kendi" in text else 1), found
    assert all(sp is not None and sp.split()[0] not in (
        "They", "Each", "Everyone", "People", "Both") for sp, _ in found), found


def test_a_generic_teller_outside_a_quote_still_reads() -> None:
    assert ("Residents", "the road is mined") in statement_words(
        "Residents say the road is mined.")


# --- 3. "told <hearer> what / how / why ..." ----------------------------------------------

TOLD_QUESTIONS = [
    ("The minister said the report had told families what they already knew.",
     [("The minister", "the report had told families what they already knew")]),
    ("He told us how he escaped from the camp.", []),
    ("The officer told him what to do.", []),
    ("The mayor said the inquiry had told residents why the dam failed.",
     [("The mayor", "the inquiry had told residents why the dam failed")]),
    ("The guide told the families where the graves were.", []),
    ("The witness told the court how the soldiers came at night.", []),
    ("Nobody has told the villagers whether the school will reopen.", []),
]


@pytest.mark.parametrize(("text", "expected"), TOLD_QUESTIONS)
def test_told_a_question_is_no_words(text: str, expected: list[tuple[str, str]]) -> None:
    assert statement_words(text) == expected


@pytest.mark.parametrize(("text", "speaker", "words"), [
    ("The survivor told reporters that the guards had fled.", "The survivor",
     "the guards had fled"),
    ("The survivor told reporters that what he saw was a massacre.", "The survivor",
     "what he saw was a massacre"),
    ("Police told reporters when asked that the road was closed.", "Police",
     "the road was closed"),
])
def test_told_with_that_still_reads(text: str, speaker: str, words: str) -> None:
    assert (speaker, words) in statement_words(text)


def test_people_who_told_the_teller_still_read() -> None:
    # what a teller's staff heard from people is the sets' entry of "People"
    text = ('"People told us the gunmen went from door to door," said Ana Ruiz, the agency\'s '
            "head of mission.")
    assert "People" in [sp for sp, _ in statement_words(text)]


# --- 2. a quote inside a quote, told by a person the teller named ---------------------------

INNER_QUOTES = [
    ('Joseph Kamau leads the Lake Star Band. "The bride\'s father called me himself," he says. '
     '"He told me: \'You will play at my daughter\'s wedding or nobody will.\'"',
     "The bride's father", "You will play at my daughter's wedding or nobody will"),
    ('Mary Atieno runs the shelter. "The district officer came last week," she says. "She told '
     'us: \'You have until Friday to leave.\'"', "The district officer",
     "You have until Friday to leave"),
    ('Ali Hassan drives the night bus. "Mr Otieno stopped me at the depot," he says. "He told '
     'me: \'Take the long road tonight, the bridge is not safe.\'"', "Mr Otieno",
     "Take the long road tonight, the bridge is not safe"),
    ('Ali Hassan drives the night bus. "A soldier stopped me at the gate," he says. "He said to '
     'me: ‘Go home and do not come back here.’"', "A soldier",
     "Go home and do not come back here"),
    ('Rose Ndege sells fish. "My aunt phoned at midnight," she says. "She told me: \'The boats '
     'are burning on the shore.\'"', "My aunt", "The boats are burning on the shore"),
    ('Peter Lomo farms near the dam. "The chief\'s son came to the house," he says. "He told '
     'us: \'The water will reach you by Friday.\'"', "The chief's son",
     "The water will reach you by Friday"),
]


@pytest.mark.parametrize(("text", "speaker", "words"), INNER_QUOTES)
def test_a_quote_inside_a_quote_is_its_teller_s(text: str, speaker: str, words: str) -> None:
    found = statement_words(text)
    assert (speaker, words) in found, found
    assert len(found) == 3  # the teller's two quotes and the inner words


@pytest.mark.parametrize("text", [
    'Rose Ndege sells fish. "The men came at night," she says. "They told me: \'Leave or we '
    "burn the house.'\"",
    'Rose Ndege sells fish. "I was alone," she says. "He told me: \'Leave or we burn the '
    "house.'\"",
    # a "he" the quote before names no man for
    'Rose Ndege sells fish. "My aunt phoned at midnight," she says. "He told me: \'The boats '
    "are burning.'\"",
])
def test_an_inner_quote_with_no_named_teller_stays_in_the_quote(text: str) -> None:
    assert [sp for sp, _ in statement_words(text)] == ["Rose Ndege", "Rose Ndege"]


# --- 4. a demand with several that-clauses --------------------------------------------------

DEMANDS = [
    ("The union demands that the ministry send police to the village, that prosecutors take "
     "over the case and that the promised titles be issued at once.", "The union",
     "the ministry send police to the village, that prosecutors take over the case and that "
     "the promised titles be issued at once"),
    ("The association of herders demands that the governor dismiss the officers and that the "
     "families be compensated.", "The association of herders",
     "the governor dismiss the officers and that the families be compensated"),
    ("Amnesty International demands that the authorities release the students at once.",
     "Amnesty International", "the authorities release the students at once"),
    ("The committee now demands that the army withdraw from the school, that the teachers "
     "return and that the exams be held in June.", "The committee",
     "the army withdraw from the school, that the teachers return and that the exams be "
     "held in June"),
    ("The families' lawyer demands that the bodies be returned, that the inquiry be reopened "
     "and that the officers be suspended.", "The families' lawyer",
     "the bodies be returned, that the inquiry be reopened and that the officers be "
     "suspended"),
    ("In its letter, the council demands that the company pay for the damage.", "the council",
     "the company pay for the damage"),
]


@pytest.mark.parametrize(("text", "speaker", "words"), DEMANDS)
def test_a_demand_with_that_clauses_is_one_entry(text: str, speaker: str, words: str) -> None:
    assert statement_words(text) == [(speaker, words)]


@pytest.mark.parametrize("text", [
    "The gang demands a ransom of 2 million for the boy.",
    "The union's demands that the ministry rejected were about pay.",
    "The demands that the workers made were rejected.",
    # a past demand is most often an act inside someone's account, and stays unread
    "A group of men surrounded the tent and demanded that it be taken down.",
])
def test_demands_with_no_words_stay_unread(text: str) -> None:
    assert statement_words(text) == []
