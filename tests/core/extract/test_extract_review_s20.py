"""What the reviews of English rounds 130 to 133 left in the release readers, mended."""

from __future__ import annotations

import re
from itertools import pairwise

import pytest

from tests.timing import cpu_seconds
from workbench.core.extract import casualty_apart as apart
from workbench.core.extract import casualty_released as released
from workbench.core.extract.casualties import _person_like, find_casualties


def _read(text: str) -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    released.released_people(text, out, text.lower(), _person_like)
    released.exchanged_people(text, out, text.lower(), _person_like)
    return out


def _growth(unit: str, sizes: tuple[int, ...]) -> list[float]:
    """How the readers' CPU time grows from one size of a repeated ``unit`` to the next."""
    _read(unit * 3)  # the patterns compiled
    times = []
    for size in sizes:
        text = (unit * (size // len(unit) + 1))[:size]
        times.append(max(cpu_seconds(lambda text=text: _read(text))[0], 1e-4))
    return [b / a for a, b in pairwise(times)]


@pytest.mark.parametrize("unit", [
    # each release was checked against every figure before it, and its held figure
    # picked from all of them
    "released 5 men, ",
    # each count of an exchange was checked against every figure before it
    "In the prisoner exchange, 12 detainees were released and 40 prisoners returned home. ",
])
def test_release_and_exchange_readers_grow_with_the_text(unit: str) -> None:
    # 16 times the text once took 65 (releases) and 77 (exchanges) times as long
    assert all(step < 6.5 for step in _growth(unit, (4_000, 16_000, 64_000)))


@pytest.mark.parametrize("unit", ["a a a a freed ", "freed 5 ", "5 5 5 5 freed ", "freed 5, "])
def test_release_reader_bounded_on_dense_verbs(unit: str) -> None:
    # the passive pattern was searched from every character of 200 before each verb
    text = (unit * (4_000 // len(unit) + 1))[:4_000]
    _read(unit * 3)
    assert cpu_seconds(lambda: _read(text))[0] < 0.05


@pytest.mark.parametrize("text", [
    "A guard who was held by inmates for about three hours was freed.",
    "Gunmen kidnapped 20 villagers. A further 5 were released on Monday.",
    "Gunmen kidnapped 20 villagers; all 12 women were freed, and 1,200 to 1,500 people, who "
    "had been held, were freed.",
])
def test_passive_release_from_its_starts_reads_as_before(text: str) -> None:
    # the starts left out (a lone article, three numbers before the verb) change no match
    low = text.lower()
    for verb in released._verbs(low):
        lo = max(verb.start() - released._REACH, released._sentence_start(text, verb.start()))
        whole = released._passive().search(text, lo, verb.end())
        fast = released._passive_before(text, lo, verb)
        assert (fast and fast.span()) == (whole and whole.span()) or (
            whole is not None and whole.group("count").lower() in ("a", "an", "another"))


def test_part_of_a_whole_told_before_still_read() -> None:
    text = "Gunmen seized 30 guards at the prison. Five of the guards were freed on Monday."
    assert ("captured", 5) in [(f["outcome"], f["count_low"]) for f in find_casualties(text)]


@pytest.mark.parametrize("pattern", [
    released._COUNT_NEXT, released._AFTER_COURT, released._FREED_BY_THE_STATE,
    apart._NEXT_WORDS, apart._WORDS,
])
def test_patterns_opening_with_spaces_bounded_on_a_run_of_them(pattern: re.Pattern[str]) -> None:
    # tried from every space of a run, each read the rest of it: 0.17 to 0.52 s
    text = " " * 4_000
    assert cpu_seconds(lambda: list(pattern.finditer(text)))[0] < 0.05


@pytest.mark.parametrize("text", [
    # wounds of sport, told by the game before or after them
    "Five players were nursing injuries before the final.",
    "Three strikers are nursing injuries ahead of the derby.",
    "Six riders were nursing injuries after the race.",
    # a part of the ill: a food poisoning's patients
    "Of those taken ill, 12 remained in hospital.",
    "Of the guests taken ill, 30 were treated and released.",
    "Of those taken sick after the wedding meal, nine remained in hospital.",
    # places counted, not people
    "Police put the dead at three locations.",
    "The ministry put the dead at three spots on the highway.",
])
def test_no_figure_of_sport_illness_or_places(text: str) -> None:
    assert find_casualties(text) == []


@pytest.mark.parametrize(("text", "figure"), [
    ("Three soldiers were nursing wounds after the ambush.", ("wounded", 3)),
    ("Gunmen killed five villagers. Of those injured, 12 remained in hospital.", ("wounded", 12)),
    ("Militants abducted 40 students; of those taken, 12 were freed on Friday.", ("captured", 12)),
    ("Officials put the dead at 12.", ("killed", 12)),
])
def test_wounded_captives_and_tolls_beside_them_stay(text: str, figure: tuple[str, int]) -> None:
    assert figure in [(f["outcome"], f["count_low"]) for f in find_casualties(text)]


def test_exchange_words_and_held_nouns_are_one_list_each() -> None:
    from workbench.core.extract.lang import en

    assert en.EXCHANGE_WORDS is en.SWAP_VERBS
    assert set(en.SWAP_VERBS) <= set(en.OUTCOME_VERBS["captured"])
    assert en.EXCHANGED_HELD_NOUNS is en.SWAPPED_CAPTIVES


@pytest.mark.parametrize("text", [
    # words one list held and the other did not
    "Gunmen seized a bus. The sides agreed on swapping 20 hostages held since May.",
    "The parties are exchanging prisoners: 30 detainees were flown home.",
])
def test_merged_exchange_words_read(text: str) -> None:
    assert released.exchange_told(text)
