"""Casualty figures under rewording of the clause around them (issue 11).

Every case of the grid (``tests/casualty_grid.py``): a base sentence of each outcome family, or a
look-alike, reworded in one part of its clause (an adverb in the verb group, what follows
the verb, material between the victims and their verb, a place inside a care phrase, the
voice, time and modality). A rewording that keeps the meaning must give the same figure;
one that removes the toll, and every look-alike, must give none. The pairs compared are
(count, outcome), as the evaluation pairs figures.
"""

from __future__ import annotations

import collections

import pytest

from tests.casualty_grid import FAMILIES, Case, all_cases, case_batches, failures, look_figures
from tests.grid_batches import Batch, check_batch

CASES = all_cases()


@pytest.mark.parametrize("batch", case_batches(CASES, left=lambda c: c.xfail))
def test_grid_case(batch: Batch[Case]) -> None:
    check_batch(batch, look_figures)


def test_grid_is_the_size_the_docs_give() -> None:
    # docs/suggestions.md gives the families and their sizes; a changed grid changes them
    sizes = collections.Counter(c.family for c in CASES)
    assert set(sizes) == set(FAMILIES)
    assert len(CASES) == 6016
    assert len({c.text for c in CASES}) > 2300  # the families make different sentences


def test_failures_reports_what_was_given() -> None:
    # the summary the docs' failure counts come from reads the engine's result, not the case
    silent = failures(lambda text: [], CASES)
    assert len(silent) == sum(1 for c in CASES if c.expect)
    loud = failures(lambda text: [{"count_low": 1, "outcome": "killed"}], CASES)
    assert len(loud) == len(CASES)
