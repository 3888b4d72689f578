"""Reliability data built from units, checked on Krippendorff's own worked example."""

from __future__ import annotations

import numpy as np
import pytest

from tests.core.agreement.conftest import KRIPPENDORFF
from workbench.core.agreement.reliability import reliability_data, score

CODERS = list(KRIPPENDORFF)
UNITS = [{c: KRIPPENDORFF[c][j] for c in CODERS if KRIPPENDORFF[c][j] is not None}
         for j in range(12)]


def test_nominal_alpha_of_the_worked_example():
    result = score(UNITS, CODERS, "nominal")
    assert result.alpha == pytest.approx(0.743, abs=5e-4)
    assert result.units == 11  # the twelfth unit has one value and cannot be paired


def test_interval_alpha_of_the_worked_example():
    assert score(UNITS, CODERS, "interval").alpha == pytest.approx(0.849, abs=5e-4)


def test_nominal_values_need_not_be_numbers():
    words = ["killed", "wounded", "missing", "captured", "arrested"]
    as_words = [{c: words[v - 1] for c, v in u.items()} for u in UNITS]
    assert score(as_words, CODERS, "nominal").alpha == pytest.approx(0.743, abs=5e-4)


def test_missing_values_are_nan_and_coders_keep_their_rows():
    data = reliability_data(UNITS, CODERS, "interval")
    assert data.shape == (4, 12)
    assert np.isnan(data[0, 9]) and data[1, 9] == 5.0


def test_percent_agreement_counts_agreeing_pairs():
    units = [{"a": "x", "b": "x"}, {"a": "x", "b": "y"}, {"a": "x", "b": "x", "c": "y"}]
    # 1 of 1, 0 of 1, then 1 of 3 pairs agree.
    assert score(units, ["a", "b", "c"], "nominal").agreement == pytest.approx(2 / 5)


def test_one_value_everywhere_leaves_alpha_undefined():
    result = score([{"a": 1, "b": 1}, {"a": 1, "b": 1}], ["a", "b"], "nominal")
    assert result.alpha is None and result.agreement == 1.0 and result.units == 2


def test_no_pairable_unit():
    assert score([{"a": 1}], ["a", "b"], "nominal").units == 0
