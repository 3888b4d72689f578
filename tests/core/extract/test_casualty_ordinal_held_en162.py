"""English probes, round en162 (issue 11): an ordinal person opening its own sentence after
the others were counted, a taking whose holding goes on, a headline's bare "taken" in a
list of harms, and an age after a name (no count); with the look-alikes that must stay
unread.

Every sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

from collections import Counter

import pytest

from tests.extract_probes import short_figures

FIGURES: list[tuple[str, list[tuple[str, int]]]] = [
    # 1. an ordinal person after others counted, in its own sentence
    ("Four aid workers were abducted near Marra last week. A fifth was kidnapped on "
     "Sunday.", [("captured", 4), ("captured", 1)]),
    ("Two soldiers were killed at the checkpoint on Monday. A third died of his wounds on "
     "Tuesday.", [("killed", 2), ("killed", 1)]),
    ("One guard was shot dead at the gate. A second was wounded.",
     [("killed", 1), ("wounded", 1)]),
    # ... and in the same sentence, with every outcome (read before this round)
    ("In May two women drowned crossing the Tana; in June a third was kidnapped by gunmen.",
     [("killed", 2), ("captured", 1)]),
    ("Three soldiers were wounded and a fourth was killed when the patrol was ambushed.",
     [("wounded", 3), ("killed", 1)]),
    # 3. taken, and the holding goes on
    ("Three of our staff members were taken from the lead vehicle and are still held.",
     [("captured", 3)]),
    ("Two nurses taken at a roadblock remain in the hands of the gunmen.",
     [("captured", 2)]),
    ("Armed men stopped the convoy. Four drivers were taken and are still being held.",
     [("captured", 4)]),
    ("Five engineers were taken from the site and remain in captivity.",
     [("captured", 5)]),
    # ... by a state's force: a detention
    ("Six students were taken from the campus by soldiers and are still held.",
     [("arrested", 6)]),
    # 4. a headline's bare "taken" in a list of harms, in capitals or title case
    ("THREE STAFF TAKEN, TWO DRIVERS WOUNDED\n\nThe convoy was stopped near Oruba.",
     [("captured", 3), ("wounded", 2)]),
    ("Three Staff Taken, Two Drivers Wounded\n\nThe convoy was stopped near Oruba.",
     [("captured", 3), ("wounded", 2)]),
    ("Two guards wounded, three engineers taken\n\nThe attack came at dawn.",
     [("wounded", 2), ("captured", 3)]),
    ("2 KILLED IN MARKET BLAST\n\nThe bomb went off at noon.", [("killed", 2)]),
    # 2. an age after a name is no count; a count is still one
    ("Police said 44 were shot in the market.", [("wounded", 44)]),
    ("The driver and 44 passengers were shot.", [("wounded", 44)]),
]

LOOKALIKES = [
    # an ordinal of days
    "Fighting entered a third day on Sunday.",
    # an age after a name
    "The driver, Moussa Kante, 44, was shot as he turned his lorry.",
    "Fatima Ali, 32, was wounded in the blast.",
    "Mr Osei, 61, died on Friday.",
    "Kante, 44, and Ali, 32, were killed on the road.",
    # taken elsewhere, or held by no captor
    "Two men were taken to hospital and remain in the hands of doctors.",
    "Three samples were taken from the site and are still held in the lab.",
    # a headline's "taken" with a place it was to, or alone
    "Two taken to hospital after crash\n\nThe bus overturned.",
    "Three staff taken\n\nThe convoy was stopped.",
    "Steps taken, two men charged over fraud\n\nThe court sat on Monday.",
]


@pytest.mark.parametrize(("text", "expected"), FIGURES)
def test_ordinals_takings_and_headlines_are_read(text: str,
                                                 expected: list[tuple[str, int]]) -> None:
    got = Counter((outcome, low) for _, outcome, low in short_figures(text))
    assert got == Counter(expected)


@pytest.mark.parametrize("text", LOOKALIKES)
def test_lookalikes_give_no_figure(text: str) -> None:
    assert short_figures(text) == []


def test_ages_in_a_counted_list_stay_unread() -> None:
    assert short_figures("Three men, aged 20 to 25, were killed in the raid.") == [
        ("Three men", "killed", 3)]


def test_taken_into_custody_and_held_is_no_capture() -> None:
    assert all(o != "captured" for _, o, _ in short_figures(
        "Five men were taken into custody and are still held."))


# ordinals of days, rounds, parts, or no next number after the figure before: only that
# figure is read
ORDINALS_AFTER = [
    ("Two soldiers were killed on Monday. A third day of fighting began.", ("killed", 2)),
    ("Two soldiers were killed on Monday. A third round of talks opened.", ("killed", 2)),
    ("Two soldiers were killed on Monday. A third of the town was flooded.", ("killed", 2)),
    ("Four aid workers were abducted last week. A third was kidnapped on Sunday.",
     ("captured", 4)),
]


@pytest.mark.parametrize(("text", "only"), ORDINALS_AFTER)
def test_other_ordinals_count_no_one_more(text: str, only: tuple[str, int]) -> None:
    assert [(o, low) for _, o, low in short_figures(text)] == [only]
