"""Casualty forms of issue 11, third round: cumulative tolls of monitors and aid
agencies, partitives, "an additional N", and numbers that are ages, calibres, times,
phone numbers or days of a month (places and names are invented; nothing is copied from
the corpus).

Each case asserts the exact span, outcome, counts, qualifier and group of every figure,
following the corpus rules (shared/corpus/README.md).
"""

from __future__ import annotations

import pytest

from tests.extract_probes import Figure, figures


@pytest.mark.parametrize(("text", "expected"), [
    # Cumulative tolls, read before this round and kept so.
    ("Four more bodies were found on Monday, bringing the death toll to 52.",
     [("Four more bodies", "killed", 4, None, "exact", "bodies"),
      ("death toll to 52", "killed", 52, None, "exact", None)]),
    ("The strike killed nine people, raising the toll from the week's fighting to 112.",
     [("killed nine people", "killed", 9, None, "exact", "people"),
      ("toll from the week's fighting to 112", "killed", 112, None, "exact", None)]),
    ("The cumulative death toll now stands at 4,310.",
     [("death toll now stands at 4,310", "killed", 4310, None, "exact", None)]),
    ("Airstrikes have killed at least 1,200 civilians since the campaign began.",
     [("killed at least 1,200 civilians", "killed", 1200, None, "at_least", "civilians")]),
    ("The monitor has documented the deaths of 3,200 civilians since 2014.",
     [("deaths of 3,200 civilians", "killed", 3200, None, "exact", "civilians")]),
    ("Rescuers pulled the bodies of 11 people from the rubble.",
     [("bodies of 11 people", "killed", 11, None, "exact", "people")]),
    ("At least 30 fishermen are still missing.",
     [("At least 30 fishermen are still missing", "missing", 30, None, "at_least",
       "fishermen")]),
    ("Between 200 and 300 families have fled their homes.",
     [("Between 200 and 300 families have fled their homes", "displaced", 200, 300, "range",
       "families")]),
    ("Scores were killed in the fighting.",
     [("Scores were killed", "killed", 40, None, "vague", None)]),
    ("A handful of civilians were injured.",
     [("A handful of civilians were injured", "wounded", 2, None, "vague", "civilians")]),
])
def test_cumulative_and_vague_pinned(text: str, expected: list[Figure]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "an additional" / "a further" before a count is no article of its own
    ("An additional five soldiers died in hospital.",
     [("five soldiers died", "killed", 5, None, "exact", "soldiers")]),
    ("A further 12 people were wounded.",
     [("12 people were wounded", "wounded", 12, None, "exact", "people")]),
    ("An extra 300 families were displaced.",
     [("300 families were displaced", "displaced", 300, None, "exact", "families")]),
    # "an additional soldier" is still one
    ("An additional soldier died in hospital.",
     [("An additional soldier died", "killed", 1, None, "exact", "additional soldier")]),
])
def test_additional(text: str, expected: list[Figure]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A partitive of the dead or the wounded names no victim group.
    ("Four of the dead were children.",
     [("Four of the dead", "killed", 4, None, "exact", None)]),
    ("Doctors said 30 of the wounded are in critical condition.",
     [("30 of the wounded", "wounded", 30, None, "exact", None)]),
    # a predicate after the partitive's noun says what happened to them
    ("Two of the wounded later died.",
     [("Two of the wounded later died", "killed", 2, None, "exact", None)]),
    ("Five of the injured died in hospital on Monday.",
     [("Five of the injured died", "killed", 5, None, "exact", None)]),
    # with a noun after the article the noun is the group
    ("Six of the soldiers were killed.",
     [("Six of the soldiers were killed", "killed", 6, None, "exact", "the soldiers")]),
])
def test_partitive_of_the_dead(text: str, expected: list[Figure]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize("text", [
    # ages
    "The victim, 34, was shot dead.",
    "The 18-year-old gunman was arrested.",
    # calibres
    "Two 155mm shells hit the school.",
    "A 12.7mm machine gun was seized.",
    # times and phone numbers
    "The clashes began at 0430 GMT and lasted four hours.",
    "He was killed at 23:40 local time.",
    "Call the hotline on 0800 555 014 for information.",
    "The office can be reached on +44 20 7946 0018.",
    # prison terms and suspects
    "He was sentenced to 15 years in prison.",
    "The 23 suspects were charged with murder.",
])
def test_numbers_that_count_no_victims(text: str) -> None:
    assert figures(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # days of a month in a range are no count
    ("Between 1 and 5 March, 30 people were killed.",
     [("30 people were killed", "killed", 30, None, "exact", "people")]),
    ("Police said 12 people were killed by 7.62mm rounds.",
     [("12 people were killed", "killed", 12, None, "exact", "people")]),
    ("The victim, a 34-year-old teacher, was shot dead.",
     [("a 34-year-old teacher, was shot dead", "killed", 1, None, "exact",
       "34-year-old teacher")]),
])
def test_figures_beside_other_numbers(text: str, expected: list[Figure]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A relative named by a possessive without a count shares the verb of the first victim
    # and is no figure of its own.
    ("A man and his son were killed.",
     [("A man", "killed", 1, None, "exact", "man")]),
    ("A woman and her two children were killed in the strike.",
     [("A woman", "killed", 1, None, "exact", "woman"),
      ("two children were killed", "killed", 2, None, "exact", "children")]),
    ("A 40-year-old man and his 8-year-old son were killed.",
     [("A 40-year-old man", "killed", 1, None, "exact", "40-year-old man")]),
    ("Two soldiers and their interpreter were wounded.",
     [("Two soldiers", "wounded", 2, None, "exact", "soldiers")]),
    # a thing after the possessive is no victim
    ("A man and his car were hit.", []),
])
def test_relative_after_possessive(text: str, expected: list[Figure]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an age with an article names a person
    ("Three people were killed, including a 12-year-old.",
     [("Three people were killed", "killed", 3, None, "exact", "people"),
      ("including a 12-year-old", "killed", 1, None, "exact", "12-year-old")]),
    ("An 8-year-old was among the dead.",
     [("An 8-year-old", "killed", 1, None, "exact", "8-year-old")]),
    # numbers after "aged" are ages
    ("The victims, aged 18 and 25, were shot dead.", []),
    ("The gunmen, aged between 18 and 25, were arrested.", []),
    ("Five men aged 20 to 30 were arrested.",
     [("Five men", "arrested", 5, None, "exact", "men")]),
])
def test_ages(text: str, expected: list[Figure]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # scraped copy without commas: "adding" ends the victim group
    ("The monitor said the dead included seven children and four women adding that the "
     "toll would rise.",
     [("dead included seven children", "killed", 7, None, "exact", "children"),
      ("four women", "killed", 4, None, "exact", "women")]),
    # a new clause between a toll and a count: the count is no toll (a vague part of the
    # wounded is a sub-group of its own, thirty-sixth round)
    ("The toll was likely to rise because a number of the wounded were in critical "
     "condition.",
     [("a number of the wounded", "wounded", 2, None, "vague", None)]),
    ("The toll is expected to rise while dozens of people remain in hospital.", []),
    # a toll with a gap of its own words still reads
    ("The death toll from Friday's raids on the town rose to 31.",
     [("death toll from Friday's raids on the town rose to 31", "killed", 31, None, "exact",
       None)]),
])
def test_scraped_lists_and_tolls(text: str, expected: list[Figure]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # An outcome adjective before the victims' noun names their outcome (README:
    # "displaced people").
    ("Some 12,000 displaced people are sheltering in schools.",
     [("Some 12,000 displaced people", "displaced", 12000, None, "about",
       "displaced people")]),
    ("Some 12,000 internally displaced persons are sheltering in schools.",
     [("Some 12,000 internally displaced persons", "displaced", 12000, None, "about",
       "internally displaced persons")]),
    ("Two wounded soldiers were evacuated.",
     [("Two wounded soldiers", "wounded", 2, None, "exact", "wounded soldiers")]),
    ("More than 5,000 IDPs arrived in the camps.",
     [("More than 5,000 IDPs", "displaced", 5000, None, "more_than", "IDPs")]),
    # a verb after the victims' noun ends the group
    ("5,000 refugees arrived in Dara.",
     [("5,000 refugees", "displaced", 5000, None, "exact", "refugees")]),
    # already read: a capitalised noun after the participle
    ("The camp hosts 40,000 displaced Syrians.",
     [("40,000 displaced", "displaced", 40000, None, "exact", None)]),
    # an adjective that is no outcome
    ("Two armed men fled.", []),
])
def test_outcome_adjectives(text: str, expected: list[Figure]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "the number of <victims> <outcome>" is a toll of that outcome
    ("The number of U.S. troops killed in Iraq has reached 1,000.",
     [("number of U.S. troops killed in Iraq has reached 1,000", "killed", 1000, None,
       "exact", None)]),
    ("The number of people wounded in the clashes rose to 230.",
     [("number of people wounded in the clashes rose to 230", "wounded", 230, None, "exact",
       None)]),
    ("The number of houses destroyed has reached 400.", []),
    ("The number of soldiers killed and wounded has risen to 90.", []),
    # nobody
    ("No one was killed in the blast.", []),
    # a victim named without a count before the counted ones
    ("The explosion killed the bomber and four passersby.",
     [("killed the bomber and four passersby", "killed", 4, None, "exact", "passersby")]),
    ("Gunmen wounded his wife and two children.",
     [("wounded his wife and two children", "wounded", 2, None, "exact", "children")]),
    ("The army seized the town and two villages.", []),
])
def test_tolls_and_lists_of_agency_copy(text: str, expected: list[Figure]) -> None:
    assert figures(text) == expected
