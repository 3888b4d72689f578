"""English probes, round en221 (issue 11): statements in features and debates. The person
our reporter reached goes on as the next "she says" after her first; an aside set before a
list's last item ("and once, she says, a football pitch") reads the whole sentence; a
demand with a noun object is its demander's statement; a full name with its "of the
<body>" apposition speaks; a counted source of people after "according to" is read whole.

Every sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import statement_words


def entries(text: str) -> list[tuple[str | None, str]]:
    return statement_words(text)


def speaker_of(text: str, words_start: str) -> str | None:
    found = [sp for sp, w in statement_words(text) if w.startswith(words_start)]
    assert found, statement_words(text)
    return found[0]


# --- 1. the person our reporter reached goes on after her first "she says" ---------------

REACHED = [
    ('The mayor, Petro Hnatiuk, says the water is back on. Our reporter has reached Olena '
     'Marchuk-Veres, 64, whose flat faces the depot. "The glass flew everywhere," she says. '
     'Her brother, she says, was hurt by glass and is now at home.',
     "Her brother", "Olena Marchuk-Veres"),
    ('The district chief, Anna Lisk, said the road was closed. We have spoken to Tomas '
     'Brenner, 58, a farmer whose barn burned down. "It went up in minutes," he says. His '
     'cattle, he says, were let out just in time.',
     "His cattle", "Tomas Brenner"),
    ('The army spokesman, Col. Dario Venn, said the raid was over. Our correspondent has '
     'reached Leyla Oranova, 34, who teaches at the village school. "We heard the drones '
     'first," she says. The school, she says, has been closed since May.',
     "The school", "Leyla Oranova"),
    ('The prefect, Maelis Ondrawe, says the shelters are full. Our reporter has reached Kerem '
     'Atay-Dolun, 52, whose bakery lost its windows. "We opened at six anyway," he says. His '
     'oven, he says, still works.',
     "His oven", "Kerem Atay-Dolun"),
    ('The regional commander, Tarvo Eklund-Sarr, says two drones were shot down. Our '
     'correspondent met Ines Vadura-Kell, 40, a nurse at the field hospital. "We had no light '
     'for an hour," she says. The generator, she says, came back at midnight.',
     "The generator", "Ines Vadura-Kell"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), REACHED)
def test_the_reached_person_goes_on_after_her_first_pronoun(
        text: str, words: str, speaker: str) -> None:
    assert speaker_of(text, words) == speaker


def test_a_man_named_after_her_takes_his_own_he() -> None:
    text = ('Our reporter has reached Olena Marchuk-Veres, 64, whose flat faces the depot. '
            '"The glass flew everywhere," she says. Her husband, Ivo Dorn, 70, was at the '
            'market. "I ran back," he says. The car, he says, was crushed.')
    assert speaker_of(text, "I ran back") == "Ivo Dorn"
    assert speaker_of(text, "The car") == "Ivo Dorn"


# --- 2. an aside before a list's last item -----------------------------------------------

LIST_ASIDES = [
    ("Marta Selvik-Oyen has landed on sand, ice, gravel and once, she says, a frozen lake.",
     "Marta Selvik-Oyen", "Marta Selvik-Oyen has landed on sand, ice, gravel and once"),
    ("Ivo Draskic has driven trucks through snow, flood and, he says, a burning forest.",
     "Ivo Draskic", "Ivo Draskic has driven trucks through snow, flood and"),
    ("The family kept goats, hens and, Petrova says, two old horses.",
     "Petrova", "The family kept goats, hens and"),
    ("The convoy carried flour, tents and, the UN said, 40 tonnes of medicine.",
     "the UN", "The convoy carried flour, tents and"),
    ("He fixed radios, phones and even, he says, a satellite dish.",
     "he", "He fixed radios, phones and even"),
]


@pytest.mark.parametrize(("text", "speaker", "opening"), LIST_ASIDES)
def test_an_aside_before_a_lists_last_item_reads_the_whole_sentence(
        text: str, speaker: str, opening: str) -> None:
    found = entries(text)
    assert len(found) == 1, found
    sp, words = found[0]
    assert sp == speaker
    assert words.startswith(opening)
    assert words.endswith(text.rstrip(".").rsplit(", ", 1)[1])


def test_a_headline_word_is_no_speaker_of_the_host() -> None:
    text = ("THE LORVAN HERALD\nMonday, May 4, 2026\n\nLocal nurse home from a winter of "
            "flooded clinics\n\nAnna Petrova has worked in tents, schools, barns and once, "
            "she says, a bus shelter. This year she worked in a clinic with no roof.")
    assert speaker_of(text, "Anna Petrova has worked") == "Anna Petrova"


def test_clauses_joined_after_a_comma_stay_apart() -> None:
    # a comma before "and": two clauses, each with its own words
    assert entries("Two died, and, the army says, four were wounded.") == [
        ("the army", "four were wounded")]


def test_an_aside_right_after_a_name_tells_of_it() -> None:
    # the aside right after the subject tells of that person, who is no speaker
    assert all(sp != "Ivo Brant" for sp, _ in entries("Ivo Brant, she says, is a good man."))


# --- 3. a demand with a noun object ------------------------------------------------------

DEMANDS = [
    ("The Kessa Rights Monitor demands an independent inquiry into the killing of two "
     "students in Doroma, a town near the border where soldiers had set up a camp.",
     "The Kessa Rights Monitor",
     "an independent inquiry into the killing of two students in Doroma, a town near the "
     "border where soldiers had set up a camp"),
    ("The Lintel Families Committee demands an investigation into the deaths at the Oruba "
     "checkpoint.", "The Lintel Families Committee",
     "an investigation into the deaths at the Oruba checkpoint"),
    ("The farmers' union in Tessa now demands an end to the night raids on its villages.",
     "The farmers' union in Tessa", "an end to the night raids on its villages"),
    ("Press Freedom Kessa demands the immediate release of the three reporters held in "
     "Lorvan, a statement said.", "Press Freedom Kessa",
     "the immediate release of the three reporters held in Lorvan"),
]


@pytest.mark.parametrize(("text", "speaker", "words"), DEMANDS)
def test_a_demand_with_a_noun_object_is_a_statement(
        text: str, speaker: str, words: str) -> None:
    assert (speaker, words) in entries(text)


NOT_DEMANDS = [
    "The gunmen demanded $500 for each captive.",
    "The kidnappers demanded a ransom of 3 million euros for the two engineers.",
    "He held a knife to the driver's throat and demanded his takings.",
    "Hundreds of workers went on strike to demand unpaid bonuses.",
    "Thousands rallied in the capital, demanding an end to the curfew.",
    "The job demands a great deal of patience.",
    "The union rejected their demands for a pay rise.",
    "If the council demands a recount, the vote will be delayed.",
    "The gang demands protection money from every stall.",
]


@pytest.mark.parametrize("text", NOT_DEMANDS)
def test_money_purposes_things_and_nouns_are_no_demand(text: str) -> None:
    assert entries(text) == []


# --- 4. a name with its "of the <body>" apposition ---------------------------------------

NAME_OF_BODY = [
    ("Senator Luisa Ferro-Mazzoni, of the opposition Civic Front, said three clinics had "
     "closed in March, and that the ministry had hidden the figures.",
     "Senator Luisa Ferro-Mazzoni",
     "three clinics had closed in March, and that the ministry had hidden the figures"),
    ("Deputy Arman Teksel, of the ruling party, said the army had acted lawfully and that "
     "the report was biased.", "Deputy Arman Teksel",
     "the army had acted lawfully and that the report was biased"),
    ("Dr Anna Lisk, of the Red Crescent, said the wounded were being moved to Tessa.",
     "Dr Anna Lisk", "the wounded were being moved to Tessa"),
    ("On Tuesday, Jonas Pell, from the Harbour Alliance, told reporters the port would "
     "reopen.", "Jonas Pell", "the port would reopen"),
    ("The mayor, Jonas Pell, of the Harbour Alliance, said the port would reopen on Monday.",
     "Jonas Pell", "the port would reopen on Monday"),
]


@pytest.mark.parametrize(("text", "speaker", "words"), NAME_OF_BODY)
def test_a_name_with_its_body_in_commas_speaks(text: str, speaker: str, words: str) -> None:
    assert entries(text) == [(speaker, words)]


@pytest.mark.parametrize("text", [
    "Farmers blocked the road after the council raised the levy, which would double the "
    "cost of water and, they say, ruin the harvest.",
    "Nurses struck after the ministry cut their pay, which would halve their income and, "
    "they say, empty the wards.",
])
def test_an_aside_after_a_long_clause_keeps_its_own_predicate(text: str) -> None:
    # a clause of many words before "and" is no list's item: the words after the aside
    # are the pronoun's own
    found = entries(text)
    assert len(found) == 1 and found[0][1] == text.rstrip(".").rsplit(", ", 1)[1], found


@pytest.mark.parametrize("text", [
    "Two of them, of the northern villages, said the road was closed.",
    "Lorvan, of the north, said the road was closed.",
])
def test_no_full_name_before_the_of_phrase(text: str) -> None:
    assert all(sp not in ("Two of them", "Lorvan") for sp, _ in entries(text))


# --- 5. a counted source of people after "according to" ----------------------------------

COUNTED = [
    ("The shells were fired from army positions north of the town, roughly 5 kilometres "
     "away, according to three farmers and a former police officer who spoke to the Monitor.",
     "three farmers and a former police officer"),
    ("The convoy was stopped at the bridge before noon, according to two drivers and a "
     "local official.", "two drivers and a local official"),
    ("The convoy was stopped at the bridge, according to two drivers.", "two drivers"),
    ("The school was hit twice, according to three teachers and a nurse.",
     "three teachers and a nurse"),
]


@pytest.mark.parametrize(("text", "speaker"), COUNTED)
def test_a_counted_source_of_people_is_read_whole(text: str, speaker: str) -> None:
    found = entries(text)
    assert len(found) == 1, found
    assert found[0][0] == speaker


@pytest.mark.parametrize(("text", "whole"), [
    ("The dam was built in 1970, according to two maps and a survey.",
     "two maps and a survey"),
    ("The school was hit twice, according to three sources and a document.",
     "three sources and a document"),
])
def test_counted_things_are_no_people(text: str, whole: str) -> None:
    assert all(sp != whole for sp, _ in entries(text))
