"""What the review of English rounds 140 and 141 and Arabic rounds 112 to 114 found."""

from __future__ import annotations

from itertools import pairwise

from tests.timing import cpu_seconds
from workbench.core.extract import extract

_SIZES = (2_000, 8_000, 32_000)


def _repeated(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def _growth(unit: str, lang: str) -> tuple[float, list[float]]:
    """The CPU time of the smallest size and how it grows from one size to the next."""
    times = []
    for size in _SIZES:
        text = _repeated(unit, size)
        times.append(max(cpu_seconds(lambda t=text: extract(t, None, lang))[0], 1e-4))
    return times[0], [b / a for a, b in pairwise(times)]


def test_stated_conditions_with_no_stops_stay_linear() -> None:
    # each cut sentence held the rest of the text, whose predicates were cut again:
    # 300 characters took two seconds, 500 forty-five
    first, steps = _growth("Police shot a man who is in a critical condition ", "en")
    assert first < 0.5 and all(step < 7 for step in steps)


def test_a_long_subject_is_still_read_past() -> None:
    found = extract("A 45-year-old man who was struck by a stone during the clashes died.",
                    None, "en")
    assert [c["outcome"] for c in found["casualties"]] == ["killed"]


def test_deaths_after_many_tolls_stay_linear() -> None:
    # each predicate of death was checked against every figure of the text, twice
    _, steps = _growth("Two were wounded, one died, ", "en")
    assert all(step < 7 for step in steps)


def test_a_death_with_its_own_count_is_not_carried() -> None:
    found = extract("Two were wounded and one died.", None, "en")
    assert [(c["text"], c["outcome"]) for c in found["casualties"]] == [
        ("Two were wounded", "wounded"), ("one died", "killed")]


def test_arabic_parts_of_many_tolls_stay_linear() -> None:
    # each "منهم" and "بينهم" looked at every figure of the text
    for unit in ("أصيب 10 أشخاص، 3 منهم في حالة خطرة ", "قتل 20 شخصا بينهم 5 أطفال و"):
        _, steps = _growth(unit, "ar")
        assert all(step < 7 for step in steps), unit


def test_an_arabic_part_is_still_read() -> None:
    found = extract("قتل 20 شخصا بينهم 5 أطفال.", None, "ar")
    assert [(c["count_low"], c["outcome"]) for c in found["casualties"]] == [
        (20, "killed"), (5, "killed")]


def _read(text: str, lang: str) -> list[tuple[object, object]]:
    return [(c["text"], c["outcome"]) for c in extract(text, None, lang)["casualties"]]


def test_a_stay_in_hospital_for_a_check_is_no_wound() -> None:
    assert _read("The bombing damaged the school. Forty pupils were taken to hospital for "
                 "a routine check.", "en") == []


def test_a_kitchen_fire_suffocating_is_no_killing() -> None:
    assert _read("The ambush killed two. Three people were suffocated by smoke from a "
                 "kitchen fire.", "en") == [("killed two", "killed")]


def test_a_move_for_the_school_year_is_no_flight() -> None:
    assert _read("Fighting raged. 50 families relocated to the capital for the school "
                 "year.", "en") == []


def test_a_feeling_after_an_arabic_subject_is_no_wound() -> None:
    assert _read("مسؤول في الوزارة أصيب بخيبة أمل من النتائج.", "ar") == []


def test_care_after_violence_and_a_subject_first_wound_still_read() -> None:
    assert _read("Gunmen opened fire and three people were rushed to hospital.", "en") == [
        ("three people were rushed to hospital", "wounded")]
    assert _read("مسعف متطوع مع الهلال الأحمر أصيب برصاصة.", "ar") != []
