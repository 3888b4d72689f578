"""English probes, round en185 (issue 11): who speaks, read from the structure of the clause.
A "he" or "she" never stands for a body, a plural group or a possessive alone; a feature's
"For Amina," or "Her mother ..." names the person the next "she says" stands for; a post
opening a sentence bare before a name in commas ("Head of the ... office, Mr Joseph
Kariuki, said"); a subject whose relative clause holds "that night" or opens with a body's
"that" keeps its relative clause; a source told in the middle of a sentence before a
verbless note reports the clause before it; "made public" is a participle of the medium.
Headline labels and "Port Said" were already read as the round asks; their probes guard it.

Every sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import statement_words


def _speakers_of(text: str, words: str) -> list[str | None]:
    return [sp for sp, w in statement_words(text) if w == words]


# --- 1. a personal pronoun speaks for a person ------------------------------------------

NOT_A_BODY = [
    # feature: the body named before the quote is no "she"
    ('Officials in Marsavale have promised water trucks. "Nobody has come," she says.',
     "Nobody has come", "Officials in Marsavale"),
    ("The Lakeside Women's Network has opened a second clinic in Torvel. "
     '"We cannot keep up," she says.', "We cannot keep up", "The Lakeside Women's Network"),
    # report: a charity in a place
    ("A charity in Kisuro runs the only shelter in the district. "
     '"The beds are full every night," she said.', "The beds are full every night",
     "A charity in Kisuro"),
    # wire: a plural of residents
    ("Residents of the Ostra camp say the water is dirty. "
     '"My children are sick," she tells us.', "My children are sick",
     "Residents of the Ostra camp"),
    # live blog: hospital officials, a plural of sources
    ('10:42 - Hospital officials in Brennick have stopped giving figures. "We have no more '
     'room," he said.', "We have no more room", "Hospital officials in Brennick"),
]


@pytest.mark.parametrize(("text", "words", "body"), NOT_A_BODY)
def test_he_or_she_is_never_a_body_or_a_group(text: str, words: str, body: str) -> None:
    speakers = _speakers_of(text, words)
    assert speakers and body not in speakers


NAMED_PERSON = [
    # feature: the named researcher, not the network that employs her
    ("The Coastal Rights Network has documented 40 cases. Its researcher, Mary Otvine, "
     'visited the camp. "They are afraid," she said.', "They are afraid", "Mary Otvine"),
    # feature: "For <name>," fronts the person the paragraph is about
    ("A charity in Kisuro runs the only shelter in the district. For Amira, the worst is "
     "the nights. The rent is three months late, she says.", "The rent is three months late",
     "Amira"),
    ('For Hassim, the road home is closed. "I have not seen my farm in a year," he says.',
     "I have not seen my farm in a year", "Hassim"),
    ("The market reopened last week. For Zawadi, little has changed since. "
     '"The stall was looted twice," she says.', "The stall was looted twice", "Zawadi"),
    # feature: a possessive and a person noun as the subject before the quote
    ('Her mother walks us to the gate. "Come back in spring," she says.',
     "Come back in spring", "Her mother"),
    ('His elder brother drives the only truck in the village. "The bridge is gone," he says.',
     "The bridge is gone", "His elder brother"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), NAMED_PERSON)
def test_he_or_she_takes_the_person_the_paragraph_is_about(text: str, words: str,
                                                            speaker: str) -> None:
    assert speaker in _speakers_of(text, words)


def test_for_a_place_is_no_person() -> None:
    # "For Velmark," is a country the text writes as a place ("in Velmark"): no "she"
    text = ("Elections in Velmark are due in May. For Velmark, the stakes are high. "
            '"We are ready," she says.')
    assert "Velmark" not in _speakers_of(text, "We are ready")


def test_a_member_of_a_body_stays_the_person() -> None:
    # "a member of the delegation" is a person, whom the later "he" stands for
    text = ("Leaders of both sides agreed a truce in the town of Orvel, a member of the "
            "Tebra delegation said on Monday. The deal reopens the hospital, he said.")
    assert "a member of the Tebra delegation" in _speakers_of(text, "The deal reopens the hospital")


def test_its_manager_with_no_name_keeps_its_reading() -> None:
    text = "Its manager said the shop would reopen on Monday."
    assert _speakers_of(text, "the shop would reopen on Monday") == ["Its manager"]


# --- 2. a post opening a sentence bare before a name in commas ---------------------------

BARE_POSTS = [
    ("Officer-in-charge of the Ridge Road station, Inspector Lina Movo, told the paper that "
     "two men had been arrested.", "two men had been arrested", "Inspector Lina Movo"),
    ("Head of the district's disaster office, Mr Joseph Karioku, said 40 homes were flooded.",
     "40 homes were flooded", "Mr Joseph Karioku"),
    ("Manager of the Dorvel camp, Ahmed Alvi, says the rations ran out on Friday.",
     "the rations ran out on Friday", "Ahmed Alvi"),
    ("Coordinator of the county's relief effort, Grace Wambura, told reporters that three "
     "roads were cut.", "three roads were cut", "Grace Wambura"),
    ("Founder of the Tamsin Trust, Dr Hana Rahimov, said the clinic had run out of insulin.",
     "the clinic had run out of insulin", "Dr Hana Rahimov"),
    ("Deputy head of the teachers' union, Peter Njorovi, says the schools will stay shut.",
     "the schools will stay shut", "Peter Njorovi"),
    ("Leader of the fishermen's cooperative, Omar Saled, said nine boats were lost.",
     "nine boats were lost", "Omar Saled"),
    ("Officer in charge of the border post, Captain Ruth Anyanzo, said the crossing was shut.",
     "the crossing was shut", "Captain Ruth Anyanzo"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), BARE_POSTS)
def test_a_bare_post_before_a_name_gives_the_name(text: str, words: str, speaker: str) -> None:
    assert _speakers_of(text, words) == [speaker]


def test_a_bare_post_and_its_name_carry_to_he_said() -> None:
    text = ("Head of the council's health office, Dr Peter Wavero, says the outbreak is "
            "contained. Three wards are closed, he said.")
    assert _speakers_of(text, "Three wards are closed") == ["Dr Peter Wavero"]


def test_a_bare_post_with_no_speech_stays_unread() -> None:
    assert statement_words("Director of the camp, Ahmed Alvi, was not available.") == []


# --- 3. a subject with relative clauses ---------------------------------------------------

RELATIVES = [
    ("A local nurse who treated the burned that night, and who asked not to be named, says "
     "she saw at least twelve bodies.", "she saw at least twelve bodies", "A local nurse"),
    ("A woman whose house was burned that night says she has nowhere to go.",
     "she has nowhere to go", "A woman whose house"),
    ("A panel that investigated the shelling of the market said the army had fired first.",
     "the army had fired first", "A panel that investigated"),
    ("A charity that runs two shelters in the city says demand has tripled.",
     "demand has tripled", "A charity that runs"),
    ("The committee that reviewed the contracts said the tender was rigged.",
     "the tender was rigged", "The committee that reviewed"),
    ("The school that took in the children said it had no beds left.",
     "it had no beds left", "The school that took"),
    ("A driver who crossed the bridge that morning told us the checkpoint was empty.",
     "the checkpoint was empty", "A driver who crossed"),
    ("An inquiry that looked into the fire concluded that exits had been locked.",
     "exits had been locked", "An inquiry that looked"),
]


@pytest.mark.parametrize(("text", "words", "opening"), RELATIVES)
def test_the_speaker_is_the_head_with_its_relative(text: str, words: str, opening: str) -> None:
    speakers = _speakers_of(text, words)
    assert speakers and all(str(sp).startswith(opening) for sp in speakers)


def test_a_relative_with_its_own_speech_verb_keeps_its_reading() -> None:
    text = "A man who said he saw the attack was later detained."
    assert _speakers_of(text, "he saw the attack") == ["A man"]


def test_a_that_clause_of_a_claim_opens_no_speaker() -> None:
    assert statement_words("The claim that rebels shelled the town was denied.") == []


# --- 4. a source told in the middle, before a verbless note ------------------------------

MIDDLE = [
    ("Nine of the wounded were flown to the capital, a nurse there told us, three of them "
     "with burns.", "Nine of the wounded were flown to the capital", "a nurse there"),
    ("Two schools were hit overnight, a teacher said, one of them still full of families.",
     "Two schools were hit overnight", "a teacher"),
    ("Forty people were arrested at the march, police said, most of them students.",
     "Forty people were arrested at the march", "police"),
    ("The convoy carried 300 families out of the town, an aid worker says, many of them "
     "without papers.", "The convoy carried 300 families out of the town", "an aid worker"),
    ("The shelling destroyed 30 homes, the mayor said, 12 of them in the old quarter.",
     "The shelling destroyed 30 homes", "the mayor"),
    ("14:05 - Dozens of shops were looted overnight, a trader tells us, mostly in the market "
     "street.", "Dozens of shops were looted overnight", "a trader"),
    ("About 200 families left for the coast by midday, a village elder said, most of them on "
     "foot.", "About 200 families left for the coast by midday", "a village elder"),
    ("Eleven bodies were recovered from the river, rescuers told reporters, among them two "
     "children.", "Eleven bodies were recovered from the river", "rescuers"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), MIDDLE)
def test_a_source_in_the_middle_reports_the_clause_before(text: str, words: str,
                                                           speaker: str) -> None:
    found = statement_words(text)
    assert (speaker, words) in found
    assert len(found) == 1  # the note after the source is no statement of its own


MIDDLE_CLAUSE_AFTER = [
    # the part after the source has a verb of its own: it stays the source's words
    ("On Monday, a nurse told us, three of them died in the ward.",
     "three of them died in the ward"),
    ("The camp is full, an official said, two of the tents were burned.",
     "two of the tents were burned"),
]


@pytest.mark.parametrize(("text", "words"), MIDDLE_CLAUSE_AFTER)
def test_a_clause_after_the_source_keeps_its_reading(text: str, words: str) -> None:
    assert any(w == words for _, w in statement_words(text))


# --- 5. headline labels -------------------------------------------------------------------

LABELS = [
    "SOMALVIA: FLOODS AND FIGHTING, UPDATE 3\n\nHeavy rain has displaced thousands.",
    "Kenya: unrest in Embu county\n\nProtesters blocked roads on Monday.",
    "Ethiopia: aid convoys resume, UPDATE 2\n\nThe convoys left on Monday.",
    "Mogadishu: car bomb hits checkpoint\n\nA car bomb exploded on Sunday.",
]


@pytest.mark.parametrize("text", LABELS)
def test_a_place_label_is_no_statement(text: str) -> None:
    assert statement_words(text) == []


SOURCE_LABELS = [
    ("Police: two dead after clash in market\n\nTwo people were killed on Sunday.", "Police"),
    ("Army: attack on base repelled\n\nThe assault began before dawn.", "Army"),
    ("Hospital: 14 treated for smoke inhalation\n\nThe fire started in a warehouse.",
     "Hospital"),
    ("Witnesses: gunmen fired on crowd\n\nThe shooting lasted ten minutes.", "Witnesses"),
]


@pytest.mark.parametrize(("text", "source"), SOURCE_LABELS)
def test_a_source_label_is_a_headline_attribution(text: str, source: str) -> None:
    assert [sp for sp, _ in statement_words(text)] == [source]


# --- 6. report verbs, and "Said" in a place's name ----------------------------------------

MADE_PUBLIC = [
    ("The commission said in a report made public on Thursday that 300 people had been "
     "detained.", "The commission", "300 people had been detained"),
    ("The monitors said in a report made public on Friday that the camp was full.",
     "The monitors", "the camp was full"),
]


@pytest.mark.parametrize(("text", "speaker", "words"), MADE_PUBLIC)
def test_made_public_is_no_part_of_the_words(text: str, speaker: str, words: str) -> None:
    assert statement_words(text) == [(speaker, words)]


PORT_SAID = [
    "Ships docked at Port Said on Monday after the canal reopened.",
    "Police in Port Said the same day arrested five men.",
    "Hundreds gathered in Port Said the next morning to bury the dead.",
    "The army in Port Said that night imposed a curfew.",
]


@pytest.mark.parametrize("text", PORT_SAID)
def test_said_in_a_place_name_is_no_speech(text: str) -> None:
    assert statement_words(text) == []


def test_a_speaker_in_port_said_keeps_the_place() -> None:
    text = "Fishermen in Port Said said the catch had fallen by half."
    assert statement_words(text) == [("Fishermen in Port Said", "the catch had fallen by half")]
