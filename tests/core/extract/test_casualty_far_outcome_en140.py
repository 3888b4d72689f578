"""Round en140: an outcome told far from its count (a long subject before a death, the
missing or a grave condition) and the hurt told by their care or condition after violence
(fictional sentences)."""

from __future__ import annotations

import pytest

from workbench.core.extract.casualties import find_casualties


def _read(text: str) -> list[tuple[str, int, str]]:
    return sorted((str(f["outcome"]), int(f["count_low"]), str(f["qualifier"]))  # type: ignore[call-overload]
                  for f in find_casualties(text))


@pytest.mark.parametrize(("text", "expected"), [
    # the modifier's verb of arrest, wounding or flight gives way to the main predicate
    ("A 27-year-old mechanic who had been picked up at a roadblock last month died in a "
     "military prison.", [("killed", 1, "exact")]),
    ("An activist, held since March for organising a vigil, died in detention on Sunday.",
     [("killed", 1, "exact")]),
    ("At least four people detained during the crackdown have died in custody, the "
     "commission said.", [("killed", 4, "at_least")]),
    ("One villager badly hurt in the mortar attack later died in hospital.",
     [("killed", 1, "exact")]),
    ("Two fishermen who were shot by the navy on Monday succumbed to their injuries.",
     [("killed", 2, "exact")]),
    ("Three workers injured when the militia shelled the plant have since died.",
     [("killed", 3, "exact")]),
    ("A former mayor, 68, who had spoken out against the junta, was found dead near the "
     "river.", [("killed", 1, "exact")]),
    ("Nine conscripts rounded up in the raid on the market remain missing.",
     [("missing", 9, "exact")]),
    ("A labourer from the northern province who was abducted last week was found dead on "
     "Tuesday.", [("killed", 1, "exact")]),
])
def test_a_long_subject_takes_its_main_predicate(text: str, expected: list) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The bombing of the bus station left 25 people in hospital.", [("wounded", 25, "exact")]),
    ("Three of the demonstrators were rushed to hospital after police opened fire.",
     [("wounded", 3, "exact")]),
    ("A soldier hit by sniper fire is in a serious condition.", [("wounded", 1, "exact")]),
    ("A nurse caught in the blast remains in a critical condition.",
     [("wounded", 1, "exact")]),
    ("Two detainees suffocated in a shipping container where the militia had locked them.",
     [("killed", 2, "exact")]),
    ("A boy was left fighting for his life after gunmen sprayed the schoolyard with bullets.",
     [("wounded", 1, "exact")]),
    ("Four miners were hospitalised after guards beat them with batons.",
     [("wounded", 4, "exact")]),
])
def test_the_hurt_told_by_care_or_condition_after_violence(text: str, expected: list) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize("text", [
    "The ruling party remains in a critical condition after the defections, two analysts said.",
    "Three patients were taken to hospital with food poisoning after the wedding.",
    "Twelve people were rushed to hospital after a bus crash on the highway.",
    "Four elderly residents were admitted to hospital during the heatwave.",
    "The minister held a press conference with two aides on Monday.",
    "The protests died down after a week.",
    "A custody hearing for the two children is set for Monday.",
    "Forty patients are in hospital with cholera, health officials said.",
])
def test_look_alikes_stay_unread(text: str) -> None:
    assert _read(text) == []


def test_captives_still_unaccounted_for_stay_captives() -> None:
    # the gold keeps "abducted ... remain unaccounted for" a capture
    text = "Fourteen girls abducted on the coast road remain unaccounted for, the mayor said."
    assert _read(text) == [("captured", 14, "exact")]


def test_a_modifier_with_its_own_subject_keeps_its_reading() -> None:
    # "whose son was found dead": the son's death, and no count of his
    assert _read("A mother, whose son was found dead the next morning, spoke to us.") == []
    # a death with its own count after "and" is its own figure
    assert _read("Two guards were wounded in the riot and one died later.") == [
        ("killed", 1, "exact"), ("wounded", 2, "exact")]
