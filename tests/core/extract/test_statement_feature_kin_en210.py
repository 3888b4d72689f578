"""English probes, round en210 (issue 11): a feature's kin named in passing, a gerund and
its object as the subject of "tells", and words read out from another's letter.

1. "It names his younger brother, Marek, ... '...,' he says": the kin a feature names in
   apposition to a possessive of the pronoun's sex is its person's kin; the quotes are the
   full-named person's whose "his" it was. The kin keeps the pronoun when the sentence
   before opens on him, when the text writes him as a teller, or when the possessive is of
   the other sex;
2. "Cutting this budget tells 300 families to stop hoping": an act, no teller; "Striking
   workers told reporters ..." and "Acting President Ana Ruiz said ..." stay speakers;
3. "read out a letter from a woman whose son was detained: '...'": the writer's words;
   "read a statement on behalf of the family" stays unread.

Every sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import statement_words


def _speaker_of(found: list[tuple[str | None, str]], words: str) -> str | None:
    return next((sp for sp, w in found if w.startswith(words)), "<none>")


# --- 1. the person a feature follows, past a kin named in passing --------------------

FISHER = (
    "A fisherman waited years for news of his brother\n"
    "Tomasz Wierzbicki-Rolf keeps the letter in a tin box. It names his younger brother, "
    "Marek, at 22, a year before the militia took him from the harbour at Kostrzyn.\n"
    "\"We asked at every police station,\" he says. \"My father wrote to the ministry "
    "every month.\"\n"
    "Marek was one of nine men held in Kostrzyn in May 1981. None returned. Last year a lab "
    "matched a sample Tomasz, now 64, had given in 2015.\n"
    "\"I gave them a letter, and they gave me a grave,\" he says."
)

WEAVER = (
    "Rosa Quintero-Lamas opens the workshop at six. Beside the loom hangs a picture of her "
    "eldest daughter, Lucia, taken the week before she vanished on the road to Tarel.\n"
    "\"I keep weaving her patterns,\" she says.\n"
    "Lucia was 17. Police found her bag in a ditch in 2009. Rosa, now 58, still goes to the "
    "prosecutor every month.\n"
    "\"They know my face there,\" she says."
)

BAKER = (
    "Omar Haddad-Sayeg bakes bread for the whole street. On the wall is a photograph of his "
    "son, Sami, in his army uniform.\n"
    "\"He wanted to be an engineer,\" he says."
)


@pytest.mark.parametrize("text, words, speaker", [
    (FISHER, "We asked at every police station", "Tomasz Wierzbicki-Rolf"),
    (FISHER, "My father wrote to the ministry", "Tomasz Wierzbicki-Rolf"),
    (FISHER, "I gave them a letter", "Tomasz Wierzbicki-Rolf"),
    (WEAVER, "I keep weaving her patterns", "Rosa Quintero-Lamas"),
    (WEAVER, "They know my face there", "Rosa Quintero-Lamas"),
    (BAKER, "He wanted to be an engineer", "Omar Haddad-Sayeg"),
])
def test_feature_kin_named_in_passing(text: str, words: str, speaker: str) -> None:
    assert _speaker_of(statement_words(text), words) == speaker


# Look-alikes: the kin acts in the sentence just before, is written as a teller, or is of
# the possessive of the other sex.
KIN_ACTS = (
    "Ilse Marten-Kovac sits on the porch. Her brother, Pavel, leans on the rail.\n"
    "Pavel Kovac lights a cigarette. \"I came back for the harvest,\" he says."
)
KIN_TELLS = (
    "Dinah Obuya-Reid runs the clinic. Her son, Felix, drives the van.\n"
    "Felix says the roads are worse this year. He was 20 when he started.\n"
    "\"I know every pothole,\" he says."
)
OTHER_SEX = (
    "Amara Velloso-Tine keeps a photograph of her brother, Jonas, by the door. Jonas was "
    "a mechanic in the port.\n"
    "Last year the navy returned his tools.\n"
    "\"I fixed their boats for ten years,\" he said in a recording the family kept."
)


def test_kin_who_opens_the_sentence_before_keeps_the_pronoun() -> None:
    found = statement_words(
        "Halima Idrissou-Bey runs the stall. Her son, Karim, sits beside her.\n"
        "Karim nods at the crates. \"I carry the heavy ones,\" he says.")
    assert _speaker_of(found, "I carry the heavy ones") == "Karim"


def test_kin_written_as_a_teller_keeps_the_pronoun() -> None:
    found = statement_words(KIN_TELLS)
    assert _speaker_of(found, "the roads are worse") == "Felix"
    assert _speaker_of(found, "I know every pothole") != "Dinah Obuya-Reid"


def test_kin_of_the_other_sex_is_no_followed_kin() -> None:
    found = statement_words(OTHER_SEX)
    assert _speaker_of(found, "I fixed their boats") != "Amara Velloso-Tine"


def test_kin_named_in_full_before_the_quote_keeps_it() -> None:
    found = statement_words(KIN_ACTS)
    assert _speaker_of(found, "I came back for the harvest") in ("Pavel", "Pavel Kovac")


# --- 2. a gerund and its object is no teller -------------------------------------------

@pytest.mark.parametrize("text", [
    "Cutting this budget tells 300 families to stop hoping.",
    "Closing the clinic tells mothers that nobody is coming.",
    "Ignoring these warnings told the gunmen they were safe.",
    "Raising fees tells students to go abroad.",
])
def test_gerund_act_is_no_teller(text: str) -> None:
    assert statement_words(text) == []


def test_gerund_inside_a_quote_keeps_the_quote_only() -> None:
    found = statement_words(
        "Opening the debate, Senator Lidia Varga said the fund had helped 40 people. "
        "\"Closing the fund tells 300 families to stop hoping,\" she said.")
    assert [sp for sp, _ in found] == ["Senator Lidia Varga", "Senator Lidia Varga"]


@pytest.mark.parametrize("text, speaker", [
    ("Striking workers told reporters they would not return.", "Striking workers"),
    ("Visiting officials said the camp was full.", "Visiting officials"),
    ("Acting President Ana Ruiz said the fund was empty.", "Acting President Ana Ruiz"),
    ("Fleming told reporters the ship had sunk.", "Fleming"),
])
def test_participle_before_people_stays_a_speaker(text: str, speaker: str) -> None:
    assert [sp for sp, _ in statement_words(text)] == [speaker]


# --- 3. words read out from another's letter -------------------------------------------

@pytest.mark.parametrize("text, speaker, words", [
    ("Deputy Ana Ruiz, who represents a district in Orvana, read out a letter from a woman "
     "whose son was detained in 1976: \"I am 80. I cannot wait another year.\"",
     "a woman whose son was detained in 1976", "I am 80. I cannot wait"),
    ("At the funeral a priest read a message from the boy's mother: \"Forgive them.\"",
     "the boy's mother", "Forgive them"),
    ("The lawyer read a statement from the family: \"We want justice, not revenge.\"",
     "the family", "We want justice"),
    ("The mayor read out a letter from Ines Okoro, a nurse in Tarel: \"We have no fuel.\"",
     "Ines Okoro", "We have no fuel"),
])
def test_read_out_words_are_the_writers(text: str, speaker: str, words: str) -> None:
    assert _speaker_of(statement_words(text), words) == speaker


def test_reader_keeps_a_later_pronoun() -> None:
    found = statement_words(
        "Deputy Ana Ruiz read out a letter from a woman whose son was detained in 1976: "
        "\"I am 80. I cannot wait another year.\" She said the fund was empty.")
    assert _speaker_of(found, "the fund was empty") == "Deputy Ana Ruiz"


@pytest.mark.parametrize("text", [
    "The lawyer read a statement on behalf of the family: \"We want justice.\"",
    "He read out a letter from the ministry. The hall fell silent.",
    "She read a letter from her sister on the train.",
])
def test_reading_without_a_writer_quote_stays_unread(text: str) -> None:
    assert statement_words(text) == []
