"""Round en168: "N or so" is a rough count; one victim named by the crime a sentence
punishes is a death the report tells (as the sets' gold counts it). Probe sentences are
fictional."""

from __future__ import annotations

import pytest

from workbench.core.extract import extract


def _figures(text: str) -> list[tuple[str, int, str, str]]:
    return [(str(c["outcome"]), int(c["count_low"]), str(c["qualifier"]), str(c["text"]))
            for c in extract(text, "2026-05-16")["casualties"]]


@pytest.mark.parametrize(("text", "expected"), [
    ("Another 30 or so people were wounded in the stampede.",
     [("wounded", 30, "about", "30 or so people were wounded")]),
    ("Some 40 or so protesters were injured when police charged the crowd.",
     [("wounded", 40, "about", "Some 40 or so protesters were injured")]),
    ("Militiamen abducted 20 or so villagers from the market.",
     [("captured", 20, "about", "abducted 20 or so villagers")]),
])
def test_or_so_after_a_count_is_about(text, expected) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize("text", [
    "The vote count lasted an hour or so at each of the 30 or so polling stations.",
    "Traders said a sack of flour now costs 30 or so dollars.",
    "The opposition won 40 or so seats in the assembly.",
])
def test_or_so_after_times_sums_and_seats_stays_unread(text) -> None:
    assert _figures(text) == []


@pytest.mark.parametrize("text", [
    "A court sentenced three men to life imprisonment for the murder of a polling agent"
    " during the 2023 election.",
    "Two brothers were sentenced to death for the killing of a journalist in the port city.",
    "The judge handed the former officer 20 years' imprisonment for the murder of a trade"
    " unionist.",
])
def test_one_victim_in_a_sentence_handed_down_is_a_death(text) -> None:
    # Round en168 left these unread, after one set's gold; five later sets' gold count the
    # victim of the crime a court punishes ("sentenced ... for the killing of a rice farmer"),
    # as a charge or a conviction counts one, so the sentence's own words read it too.
    got = _figures(text)
    assert [(o, n) for o, n, _, _ in got] == [("killed", 1)], got


@pytest.mark.parametrize(("text", "expected"), [
    # outside a charge the act still counts its one victim
    ("The raid appeared to be revenge for the murder of a gang leader last month.",
     [("killed", 1, "exact", "murder of a gang leader")]),
    ("Police are investigating the killing of a taxi driver in the old town.",
     [("killed", 1, "exact", "killing of a taxi driver")]),
    # a charge or a conviction may be the news of the death itself
    ("Four men were charged with the killing of a village chief.",
     [("killed", 1, "exact", "killing of a village chief")]),
    ("Two brothers were convicted of the killing of a journalist in the port city.",
     [("killed", 1, "exact", "killing of a journalist")]),
    # a count inside a sentence still reads
    ("He was convicted of the murders of 12 villagers.",
     [("killed", 12, "exact", "murders of 12 villagers")]),
])
def test_acts_outside_a_charge_and_counts_still_read(text, expected) -> None:
    assert _figures(text) == expected
