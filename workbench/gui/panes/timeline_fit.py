"""The x range the timeline fits to: the central 95 % of the marks, so one outlying
date (a typo'd year, a historical reference) does not squeeze every other mark into a
few pixels. Marks just outside that range join it; only isolated ones stay out, still
reachable by panning or zooming out."""

from __future__ import annotations

import numpy as np

CENTRAL = 0.95
# A mark this far (as a share of the central span) beyond the central range still
# counts as part of the cluster, not an outlier.
REACH = 0.25


def fit_range(starts: np.ndarray, ends: np.ndarray) -> tuple[float, float]:
    """(lo, hi) covering the central marks: ``starts`` and ``ends`` of each mark."""
    if len(starts) < 20:  # too few to call any an outlier by share
        return float(starts.min()), float(max(ends.max(), starts.max()))
    tail = (1 - CENTRAL) / 2
    lo_q, hi_q = (float(v) for v in np.quantile(starts, [tail, 1 - tail]))
    hi_q = max(hi_q, float(np.quantile(ends, 1 - tail)))
    reach = max(hi_q - lo_q, 1.0) * REACH
    near = (starts >= lo_q - reach) & (starts <= hi_q + reach)
    return float(starts[near].min()), float(ends[near].max())
