"""English probes, round en228 (issue 11): a Spanish-language wire's dateline closed by a
full stop before its dash ("Lima (EFE).- ") is a dateline, so it is neither the speaker of
a charge made while acting nor part of the words or the speaker of the sentence after it.
"Accused" as the noun of the people on trial ("acquitted nine other accused, saying ...")
is no verb of charge: the judge who acts speaks the participle after it.

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


JUDGES = [
    ("District Judge Anita Moravec-Lund acquitted nine other accused, saying the evidence "
     "against them was thin.", "District Judge Anita Moravec-Lund", "the evidence against"),
    ("Judge Paul Oduya convicted the three accused, saying the video left no doubt.",
     "Judge Paul Oduya", "the video left no doubt"),
    ("Justice Mara Olwen acquitted the two accused, adding that the police had failed to "
     "find a single witness.", "Justice Mara Olwen", "the police had failed"),
    ("Magistrate Tobias Reyes-Lam freed 14 accused, saying the arrests had been made "
     "without warrants.", "Magistrate Tobias Reyes-Lam", "the arrests had been made"),
]


@pytest.mark.parametrize(("text", "speaker", "words"), JUDGES)
def test_accused_noun_leaves_the_judge_speaking(text: str, speaker: str, words: str) -> None:
    found = statement_words(text)
    assert (speaker, words) in [(sp, w[:len(words)]) for sp, w in found], found
    assert all(not w.startswith(speaker) for _, w in found), found


@pytest.mark.parametrize("text", [
    "The court acquitted two other accused.",
    "The tribunal heard the three accused on Monday.",
    "Police released the other accused; the hearing resumes in May.",
])
def test_accused_noun_alone_says_nothing(text: str) -> None:
    assert statement_words(text) == []


@pytest.mark.parametrize(("text", "speaker"), [
    # the verb with its object, or a trailing attribution of a plural subject, still reads
    ("The two accused the army of burning their homes.", "The two"),
    ("Residents accused the police of standing by as the mob attacked.", "Residents"),
    ("Four men stole the cattle, the villagers accused, but police found no proof.",
     "the villagers"),
])
def test_accused_verb_still_reads(text: str, speaker: str) -> None:
    assert speaker in [sp for sp, _ in statement_words(text)], statement_words(text)


# --- a post named "officer-in-charge", and the police unit closing its "of" phrase -------

POSTS = [
    ("A crowd beat two men in Tolo on Sunday, police said. The other one is being treated at "
     "Tolo General Hospital, said the officer-in-charge of Tolo police station.",
     "the officer-in-charge of Tolo police station", "The other one is being treated"),
    ("Two men are in hospital, said the chief of Korail police station.",
     "the chief of Korail police station", "Two men are in hospital"),
    ("The road was closed all day, said the officer-in-charge.", "the officer-in-charge",
     "The road was closed all day"),
    ("Five houses burned, said the head of Mirpur police division.",
     "the head of Mirpur police division", "Five houses burned"),
    ("The border stays shut, said the commander-in-chief.", "the commander-in-chief",
     "The border stays shut"),
]


@pytest.mark.parametrize(("text", "speaker", "words"), POSTS)
def test_post_and_police_unit_speak(text: str, speaker: str, words: str) -> None:
    found = statement_words(text)
    assert (speaker, words) in [(sp, w[:len(words)]) for sp, w in found], found


@pytest.mark.parametrize(("text", "speaker", "words"), [
    # the unit noun after "police" as the subject of the reported clause stays in the words
    ("Officials said the police station was set on fire overnight.", "Officials",
     "the police station was set on fire"),
    ("The governor said police posts would be reopened in May.", "The governor",
     "police posts would be reopened"),
])
def test_police_unit_in_the_words(text: str, speaker: str, words: str) -> None:
    found = statement_words(text)
    assert (speaker, words) in [(sp, w[:len(words)]) for sp, w in found], found


@pytest.mark.parametrize("text", [
    "The two men were taken to Korail police station on Monday.",
    "The officer-in-charge of Tolo police post was transferred in May.",
])
def test_post_without_speech(text: str) -> None:
    assert statement_words(text) == []
