"""English probes, round en233 (issue 11): a feature's named person later called by a
role ("the driver") speaks under the name; a headline's "adds" that gains officers or exits
is no speech; a country before a headline's colon is no speaker when the body writes it
only at the end of a body's name ("the National Police of Chile").

Every sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import statement_words

# --- 1. a named person called by a role -------------------------------------------------

ROLES = [
    ("Ousmane Keita-Doumbe has driven the same minibus between Tavel and Ronga for 22 "
     "years. The 51-year-old driver was stopped by gunmen at a bend last March.\n\nThe "
     'driver and nine passengers were held for a week. "We slept on rocks," he says.',
     "Ousmane Keita-Doumbe", "We slept on rocks"),
    ("Lina Marovic-Stein, a 44-year-old nurse, was on duty when the roof fell. The nurse "
     'ran to the ward. "There were no lights," she says.', "Lina Marovic-Stein",
     "There were no lights"),
    ("Bakary Tounkara-Sow, a ferry mechanic, lost two brothers in the sinking. The mechanic "
     'still works at the dock. "The engine failed twice that week," he says.',
     "Bakary Tounkara-Sow", "The engine failed twice that week"),
    ("The ferry's owner, Petar Vlasic-Horn, bought the boat in 2019. Later the owner sold "
     'his house. "The boat passed every inspection," he said.', "Petar Vlasic-Horn",
     "The boat passed every inspection"),
    ("Tomas Arvelo-Ruiz opened his bakery in 1998. The 60-year-old baker now opens only "
     'three days a week. "The market has never been so quiet," he says.',
     "Tomas Arvelo-Ruiz", "The market has never been so quiet"),
    # a hyphenated surname alone, the age two sentences on; "has been", "works as"
    ("Keita-Doumbe has driven the same minibus for 22 years. He knows every bend. The "
     "51-year-old driver was stopped by gunmen last March.\n\nThe driver and nine passengers "
     'were held for a week. "We slept on rocks," he says.', "Keita-Doumbe",
     "We slept on rocks"),
    ("Ali Sorrel-Vance has been a bus driver for 30 years.\n\nThe driver and nine passengers "
     'were held for a week. "We slept on rocks," he says.', "Ali Sorrel-Vance",
     "We slept on rocks"),
    ("For 22 years Keita-Doumbe has driven the same minibus. He knows every bend. The "
     "51-year-old driver was stopped by gunmen last March.\n\nThe driver and nine "
     'passengers were held for a week. "We slept on rocks," he says. "Nobody came."',
     "Keita-Doumbe", "Nobody came"),
    ("Dara Quell-Amin works as a cook at the camp. The cook fed 200 people on the night of "
     'the attack. "We ran out of rice," she says.', "Dara Quell-Amin", "We ran out of rice"),
]


@pytest.mark.parametrize(("text", "speaker", "words"), ROLES)
def test_a_role_takes_the_name_it_was_tied_to(text: str, speaker: str, words: str) -> None:
    assert (speaker, words) in statement_words(text)


ROLE_NEAR_MISSES = [
    # no tie between the role and a name: the role stays
    ("Gunmen stopped a minibus near Ronga on Sunday. The driver was held for a day. "
     '"The road had been quiet for months," he said.', "The driver",
     "The road had been quiet for months"),
    # the name and the role are different people: the role stays
    ("Mira Dolan-Hart was on the bus with her son. The driver stopped at the bend. "
     '"They fired first," he said.', "The driver", "They fired first"),
    ("Omar Sefu-Lind, a teacher, was on the bus. The driver stopped at the bend. "
     '"They fired first," he said.', "The driver", "They fired first"),
    # a role written as the teller stays as written, tied or not
    ("Bakary Tounkara-Sow, a ferry mechanic, lost two brothers in the sinking. The mechanic "
     "said the engine had failed twice that week.", "The mechanic",
     "the engine had failed twice that week"),
    ("Lina Marovic-Stein, a nurse, was on duty when the roof fell. The nurse told reporters "
     "the ward had no lights.", "The nurse", "the ward had no lights"),
]


@pytest.mark.parametrize(("text", "speaker", "words"), ROLE_NEAR_MISSES)
def test_an_untied_role_keeps_its_role(text: str, speaker: str, words: str) -> None:
    assert (speaker, words) in statement_words(text)


def test_the_nearest_tie_wins() -> None:
    text = ("Ali Farouk-Nour, a driver, was freed in May. Another driver, Pavel Orrin-Dale, "
            'was held longer. Later the driver went home. "The guards were kind," he said.')
    assert ("Pavel Orrin-Dale", "The guards were kind") in statement_words(text)


# --- 2. a headline that gains things -------------------------------------------------------

GAINS = [
    "Norlan adds exits and stewards before harvest festival\n\nThe city said it would act.",
    "Portugal adds 1,500 police to guard summer fairs\n\nLISBON - The ministry said on "
    "Monday it would deploy more police.",
    "Tavora adds patrols near the old market after stabbing\n\nThe mayor said the patrols "
    "would start on Friday.",
    "Kessa adds 400 soldiers ahead of election\n\nThe army said the soldiers were ready.",
]


@pytest.mark.parametrize("text", GAINS)
def test_a_headline_that_gains_things_is_no_speech(text: str) -> None:
    headline = text.split("\n", 1)[0]
    assert not any(w in headline for _s, w in statement_words(text))


SPOKEN_ADDS = [
    ("Ministry adds 20 were killed in the raid\n\nThe ministry said the raid began at dawn.",
     "20 were killed in the raid"),
    ("Mayor adds talks will resume on Monday\n\nThe mayor said the strike had ended.",
     "talks will resume on Monday"),
    ("Minister adds troops are ready\n\nThe minister said the border was calm.",
     "troops are ready"),
]


@pytest.mark.parametrize(("text", "words"), SPOKEN_ADDS)
def test_a_headline_that_adds_a_clause_still_speaks(text: str, words: str) -> None:
    assert words in [w for _s, w in statement_words(text)]


# --- 3. a country before a colon, named in the body only as a body's place ----------------

COUNTRY_LABELS = [
    "Chile: three dead in disco panic after false bomb alarm\n\nSANTIAGO, March 22 - Three "
    "people died, the National Police of Chile reported.",
    "Ecuador: 12 hurt as stands collapse at village fiesta\n\nQUITO - Twelve people were "
    "hurt, the Government of Ecuador said on Sunday.",
    "Mali: five soldiers killed in ambush\n\nBAMAKO - Five soldiers died, the army of Mali "
    "said.",
    "Uruguay: 2,000 police to guard football final\n\nMONTEVIDEO - Police will deploy 2,000 "
    "officers, the Ministry of Uruguay said.",
]


@pytest.mark.parametrize("text", COUNTRY_LABELS)
def test_a_country_label_is_no_speaker(text: str) -> None:
    label = text.split(":", 1)[0]
    assert label not in [s for s, _w in statement_words(text)]


def test_a_country_that_speaks_in_the_body_still_speaks() -> None:
    text = ("Chile: we will not close the border\n\nThe minister said the border stays open. "
            "Chile said it would not act.")
    assert ("Chile", "we will not close the border") in statement_words(text)


# --- 4. a bracket after the name, and a relative's "added to" ----------------------------

BRACKETS = [
    ("Moving the motion, Hon. Tunde Adeyemi-Coker (Ikeja II) told the House that the "
     'stadium had one gate. "There was one gate for 40,000 people," he said.',
     "Hon. Tunde Adeyemi-Coker", "There was one gate for 40,000 people"),
    ("Hon. Tunde Adeyemi-Coker (PDP, Ikeja II) said the stadium had one gate.",
     "Hon. Tunde Adeyemi-Coker", "the stadium had one gate"),
    ("Senator Dara Velt (D-Ohio) said the bill would pass.", "Senator Dara Velt",
     "the bill would pass"),
    ("Rep. Ann Morley (R-Texas) told reporters the vote was close.", "Rep. Ann Morley",
     "the vote was close"),
    ("Sam Ortiz (left) said the gates were shut.", "Sam Ortiz", "the gates were shut"),
]


@pytest.mark.parametrize(("text", "speaker", "words"), BRACKETS)
def test_the_name_before_a_bracket_speaks(text: str, speaker: str, words: str) -> None:
    assert (speaker, words) in statement_words(text)


def test_a_whole_bracket_stays_with_its_name() -> None:
    assert ("Dr Ana Pell (WHO)", "the outbreak was over") in statement_words(
        "Dr Ana Pell (WHO) said the outbreak was over.")


ADDED_TO_RELATIVE = [
    "The festival, which UNESCO added to its list in 2009, draws thousands of visitors.",
    "The mosque, which the Ministry of Culture added to the register in 1998, was damaged.",
    "The names that the army added to the list were read out on Monday.",
    "The bridge, which officials added to the repair plan last year, collapsed on Sunday.",
]


@pytest.mark.parametrize("text", ADDED_TO_RELATIVE)
def test_a_relative_added_to_a_list_is_no_speech(text: str) -> None:
    assert statement_words(text) == []


@pytest.mark.parametrize(("text", "speaker", "words"), [
    ("The minister added to reporters that the mosque was safe.", "The minister",
     "the mosque was safe"),
    ("The town, which the ministry said was safe, was shelled.", "the ministry", "was safe"),
])
def test_an_added_or_said_that_reports_still_reads(text: str, speaker: str, words: str) -> None:
    assert (speaker, words) in statement_words(text)
