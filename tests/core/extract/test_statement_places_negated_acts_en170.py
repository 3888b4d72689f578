"""English probes, round en170 (issue 11): headings that open with a place, negated
subjects, acts declared, and a second reporting verb after an object.

A heading "Kessa: ..." whose body writes Kessa as a place (or names "the Kessa police") is
about Kessa, not by it; a subject that denies itself ("No group", "None of the parties",
"Nobody") speaks no words; "declared the result", "declared a truce" are acts of office; the
described subject of a first verb ("The new mayor of Tamu", "The party's chief, Amos Kelo,")
carries over its object to "and said" / "and promised to".

Every sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import statement_words


def _speakers(text: str) -> set[str | None]:
    return {s for s, _ in statement_words(text)}


# ---------------------------------------------------------------- place headings
@pytest.mark.parametrize(("text", "place"), [
    ("KESSA: ATTACKS ON PARTY OFFICES MUST STOP\nGunmen burned two offices in Kessa last "
     "week. The Kessa Police said it had opened an inquiry.", "KESSA"),
    ("Vell: Free the detained reporters now\nThree reporters were held in Ardo on Monday. "
     "Vell police said they were being questioned.", "Vell"),
    ("Tamoria: Violence against voters must end\nThugs beat voters across Tamoria. "
     "Tamoria said it would deploy troops.", "Tamoria"),
    ("MORAVA: STOP THE RAIDS ON CLINICS\nSoldiers raided four clinics. The Morava army "
     "said the clinics hid fighters.", "MORAVA"),
    ("Ostland: End the curfew on journalists\nOstlandian reporters were barred from the "
     "square. Ostland said the curfew protected them.", "Ostland"),
])
def test_a_place_before_a_headings_colon_is_no_speaker(text: str, place: str) -> None:
    heading = text.split("\n", 1)[0]
    assert not any(speaker == place and words in heading
                   for speaker, words in statement_words(text))


@pytest.mark.parametrize(("text", "speaker"), [
    ("Minister: the border will reopen next week\nTrade resumed on Monday.", "Minister"),
    ("Army: 12 militants killed in raid\nThe raid took place on Sunday.", "Army"),
    ("Relief Watch: aid convoys blocked for a month\nThe trucks waited at the border in "
     "Kessa. Relief Watch said the delays cost lives.", "Relief Watch"),
    ("Oxmore: Aid convoys blocked for a month\nThe trucks waited at the border. Oxmore said "
     "the delays cost lives.", "Oxmore"),
    ("Kessa Refugee Council: attacks on asylum seekers have doubled\nThe council counted 40 "
     "attacks. The Kessa Refugee Council said victims were left alone.",
     "Kessa Refugee Council"),
])
def test_a_speaker_before_a_headings_colon_stays(text: str, speaker: str) -> None:
    assert speaker in _speakers(text)


# ---------------------------------------------------------------- negated subjects
@pytest.mark.parametrize("text", [
    "No group claimed the attack immediately.",
    "None of the armed groups claimed the killings immediately.",
    "No party said it would boycott the vote.",
    "No official would say how many died.",
    "Neither side said when the talks would resume.",
    "Police said no group claimed the bombing immediately.",
])
def test_a_negated_subject_is_no_speaker(text: str) -> None:
    assert not {s for s in _speakers(text) if s and s.lower().startswith(("no", "neither"))}


@pytest.mark.parametrize(("text", "speaker", "words"), [
    ("Police said no group claimed the bombing immediately.", "Police",
     "no group claimed the bombing immediately"),
    ("No one was hurt, the governor said.", "the governor", "No one was hurt"),
    ("Nobody was hurt in the blast, police said.", "police", "Nobody was hurt in the blast"),
])
def test_words_about_nobody_keep_their_speaker(text: str, speaker: str, words: str) -> None:
    assert (speaker, words) in statement_words(text)


# ---------------------------------------------------------------- acts declared
@pytest.mark.parametrize("text", [
    "Violence erupted after the returning officer declared the result.",
    "The commission declared the winner late on Sunday.",
    "Clashes broke out after the commission declared the results of the March election.",
    "The rebels declared a three-day truce for the festival.",
    "The militants declared a blockade of the town in July.",
    "The governor declared a state of exception in the province.",
])
def test_an_outcome_declared_is_an_act(text: str) -> None:
    assert statement_words(text) == []


@pytest.mark.parametrize(("text", "speaker", "words"), [
    ("The court declared that the vote was void.", "The court", "the vote was void"),
    ("The minister declared the result would stand.", "The minister",
     "the result would stand"),
    ("The opposition declared the results fraudulent.", "The opposition",
     "the results fraudulent"),
])
def test_declared_words_stay(text: str, speaker: str, words: str) -> None:
    assert (speaker, words) in statement_words(text)


# ---------------------------------------------------------------- second verbs
@pytest.mark.parametrize(("text", "speaker", "words"), [
    ("The party's regional chief, Amos Kelo, rejected the claim and said its own office "
     "had been stoned.", "Amos Kelo", "its own office had been stoned"),
    ("The new mayor, Ruth Alo, thanked voters at a rally in the town square on Friday and "
     "promised to repair every road in her first year.", "Ruth Alo",
     "to repair every road in her first year"),
    ("The new mayor of Tamu thanked voters at a rally on Friday and promised to repair "
     "every road.", "The new mayor of Tamu", "to repair every road"),
    ("Tamu's new mayor thanked voters on Friday and promised to repair every road.",
     "Tamu's new mayor", "to repair every road"),
    ("The head of the winning party rejected the claim and said its own office had been "
     "stoned.", "The head of the winning party", "its own office had been stoned"),
    ("The winning party's chief in Tamu rejected the claim and said its office had been "
     "stoned.", "The winning party's chief in Tamu", "its office had been stoned"),
    ("The winning party's chief, however, rejected the claim and said its office had been "
     "stoned.", "The winning party's chief", "its office had been stoned"),
])
def test_the_first_verbs_subject_says_the_second(text: str, speaker: str, words: str) -> None:
    assert (speaker, words) in statement_words(text)


@pytest.mark.parametrize(("text", "speaker", "words"), [
    ("The new mayor thanked voters at a rally on Friday and promised to repair every road.",
     "The new mayor", "to repair every road"),
    ("The mayor, Ruth Alo, blamed the rain and said the roads were closed.", "Ruth Alo",
     "the roads were closed"),
])
def test_second_verbs_read_before_stay(text: str, speaker: str, words: str) -> None:
    assert (speaker, words) in statement_words(text)


@pytest.mark.parametrize("text", [
    "The storm damaged homes across the valley and later said nothing.",
    "The region, Upper Nile State, flooded in May and said nothing.",
])
def test_no_described_speaker_where_none_is(text: str) -> None:
    speakers = _speakers(text)
    assert not {s for s in speakers if s and ("storm" in s or "Upper Nile" in s)}
