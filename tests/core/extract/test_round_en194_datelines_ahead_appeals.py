"""English round 194 (issue 11): a dateline whose month is written in lower case, as
Spanish and Portuguese agencies write it; a day set or fixed for an event told in a past
perfect, and a vote "before" or "ahead of" which something happens, lie ahead; an appeal to
an addressee to act, and places of care that report treating people, are statements.

Every sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from workbench.core.extract import extract

OCTOBER = "2026-10-20"  # a Tuesday
AUGUST = "2026-08-19"  # a Wednesday


def _dates(text: str, published: str) -> list[tuple[str, str | None]]:
    return [(str(d["text"]), d["value"]) for d in extract(text, published)["dates"]]


def _statements(text: str) -> list[tuple[str | None, str]]:
    return [(s["speaker"], s["text"]) for s in extract(text, None, language="en")["statements"]]


# --- 1. a dateline with a lower-case month ------------------------------------------------

@pytest.mark.parametrize(("text", "want"), [
    ("Bogotá, 19 oct (EFE).- Two soldiers were killed in an attack on a patrol.",
     [("19 oct", "2026-10-19")]),
    ("Lima, 14 oct (AFP) - Four police officers were hurt in clashes with miners.",
     [("14 oct", "2026-10-14")]),
    ("Quito, 18 oct (Reuters).- Protesters blocked the main roads into the city.",
     [("18 oct", "2026-10-18")]),
    ("Floods in the south\nSão Paulo, 16 out (Lusa) - Three people died in the floods.",
     [("16 out", "2026-10-16")]),
    ("Caracas, 12 oct (EFE).- Police said two men were arrested on Saturday.",
     [("12 oct", "2026-10-12"), ("Saturday", "2026-10-10")]),
    ("Santa Marta, 20 oct (EFE) - The mayor lifted the curfew.",
     [("20 oct", "2026-10-20")]),
    ("Maputo, 3 set (Lusa) - Two fishermen are missing.", [("3 set", "2026-09-03")]),
])
def test_a_lower_case_dateline_month_is_the_day_of_writing(
        text: str, want: list[tuple[str, str | None]]) -> None:
    assert _dates(text, OCTOBER) == want


@pytest.mark.parametrize("text", [
    "The trial was moved from 19 oct to a later date.",
    "The town had 19 set rules for traders, the mayor said.",
    "He said 3 mar (the old code) was wrong.",
])
def test_a_lower_case_month_outside_a_dateline_stays_unread(text: str) -> None:
    assert _dates(text, OCTOBER) == []


# --- 2. dates ahead after "set for" and "before the vote" ---------------------------------

@pytest.mark.parametrize(("text", "want"), [
    ("A hearing had been set for 9 September.", "2026-09-09"),
    ("The trial had been fixed for 14 September, the lawyers said.", "2026-09-14"),
    ("The appeal had been set for 2 October at the high court.", "2026-10-02"),
    ("The verdict had been set for 11 September.", "2026-09-11"),
    ("Troops were deployed before balloting on Saturday.", "2026-08-22"),
    ("Observers arrived before the referendum on Sunday.", "2026-08-23"),
    ("Security was tightened ahead of polling on Sunday.", "2026-08-23"),
    ("Extra police were sent to the district before the vote on Saturday.", "2026-08-22"),
    ("Parties campaigned hard ahead of voting on Sunday.", "2026-08-23"),
])
def test_a_set_day_and_a_vote_to_come_lie_ahead(text: str, want: str) -> None:
    assert [v for _, v in _dates(text, AUGUST)] == [want]


@pytest.mark.parametrize(("text", "want"), [
    # a set day that is already past keeps the past reading
    ("The hearing that had been set for 9 May was cancelled.", "2026-05-09"),
    ("The hearing had been set for 9 May but never took place.", "2026-05-09"),
    # "before" another event than a vote may be one already held
    ("He was arrested before the rally on Saturday.", "2026-08-15"),
    ("Turnout was low when voting began on Sunday.", "2026-08-16"),
    # a vote's month after "before" under a past act stays behind
    ("Rebels seized the radio station before the vote in March.", "2026-03"),
    # a plan told now is read as before
    ("The talks are set for late September.", "2026-09"),
    ("The opposition held rallies before the election on Sunday, which passed off peacefully.",
     "2026-08-16"),
])
def test_a_past_set_day_and_other_events_keep_their_reading(text: str, want: str) -> None:
    assert [v for _, v in _dates(text, AUGUST)] == [want]


# --- 6. appeals and reports of treating ----------------------------------------------------

@pytest.mark.parametrize(("text", "speaker", "words"), [
    ("The Coalition appeals to the Electoral Commission to delay the vote by a month.",
     "The Coalition", "the Electoral Commission to delay the vote by a month"),
    ("The opposition alliance appealed to the United Nations to send observers.",
     "The opposition alliance", "the United Nations to send observers"),
    ("Church leaders appealed to both sides to lay down their arms.", "Church leaders",
     "both sides to lay down their arms"),
    ("The family appealed to the kidnappers to release the boy.", "The family",
     "the kidnappers to release the boy"),
    ("The mayor appeals to residents to stay indoors.", "The mayor",
     "residents to stay indoors"),
    ("The governor appealed to the federal government to send troops.", "The governor",
     "the federal government to send troops"),
    ("Government hospitals in Kessa report treating 37 people for injuries.",
     "Government hospitals in Kessa", "treating 37 people for injuries"),
    ("Hospitals in Port Mira report treating dozens of children for burns.",
     "Hospitals in Port Mira", "treating dozens of children for burns"),
    ("Clinics in Tarsa report treating 12 people for gunshot wounds.", "Clinics in Tarsa",
     "treating 12 people for gunshot wounds"),
])
def test_an_appeal_and_a_report_of_treating_are_statements(text: str, speaker: str,
                                                           words: str) -> None:
    assert (speaker, words) in _statements(text)


@pytest.mark.parametrize("text", [
    "He appealed to the Supreme Court.",
    "Their appeals to the council to reopen the road went unheeded.",
    "The appeals court upheld the ruling.",
    "The lawyers appealed to the high court against the ruling.",
    "The plan appealed to voters tired of the war.",
    "Hospitals in Kessa report to the ministry every week.",
])
def test_an_appeal_without_an_act_asked_stays_unread(text: str) -> None:
    assert _statements(text) == []


def test_an_appeal_joined_by_and_to_words_said_stays_one_statement() -> None:
    text = ("A police spokesman said no arrests had been made and appealed to anyone with "
            "information to come forward.")
    assert [speaker for speaker, _ in _statements(text)] == ["A police spokesman"]


# --- 5. parts that go on -------------------------------------------------------------------

def _figures(text: str) -> list[tuple[int | None, str]]:
    return [(c["count_low"], c["outcome"])
            for c in extract(text, None, language="en")["casualties"]]


@pytest.mark.parametrize(("text", "want"), [
    ("The hospital admitted 14 people with wounds. Two are being flown to Kessa.",
     [(14, "wounded"), (2, "wounded")]),
    ("The hospital admitted 14 people with wounds. Four are in a serious condition, and two "
     "are being flown to Kessa.", [(14, "wounded"), (4, "wounded"), (2, "wounded")]),
    ("The clinic treated 9 people for injuries. Two are being transferred to Tarsa.",
     [(9, "wounded"), (2, "wounded")]),
    ("Eleven people were wounded in the blast. Three are being taken to Kessa by helicopter.",
     [(11, "wounded"), (3, "wounded")]),
    ("Eleven people were wounded in the blast; three are being airlifted to Port Mira.",
     [(11, "wounded"), (3, "wounded")]),
    ("Six miners were injured in the collapse. One is being flown to Port Mira.",
     [(6, "wounded"), (1, "wounded")]),
    ("Nine people were hurt in the crush. Four were being taken to Tarsa.",
     [(9, "wounded"), (4, "wounded")]),
])
def test_a_part_that_goes_on_keeps_the_whole_outcome(
        text: str, want: list[tuple[int | None, str]]) -> None:
    assert _figures(text) == want


@pytest.mark.parametrize(("text", "want"), [
    # the dead are no part moved on for care; one of the arrested freed in the next
    # sentence is left to the whole, as round en130 reads it
    ("Six people were wounded. The bodies are being taken to Kessa.", [(6, "wounded")]),
    ("Police arrested two men on Monday. One was freed a month later.", [(2, "arrested")]),
    ("Police arrested six men. Two were moved to Kessa.", [(6, "arrested")]),
    # a count with its own noun is read by its own verb
    ("The hospital admitted 14 people with wounds. Two doctors are being flown to Kessa.",
     [(14, "wounded")]),
])
def test_what_is_no_part_that_goes_on_stays_unread(
        text: str, want: list[tuple[int | None, str]]) -> None:
    assert _figures(text) == want


# --- 7. a name with a title after a bullet ----------------------------------------------

@pytest.mark.parametrize(("text", "speaker", "words"), [
    ("The council met on Monday.\n• Peter Mwangi, chair of the district security committee, "
     "said a ban on motorbikes would stay in force.", "Peter Mwangi",
     "a ban on motorbikes would stay in force"),
    ("Key points:\n• Amina Duale, head of the regional health office, said three clinics had "
     "closed.", "Amina Duale", "three clinics had closed"),
    ("• Jonas Berg, the town's mayor, said the market would reopen on Friday.", "Jonas Berg",
     "the market would reopen on Friday"),
    ("What we know so far\n• Rosa Tembo, a spokeswoman for the port, said no ships had been "
     "damaged.", "Rosa Tembo", "no ships had been damaged"),
    ("Ilse Marek, chair of the residents' association, said the water had been cut off.",
     "Ilse Marek", "the water had been cut off"),
    ("The vote was delayed.\n•  Omar Haidari, chair of the electoral board, said ballots had "
     "arrived late.", "Omar Haidari", "ballots had arrived late"),
])
def test_a_name_after_a_bullet_speaks(text: str, speaker: str, words: str) -> None:
    assert (speaker, words) in _statements(text)


def test_a_chair_that_is_furniture_is_no_speaker() -> None:
    assert _statements("He sat on a chair and said nothing had changed.") == [
        ("He", "nothing had changed")]
