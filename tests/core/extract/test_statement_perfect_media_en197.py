"""English probes, round en197 (issue 11): a medium given in the perfect or the pluperfect
("has issued a statement saying", "had now posted a video saying", "has sent us a message
saying") carries its giver's words exactly as the simple past does; a medium followed by
"which says" or "that says" gives its giver too, not the medium.

Every sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import statement_words

PERFECT_MEDIA = [
    # wire copy, singular subject, no adverb
    ("The interior ministry has issued a statement saying 14 police officers were wounded "
     "in the clashes.", "The interior ministry", "14 police officers were wounded in the clashes"),
    # pluperfect
    ("The provincial governor had issued a statement saying the curfew would be lifted.",
     "The provincial governor", "the curfew would be lifted"),
    # with an adverb between
    ("The defence ministry has now issued a statement saying three drones were shot down.",
     "The defence ministry", "three drones were shot down"),
    ("The embassy has also sent a note saying two of its citizens were detained at the "
     "border.", "The embassy", "two of its citizens were detained at the border"),
    ("The rebel command had since published a communique saying its fighters withdrew from "
     "Varenka.", "The rebel command", "its fighters withdrew from Varenka"),
    # plural subject
    ("Local officials have released a letter saying the dam is close to bursting.",
     "Local officials", "the dam is close to bursting"),
    # live blog: a reader, a hearer pronoun between verb and medium
    ("A reader in Moravsk has sent us a message saying gunfire broke out near the market.",
     "A reader in Moravsk", "gunfire broke out near the market"),
    # "put out", "posted"
    ("The coastguard has put out a statement saying 31 migrants were rescued overnight.",
     "The coastguard", "31 migrants were rescued overnight"),
    ("The armed group has just posted a video saying its men took the bridge at Dolsk.",
     "The armed group", "its men took the bridge at Dolsk"),
    # rights report
    ("The monitoring group has issued a report saying at least 40 detainees died in "
     "custody last year.", "The monitoring group",
     "at least 40 detainees died in custody last year"),
    # after a fronted time
    ("On Tuesday the health ministry had issued a statement saying nine patients died.",
     "the health ministry", "nine patients died"),
]


@pytest.mark.parametrize(("text", "speaker", "words"), PERFECT_MEDIA)
def test_perfect_medium_saying_reads_its_giver(text: str, speaker: str, words: str) -> None:
    assert statement_words(text) == [(speaker, words)]


RELATIVE_MEDIA = [
    ("The ministry has issued a statement which says 12 soldiers were wounded.",
     "The ministry", "12 soldiers were wounded"),
    ("The ministry issued a statement which says 12 soldiers were wounded.",
     "The ministry", "12 soldiers were wounded"),
    ("The army had sent them a letter which said the base was shelled twice.",
     "The army", "the base was shelled twice"),
    ("The army has sent us a letter which says the base was shelled.",
     "The army", "the base was shelled"),
    ("The police have issued a statement that says four suspects were arrested.",
     "The police", "four suspects were arrested"),
]


@pytest.mark.parametrize(("text", "speaker", "words"), RELATIVE_MEDIA)
def test_medium_with_relative_saying_reads_its_giver(text: str, speaker: str,
                                                     words: str) -> None:
    assert statement_words(text) == [(speaker, words)]


def test_simple_past_reads_as_before() -> None:
    assert statement_words("The ministry issued a statement saying 12 soldiers were "
                           "wounded.") == [("The ministry", "12 soldiers were wounded")]
    assert statement_words("A reader in Moravsk sent us a message saying gunfire broke out "
                           "near the market.") == [("A reader in Moravsk",
                                                    "gunfire broke out near the market")]


@pytest.mark.parametrize("text", [
    "The police have issued a warrant for the mayor's arrest.",
    "The army had sent troops saying nothing to the villagers.",
    "The court has issued a ruling on the land dispute.",
    # the relative's verb is the medium's own act, no saying: nothing is reported
    "The monitors have issued a report that accused the army of torture.",
])
def test_no_medium_stays_unread(text: str) -> None:
    assert statement_words(text) == []


def test_act_then_comma_saying_keeps_its_reading() -> None:
    # an act with its own object, then ", saying": the subject speaks, as before
    assert statement_words("The rebels have released the prisoners, saying the talks were "
                           "over.") == [("The rebels", "the talks were over")]


def test_medium_that_speaks_itself_stays_the_speaker() -> None:
    # no giver before it: the statement is the subject and speaks
    assert statement_words("A statement which says 12 soldiers were wounded was read on "
                           "radio.") == [("A statement", "12 soldiers were wounded")]


def test_medium_own_act_keeps_the_medium() -> None:
    # "which accused": the report's own accusation, read as before; its giver is not put
    # in its place (only a relative of saying hands the words to the giver)
    assert statement_words("The monitors have issued a report which accused the army of "
                           "torture.") == [("a report", "the army of torture")]
