"""English probes, round en228 (issue 11): a Spanish-language wire's dateline closed by a
full stop before its dash ("Lima (EFE).- ") is a dateline, so it is neither the speaker of
a charge made while acting nor part of the words or the speaker of the sentence after it.

Every sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import statement_words

CHARGES = [
    ("Lagos (AFP).- Residents of Ikeru burned a man to death on Sunday, accusing him of "
     "stealing a goat, police said.", "Residents of Ikeru", "him of stealing a goat"),
    ("Lima (EFE).- Villagers in Huarpa beat two men on Tuesday, accusing them of stealing "
     "cattle, the regional police reported.", "Villagers in Huarpa", "them of stealing"),
    ("Asuncion (EFE).- Farmers from Itape marched on Monday, accusing the ministry of "
     "ignoring the drought, organisers said.", "Farmers from Itape", "the ministry of"),
    ("La Paz (ANF).- Hundreds of teachers blocked the highway on Thursday, accusing the "
     "government of delaying their pensions, the police reported.", "Hundreds of teachers",
     "the government of"),
]


@pytest.mark.parametrize(("text", "speaker", "words"), CHARGES)
def test_charge_after_dotted_dateline_is_the_actors(text: str, speaker: str,
                                                    words: str) -> None:
    found = statement_words(text)
    assert (speaker, words) in [(sp, w[:len(words)]) for sp, w in found], found
    assert all("(" not in (sp or "") for sp, _ in found), found
    assert all(not w.startswith(text.split(".-")[0]) for _, w in found), found


REPORTS = [
    ("Caracas (EFE).- Police said three people were hurt in the fire.", "Police",
     "three people were hurt"),
    ("Bogota (EFE).- The mayor of Sopala, Ana Ruiz-Benavides, said on Monday that the road "
     "would reopen.", "Ana Ruiz-Benavides", "the road would reopen"),
    ("Managua (EFE).- The fire brigade said the blaze was put out by midnight.",
     "The fire brigade", "the blaze was put out"),
    ("Santiago (EFE).- Two people were hurt when a crowd stormed the market, witnesses said.",
     "witnesses", "Two people were hurt"),
]


@pytest.mark.parametrize(("text", "speaker", "words"), REPORTS)
def test_dotted_dateline_is_no_part_of_a_report(text: str, speaker: str, words: str) -> None:
    found = statement_words(text)
    assert (speaker, words) in [(sp, w[:len(words)]) for sp, w in found], found


NEAR_MISSES = [
    # a full stop then a dash inside a sentence is no dateline: nothing is said here
    "The meeting ended at noon (local time).- Nothing more was heard.",
    "Residents of Ikeru burned a shed on Sunday. - The fire was out by noon.",
    "Lima (EFE).- A storm flooded three streets on Monday.",
    "Quito (EFE).- The road to Banos reopened on Friday after a landslide.",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_no_statement(text: str) -> None:
    assert statement_words(text) == []
