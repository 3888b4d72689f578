"""What the review of English rounds 137 and 138 and Arabic rounds 109 and 110 found."""

from __future__ import annotations

from itertools import pairwise

from tests.timing import cpu_seconds
from workbench.core.extract import extract
from workbench.core.extract.ar.casualties import find_casualties_ar
from workbench.core.extract.casualties import _person_like, find_casualties
from workbench.core.extract.casualty_told_beside import military_asides, parts_beside

_SIZES = (2_000, 8_000, 32_000)


def _repeated(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def _parts_growth(unit: str) -> list[float]:
    """How the CPU time of round en138's parts grows from one size of ``unit`` to the
    next, over the figures the other rules read."""
    times = []
    for size in _SIZES:
        text = _repeated(unit, size)
        low, figures = text.lower(), find_casualties(text)
        times.append(max(cpu_seconds(
            lambda t=text, lo=low, f=figures: parts_beside(t, list(f), lo, _person_like))[0],
            1e-4))
    return [b / a for a, b in pairwise(times)]


def test_parts_beside_many_tolls_grow_with_the_text() -> None:
    # each part was checked against every figure of the text
    assert all(step < 7 for step in _parts_growth(
        "Eleven people died in the raid; three were girls. "))


def test_parts_beside_are_still_read() -> None:
    found = extract("Eleven people died in the raid; three were girls.", None, "en")
    assert [(c["text"], c["outcome"]) for c in found["casualties"]] == [
        ("Eleven people died", "killed"), ("three were girls", "killed")]


def _ar_growth(unit: str) -> list[float]:
    times = []
    for size in _SIZES:
        text = _repeated(unit, size)
        times.append(max(cpu_seconds(lambda t=text: find_casualties_ar(t))[0], 1e-4))
    return [b / a for a, b in pairwise(times)]


def test_arabic_releases_by_holders_grow_with_the_text() -> None:
    # each release was checked against every figure of the text
    assert all(step < 7 for step in _ar_growth("أطلق المسلحون سراح رجلين، بينهم طبيب و"))


def _asides_growth(unit: str) -> list[float]:
    """How the CPU time of round en138's re-reading past the soldiers' names and the
    restated brackets grows, with the re-reading itself given (it is the whole reader's)."""
    times = []
    for size in _SIZES:
        text = _repeated(unit, size)
        low, figures = text.lower(), find_casualties(text)
        memo: dict[str, list[dict[str, object]]] = {}

        def read(t: str, memo: dict[str, list[dict[str, object]]] = memo) -> list[
                dict[str, object]]:
            if t not in memo:
                memo[t] = find_casualties(t)
            return [dict(f) for f in memo[t]]

        def run(t: str = text, lo: str = low, f: list[dict[str, object]] = figures,
                r=read) -> None:  # type: ignore[no-untyped-def]
            military_asides(t, lo, [dict(g) for g in f], r, _person_like)

        run()
        times.append(max(cpu_seconds(run)[0], 1e-4))
    return [b / a for a, b in pairwise(times)]


def test_soldiers_named_by_rank_grow_with_the_text() -> None:
    # each figure read past the names was checked against every figure of the text
    assert all(step < 7 for step in _asides_growth(
        "Sepoy Ali was hurt. Two soldiers, Sepoy Ali and Naik Khan, embraced martyrdom. "))


def test_restated_brackets_grow_with_the_text() -> None:
    assert all(step < 7 for step in _asides_growth(
        "An estimated 7,000 people (about 1,500 households) have fled. "))


def test_restated_brackets_are_still_read() -> None:
    found = extract("An estimated 7,000 people (about 1,500 households) have fled the town.",
                    None, "en")
    assert [(c["text"], c["outcome"]) for c in found["casualties"]] == [
        ("An estimated 7,000 people", "displaced"), ("about 1,500 households", "displaced")]


def _casualties(text: str) -> list[tuple[str, object]]:
    return [(c["text"], c["outcome"]) for c in extract(text, "2024-05-02", "en")["casualties"]]


def test_among_those_returned_to_work_are_no_captives() -> None:
    assert _casualties("Gunmen abducted 12 tourists last week. Three men were among those "
                       "returned to work.") == [("abducted 12 tourists", "captured")]


def test_among_the_returned_before_a_noun_is_no_release() -> None:
    assert _casualties("Militants kidnapped 15 villagers. Hundreds of residents were among "
                       "the returned voters.") == [("kidnapped 15 villagers", "captured")]


def test_among_the_returned_on_its_own_is_still_read() -> None:
    found = _casualties("Militants kidnapped 15 villagers. Two women were among the released "
                        "on Monday.")
    assert ("Two women", "captured") in found


def test_things_sent_to_hell_are_no_dead() -> None:
    assert _casualties("The bank sent six letters to hell and back.") == []


def test_militants_sent_to_hell_are_still_read() -> None:
    assert _casualties("Troops sent six khwarij to hell in the valley.") == [
        ("six khwarij to hell", "killed")]


def _ar(text: str) -> dict[str, list[dict[str, object]]]:
    return extract(text, "2024-05-02", "ar")


def test_balloons_launched_by_demonstrators_are_no_captives() -> None:
    # "بالون" ends as a sound plural, and the bare verb after any plural of doers launches
    assert _ar("أطلق المتظاهرون 200 بالون في السماء.")["casualties"] == []


def test_a_count_after_a_preposition_is_no_freeing() -> None:
    assert _ar("تم تحرير عقد مع 12 موظفا.")["casualties"] == []
    assert _ar("حرر الصحفيون تقريرا عن 30 عاملا.")["casualties"] == []


def test_war_sides_releasing_with_the_bare_verb_are_still_read() -> None:
    found = _ar("أطلق الطرفان خمسة عشر من مقاتلي الفصيل.")["casualties"]
    assert [(c["count_low"], c["outcome"]) for c in found] == [(15, "captured")]


def test_names_opening_like_a_future_verb_put_no_date_ahead() -> None:
    for text in ("وصل وفد من سيراليون في 4 آذار.", "افتتحت ستاربكس فرعا في 20 شباط.",
                 "استقبل ستانلي الوفد في 8 نيسان."):
        assert [d["value"][:4] for d in _ar(text)["dates"]] == ["2024"], text


def test_a_future_verb_still_puts_the_date_ahead() -> None:
    assert [d["value"] for d in _ar("سيصل وفد من سيراليون في 4 آذار.")["dates"]] == [
        "2025-03-04"]


def test_a_part_of_a_counted_whole_of_its_own_is_no_part_of_the_toll_before() -> None:
    assert _casualties("Gunmen killed 12 people on Monday. Twelve students won prizes on "
                       "Tuesday; three were girls.") == [("killed 12 people", "killed")]


def test_a_part_joined_to_its_toll_is_still_read() -> None:
    assert _casualties("Gunmen killed 12 people on Monday; three were girls.") == [
        ("killed 12 people", "killed"), ("three were girls", "killed")]
