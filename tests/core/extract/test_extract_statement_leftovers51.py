"""Statement leftovers of the twenty-fourth session (issue 11): a verb of saying whose object
is the "which" before its subject tells no words ("Apaa village, which two districts have
claimed for years, ..."), and a claim noted as rejected ("..., a claim the families reject")
gives the rejecters no entry ("reject" is no listed verb of the corpus rules) while a denial
("..., a claim residents deny") still does; and a person the writer's side met, described
with a relative clause ("We have spoken to Lawali, a bus driver who escaped ..."), is the
next "he" (briefed from en-138).

Every sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import statement_words

WHICH_OBJECTS = [
    "Two people were killed when men attacked Orvale village, which two districts have "
    "claimed for years, police said Saturday.",
    "The herders fled to the hills, which the army has claimed for decades, officials said.",
    "The ridge, which both clans have claimed since 1990, was quiet on Monday.",
    "Officials said the pasture, which the rebels claimed last year, was retaken.",
    "The bombing, which the group claimed in a statement on Friday, killed four, police said.",
    "The well, which the Tarsen clan has long claimed, was destroyed, elders said.",
]


@pytest.mark.parametrize("text", WHICH_OBJECTS)
def test_the_subject_of_an_object_which_is_no_speaker(text: str) -> None:
    got = statement_words(text)
    assert all(sp and not sp.lower().startswith("which")
               and sp.lower() not in {"both clans", "rebels", "the rebels", "the tarsen clan"}
               for sp, _ in got), got
    assert not any(w.strip(" ,.").lower().startswith(("for ", "since ", "last ", "in a "))
                   for _, w in got), got


@pytest.mark.parametrize(("text", "speaker", "words"), [
    ("The attack, which the group said was revenge, killed four.", "the group", "was revenge"),
    ("The village, which residents said had been empty for weeks, burned.", "residents",
     "had been empty for weeks"),
])
def test_a_which_that_is_the_words_subject_still_tells(text: str, speaker: str,
                                                       words: str) -> None:
    got = statement_words(text)
    assert any(sp == speaker and words in w for sp, w in got), got


@pytest.mark.parametrize("verb", ["reject", "rejects", "rejected", "refute", "refutes"])
def test_a_rejection_noted_after_a_claim_is_no_entry(verb: str) -> None:
    got = statement_words(f"The army says the village sheltered rebels, a claim residents "
                          f"{verb}.")
    assert got == [("The army", "the village sheltered rebels")], got


@pytest.mark.parametrize("verb", ["deny", "denies", "denied"])
def test_a_denial_noted_after_a_claim_is_the_deniers_entry(verb: str) -> None:
    got = statement_words(f"The army says the village sheltered rebels, a claim residents "
                          f"{verb}.")
    assert ("residents", "the village sheltered rebels") in got, got


def test_a_rejection_still_ends_the_claims_words() -> None:
    got = statement_words("Police said the men had set the fire, allegations their lawyers "
                          "reject.")
    assert got == [("Police", "the men had set the fire")], got


@pytest.mark.parametrize("note", ["allegations the lawyers denied",
                                  "a claim the lawyers denied"])
def test_a_past_denial_in_a_note_is_no_speaker_of_the_sentence(note: str) -> None:
    got = statement_words(f"The ministry said the detainees were treated well, {note}.")
    assert sorted(got) == [("The ministry", "the detainees were treated well"),
                           ("the lawyers", "the detainees were treated well")], got


@pytest.mark.parametrize("met", [
    "We have spoken to Lawali, a bus driver who escaped by reversing his vehicle under fire.",
    "Our reporter spoke to Lawali, a bus driver whose vehicle was hit twice.",
    "We spoke to Lawali, a bus driver who escaped.",
])
def test_a_person_met_and_described_with_a_relative_clause_is_the_next_he(met: str) -> None:
    got = statement_words(
        "Passengers taken\nA spokesman for the army said troops were searching the forest. "
        f'{met} "They were maybe thirty, forty men," he told our reporter.')
    assert ("Lawali", "They were maybe thirty, forty men") in got, got
