"""English probes, sixty-sixth round: the thirty-second blind set's families.

1. An apposition between commas after a partitive of the wounded ("Two of the wounded,
   both women, died") leaves the verb the sub-group's own: they died, a figure of the dead.
   With another predicate ("were flown to the capital") they stay wounded.
2. A participle of an outcome in quotes, the source's word kept by the reporter ('were
   "neutralised"', "were 'eliminated'"), is read as the bare participle, the span keeping
   both quotes. A quoted participle of no outcome ('were "praised"') stays nothing; a
   thing "neutralised" stays no figure.
3. A report that glosses such a word as a term for several outcomes ("a term it uses for
   those killed, captured or surrendered") gives no figure for it: one number for several
   outcomes. Without the gloss the word is killed.
4. An age joined to its noun in a subject ("A 52-year-old fisherman ... said") is no count
   of sources or of the dead: the person is the speaker, with a relative clause too.
5. A bare year before a singular event noun ("over 1981 killing of", "the 2004 bombing")
   is a year, even after "over": a count never stands before a singular noun.

Left as strict xfails (class 1, no safe rule yet): a request told in the progressive ("is
calling on donors to ..."), "They said" inside a quote resolved to a group named in the
narrative before it.

Every sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import engines_read, figures, statement_words

WOUNDED_THEN_DIED: list[tuple[str, list]] = [
    ("Two of the wounded, both women, died overnight in hospital.",
     [("Two of the wounded, both women, died", "killed", 2, None, "exact", None)]),
    ("Three of the injured, all of them guards, later died of their wounds.",
     [("Three of the injured, all of them guards, later died", "killed", 3, None, "exact",
       None)]),
]
WOUNDED_THEN_DIED_LOOK_ALIKES: list[tuple[str, list]] = [
    ("Two of the wounded, both children, were flown to the capital.",
     [("Two of the wounded", "wounded", 2, None, "exact", None)]),
    ("Three of the injured, the clinic said, were still in intensive care.",
     [("Three of the injured", "wounded", 3, None, "exact", None)]),
]


@pytest.mark.parametrize(("text", "expected"),
                         [*WOUNDED_THEN_DIED, *WOUNDED_THEN_DIED_LOOK_ALIKES])
def test_apposition_then_died(text: str, expected: list) -> None:
    assert figures(text) == expected


QUOTED_PARTICIPLES: list[tuple[str, list]] = [
    ('The army said more than 40 of the rebels were "neutralised" in the raid.',
     [('more than 40 of the rebels were "neutralised"', "killed", 40, None, "more_than",
       "the rebels")]),
    ("Police said 12 gunmen were 'eliminated' near the ford.",
     [("12 gunmen were 'eliminated'", "killed", 12, None, "exact", "gunmen")]),
    ('Nine fighters were "captured" at the river crossing, the militia said.',
     [('Nine fighters were "captured"', "captured", 9, None, "exact", "fighters")]),
]
QUOTED_PARTICIPLES_LOOK_ALIKES: list[tuple[str, list]] = [
    ('Three officers were "praised" for their courage.', []),
    ('The minister said the marchers were "misled" by agitators.', []),
    ('Three bombs were "neutralised" by engineers on the road.', []),
]


@pytest.mark.parametrize(("text", "expected"),
                         [*QUOTED_PARTICIPLES, *QUOTED_PARTICIPLES_LOOK_ALIKES])
def test_quoted_participle(text: str, expected: list) -> None:
    assert figures(text) == expected


GLOSSED_TERMS: list[tuple[str, list]] = [
    ('The army said 20 insurgents were "neutralised", a term it uses for those killed, '
     "captured or surrendered.", []),
    ("The army said 20 insurgents were neutralised, a word it uses for fighters killed or "
     "arrested.", []),
]
GLOSSED_TERMS_LOOK_ALIKES: list[tuple[str, list]] = [
    ("The army said 20 insurgents were neutralised, a word it uses often.",
     [("20 insurgents were neutralised", "killed", 20, None, "exact", "insurgents")]),
]


@pytest.mark.parametrize(("text", "expected"), [*GLOSSED_TERMS, *GLOSSED_TERMS_LOOK_ALIKES])
def test_term_glossed_as_several_outcomes(text: str, expected: list) -> None:
    assert figures(text) == expected


AGED_SPEAKERS: list[tuple[str, list]] = [
    ("A 52-year-old fisherman who watched from the shore said he heard three explosions.",
     [("A 52-year-old fisherman who watched from the shore", "he heard three explosions")]),
    ("A 30-year-old teacher told reporters the shelling lasted an hour.",
     [("A 30-year-old teacher", "the shelling lasted an hour")]),
    ("The 41-year-old driver of the lorry said the road was blocked.",
     [("The 41-year-old driver of the lorry", "the road was blocked")]),
]
AGED_SPEAKERS_LOOK_ALIKES: list[tuple[str, list]] = [
    ("An 8-month-old baby was among the wounded, the nurse said.",
     [("the nurse", "An 8-month-old baby was among the wounded")]),
    ("Forty soldiers said they had not been paid.",
     [("Forty soldiers", "they had not been paid")]),
    # a request about the source's own name is no speech, whatever the name's noun
    ('"We ran," said Mira, a 34-year-old nurse who asked that her surname not be printed.',
     [("Mira", "We ran")]),
    ("A 34-year-old nurse who asked that her surname not be printed said two wards closed.",
     [("A 34-year-old nurse", "two wards closed")]),
]


@pytest.mark.parametrize(("text", "expected"), [*AGED_SPEAKERS, *AGED_SPEAKERS_LOOK_ALIKES])
def test_aged_speaker(text: str, expected: list) -> None:
    assert statement_words(text) == expected


YEAR_EVENTS: list[tuple[str, list]] = [
    ("Two colonels jailed over 1981 killing of four students",
     [("1981", "1981")]),
    ("Relatives marked the anniversary of the 2004 bombing of the depot.",
     [("2004", "2004")]),
    ("Police opened an inquiry into the 1998 murder of a judge.", [("1998", "1998")]),
]
YEAR_EVENTS_LOOK_ALIKES: list[tuple[str, list]] = [
    ("The fund paid over 1500 families in the district.", []),
]


@pytest.mark.parametrize(("text", "expected"), [*YEAR_EVENTS, *YEAR_EVENTS_LOOK_ALIKES])
def test_year_before_singular_event(text: str, expected: list) -> None:
    assert engines_read(text)["dates"] == expected


# Left (class 1 with no safe rule yet): each a strict xfail until a round reads it.
LEFT_STATEMENTS: list[tuple[str, list]] = [
    # "They" inside a quote: the group the narrative named before it
    ("Militiamen searched the houses. The widow said: \"They said nobody may leave.\"",
     [("The widow", "They said nobody may leave."), ("Militiamen", "nobody may leave")]),
]


def test_progressive_request_read_since_round_69() -> None:
    # a request told in the progressive (left here, read since the sixty-ninth round)
    assert statement_words(
        "The charity is calling on donors to fund ten new clinics before winter.") == [
        ("The charity", "donors to fund ten new clinics before winter")]


@pytest.mark.xfail(strict=True, reason="class 1 left in the sixty-sixth round")
@pytest.mark.parametrize(("text", "expected"), LEFT_STATEMENTS)
def test_left_statements(text: str, expected: list) -> None:
    assert statement_words(text) == expected
