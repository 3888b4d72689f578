"""English probes, round en196 (issue 11): a feature's quotes stay with the woman (or man)
who speaks them. A man's words recalled inside her quote are part of hers; her quote goes
on after a scene set in commas ("she says, sitting in the yard.") or after a lead with no
teller ("Then, more quietly:"); "she says" set inside a clause that goes on with an
adjunct keeps the whole clause; a described subject who spoke ("His rival in the race")
is the "he" of the next quote; a spoken one-word answer ('"Nobody," she says.') reads.

Every sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import statement_words

# --- 1. a man's words quoted inside hers -------------------------------------------------

INSIDE_HERS = [
    ("Youssef Darrow, a teacher, was shot dead outside the school in March. His widow, "
     "Leila Darrow, still keeps his books on the shelf. A neighbour, Omar Kessel, helped "
     'carry him home.\n\n"He said the roads could wait, the clinic could not," she says, '
     "sitting in the yard.", "Leila Darrow",
     "He said the roads could wait, the clinic could not"),
    ("Pieter Vos, who ran the ferry for thirty years, was killed in April. His wife, "
     "Greta Vos, runs it now. A mechanic, Jonas Bell, keeps the engine going.\n\n"
     '"He told me the river owes nobody anything," she says.', "Greta Vos",
     "He told me the river owes nobody anything"),
    ("The mayor of Tessaro, Ilir Dano, died in the ambush on the bridge road. His "
     "daughter, Mira Dano, has taken his seat on the council. A driver, Arben Kola, "
     'survived.\n\n"He always said a town without a clinic is a waiting room," she says.',
     "Mira Dano", "He always said a town without a clinic is a waiting room"),
]


@pytest.mark.parametrize(("text", "speaker", "words"), INSIDE_HERS)
def test_a_mans_words_inside_her_quote_are_hers(text: str, speaker: str, words: str) -> None:
    got = statement_words(text)
    assert (speaker, words) in got
    # the man she quotes tells nothing here, nor does the man named between
    assert len(got) == 1


# --- 2. her quote going on -----------------------------------------------------------------

GOING_ON = [
    ("Leila Darrow keeps her husband's books on the shelf.\n\n"
     '"He was stubborn," she says, sitting in the yard. "People liked him."',
     "Leila Darrow", "People liked him"),
    ('Greta Vos steers the ferry alone now.\n\n"The river is calm," she says, standing at '
     'the wheel. "It lies."', "Greta Vos", "It lies"),
    ('Tomas Brandt, a retired miner, has not left the village.\n\n"We stay," he says, '
     'leaning on the gate. "Where else?"', "Tomas Brandt", "Where else?"),
]


@pytest.mark.parametrize(("text", "speaker", "words"), GOING_ON)
def test_her_quote_goes_on_after_a_scene(text: str, speaker: str, words: str) -> None:
    assert (speaker, words) in statement_words(text)


# --- 3. "Then, more quietly:" ---------------------------------------------------------------

RESUMED = [
    ('Maryam Kool lost her husband in the attack on the square.\n\n"What will they do, shoot '
     'a widow in the square?" she asks. Then, more quietly: "They might."', "Maryam Kool",
     "They might."),
    ('Ana Ruiz runs the bakery on Calle Mayor.\n\n"We open at six," she says. After a pause: '
     '"Most days."', "Ana Ruiz", "Most days."),
    ('Dario Lenz, a farmer, watched the fire from the hill.\n\n"It took everything," he said. '
     'Later, quietly: "Almost everything."', "Dario Lenz", "Almost everything."),
    ('Ines Moreau teaches at the camp school.\n\n"The children draw soldiers," she says. '
     'Then: "Every one of them."', "Ines Moreau", "Every one of them."),
]


@pytest.mark.parametrize(("text", "speaker", "words"), RESUMED)
def test_a_lead_with_no_teller_continues_the_last(text: str, speaker: str,
                                                  words: str) -> None:
    assert (speaker, words.rstrip(".")) in statement_words(text)


# --- 4. "she says" in mid-sentence ----------------------------------------------------------

MID_SENTENCE = [
    ("Hana Bakri runs the stall alone now.\n\nShe bought bread, she says, from the stall "
     "where he had stopped that morning.", "Hana Bakri",
     "She bought bread from the stall where he had stopped that morning"),
    ("Ana Ruiz runs the bakery on Calle Mayor. Her son closed the shop early, she says, "
     "because the patrol was late.", "Ana Ruiz",
     "Her son closed the shop early because the patrol was late"),
    ("Tom Ruiz keeps the pharmacy open. The soldiers came back, he said, after the rain "
     "stopped on Friday.", "Tom Ruiz", "The soldiers came back after the rain stopped on Friday"),
    ("Greta Vos steers the ferry alone now. She crossed twice that night, she says, with "
     "no lights at all.", "Greta Vos", "She crossed twice that night with no lights at all"),
]


@pytest.mark.parametrize(("text", "speaker", "words"), MID_SENTENCE)
def test_she_says_inside_a_clause_keeps_the_whole_clause(text: str, speaker: str,
                                                         words: str) -> None:
    assert (speaker, words) in statement_words(text)


# --- 5. "he" after a described subject ---------------------------------------------------------

DESCRIBED = [
    ("Councillor Tomas Reyes was shot dead outside his home on Sunday. His rival in the "
     "race, reached by phone on Monday, said he condemned the shooting. \"I have nothing to "
     'do with this," he told the Ledger.', "His rival in the race",
     "I have nothing to do with this"),
    ("Judge Amos Kiprop was killed by a car bomb in Eldara. His deputy at the court said "
     'the hearings would go on. "We will not be frightened," he told reporters.',
     "His deputy at the court", "We will not be frightened"),
    ("Ruth Okafor, a nurse, was shot at the clinic gate. Her colleague on the night "
     'shift said the gate had no guard. "We asked for one twice," she said.',
     "Her colleague on the night shift", "We asked for one twice"),
]


@pytest.mark.parametrize(("text", "speaker", "words"), DESCRIBED)
def test_he_goes_to_the_described_subject_who_spoke(text: str, speaker: str,
                                                    words: str) -> None:
    assert (speaker, words) in statement_words(text)


# --- 6. a woman introduced, then her quote ---------------------------------------------------

ANSWERS = [
    ('Many ask who will guard the village now. Amina has her own answer. "Nobody," she '
     'says. "That is why I go."', [("Amina", "Nobody"), ("Amina", "That is why I go")]),
    ('Dario Lenz was asked whether he would rebuild. "Never," he said. "Not here."',
     [("Dario Lenz", "Never"), ("Dario Lenz", "Not here")]),
    ('Ines Moreau was asked who pays the teachers. "Nobody!" she said.',
     [("Ines Moreau", "Nobody!")]),
]


@pytest.mark.parametrize(("text", "expected"), ANSWERS)
def test_a_spoken_one_word_answer_reads(text: str,
                                        expected: list[tuple[str, str]]) -> None:
    got = statement_words(text)
    for pair in expected:
        assert pair in got


# --- negatives -------------------------------------------------------------------------------


def test_his_own_quote_stays_his() -> None:
    text = ('Karl Weber runs the bakery that burned.\n\n"We will rebuild," he says. "By '
            'spring."')
    got = statement_words(text)
    assert ("Karl Weber", "We will rebuild") in got
    assert ("Karl Weber", "By spring.") in got or ("Karl Weber", "By spring") in got


def test_a_reported_he_said_outside_any_quote_is_his() -> None:
    text = "Karl Weber, a farmer, was shot in the leg. He said the gunmen came at night."
    assert ("Karl Weber", "the gunmen came at night") in statement_words(text)


def test_a_one_word_scare_quote_stays_unread() -> None:
    text = 'The ministry called the strike "sabotage" on Monday.'
    assert all(w != "sabotage" for _, w in statement_words(text))


def test_a_sign_held_up_is_no_continuation() -> None:
    # "holding a sign": what follows may be the sign's words, not the teller's
    text = ('Leila Darrow marched with the others.\n\n"We want answers," she said, holding '
            'a sign. "Justice now."')
    assert ("Leila Darrow", "Justice now") not in statement_words(text)


def test_a_clause_before_the_attribution_with_a_new_clause_after() -> None:
    # a new subject after the comma opens words of their own: the rule of the adjunct
    # does not join them
    text = "Ana Ruiz runs the bakery. The bread was late, she says, the flour never came."
    got = statement_words(text)
    assert all("The bread was late the flour" not in w for _, w in got)
