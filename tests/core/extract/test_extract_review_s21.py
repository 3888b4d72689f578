"""What the review of English rounds 134 and 135 and of the gated casualty passes found."""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

import pytest

from tests.timing import cpu_seconds
from workbench.core.extract import extract
from workbench.core.extract.casualties import _person_like, find_casualties
from workbench.core.extract.casualty_held_gone import held_and_gone
from workbench.core.extract.casualty_toll_named import named_after_toll

Reader = Callable[[str, list[dict[str, object]], str, Callable[[list[str]], bool]], None]


def _growth(reader: Reader, unit: str, sizes: tuple[int, ...]) -> list[float]:
    """How the CPU time of ``reader`` over the figures the engine finds grows from one size
    of a repeated ``unit`` to the next."""
    times = []
    for size in sizes:
        text = (unit * (size // len(unit) + 1))[:size]
        figures = find_casualties(text)

        def run(text: str = text, figures: list[dict[str, object]] = figures) -> None:
            reader(text, [dict(f) for f in figures], text.lower(), _person_like)

        times.append(max(cpu_seconds(run)[0], 1e-4))
    return [b / a for a, b in pairwise(times)]


def _over_sixteen_times(reader: Reader, unit: str) -> float:
    """How much longer ``reader`` takes on sixteen times the text: about 16 when it is
    linear, 256 when it reads every figure against every other; the bound, 64, lies between
    them. Judged over the whole range, not step by step: a step of four (linear about 4.2)
    ran past a bound of 6.5 now and then on a loaded machine, where one short timing decides
    a step alone, and the whole range measured 11 to 32 at a load of 10."""
    first, second = _growth(reader, unit, (2_000, 8_000, 32_000))
    return first * second


@pytest.mark.parametrize("unit", [
    # a list with no end of its clause was read to the end of the text from each head
    "Among the dead were a man, ",
    "The dead included 2 men and ",
    # each toll with "among them" searched the text from every figure before it
    "5 soldiers were killed and 2 men, among them a guard ",
    # each list and each member looked through every figure
    "2 men killed, among the dead were a boy ",
    # each part of a toll broken down was checked against every figure
    "9 killed: 1 at 2 at 3 at ",
])
def test_toll_lists_and_breakdowns_grow_with_the_text(unit: str) -> None:
    assert _over_sixteen_times(named_after_toll, unit) < 64


@pytest.mark.parametrize("unit", [
    # each held count was checked against every figure, and its holder picked from all
    "12 men remained in custody ",
    "Of those held, 12 ",
])
def test_held_states_grow_with_the_text(unit: str) -> None:
    assert _over_sixteen_times(held_and_gone, unit) < 64


@pytest.mark.parametrize("text", [
    "وظهر\tالخميس\tزعيم\tالتنظيم\tفي\tتسجيل\tمصور",
    "قال الوزير إن المسلح ظهر\tالخميس\tفي\tتسجيل\tمصور",
    "بعد\tأن\tظهر\tالخميس\tفي\tتسجيل\tمصور",
])
def test_appearing_verb_before_a_tab_is_no_crash(text: str) -> None:
    # "ظهر" read as the verb "appeared" before a date looked for a plain space after it
    # (a ValueError out of extract())
    assert isinstance(extract(text, None, "ar")["dates"], list)


@pytest.mark.parametrize("gap", [" ", "\t", "\n"])
def test_recaptured_people_end_before_a_phrase_of_time_at_any_space(gap: str) -> None:
    # the people's words were cut at the last plain space: with tabs, "recaptured si"
    text = f"Inmates escaped from the prison. Police recaptured six{gap}inmates{gap}on Monday."
    assert [f["text"] for f in find_casualties(text)] == [f"recaptured six{gap}inmates"]


@pytest.mark.parametrize("text", [
    "Of those who fell ill, 12 remained in hospital.",
    "Of the guests who fell sick after the wedding meal, 12 remained in hospital.",
])
def test_part_of_the_ill_dropped_with_no_participle_of_taking(text: str) -> None:
    # the drop ran inside the taken parts' reader, which runs only where "taken",
    # "seized" and the like stand
    assert find_casualties(text) == []


def test_decimal_before_a_spaced_dash_is_no_crash() -> None:
    # a decimal read as a date's day or year before a dateline's dash: int("1.2") stopped
    # extract() with a ValueError
    assert extract("Officials said 1.2 - 3 guards were hurt.", None, "en")["casualties"] == []


@pytest.mark.parametrize("text", [
    "The wind carried away 12 tents at the camp.",
    "The flood carried off 12 tents.",
])
def test_things_carried_away_are_no_captives(text: str) -> None:
    # round en134's "carried away" took any noun but the older non-person words
    assert find_casualties(text) == []
