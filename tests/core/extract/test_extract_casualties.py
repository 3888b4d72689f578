"""Casualty figures on fictional sentences written for these tests."""

from __future__ import annotations

import pytest

from workbench.core.extract import extract


def figures(text: str) -> list[tuple[str, int, int | None, str]]:
    return [(c["outcome"], c["count_low"], c["count_high"], c["qualifier"])
            for c in extract(text)["casualties"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen killed at least 12 people in a market in Dorva.",
         [("killed", 12, None, "at_least")]),
        ("Twelve civilians were killed in the shelling of Marsk.",
         [("killed", 12, None, "exact")]),
        ("Shelling Kills 9 in Border Town", [("killed", 9, None, "exact")]),
        ("The blast wounded more than 150 shoppers.", [("wounded", 150, None, "more_than")]),
        ("Nearly 60 people died in the clashes.", [("killed", 60, None, "about")]),
        ("As many as 40 fighters were captured.", [("captured", 40, None, "up_to")]),
        ("Between 10 and 15 soldiers were killed in the ambush.",
         [("killed", 10, 15, "range")]),
        ("Officials said 10 to 15 villagers were missing.", [("missing", 10, 15, "range")]),
        ("Twenty-three people were killed near the depot.", [("killed", 23, None, "exact")]),
        ("More than 230000 people have been displaced by the war.",
         [("displaced", 230000, None, "more_than")]),
        ("Police rounded up 1,200 protesters.", [("arrested", 1200, None, "exact")]),
        ("Two dozen people were killed in the strikes.", [("killed", 24, None, "about")]),
        ("The raid left 11 people dead.", [("killed", 11, None, "exact")]),
        ("Rescuers recovered 25 bodies from the rubble.", [("killed", 25, None, "exact")]),
        ("Gunmen are holding seven hostages in the hotel.",
         [("captured", 7, None, "exact")]),
        ("An engineer was kidnapped on the coast road.", [("captured", 1, None, "exact")]),
    ],
)
def test_single_figures(text: str, expected: list[tuple[str, int, int | None, str]]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Dozens of villagers were wounded by the blast.", 24),
        ("Scores of protesters were arrested.", 40),
        ("Several soldiers were wounded.", 3),
        ("A few guards were hurt.", 2),
        ("A number of suspects were detained.", 2),
        ("Hundreds were killed in the siege.", 200),
        ("Thousands have been displaced from the valley.", 2000),
    ],
)
def test_vague_quantifiers(text: str, count: int) -> None:
    (fig,) = extract(text)["casualties"]
    assert (fig["count_low"], fig["qualifier"]) == (count, "vague")


def test_two_outcomes_in_one_sentence() -> None:
    text = "At least one fighter was killed and two were wounded, the army said."
    assert figures(text) == [("killed", 1, None, "at_least"), ("wounded", 2, None, "exact")]


def test_active_with_two_verbs_and_group() -> None:
    res = extract("A car bomb exploded in Tarvel, killing nine people and wounding 40.")
    got = [(c["outcome"], c["count_low"], c["group"]) for c in res["casualties"]]
    assert got == [("killed", 9, "people"), ("wounded", 40, None)]


def test_death_toll_and_subgroups() -> None:
    text = ("The death toll from the bombing rose to 30, including four children "
            "and two police officers.")
    got = [(c["outcome"], c["count_low"]) for c in extract(text)["casualties"]]
    assert got == [("killed", 30), ("killed", 4), ("killed", 2)]


def test_bomber_killing_himself() -> None:
    res = extract("A suicide bomber blew himself up at the gate, killing four guards.")
    got = [(c["count_low"], c["group"]) for c in res["casualties"]]
    assert got == [(1, "bomber"), (4, "guards")]


def test_article_and_list_of_victims() -> None:
    res = extract("The shell killed a nurse, a teacher and two farmers.")
    assert [c["count_low"] for c in res["casualties"]] == [1, 1, 2]


@pytest.mark.parametrize(
    "text",
    [
        "The army deployed 3,000 troops along the frontier.",
        "Militants destroyed 40 houses and fired 200 shells at the town.",
        "The war began in 2011 and has lasted six years.",
        "The fighting lasted 12 hours and cost $5 million.",
        "The convoy travelled 30 kilometres to reach the camp.",
        "Rockets killed and injured five civilians.",
        "Two officers accused of planning the raid were acquitted.",
        "A 25-year-old farmer sold his land.",
    ],
)
def test_not_casualties(text: str) -> None:
    assert extract(text)["casualties"] == []


def test_span_text_matches_offsets() -> None:
    text = "Blast kills 14\nPolice said 14 people were killed and 30 injured."
    for c in extract(text)["casualties"]:
        assert text[c["start"]:c["end"]] == c["text"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A capitalised group whose name begins like a month is not a date.
        ("Two Marines were killed near the port.", [("killed", 2, None, "exact")]),
        ("Three Mayan villagers died in the fire set by the raiders.",
         [("killed", 3, None, "exact")]),
        # Dotted abbreviations belong to the group.
        ("Four U.S. contractors were wounded in the ambush.", [("wounded", 4, None, "exact")]),
        ("Insurgents killed two U.N. guards.", [("killed", 2, None, "exact")]),
        # Ages are not counts; the person they describe is.
        ("A 25-year-old shepherd was shot dead near the wells.",
         [("killed", 1, None, "exact")]),
        ("Five villagers, including a 9-year-old girl, were wounded.",
         [("wounded", 5, None, "exact"), ("wounded", 1, None, "exact")]),
        ("The boy, 14, was hurt by shrapnel.", []),
        ("Rebels beheaded a captured soldier, the army said.", [("killed", 1, None, "exact")]),
    ],
)
def test_groups_with_abbreviations_ages_and_month_like_names(text, expected):
    assert figures(text) == expected


def test_group_keeps_the_abbreviation():
    (fig,) = extract("Gunmen killed two U.S. soldiers on the highway.")["casualties"]
    assert fig["group"] == "U.S. soldiers" and fig["text"] == "killed two U.S. soldiers"
