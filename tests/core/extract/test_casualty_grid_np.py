"""The casualty grid: a figure's phrase reworded in ways that keep its meaning keeps its
suggestion, and look-alikes stay silent (``casualty_grid_np.py`` builds the cases)."""

from __future__ import annotations

import pytest

from tests.core.extract.casualty_grid_np import Case, all_cases, check
from tests.grid_batches import Batch, Look, check_batch, grid_params
from workbench.core.extract import extract

# Rewordings the engine does not hold under, each with why: (the sentence, the reason).
# A strict xfail makes a later fix show, and the case leaves this list.
_NOT_YET: dict[str, str] = {
    "Twelve victims of the massacre were buried on Friday.":
        "left open by the corpus rules, whose outcomes name neither 'victims' (harm, but "
        "not which) nor a burial; the act after 'of' ('the massacre') is not read for the "
        "outcome",
    "The attack claimed 12 victims in the market.":
        "left open by the corpus rules, which list 'claimed the lives of' only: 'claimed' "
        "is a claim of responsibility more often than a toll",
}

_CASES = all_cases()


def test_every_case_not_yet_held_is_in_the_grid() -> None:
    texts = {case.text for case in _CASES}
    assert set(_NOT_YET) <= texts


def test_the_grid_ids_are_unique() -> None:
    ids = [case.ident for case in _CASES]
    assert len(ids) == len(set(ids))


def _look(case: Case) -> Look:
    found = extract(case.text, "2015-03-10")["casualties"]
    return Look(case.text, [], check(case, found), expects=case.wants)


@pytest.mark.parametrize("batch", grid_params(_CASES, lambda c: c.ident,
                                              family=lambda c: c.family,
                                              left=lambda c: _NOT_YET.get(c.text, "")))
def test_reworded_figure_keeps_its_reading(batch: Batch[Case]) -> None:
    check_batch(batch, _look)
