"""English statement probes of the fifty-sixth round (from the twenty-second blind set).

1. The words going on after "..., he said, and <verb> ...": "Forty families have fled to
   the town, the chief said, and depend on relatives for food" is one entry; the verb after
   ", and" shares the reported clause's subject, so it opens no clause of its own. (The
   leftovers round after the fifty-second gave the clause after "said, and" a second
   entry; that stays when the clause names its subject: "and children at the camp need
   books", "and aid to the valley has stopped", "and two were in a serious condition".)
2. A one-word hearer closing "told": "..., one trader told dpa by telephone." names who
   heard the words before it (an agency that writes its name in lower case); the word and
   how it was said are no words.
3. "informs" / "reminds" with a list of those told ("informs candidates, parents and
   teachers that ...") and a body's role as the subject ("The Registrar of the Velm
   Examination Board"): the subject tells the clause after "that". A thing that reminds
   stays without an entry.
4. A release's present before "but <verb of saying>": "The council regrets the delay but
   notes that ...": the sentence's subject says it, as after "welcomed ... but said".
5. "whispered that ...": speech in a low voice with its clause, as "said that".
   "whispered a prayer" and "The wind whispered" stay without an entry.
6. "had his operation yesterday and the surgeon says ...": "had" before an article or a
   possessive is the first clause's main verb, so the speaker is the subject after "and".
7. A line's label "Travel notes: take a coat": one word, "notes" and a colon with no
   quotation after it is no speaker.
8. A notice's plural or collective present "The Orlov family announce that ...": "announce"
   with its "that" clause, as "announces that"; "will announce the results" and "regret
   to announce the death" stay without an entry.
9. A fronted phrase that lost its comma before the subject: "With heavy hearts the Orlov
   family said that ...": the last article after the phrase opens the speaker.

Every sentence is fictional and written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import statement_words

SAID_AND_VERB: list[tuple[str, list]] = [
    ('About 40 families from Orvik have since fled to the market town, the chief said, and '
     'depend on relatives for food.',
     [('the chief', 'About 40 families from Orvik have since fled to the market town')]),
    ('Two hundred herders have left the valley, said the elder, and live in tents near the '
     'river.',
     [('the elder', 'Two hundred herders have left the valley')]),
    ('The pupils of Tesk have moved to the next village, the teacher said, and walk to the '
     'school there every morning.',
     [('the teacher', 'The pupils of Tesk have moved to the next village')]),
]
# (round en164: a clause with its own subject after "said, and" is no second entry
# either: the writer's voice goes on, as most of the older gold and all the newer read it)
SAID_AND_CLAUSE_KEPT: list[tuple[str, list]] = [
    ('The school is closed, she said, and children at the camp need books.',
     [('she', 'The school is closed')]),
    ('The bridge was cut, officials said, and aid to the valley has stopped.',
     [('officials', 'The bridge was cut')]),
    ('Four of the wounded were children, she said, and two were in a serious condition.',
     [('she', 'Four of the wounded were children')]),
    ('The farms were burned, he said, and most of the families want to go home.',
     [('he', 'The farms were burned')]),
]

ONE_WORD_HEARER: list[tuple[str, list]] = [
    ('Shops stayed shut in Tarnow, one trader told dpa by telephone.',
     [('one trader', 'Shops stayed shut in Tarnow')]),
    ('Shops stayed shut in Tarnow and the guards kept away, one trader told dpa by phone.',
     [('one trader', 'Shops stayed shut in Tarnow and the guards kept away')]),
    ('The ferry to Ulm has stopped running, a boatman told dpa.',
     [('a boatman', 'The ferry to Ulm has stopped running')]),
]
ONE_WORD_HEARER_KEPT: list[tuple[str, list]] = [
    ('Shops stayed shut in Tarnow, one trader told AFP by telephone.',
     [('one trader', 'Shops stayed shut in Tarnow')]),
    ('The trader told villagers the shops had stayed shut.',
     [('The trader', 'the shops had stayed shut')]),
    ('The mayor told lies.', []),
]

INFORMED_LIST: list[tuple[str, list]] = [
    ('The Registrar of the Velm Examination Board informs candidates, parents and teachers '
     'that the papers will begin on Monday.',
     [('The Registrar of the Velm Examination Board', 'the papers will begin on Monday')]),
    ('The Secretary of the Orvik Growers Union reminds farmers, traders and transport owners '
     'that the market closes on Friday.',
     [('The Secretary of the Orvik Growers Union', 'the market closes on Friday')]),
    ('The Registrar of the Velm Examination Board informs candidates that the papers will '
     'begin on Monday.',
     [('The Registrar of the Velm Examination Board', 'the papers will begin on Monday')]),
]
INFORMED_LIST_KEPT: list[tuple[str, list]] = [
    ('The burned houses of the old quarter reminded visitors, pupils and teachers that the '
     'war was near.', []),
    ('The agency informs road users that the bridge is closed.',
     [('The agency', 'the bridge is closed')]),
]

PRESENT_BUT_SAYS: list[tuple[str, list]] = [
    ('The council regrets the delay but notes that 300 more families were housed this year.',
     [('The council', '300 more families were housed this year')]),
    ('The union welcomes the offer but says the strike will go on.',
     [('The union', 'the strike will go on')]),
    ('The council regrets the delay but said that 300 more families were housed this year.',
     [('The council', '300 more families were housed this year')]),
]
PRESENT_BUT_SAYS_KEPT: list[tuple[str, list]] = [
    ('The council regrets the delay.', []),
    ('The mayor welcomed the ruling but said that the bridge would stay closed.',
     [('The mayor', 'the bridge would stay closed')]),
]

WHISPERED: list[tuple[str, list]] = [
    ('A woman at the back whispered that the men come every week.',
     [('A woman at the back', 'the men come every week')]),
    ('The guard whispered that the road to Kessa was closed.',
     [('The guard', 'the road to Kessa was closed')]),
]
WHISPERED_KEPT: list[tuple[str, list]] = [
    ('She whispered a prayer for the dead.', []),
    ('The wind whispered in the pines above Kessa.', []),
]

HAD_AND_SPEAKER: list[tuple[str, list]] = [
    ('Tomas had his second operation yesterday and the surgeon says the bone is finally '
     'holding.',
     [('the surgeon', 'the bone is finally holding')]),
    ('The village has a clinic and the nurse says the wards are full.',
     [('the nurse', 'the wards are full')]),
]
HAD_AND_SPEAKER_KEPT: list[tuple[str, list]] = [
    ('Tomas and the surgeon said the wound was healing.',
     [('Tomas and the surgeon', 'the wound was healing')]),
    ('Tomas reached the clinic and the surgeon said the wound was healing.',
     [('the surgeon', 'the wound was healing')]),
]

NOTES_LABEL: list[tuple[str, list]] = [
    ('Travel notes: the ferry cost 40 euros; take a coat.', []),
    ('Practical notes: the bus cost 90 pesos; take some cash.', []),
]
NOTES_LABEL_KEPT: list[tuple[str, list]] = [
    ('Orlov notes: "The ferry is late again."', [('Orlov', 'The ferry is late again')]),
    ('The report notes: the ferry is late again.', [('The report', 'the ferry is late again')]),
    ('Orlov notes that the ferry is late again.', [('Orlov', 'the ferry is late again')]),
]

ANNOUNCE_THAT: list[tuple[str, list]] = [
    ('The Orlov family announce that Mira was among those taken from us.',
     [('The Orlov family', 'Mira was among those taken from us')]),
    ('The elders of Tesk announce that the market will reopen on Monday.',
     [('The elders of Tesk', 'the market will reopen on Monday')]),
]
ANNOUNCE_THAT_KEPT: list[tuple[str, list]] = [
    ('The ministry will announce the results on Monday.', []),
    ('The family regret to announce the death of Mira.', []),
    ('The two parties announce a ceasefire.', []),
]

FRONTED_WITH: list[tuple[str, list]] = [
    ('With heavy hearts the Orlov family said that Mira died.',
     [('the Orlov family', 'Mira died')]),
    ('With regret the Orlov family announce that Mira was among those taken from us.',
     [('the Orlov family', 'Mira was among those taken from us')]),
]
FRONTED_WITH_KEPT: list[tuple[str, list]] = [
    ('In a statement the ministry said the road was open.',
     [('the ministry', 'the road was open')]),
    ('With the help of the army the mayor said the road was open.',
     [('the mayor', 'the road was open')]),
]


@pytest.mark.parametrize(("text", "expected"), ANNOUNCE_THAT)
def test_a_plural_announce_that(text: str, expected: list) -> None:
    assert statement_words(text) == expected


@pytest.mark.parametrize(("text", "expected"), ANNOUNCE_THAT_KEPT)
def test_a_plural_announce_look_alikes(text: str, expected: list) -> None:
    assert statement_words(text) == expected


@pytest.mark.parametrize(("text", "expected"), FRONTED_WITH)
def test_a_fronted_phrase_without_its_comma(text: str, expected: list) -> None:
    assert statement_words(text) == expected


@pytest.mark.parametrize(("text", "expected"), FRONTED_WITH_KEPT)
def test_a_fronted_phrase_look_alikes(text: str, expected: list) -> None:
    assert statement_words(text) == expected


@pytest.mark.parametrize(("text", "expected"), SAID_AND_VERB)
def test_a_verb_after_said_and_goes_on_with_the_words(text: str, expected: list) -> None:
    assert statement_words(text) == expected


@pytest.mark.parametrize(("text", "expected"), SAID_AND_CLAUSE_KEPT)
def test_a_clause_after_said_and_is_one_entry(text: str, expected: list) -> None:
    assert statement_words(text) == expected


@pytest.mark.parametrize(("text", "expected"), ONE_WORD_HEARER)
def test_a_one_word_hearer_closing_told(text: str, expected: list) -> None:
    assert statement_words(text) == expected


@pytest.mark.parametrize(("text", "expected"), ONE_WORD_HEARER_KEPT)
def test_a_one_word_hearer_look_alikes(text: str, expected: list) -> None:
    assert statement_words(text) == expected


@pytest.mark.parametrize(("text", "expected"), INFORMED_LIST)
def test_informs_a_list_of_hearers(text: str, expected: list) -> None:
    assert statement_words(text) == expected


@pytest.mark.parametrize(("text", "expected"), INFORMED_LIST_KEPT)
def test_informs_a_list_look_alikes(text: str, expected: list) -> None:
    assert statement_words(text) == expected


@pytest.mark.parametrize(("text", "expected"), PRESENT_BUT_SAYS)
def test_a_present_predicate_before_but_says(text: str, expected: list) -> None:
    assert statement_words(text) == expected


@pytest.mark.parametrize(("text", "expected"), PRESENT_BUT_SAYS_KEPT)
def test_a_present_predicate_look_alikes(text: str, expected: list) -> None:
    assert statement_words(text) == expected


@pytest.mark.parametrize(("text", "expected"), WHISPERED)
def test_whispered_that(text: str, expected: list) -> None:
    assert statement_words(text) == expected


@pytest.mark.parametrize(("text", "expected"), WHISPERED_KEPT)
def test_whispered_look_alikes(text: str, expected: list) -> None:
    assert statement_words(text) == expected


@pytest.mark.parametrize(("text", "expected"), HAD_AND_SPEAKER)
def test_had_a_thing_and_the_speaker_says(text: str, expected: list) -> None:
    assert statement_words(text) == expected


@pytest.mark.parametrize(("text", "expected"), HAD_AND_SPEAKER_KEPT)
def test_had_a_thing_look_alikes(text: str, expected: list) -> None:
    assert statement_words(text) == expected


@pytest.mark.parametrize(("text", "expected"), NOTES_LABEL)
def test_a_line_label_with_notes_is_no_speaker(text: str, expected: list) -> None:
    assert statement_words(text) == expected


@pytest.mark.parametrize(("text", "expected"), NOTES_LABEL_KEPT)
def test_a_line_label_look_alikes(text: str, expected: list) -> None:
    assert statement_words(text) == expected


@pytest.mark.xfail(strict=True, reason=(
    "a relative clause that ends in a stranded 'to' before the second speaker's verb "
    "('the families we talked to say') is read as an infinitive, so the second source "
    "runs into the first one's words; not taken in this round, for want of time"))
def test_a_second_source_after_a_stranded_to() -> None:
    assert statement_words(
        'The police later said that six people had died but the families we talked to say '
        'five died.') == [('The police', 'six people had died'),
                          ('the families we talked to', 'five died')]


@pytest.mark.xfail(strict=True, reason=(
    "a title line in capitals closed by a language label ('- VISITOR GUIDE (ENGLISH)') "
    "is read as a headline with its source after the dash; a guide is a person too, so "
    "the line's kind needs the label, left for a later round"))
def test_a_title_line_with_a_language_label_is_no_headline() -> None:
    assert statement_words(
        'OLD MILL MUSEUM VELMARA - VISITOR GUIDE (ENGLISH)\n\nStop 1. The mill was built in '
        '1870 and burned in 1993.') == []
