"""English probes, round en169 (issue 11): a pronoun after a quote takes the person the
sentence just before describes as its subject ("The dead man's widow wept ... '...,' she
said"), of the pronoun's sex, or the one the outlet's reporter spoke to; a name in
apposition after "One of the ..." or after a post "for <place>" speaks before a colon
quote. Things, places, bodies and the mourned dead stay no one.

Every sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import statement_words

DESCRIBED = [
    ("Judge Peter Malan said the sentence reflected the gravity of the crime. The dead man's "
     "widow, who came to every hearing with her children, wept as the verdict was read. "
     '"I waited four years," she said.', "The dead man's widow", "I waited four years"),
    ("Prosecutor Ana Velez told the court the evidence was clear. The father of one of the "
     'victims, a retired teacher, spoke at the inquiry in June. "My son went out to buy '
     'bread," he told the panel.', "The father of one of the victims",
     "My son went out to buy bread"),
    ("The minister, Karl Osei, said the camps were safe. The mother of a missing boy stood "
     'outside the gates for hours. "Nobody tells us anything," she said.',
     "The mother of a missing boy", "Nobody tells us anything"),
    ("Colonel Ivo Brant said the army had withdrawn. A farmer whose house was hit walked "
     'through the rubble on Monday. "Everything is gone," he said.', "A farmer",
     "Everything is gone"),
    ("Mayor Lena Haas said the town would rebuild. The boy's grandmother sat by the "
     'hospital bed all night. "He is all I have," she said.', "The boy's grandmother",
     "He is all I have"),
    ("Judge Anna Malan said the sentence was fair. The victim's brother left the courtroom "
     'in silence. "It will never be enough," he said.', "The victim's brother",
     "It will never be enough"),
    ("Police spokesman Omar Sayed said the operation was lawful. Two students detained in "
     "the raid were freed on Friday. They told reporters they had been beaten.",
     "Two students", "they had been beaten"),
    ("Governor Ruth Obi said the curfew would stay. Three women held at the depot were "
     "released on Monday. They said the guards had taken their phones.", "Three women",
     "the guards had taken their phones"),
]

NAMED = [
    ("Colonel Ivo Brant said the area was shelled. A nurse named Amina Said treated the "
     'wounded all night. "We had no blood left," she said.', "Amina Said",
     "We had no blood left"),
    ("Judge Peter Malan said the verdict was final. A man named Tomas Ruiz sat alone in the "
     'gallery. "I came for my brother," he said.', "Tomas Ruiz", "I came for my brother"),
]

MET = [
    ("The army said the boat had been warned. Our correspondent spoke to a fisherman who "
     "was pulled from the water. He said the boat was rammed twice.", "a fisherman",
     "the boat was rammed twice"),
    ("Officials said the strike hit a depot. We talked to a nurse at the main hospital in "
     "the city. She said the wards were full.", "a nurse", "the wards were full"),
    ("The governor said aid was coming. Our reporter interviewed a shopkeeper whose stall "
     'burned down. "We lost everything," he said.', "a shopkeeper", "We lost everything"),
]

APPOSED = [
    ('Three men were on trial. One of the three, Musa Adeyemi, told the court: "I never '
     'held a gun."', "Musa Adeyemi", "I never held a gun"),
    ('Three men were on trial. One of the three, Musa Adeyemi, said: "I never held a gun."',
     "Musa Adeyemi", "I never held a gun"),
    ('The group\'s researcher for Sudan, Leila Haroun-Ali, said: "The attacks are '
     'systematic."', "Leila Haroun-Ali", "The attacks are systematic"),
    ('The agency\'s officer in Kessa, Dan Moyo, told reporters: "The roads are shut."',
     "Dan Moyo", "The roads are shut"),
]


@pytest.mark.parametrize(("text", "speaker", "words"), DESCRIBED + NAMED + MET + APPOSED)
def test_the_person_described_or_named_speaks(text: str, speaker: str, words: str) -> None:
    assert (speaker, words) in statement_words(text)


def test_a_woman_named_is_no_he() -> None:
    text = ("Colonel Ivo Brant said the area was shelled. A woman named Amina Said waited at "
            'the gate. "We had no news," he said.')
    assert ("Amina Said", "We had no news") not in statement_words(text)


def test_a_described_person_of_the_other_sex_is_passed_over() -> None:
    text = ("Judge Peter Malan said the sentence was fair. The victim's brother left the "
            'courtroom in silence. "It will never be enough," she said.')
    assert ("The victim's brother", "It will never be enough") not in statement_words(text)


NEGATIVES = [
    # a thing, a body, a place as the subject before: the earlier speaker keeps the quote
    'Colonel Ivo Brant said the area was shelled. The building collapsed on Tuesday. "It was '
    'a direct hit," he said.',
    'Colonel Ivo Brant said the area was shelled. The ministry issued a statement on Monday. '
    '"We deny it," he said.',
    'Colonel Ivo Brant said the area was shelled. The town of Bria was quiet on Monday. "We '
    'are ready," he said.',
    # the mourned dead are spoken of, not speaking
    'Colonel Ivo Brant said the area was shelled. The victims were buried on Sunday. "They '
    'were civilians," he said.',
    'Colonel Ivo Brant said the area was shelled. A man was shot dead at the checkpoint. "He '
    'ignored the warning," he said.',
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_person_described_keeps_the_named_speaker(text: str) -> None:
    found = statement_words(text)
    assert found[-1][0] == "Colonel Ivo Brant"


def test_a_speaker_inside_the_sentence_before_is_nearer() -> None:
    # the widow is the subject, but the judge speaks after her in that sentence
    text = ('The widow wept as Judge Peter Malan said the case was closed. "It is over," he '
            "said.")
    assert ("Judge Peter Malan", "It is over") in statement_words(text)


def test_one_of_them_described_keeps_the_description() -> None:
    text = 'Several detainees were freed. One of them, a farmer, said: "We were not fed."'
    # (no name in apposition: the description speaks, as the older sets' gold has it)
    assert statement_words(text) == [("a farmer", "We were not fed")]
