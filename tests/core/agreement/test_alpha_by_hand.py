"""Alpha on a small table worked out by hand, and the package called directly."""

from __future__ import annotations

import krippendorff
import numpy as np
import pytest

from workbench.core.agreement.reliability import reliability_data, score

CODERS = ["amal", "ben", "chen"]
# Five figures' outcomes (None: the coder gave none).
UNITS = [
    {"amal": "killed", "ben": "killed", "chen": "killed"},
    {"amal": "killed", "ben": "wounded"},
    {"amal": "wounded", "ben": "wounded", "chen": "wounded"},
    {"amal": "killed"},  # one coder only: not pairable, left out
    {"amal": "wounded", "ben": "killed", "chen": "wounded"},
]


def test_nominal_alpha_equals_the_coincidence_matrix_by_hand():
    # Each unit with m values adds 1/(m-1) to o[c][k] for every ordered pair of values
    # of different coders (k = killed, w = wounded):
    #   unit 1 (k,k,k): o_kk += 6/2 = 3       unit 2 (k,w): o_kw += 1, o_wk += 1
    #   unit 3 (w,w,w): o_ww += 3             unit 4: one value, nothing
    #   unit 5 (w,k,w): o_kw += 2/2, o_wk += 2/2, o_ww += 2/2
    # o_kk = 3, o_kw = o_wk = 2, o_ww = 4; n_k = 5, n_w = 6, n = 11.
    # alpha = 1 - (n - 1) * (o_kw + o_wk) / (n_k * n_w + n_w * n_k) = 1 - 10 * 4 / 60 = 1/3.
    # Percent agreement: 3 + 0 + 3 + 1 agreeing of 3 + 1 + 3 + 3 coder pairs = 7/10.
    result = score(UNITS, CODERS, "nominal")
    assert result.alpha == pytest.approx(1 / 3)
    assert result.agreement == pytest.approx(0.7)
    assert result.units == 4


def test_the_package_called_directly_agrees():
    data = reliability_data(UNITS, CODERS, "nominal")
    direct = krippendorff.alpha(reliability_data=data, level_of_measurement="nominal")
    assert direct == pytest.approx(score(UNITS, CODERS, "nominal").alpha)
    # Coders stay rows and the lone value is NaN-padded, not dropped or shifted.
    assert np.isnan(data[1, 3]) and np.isnan(data[2, 3]) and np.isnan(data[2, 1])


def test_full_agreement_is_one_and_no_variation_is_undefined():
    agree = [{"amal": "killed", "ben": "killed"}, {"amal": "wounded", "ben": "wounded"}]
    assert score(agree, ["amal", "ben"], "nominal").alpha == 1.0
    same = [{"amal": "killed", "ben": "killed"}, {"amal": "killed", "ben": "killed"}]
    flat = score(same, ["amal", "ben"], "nominal")
    assert (flat.alpha, flat.agreement, flat.units) == (None, 1.0, 2)


def test_interval_alpha_by_hand():
    # Two coders, three figures: (4, 4), (10, 12), (7, 7); n = 6 values.
    # Coincidences: o_44 = 2, o_77 = 2, o_10,12 = o_12,10 = 1. Observed:
    #   sum o_ck (c - k)**2 = 1 * 4 + 1 * 4 = 8.
    # n_4 = 2, n_7 = 2, n_10 = 1, n_12 = 1. Expected, over unordered pairs of values:
    #   4-7: 2*2*9 = 36; 4-10: 2*1*36 = 72; 4-12: 2*1*64 = 128; 7-10: 2*1*9 = 18;
    #   7-12: 2*1*25 = 50; 10-12: 1*1*4 = 4; sum 308, ordered 616.
    # alpha = 1 - (n - 1) * 8 / 616 = 1 - 40/616 = 0.935...
    units = [{"a": 4, "b": 4}, {"a": 10, "b": 12}, {"a": 7, "b": 7}]
    assert score(units, ["a", "b"], "interval").alpha == pytest.approx(1 - 40 / 616)
