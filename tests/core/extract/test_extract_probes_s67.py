"""English probes, sixty-fifth round: the thirty-first blind set's families.

1. A figure told before and named again by a relative clause with no "that" ("up from the
   nine he announced on Monday", "more than the 12 she had reported") holds a verb of
   saying that reports nothing new: its pronoun is no speaker, and the main verb's words
   run on past it. Only a count or a figure noun heads such a clause; "In the morning he
   said ..." and "Of the three he said ..." still report.
2. A short quote right after the noun of a work ("In a new study, "Roads of dust", the
   charity says ...", "its report "Left behind"") is the work's title, nobody's words; the
   verb after it reports its own words. A quote after "a statement," still speaks.
3. After a quote, a possessive description and a name in commas ('"...," its director,
   Hana Odeh, told reporters') name the speaker, as "the" / "a" descriptions do.
4. A count of a country's divisions ("across five counties", "in three governorates") is
   no casualty group, even with an outcome later in the sentence.

Left as strict xfails (class 1, no safe rule yet): the toll's sources after a list of the
dead read as its members, a sub-count of the displaced by shelter, "one of them was a
teacher", a second quote after an attribution's own clause.

Every sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import figures, statement_words

RELATIVE_FIGURES: list[tuple[str, list]] = [
    ("The mayor says 14 people have died, up from the nine he announced on Monday, and "
     "that 20 were hurt.",
     [("The mayor", "14 people have died, up from the nine he announced on Monday, and "
       "that 20 were hurt")]),
    ("The minister said 30 houses burned, more than the 12 she reported last week, and "
     "that roads were shut.",
     [("The minister", "30 houses burned, more than the 12 she reported last week, and "
       "that roads were shut")]),
]
RELATIVE_FIGURES_LOOK_ALIKES: list[tuple[str, list]] = [
    ("In the morning he said the road to Varn was closed.",
     [("he", "the road to Varn was closed")]),
    ("Of the three he said two were wounded.", [("he", "two were wounded")]),
]


@pytest.mark.parametrize(("text", "expected"),
                         [*RELATIVE_FIGURES, *RELATIVE_FIGURES_LOOK_ALIKES])
def test_figure_named_again_by_a_relative(text: str, expected: list) -> None:
    assert statement_words(text) == expected


WORK_TITLES: list[tuple[str, list]] = [
    ('In a new study, "Roads of dust", the charity says the convoy waited for six hours '
     "at the border.",
     [("the charity", "the convoy waited for six hours at the border")]),
    ('In its report "Left behind", the group says 40 homes burned in Orlo.',
     [("the group", "40 homes burned in Orlo")]),
]
WORK_TITLES_LOOK_ALIKES: list[tuple[str, list]] = [
    ('In a statement, "We will not leave," the union said.',
     [("the union", "We will not leave")]),
    ('"Nobody helped us," the group says in a new report.',
     [("the group", "Nobody helped us")]),
    ('The report said: "Nobody came to help us."',
     [("The report", "Nobody came to help us")]),
]


@pytest.mark.parametrize(("text", "expected"), [*WORK_TITLES, *WORK_TITLES_LOOK_ALIKES])
def test_quoted_title_of_a_work(text: str, expected: list) -> None:
    assert statement_words(text) == expected


POSSESSIVE_NAMED: list[tuple[str, list]] = [
    ('The Red Crescent says it has treated 40 people. "We have never seen so many burns," '
     "its director, Hana Odeh, told reporters.",
     [("The Red Crescent", "it has treated 40 people"),
      ("Hana Odeh", "We have never seen so many burns")]),
    ('"We will rebuild the school," their headteacher, Musa Kanu, said on Friday.',
     [("Musa Kanu", "We will rebuild the school")]),
]
POSSESSIVE_NAMED_LOOK_ALIKES: list[tuple[str, list]] = [
    ('"We will rebuild the school," the headteacher, Musa Kanu, said on Friday.',
     [("Musa Kanu", "We will rebuild the school")]),
]


@pytest.mark.parametrize(("text", "expected"),
                         [*POSSESSIVE_NAMED, *POSSESSIVE_NAMED_LOOK_ALIKES])
def test_possessive_description_then_name(text: str, expected: list) -> None:
    assert statement_words(text) == expected


DIVISIONS: list[tuple[str, list]] = [
    ("Officials counted 40 dead and 90 wounded across five counties, and 200 people "
     "arrested.",
     [("40 dead", "killed", 40, None, "exact", None),
      ("90 wounded", "wounded", 90, None, "exact", None),
      ("200 people arrested", "arrested", 200, None, "exact", "people")]),
    ("Police said 12 people were hurt in three governorates and 60 people were detained.",
     [("12 people were hurt", "wounded", 12, None, "exact", "people"),
      ("60 people were detained", "arrested", 60, None, "exact", "people")]),
]
DIVISIONS_LOOK_ALIKES: list[tuple[str, list]] = [
    ("Gunmen killed three county officials in Varn.",
     [("killed three county officials", "killed", 3, None, "exact", "county officials")]),
]


@pytest.mark.parametrize(("text", "expected"), [*DIVISIONS, *DIVISIONS_LOOK_ALIKES])
def test_divisions_of_a_country_not_a_group(text: str, expected: list) -> None:
    assert figures(text) == expected


def test_sources_after_a_list_read_since_round_en118() -> None:
    # the toll's sources after a list of the dead are no members of it (left here, read
    # since the hundred-and-eighteenth English round: members that go on to a reporting
    # verb are its subject)
    assert figures("A drone strike on the market killed 14 people, among them three "
                   "children, two traders and a teacher at the school said on Monday.") == [
        ("killed 14 people", "killed", 14, None, "exact", "people"),
        ("among them three children", "killed", 3, None, "exact", "children")]


def test_one_of_them_was_read_since_round_73() -> None:
    # one of the dead named by "one of them was" (left here, read since the seventy-third
    # round: the part's count may open a reported clause)
    assert figures("Two men were shot dead near the bridge. Neighbours say one of them "
                   "was a teacher.") == [
        ("Two men were shot dead", "killed", 2, None, "exact", "men"),
        ("one of them was a teacher", "killed", 1, None, "exact", "teacher")]


def test_sheltering_sub_count_read_since_round_69() -> None:
    # a sub-count of the displaced by where they shelter (left here, read since the
    # sixty-ninth round)
    assert figures("Some 6,000 people have fled to Orlo, where about 2,500 are sheltering "
                   "in schools.") == [
        ("Some 6,000 people have fled", "displaced", 6000, None, "about", "people"),
        ("about 2,500 are sheltering", "displaced", 2500, None, "about", None)]


@pytest.mark.xfail(strict=True, reason="class 1 left in the sixty-fifth round")
def test_left_second_quote_after_an_attribution_clause() -> None:
    # a quote after "the driver says, and drives on." is still the driver's
    text = '"Not today," the driver says, and drives on. "Next week, maybe."'
    assert statement_words(text) == [("the driver", "Not today"),
                                     ("the driver", "Next week, maybe.")]
