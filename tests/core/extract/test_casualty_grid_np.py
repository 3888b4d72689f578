"""The casualty grid: a figure's phrase reworded in ways that keep its meaning keeps its
suggestion, and look-alikes stay silent (``casualty_grid_np.py`` builds the cases)."""

from __future__ import annotations

import pytest

from tests.core.extract.casualty_grid_np import Case, all_cases, check
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


def _param(case: Case) -> object:
    marks = ([pytest.mark.xfail(strict=True, reason=_NOT_YET[case.text])]
             if case.text in _NOT_YET else [])
    return pytest.param(case, id=case.ident, marks=marks)


def test_every_case_not_yet_held_is_in_the_grid() -> None:
    texts = {case.text for case in _CASES}
    assert set(_NOT_YET) <= texts


def test_the_grid_ids_are_unique() -> None:
    ids = [case.ident for case in _CASES]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("case", [_param(c) for c in _CASES])
def test_reworded_figure_keeps_its_reading(case: Case) -> None:
    got = extract(case.text, "2015-03-10")["casualties"]
    assert check(case, got) == []
