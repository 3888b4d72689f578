"""The English statement engine under rewordings that keep the meaning (issue 11).

Each case of ``statement_grid`` is an attribution in one of the shapes news uses, with one
part reworded (the speaker phrase, the verb group, a phrase after the verb, punctuation),
or a look-alike that must stay silent. A case passes when the engine gives exactly the
expected entries: the same words and a speaker sharing a content word with the expected
one, nothing more. The known limitations are strict xfails with their reasons.
"""

from __future__ import annotations

import pytest

from tests.core.extract.statement_grid import Case, failures, unique_cases
from tests.grid_batches import Batch, Look, check_batch, grid_params

CASES = unique_cases()


def _look(case: Case) -> Look:
    return Look(case.text, [], failures(case), expects=case.expect)


@pytest.mark.parametrize("batch", grid_params(
    CASES, lambda c: f"{c.family}|{c.name}|{c.text[:50]}", family=lambda c: c.family,
    left=lambda c: c.known or ""))
def test_rewording_keeps_the_statement(batch: Batch[Case]) -> None:
    check_batch(batch, _look)


def test_grid_covers_every_shape_and_look_alikes() -> None:
    families = {c.family for c in CASES}
    for shape in ("said that", "said", "told", "according to, first", "according to, last",
                  "quote, then speaker", "quote, said speaker", "quoted as saying",
                  "quoted as saying by", "headline colon", "headline dash", "headline says",
                  "speech verb in a relative clause", "X, who ..., said", "pronoun back",
                  "quote over two sentences", "said that, scraped", "look-alike"):
        assert shape in families
    assert 500 < len(CASES) < 4000  # a few thousand: seconds on one core


def test_a_missing_entry_and_an_extra_one_are_both_failures() -> None:
    case = Case("said", "check", "Colonel Amir Hadad said the road was closed.", ())
    assert failures(case) == ["extra 'Colonel Amir Hadad': 'the road was closed'"]
    from tests.core.extract.statement_grid import Expect
    wrong_speaker = Case("said", "check", case.text, (Expect("the army", "the road was closed"),))
    assert failures(wrong_speaker)[0].startswith("missing 'the army'")
