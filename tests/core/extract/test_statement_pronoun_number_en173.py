"""English probes, round en173 (issue 11): a "he" or "she" never stands for a group headed
by a plural ("Ambulance crews ... say"); a person the sentence before names after a
possessive and a person noun ("His colleague Maria Kowalczyk-Nowak was ..."), or the
possessor opening the paragraph its own "he" or "she" follows ("Lindqvist's shift starts
at six. Before he leaves, ..."), speaks the quote; a "say" that a demand asks for ("must
release them and say where they are held") is no statement of the subject.

Every sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import statement_words

GROUPS = [
    'Ambulance crews near the front line say drones now hunt their vehicles. The drivers work '
    'in pairs. "We switch off the lights and pray," he says.',
    'Ambulance crews near the front line say drones now hunt their vehicles.\n\nThe night '
    'shift starts at ten. "We switch off the lights and pray," he says.',
    'Rescue teams in the old town said the search went on all night. "We heard knocking '
    'under the slabs," she said.',
    'Fire crews said the blaze was under control by noon. "The wind helped us," he said.',
]


@pytest.mark.parametrize("text", GROUPS)
def test_a_singular_pronoun_is_no_plural_group(text: str) -> None:
    # (the group's own words stay theirs; the quote is no one's the text names)
    speaker, _ = statement_words(text)[-1]
    assert speaker in ("he", "she")


NAMED = [
    ("Colonel Ivo Brant said the convoy was hit. His colleague Maria Kowalczyk-Nowak was in "
     'the second car. "We heard the blast first," she says.', "Maria Kowalczyk-Nowak",
     "We heard the blast first"),
    ("Governor Ruth Obi said the road would reopen. Her brother Samir Haddad drove the first "
     'lorry through on Monday. "The soldiers waved us on," he said.', "Samir Haddad",
     "The soldiers waved us on"),
    ("Captain Dan Moyo said the post was quiet. Their neighbour Ines Varga keeps the only "
     'generator in the street running. "Everyone charges their phones here," she says.',
     "Ines Varga", "Everyone charges their phones here"),
    ("Mayor Lena Haas said aid was coming.\n\nLindqvist's shift starts at six. Before he "
     'leaves, his son checks the radio. "He asks me every day when I will be back," he says.',
     "Lindqvist", "He asks me every day when I will be back"),
    ("Colonel Ivo Brant said the wards were full.\n\nOkoro's clinic opens at dawn. By noon "
     'she has seen forty patients. "We run out of gauze by lunch," she says.', "Okoro",
     "We run out of gauze by lunch"),
]


@pytest.mark.parametrize(("text", "speaker", "words"), NAMED)
def test_the_person_named_before_speaks(text: str, speaker: str, words: str) -> None:
    assert (speaker, words) in statement_words(text)


NAMED_NEGATIVES = [
    # the noun before the name tells the other sex
    ("Colonel Ivo Brant said the convoy was hit. His wife Maria Kowalczyk was in the second "
     'car. "We heard the blast first," he says.', "Maria Kowalczyk"),
    # the mourned say nothing
    ("Colonel Ivo Brant said the convoy was hit. His son Ali Musa was buried on Sunday. "
     '"He was a civilian," he said.', "Ali Musa"),
    # an unmarked name beside another person named in its sentence
    ("Colonel Ivo Brant said the convoy was hit. His colleague Kim Lee drove with Major Ana "
     'Ruiz to the depot. "We saw the smoke," she said.', "Kim Lee"),
    # the paragraph's possessor is a place; no pronoun of its own follows
    ("Colonel Ivo Brant said the town was shelled.\n\nKessa's market opens at dawn. Prices "
     'have doubled. "Nobody can buy meat," he says.', "Kessa"),
    # the paragraph calls its person "she": a "he" is someone else
    ("Colonel Ivo Brant said the wards were full.\n\nOkoro's clinic opens at dawn. By noon "
     'she has seen forty patients. "We run out of gauze," he says.', "Okoro"),
    # a person named between the possessor and the quote
    ("Colonel Ivo Brant said the wards were full.\n\nOkoro's clinic opens at dawn. Before "
     'he arrives, Dr Sara Nagy checks the stock. "We run out of gauze," he says.', "Okoro"),
    # the name is the object of the sentence before: today's reading stays
    ("Colonel Ivo Brant said the convoy was hit. The court heard Amina Yusuf describe the "
     'raid. "It was a lie," he said.', "Amina Yusuf"),
]


@pytest.mark.parametrize(("text", "speaker"), NAMED_NEGATIVES)
def test_no_named_subject_of_the_pronoun(text: str, speaker: str) -> None:
    assert all(s != speaker for s, _ in statement_words(text)[1:])


DEMANDS = [
    ("Security forces must immediately release the nine health workers and say where they "
     "are being held, the group said.", "Security forces"),
    ("Authorities must stop the raids and say what they have done with the bodies.",
     "Authorities"),
    ("The army should free the detainees and say where they are, the lawyer said.",
     "The army"),
    ("The group urged the police to release the men and say why they were arrested.",
     "the police"),
]


@pytest.mark.parametrize(("text", "subject"), DEMANDS)
def test_say_inside_a_demand_is_no_statement(text: str, subject: str) -> None:
    assert all(s != subject for s, _ in statement_words(text))


SAYING_KEPT = [
    ("Villagers fled the fighting and say the soldiers burned their homes.", "Villagers",
     "the soldiers burned their homes"),
    ("The army withdrew and says the town is now calm.", "The army", "the town is now calm"),
    ("The police released the men and said they had been questioned.", "The police",
     "they had been questioned"),
    ("The authorities should say what happened to them, the rights group said.",
     "the rights group", "The authorities should say what happened to them"),
]


@pytest.mark.parametrize(("text", "speaker", "words"), SAYING_KEPT)
def test_saying_outside_a_demand_stays(text: str, speaker: str, words: str) -> None:
    assert (speaker, words) in statement_words(text)
