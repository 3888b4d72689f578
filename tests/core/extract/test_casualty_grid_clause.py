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

from tests.casualty_grid import FAMILIES, Case, all_cases, failures, figures_of
from tests.grid_batches import Batch, Look, check_batch, grid_params
from workbench.core.extract.casualties import find_casualties

CASES = all_cases()


def _look(case: Case) -> Look:
    return Look(case.text, tuple(sorted(case.expect)), figures_of(find_casualties(case.text)))


@pytest.mark.parametrize("batch", grid_params(CASES, lambda c: f"{c.family}-{c.name}",
                                              family=lambda c: c.family,
                                              left=lambda c: c.xfail))
def test_grid_case(batch: Batch[Case]) -> None:
    check_batch(batch, _look)


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
