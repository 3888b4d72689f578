"""The one-cell summary of an annotation, read through its kind's roles."""

import pytest

from workbench.core.codebook import BUILTIN_KINDS, FieldSpec, KindSpec
from workbench.core.summary import key_summary

KINDS = {k.name: k for k in BUILTIN_KINDS}
CASUALTY = KINDS["casualty"]


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"outcome": "killed", "count_low": 8, "qualifier": "exact"}, "8 killed"),
        ({"outcome": "killed", "count_best": 8}, "8 killed"),
        ({"outcome": "killed", "count_low": 8, "qualifier": "at_least"}, "≥ 8 killed"),
        ({"outcome": "killed", "count_low": 8, "qualifier": "more_than"}, "> 8 killed"),
        # The engines keep an "up to" figure in the low count; a high count wins if set.
        ({"outcome": "killed", "count_low": 8, "qualifier": "up_to"}, "≤ 8 killed"),
        ({"outcome": "killed", "count_low": 2, "count_high": 8, "qualifier": "up_to"},
         "≤ 8 killed"),
        ({"outcome": "wounded", "count_low": 30, "qualifier": "about"}, "~30 wounded"),
        ({"outcome": "killed", "count_low": 8, "count_high": 12, "qualifier": "range"},
         "8–12 killed"),
        ({"outcome": "wounded", "count_low": 5, "count_high": 9}, "5–9 wounded"),
        ({"outcome": "killed", "count_low": 24, "qualifier": "vague", "raw": "dozens"},
         "dozens"),
        ({"outcome": "killed", "count_low": 24, "qualifier": "vague"}, "≥ 24 killed"),
        ({"outcome": "killed", "count_low": 1200, "qualifier": "exact"}, "1,200 killed"),
        ({"outcome": "killed", "count_low": 8, "qualifier": "at_least", "group": "civilians"},
         "≥ 8 killed · civilians"),
        ({"outcome": "killed", "count_low": 3, "group": "children", "perpetrator": "X"},
         "3 killed · children"),
        ({"outcome": "killed"}, "killed"),
        ({}, ""),
    ],
)
def test_casualty_figures_read_as_researchers_write_them(fields, expected):
    assert key_summary(CASUALTY, fields) == expected


def test_vague_figures_keep_the_raw_words_and_add_the_group_only_once():
    words = {"outcome": "killed", "count_low": 24, "qualifier": "vague"}
    assert key_summary(CASUALTY, {**words, "raw": "dozens killed", "group": "civilians"}) == (
        "dozens killed · civilians"
    )
    raw = "Dozens of civilians were killed"
    assert key_summary(CASUALTY, {**words, "raw": raw, "group": "civilians"}) == raw


@pytest.mark.parametrize(
    ("kind", "fields", "expected"),
    [
        ("statement", {"speaker": "Ministry", "audience": "press", "date": "2026-03-01"},
         "Ministry · press"),
        ("claim", {"claimant": "Crescent Brigade", "claim_type": "responsibility",
                   "status": "unverified"}, "Crescent Brigade · responsibility · unverified"),
        ("event", {"event_type": "battle", "location": "Riverton",
                   "actors": ["A", "B"]}, "battle · Riverton"),
        ("date", {"value": "2026-03", "precision": "month"}, "2026-03"),
        ("actor", {"name": "HLM", "actor_id": "x"}, "HLM"),
        ("location", {"name": "Riverton", "country": "Tesmar", "latitude": 1.5},
         "Riverton · Tesmar"),
    ],
)
def test_other_kinds_join_their_summary_fields(kind, fields, expected):
    assert key_summary(KINDS[kind], fields) == expected


def test_a_kind_without_a_summary_role_shows_its_first_two_text_or_choice_fields():
    spec = KindSpec("sighting", "Sighting", "G", "#123456", fields=(
        FieldSpec("seen", "int", "Seen"),
        FieldSpec("who", "text", "Who"),
        FieldSpec("where", "enum", "Where", ("north", "south")),
        FieldSpec("note", "text", "Note"),
    ))
    assert key_summary(spec, {"seen": 3, "who": "patrol", "where": "north", "note": "n"}) == (
        "patrol · north"
    )
    assert key_summary(spec.with_roles(summary="note,seen"), {"seen": 3, "note": "n"}) == "n · 3"
    assert key_summary(None, {"who": "x"}) == ""


def test_a_user_kind_with_count_roles_reads_like_a_casualty_figure():
    spec = KindSpec("arrests", "Arrests", "R", "#123456", fields=(
        FieldSpec("low", "int", "Low"),
        FieldSpec("high", "int", "High"),
        FieldSpec("who", "text", "Who"),
        FieldSpec("by", "text", "By"),
    )).with_roles(count_low="low", count_high="high", group="who", summary="by")
    assert key_summary(spec, {"low": 4, "high": 7, "who": "students", "by": "police"}) == (
        "4–7 · students · police"
    )
    assert key_summary(spec, {"low": 4.0}) == "4"
