"""From units coded by several coders to Krippendorff's alpha and percent agreement.

A *unit* is one thing that was coded (a token of text, a matched casualty figure) and
maps each coder who coded it to the value they gave. Coders who did not code a unit are
simply absent from it: alpha treats them as missing data, which is how its author
handles coders who skipped a unit.
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Sequence
from dataclasses import dataclass

import numpy as np

Unit = dict[str, Hashable]
LEVELS = ("nominal", "interval")


@dataclass(frozen=True)
class Score:
    """Alpha (None when undefined), share of agreeing coder pairs, and pairable units."""

    alpha: float | None
    agreement: float | None
    units: int


def reliability_data(units: Sequence[Unit], coders: Sequence[str], level: str) -> np.ndarray:
    """Coders × units matrix of floats, NaN where a coder gave no value.

    Nominal values are replaced by a number per distinct value (their order means
    nothing at that level); interval values must already be numbers.
    """
    if level not in LEVELS:
        raise ValueError(f"unknown level of measurement {level!r}")
    codes: dict[Hashable, float] = {}
    if level == "nominal":
        distinct = {v for u in units for c, v in u.items() if c in coders and v is not None}
        # Sorted by repr so a report is reproducible whatever the order units came in.
        codes = {v: float(i) for i, v in enumerate(sorted(distinct, key=repr))}
    data = np.full((len(coders), len(units)), np.nan)
    for j, unit in enumerate(units):
        for i, coder in enumerate(coders):
            value = unit.get(coder)
            if value is None:
                continue
            data[i, j] = codes[value] if level == "nominal" else float(value)  # type: ignore[arg-type]
    return data


def score_matrix(data: np.ndarray, level: str) -> Score:
    """Alpha and percent agreement of a coders × units matrix (NaN = missing)."""
    import krippendorff  # numpy-heavy; loaded only when agreement is asked for

    present = ~np.isnan(data)
    pairable = present.sum(axis=0) >= 2
    data = data[:, pairable]
    if data.shape[1] == 0:
        return Score(None, None, 0)
    alpha: float | None
    try:
        alpha = float(krippendorff.alpha(reliability_data=data, level_of_measurement=level))
    except ValueError:
        alpha = None  # every value the same: there is no disagreement to expect, alpha is 0/0
    if alpha is not None and math.isnan(alpha):
        alpha = None
    return Score(alpha, percent_agreement(data), int(data.shape[1]))


def percent_agreement(data: np.ndarray) -> float | None:
    """Share of pairs of coders, within each unit, who gave the same value."""
    present = ~np.isnan(data)
    m = present.sum(axis=0)
    pairs = (m * (m - 1) / 2).sum()
    if pairs == 0:
        return None
    agreeing = 0.0
    for value in np.unique(data[present]):
        n = (data == value).sum(axis=0)
        agreeing += (n * (n - 1) / 2).sum()
    return float(agreeing / pairs)


def score(units: Sequence[Unit], coders: Sequence[str], level: str) -> Score:
    """Alpha and percent agreement of ``units`` for ``coders`` at ``level``."""
    return score_matrix(reliability_data(units, coders, level), level)
