"""Casualty forms that headlines and wire copy use (fictional sentences), and the
property that the trigger prefilter never changes what the rules find."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from workbench.core.extract import extract
from workbench.core.extract.casualties import find_casualties
from workbench.core.extract.lang import en as EN


def figures(text: str) -> list[tuple[str, str, int, str | None]]:
    return [(c["text"], c["outcome"], c["count_low"], c["group"])
            for c in extract(text)["casualties"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Title-case headline with several figures: one figure per count, own outcome each.
        ("4 Guards Killed, 9 Wounded in Attack on Dorva Depot",
         [("4 Guards Killed", "killed", 4, "Guards"), ("9 Wounded", "wounded", 9, None)]),
        ("Mortar Fire Kills 2 Farmers, Wounds 6 Near Lake Sarn",
         [("Kills 2 Farmers", "killed", 2, "Farmers"), ("Wounds 6", "wounded", 6, None)]),
        ("Bomber Kills Herself and 3 Others at Marsk Bus Stop",
         [("Bomber Kills Herself", "killed", 1, "bomber"),
          ("Kills Herself and 3 Others", "killed", 3, "Others")]),
        ("A bomber blew himself up outside the Halden barracks.",
         [("bomber blew himself up", "killed", 1, "bomber")]),
        # The README's "blew herself up" -> 1 with the person counted by an article and no
        # word for a bomber; a pronoun has no count, and blowing up a thing kills nobody.
        ("A woman blew herself up in the crowded Vessel market on Friday.",
         [("A woman blew herself up", "killed", 1, "woman")]),
        ("Witnesses said a teenage boy blew himself up at the gate.",
         [("a teenage boy blew himself up", "killed", 1, "teenage boy")]),
        ("He blew himself up at the gate.", []),
        ("A woman blew up the bridge at Orsk.", []),
        ("A truck blew itself up at the depot.", []),
        ("Kidnappers are holding 5 hostages in a farmhouse.",
         [("holding 5 hostages", "captured", 5, "hostages")]),
        ("The militia is still holding two aid workers.",
         [("holding two aid workers", "captured", 2, "aid workers")]),
        ("Negotiators met the families of the three captives.",
         [("three captives", "captured", 3, "captives")]),
        ("Eleven shoppers received wounds from flying glass.",
         [("Eleven shoppers received wounds", "wounded", 11, "shoppers")]),
        ("Four pupils were left wounded by the blast.",
         [("Four pupils were left wounded", "wounded", 4, "pupils")]),
        ("Troops shot dead 3 smugglers at the river crossing.",
         [("shot dead 3 smugglers", "killed", 3, "smugglers")]),
        ("Raiders uprooted 300 families from the valley.",
         [("uprooted 300 families", "displaced", 300, "families")]),
    ],
)
def test_casualty_forms(text: str, expected: list[tuple[str, str, int, str | None]]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize("text", [
    "The convoy left at 430 am and reached the camp at 615 pm.",
    "Shells fell on the town at 530 am on Friday, damaging 12 houses.",
])
def test_clock_time_without_colon_is_not_a_count(text: str) -> None:
    assert extract(text)["casualties"] == []


def test_clock_time_next_to_a_real_figure() -> None:
    got = figures("The shelling began at 430 am and killed 6 people.")
    assert got == [("killed 6 people", "killed", 6, "people")]


# Text built from the words the rules know, numbers and filler: the fast path (trigger
# positions in the lowered text) must find exactly what it finds when a character that
# grows when lowered ("İ") sits in front, which once sent texts down a second code path.
_VOCAB = sorted({w for forms in EN.OUTCOME_VERBS.values() for w in forms}
                | {w for forms in EN.OUTCOME_PARTICIPLES.values() for w in forms}
                | set(EN.OUTCOME_HEAD_NOUNS) | {"people", "soldiers", "families", "the",
                                                 "were", "and", "in", "at least", "Police"})
_TOKEN = st.one_of(
    st.sampled_from(_VOCAB),
    st.sampled_from([w.capitalize() for w in _VOCAB]),
    st.integers(min_value=0, max_value=5000).map(str),
    st.sampled_from([*EN.UNITS, ",", ".", "\n", "village"]),
)


def _shifted_by(prefix: str, text: str) -> list[dict]:
    found = find_casualties(prefix + text)
    for item in found:
        item["start"] -= len(prefix)
        item["end"] -= len(prefix)
    return found


# Both texts get a first line of their own, so that only the letter differs: a document's
# first line is its headline, and headline rules (a count with a bare "shot", round en110)
# rightly read a first line otherwise than a body line. The example is a text whose own
# first line such a rule reads; it failed when only the "İ" text had the added line.
@settings(max_examples=200, deadline=None)
@given(st.lists(_TOKEN, min_size=1, max_size=25))
@example(["Received a grievous injury", "Police", "shot in the chest and wounded", "0"])
@example(["Police", "0", "Held incommunicado", "0"])  # a reader fell back to the text's case
def test_prefilter_agrees_with_slow_path(tokens: list[str]) -> None:
    text = " ".join(tokens)
    assert _shifted_by("x \n", text) == _shifted_by("İ \n", text)
