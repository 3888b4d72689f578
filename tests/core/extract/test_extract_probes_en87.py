"""Probes of the eighty-seventh English round (issue 11): the fortieth set's statements and
casualty figures.

"up from N" after an adjunct (en-39; en-37, en-38 and en-40 read it right after the verb):
"163 people have now been arrested across the country, up from 90 this afternoon" gave
no old value, since the distance was measured from the count and "across the country"
used it up. It now runs from the figure's last word.

A part named after a bare outcome noun (en-40; en-8, en-10, en-12, en-35 read "among them
a ..." and "including a ..." after a figure): "The wounded, among them a 13-year-old girl,
were taken to hospital" gave nothing. The part takes the outcome the noun names.

The plural judges of a bench find as the court does (en-38, en-40): "The three judges
found that ..." gave nothing, while "The court found that" is read; one judge's "found
that" stays a person's, as en-28's calls leave it.

A lower-case agency after "told" before ", while ..." (en-40; en-22 and en-34 read
"told dpa" at a sentence's end): "..., the officer, Captain ..., told dpa, while the army
said ..." lost the first words.

A short quote after "X told Human Rights Watch." or after a speaker described between
commas (en-40; en-25, en-29 and en-39 read the quote after a one-word hearer or a longer
quote): the hearer's name may run on in capitals, and "one witness, a 30-year-old
herder, told" is an attribution the next quote goes on with.

A series inside a set-off clause (en-40; en-39 read "The report, based on interviews with
27 witnesses and relatives ..., says"): "The 42-page report, based on interviews with 51
witnesses, relatives and local officials, says ..." gave nothing; the comma before the
series' last member joined by "and" ends no clause.

One person described inside "One of the injured, a police officer, died" (en-40; en-24
and en-31 read "One of them, a 28-year-old engineer, was released" and "One of the
wounded, a 24-year-old officer, was flown" once): the figure is read whole as one death,
and the article inside it named the same person a second time.

"one of the hostages" after a kin noun (en-40; en-7 and en-12 read "a relative of one of
the guardsmen" and "... of the victims" as nothing): "according to a relative of one of
the hostages" gave captured 1. One member picked out to say whose relative speaks is no
count; "Relatives of at least 15 of those detained" (en-12, counted) keeps its figure.

Members fail on main's code and pass on this round's; look-alikes pass on both. Every
sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import figures, statement_words

UP_FROM_MEMBERS: list[tuple[str, list]] = [
    ("Police in Lomar say 163 people have now been detained across the region, up from 90 "
     "this morning.",
     [("163 people have now been detained", "arrested", 163, None, "exact", "people"),
      ("up from 90", "arrested", 90, None, "exact", None)]),
    ("Officials said 41 people had been arrested in the capital since dawn, up from 12 at "
     "noon.",
     [("41 people had been arrested", "arrested", 41, None, "exact", "people"),
      ("up from 12", "arrested", 12, None, "exact", None)]),
]
UP_FROM_LOOKALIKES: list[tuple[str, list]] = [
    ("Five people were arrested on Monday. Bread prices in the market were up from 90 cents "
     "last week.",
     [("Five people were arrested", "arrested", 5, None, "exact", "people")]),
    ("Police arrested 30 protesters on Tuesday after clashes with riot police that lasted for "
     "most of the afternoon in the old city, up from 12 last year.",
     [("arrested 30 protesters", "arrested", 30, None, "exact", "protesters")]),
]

SUBGROUP_MEMBERS: list[tuple[str, list]] = [
    ("Gunmen attacked the camp on Sunday. The wounded, among them a 13-year-old girl, were "
     "taken to the district hospital.",
     [("a 13-year-old girl", "wounded", 1, None, "exact", "13-year-old girl")]),
    ("The dead, including a police officer, were buried on Monday.",
     [("a police officer", "killed", 1, None, "exact", "police officer")]),
    ("The abducted, among them three nurses, were freed on Friday.",
     [("three nurses", "captured", 3, None, "exact", "nurses")]),
]
SUBGROUP_LOOKALIKES: list[tuple[str, list]] = [
    ("The wounded were taken to three hospitals, including a clinic in the north.", []),
    ("The released report, including a map of the camps, was published on Monday.", []),
]

JUDGES_MEMBERS: list[tuple[str, list]] = [
    ("The three judges of the Regional Court found that the accused had opened fire on the "
     "crowd.",
     [("The three judges of the Regional Court", "the accused had opened fire on the crowd")]),
    ("The judges found that the soldiers had acted without orders.",
     [("The judges", "the soldiers had acted without orders")]),
]
JUDGES_LOOKALIKES: list[tuple[str, list]] = [
    # (round en156: a judge named with the title rules, as the gold of en-47 to en-51 reads)
    ("Judge Mara Velde found that the accused had opened fire on the crowd.",
     [("Mara Velde", "the accused had opened fire on the crowd")]),
    ("Reporters found that the judges had left the building.", []),
]

TOLD_AGENCY_MEMBERS: list[tuple[str, list]] = [
    ("Rebels also seized two trucks, the officer, Major Tomas Berg, told dpa, while the army "
     "said it had killed nine rebels.",
     [("Major Tomas Berg", "Rebels also seized two trucks"),
      ("the army", "it had killed nine rebels")]),
    ("Rebels also seized two trucks, a police officer told dpa, and the army said it had "
     "killed nine rebels.",
     [("a police officer", "Rebels also seized two trucks"),
      ("the army", "it had killed nine rebels")]),
]
TOLD_AGENCY_LOOKALIKES: list[tuple[str, list]] = [
    ("Rebels also seized two trucks, a police officer told dpa.",
     [("a police officer", "Rebels also seized two trucks")]),
    ("Rebels also seized two trucks, a police officer told reporters, while the army said it "
     "had killed nine rebels.",
     [("a police officer", "Rebels also seized two trucks"),
      ("the army", "it had killed nine rebels")]),
]

FOLLOW_UP_MEMBERS: list[tuple[str, list]] = [
    ('Police said six men had died. "My brother had only a stick," one witness, a '
     '30-year-old herder, told Human Rights Watch. "They shot him first."',
     [("Police", "six men had died"), ("one witness", "My brother had only a stick"),
      ("one witness", "They shot him first")]),
    ('Police said six men had died. "My brother had only a stick," a farmer told the '
     'Associated Press. "They shot him first."',
     [("Police", "six men had died"), ("a farmer", "My brother had only a stick"),
      ("a farmer", "They shot him first")]),
]
FOLLOW_UP_LOOKALIKES: list[tuple[str, list]] = [
    ('Police said six men had died. "My brother had only a stick," a farmer told reporters. '
     'Police Chief Omar Said denied it. "They shot him first."',
     [("Police", "six men had died"), ("a farmer", "My brother had only a stick")]),
]

SERIES_MEMBERS: list[tuple[str, list]] = [
    ("The 30-page report, based on interviews with 40 witnesses, relatives and local "
     "officials, says soldiers fired on the crowd.",
     [("The 30-page report", "soldiers fired on the crowd")]),
    ("The army, which has bases in Gao, Kidal and Timbuktu, said it had repelled the attack.",
     [("The army", "it had repelled the attack")]),
]
SERIES_LOOKALIKES: list[tuple[str, list]] = [
    ("The governor, speaking in Orlo, said the road was open.",
     [("The governor", "the road was open")]),
    ("The army said it had bases in Gao, Kidal and Timbuktu, and the road was open.",
     [("The army", "it had bases in Gao, Kidal and Timbuktu, and the road was open")]),
]

_WOUNDED_19 = ("wounded 19 people", "wounded", 19, None, "exact", "people")
_WOUNDED_12 = ("wounded 12 people", "wounded", 12, None, "exact", "people")
ONE_DESCRIBED_MEMBERS: list[tuple[str, list]] = [
    ("Fighting wounded 19 people, the governor said. One of the injured, a police officer, "
     "died in hospital overnight.",
     [_WOUNDED_19,
      ("One of the injured, a police officer, died", "killed", 1, None, "exact", None)]),
]
ONE_DESCRIBED_LOOKALIKES: list[tuple[str, list]] = [
    ("Gunmen wounded 12 people. One of the injured, a farmer, and two soldiers died.",
     [_WOUNDED_12, ("One of the injured", "killed", 1, None, "exact", None),
      ("a farmer", "killed", 1, None, "exact", "farmer"),
      ("two soldiers died", "killed", 2, None, "exact", "soldiers")]),
    ("Militants took 14 hostages. One of them, a 28-year-old engineer, was released on "
     "Monday.",
     [("14 hostages", "captured", 14, None, "exact", "hostages"),
      ("One of them, a 28-year-old engineer, was released", "captured", 1, None, "exact",
       None)]),
]

KIN_OF_ONE_MEMBERS: list[tuple[str, list]] = [
    ("Gunmen kidnapped 11 passengers on Sunday. The gang is demanding 50,000 dollars, "
     "according to a relative of one of the hostages.",
     [("kidnapped 11 passengers", "captured", 11, None, "exact", "passengers")]),
    ("Police detained 40 protesters. The lawyer for one of the detainees said he had been "
     "beaten.",
     [("detained 40 protesters", "arrested", 40, None, "exact", "protesters")]),
]
KIN_OF_ONE_LOOKALIKES: list[tuple[str, list]] = [
    ("Gunmen seized 12 hostages. One of the hostages died on Monday.",
     [("seized 12 hostages", "captured", 12, None, "exact", "hostages"),
      ("One of the hostages died", "killed", 1, None, "exact", "the hostages")]),
    ("Relatives of at least 15 of those detained say they were beaten.",
     [("at least 15 of those detained", "arrested", 15, None, "at_least", None)]),
]


@pytest.mark.parametrize(("text", "expected"), ONE_DESCRIBED_MEMBERS + ONE_DESCRIBED_LOOKALIKES)
def test_one_person_described_inside_the_figure(text: str, expected: list) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), KIN_OF_ONE_MEMBERS + KIN_OF_ONE_LOOKALIKES)
def test_one_of_a_group_after_a_kin_noun(text: str, expected: list) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), UP_FROM_MEMBERS + UP_FROM_LOOKALIKES)
def test_old_value_measured_from_the_figure_end(text: str, expected: list) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), SUBGROUP_MEMBERS + SUBGROUP_LOOKALIKES)
def test_part_named_after_a_bare_outcome_noun(text: str, expected: list) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), JUDGES_MEMBERS + JUDGES_LOOKALIKES)
def test_plural_judges_find_as_the_court(text: str, expected: list) -> None:
    assert statement_words(text) == expected


@pytest.mark.parametrize(("text", "expected"), TOLD_AGENCY_MEMBERS + TOLD_AGENCY_LOOKALIKES)
def test_lower_case_agency_before_a_second_clause(text: str, expected: list) -> None:
    assert statement_words(text) == expected


@pytest.mark.parametrize(("text", "expected"), FOLLOW_UP_MEMBERS + FOLLOW_UP_LOOKALIKES)
def test_short_quote_after_a_named_hearer_or_described_speaker(text: str,
                                                               expected: list) -> None:
    assert statement_words(text) == expected


@pytest.mark.parametrize(("text", "expected"), SERIES_MEMBERS + SERIES_LOOKALIKES)
def test_series_comma_inside_a_set_off_clause(text: str, expected: list) -> None:
    assert statement_words(text) == expected
