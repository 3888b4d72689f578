"""English probes, round en230 (issue 11): a source told mid-clause before an adjunct that
finishes the clause, an absolute "with ... reported" that names no source, a message that
spread "saying" and the "with" phrase before "saying", and a subheading's label as its
words' source.

Every sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import statement_words

# --- 1. an adjunct after a source told mid-clause -----------------------------------------

# The clause before the source holds the words; the phrase after its comma finishes it
# (price, length, reason, place, an infinitive of purpose).
CLOSING_ADJUNCTS = [
    ("Tomas Reyes keeps his boat on the river now. He sold the nets in May, he says, "
     "for 9,000 pesos.", "Tomas Reyes", "He sold the nets in May"),
    ("Water came back on Sunday, the mayor said, for two hours.", "the mayor",
     "Water came back on Sunday"),
    ("Amara Diallo runs the stall alone. Her husband left in April, she says, to look for "
     "work in the capital.", "Amara Diallo", "Her husband left in April"),
    ("The talks failed, officials said, for lack of a quorum.", "officials",
     "The talks failed"),
    ("The price of flour doubled, traders say, from 400 to 800 shillings a sack.", "traders",
     "The price of flour doubled"),
    ("The school reopened last week, a teacher said, for the older pupils only.",
     "a teacher", "The school reopened last week"),
]


@pytest.mark.parametrize(("text", "speaker", "head"), CLOSING_ADJUNCTS)
def test_the_clause_before_a_mid_source_holds_the_words(text: str, speaker: str,
                                                       head: str) -> None:
    found = statement_words(text)
    assert any(sp == speaker and w.startswith(head) for sp, w in found), found
    tail = text.rsplit(",", 1)[1].strip(" .")
    assert not any(w.strip(" .") == tail for _, w in found), found


# Near-misses: the phrase after the verb opens its own words ("that" follows), or no
# clause stands before the source (a fronted time or adverb).
OWN_WORDS_AFTER = [
    ("The army said, for its part, that the road was open.", "that the road was open"),
    ("Police said, for the first time, that the gunman had acted alone.",
     "that the gunman had acted alone"),
    ("Speaking in Kessa, the minister said, to reporters, that the border would reopen.",
     "that the border would reopen"),
]


@pytest.mark.parametrize(("text", "tail"), OWN_WORDS_AFTER)
def test_words_after_the_verb_stay_its_own(text: str, tail: str) -> None:
    found = statement_words(text)
    assert any(w.endswith(tail.split(" ", 1)[1]) for _, w in found), found


@pytest.mark.parametrize("text", [
    "On Monday, the governor said, for the first time in a year.",
    "Meanwhile, the minister said, to loud applause from the crowd.",
])
def test_a_fronted_adverbial_is_no_words(text: str) -> None:
    found = statement_words(text)
    head = text.split(",", 1)[0]
    assert not any(w == head for _, w in found), found


# --- 2. an absolute "with" phrase closing the clause --------------------------------------

@pytest.mark.parametrize("text", [
    "The night passed calmly, police say, with no fresh clashes reported.",
    "Calm returned to the town, with no arrests reported.",
    "The vote went ahead peacefully, without any incidents reported.",
    "The ferry service resumed, with no delays announced.",
])
def test_an_absolute_with_phrase_is_no_speaker(text: str) -> None:
    found = statement_words(text)
    assert not any(sp and sp.lower().startswith("with") for sp, _ in found), found


def test_a_source_before_the_absolute_phrase_still_speaks() -> None:
    found = statement_words("The night passed calmly, police say, with no fresh clashes reported.")
    assert ("police", "The night passed calmly") in found


@pytest.mark.parametrize(("text", "speaker"), [
    # near-misses: a person "with" an organisation, and a source after a "with" clause
    ("The clinic was overwhelmed, one doctor with the charity said.",
     "one doctor with the charity"),
    ("The strike was the third this month, with the toll rising, the ministry said.",
     "the ministry"),
    ("Two soldiers were killed, the army said, with four others wounded.", "the army"),
])
def test_sources_next_to_with_stay(text: str, speaker: str) -> None:
    assert any(sp == speaker for sp, _ in statement_words(text))


# --- 3. a message that spread "saying", and "with X saying" -------------------------------

SPREAD = [
    ("A voice note had circulated on Telegram since dawn saying soldiers were coming to "
     "burn the village.", "A voice note", "soldiers were coming to burn the village"),
    ("A message had spread on WhatsApp saying the dam would burst.", "A message",
     "the dam would burst"),
    ("Rumours spread through the camp overnight saying the border would close.", "Rumours",
     "the border would close"),
    ("A text message circulated in the town on Friday saying the well was poisoned.",
     "A text message", "the well was poisoned"),
]


@pytest.mark.parametrize(("text", "speaker", "words"), SPREAD)
def test_a_spread_message_speaks(text: str, speaker: str, words: str) -> None:
    assert (speaker, words) in statement_words(text)


WITH_SAYING = [
    ("The market reopened on Monday, with traders saying business was slow.", "traders",
     "business was slow"),
    ("The talks ended with both sides saying they would meet again.", "both sides",
     "they would meet again"),
    ("The talks ended, with the ministry saying it would publish a report.", "the ministry",
     "it would publish a report"),
]


@pytest.mark.parametrize(("text", "speaker", "words"), WITH_SAYING)
def test_the_with_phrase_before_saying_speaks(text: str, speaker: str, words: str) -> None:
    assert (speaker, words) in statement_words(text)


@pytest.mark.parametrize(("text", "speaker"), [
    # near-misses: a giver before the medium, and a document given "saying"
    ("The ministry issued a statement saying the road was open.", "The ministry"),
    ("He ended the call with a statement saying nothing new.", "He"),
])
def test_a_given_medium_keeps_its_giver(text: str, speaker: str) -> None:
    assert [sp for sp, _ in statement_words(text)] == [speaker]


# --- 4. a subheading's label ---------------------------------------------------------------

SUBHEADS = (
    "Strike on Lorne hospital kills 9\n\n"
    "Nine people were killed when a missile hit the hospital, the governor said.\n\n"
    "Clinic director: 'There is not one bed left'\n\n"
    "Dr Ivo Marek said every ward within 50 km was full.\n\n"
    "Rebels: 'a planned retreat'\n\n"
    "The rebels said they had pulled back.\n\n"
    "Police: 12 arrests so far\n\n"
    "Police said 12 people had been held.\n\n"
    "Lorne: port 'back to normal'\n\n"
    "The army said the town was calm.\n\n"
    "WHO: 41 strikes on clinics this year\n\n"
    "The agency said it had counted the attacks since 2022.\n\n"
    "Witness: 'They went room by room'\n\n"
    "A cleaner said the gunmen were looking for officials."
)


@pytest.mark.parametrize(("speaker", "words"), [
    ("Clinic director", "There is not one bed left"),
    ("Rebels", "a planned retreat"),
    ("Police", "12 arrests so far"),
    ("Lorne", "port 'back to normal'"),
    ("WHO", "41 strikes on clinics this year"),
    ("Witness", "They went room by room"),
])
def test_a_subheading_label_speaks(speaker: str, words: str) -> None:
    assert (speaker, words) in statement_words(SUBHEADS)


FIELDS = (
    "Briefing on Pella\n\n"
    "Venue: Nairobi\n"
    "Spokesperson: Tomas Reyes\n"
    "Date: 4 March 2026\n"
    "Source: ministry figures\n"
    "Live: gunmen storm a bank in Pella\n"
    "Dead: 17\n"
    "Food: the agency plans to hand out rice to 9,000 people on Monday.\n"
    "HALE: And the children?\n"
    "Copies: field managers, donors' liaison officers\n"
    "Review: 'River Nights' brings the flood back to the stage\n"
    "Extract: 'The Long Road' by Ana Velt\n"
    "NB: figures are provisional\n"
    "Statement: 'No patient was harmed'\n"
)


def test_fields_questions_and_sentences_stay_unread() -> None:
    assert statement_words(FIELDS) == []
