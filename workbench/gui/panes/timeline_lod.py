"""Level of detail for the timeline: which marks to draw at the current zoom.

With 100k marks over a few years, a pixel column holds dozens of marks that paint the
same pixels. Per frame, the marks in view (plus a margin of half the largest symbol)
are put into buckets of ``BUCKET_PX`` pixel columns per lane and jitter row (rows less
than a bucket apart on screen share one), and at most two marks per bucket are drawn:
the one with the largest drawn extent (disc or range ring, i.e. the casualty count), so
large events never disappear, and the one drawn last (on top: accepted over suggested,
then codebook kind order), so what full drawing would show on top still shows. Among
equals, the mark nearest the bucket's centre: a dense row gets a mark every
``BUCKET_PX`` (5) px, symbols are at least 6 px wide, so no gaps. Buckets are anchored to
absolute pixel columns: panning at a fixed zoom keeps the same choice (no shimmer).
When the marks in view fit ``budget()`` (one per lane per pixel column; in thin lanes
one per lane per bucket) every one of them is drawn, exactly as it is.

The result is at most ``2 * budget()`` marks whatever the number of marks; in lanes per
kind the two choices are mostly the same mark, so about ``budget()``.
"""

from __future__ import annotations

import numpy as np

from workbench.gui.panes.timeline_items import JITTER, JITTER_STEPS, MAX_SIZE, Marks

BUCKET_PX = JITTER_STEPS  # lanes * JITTER_STEPS rows of width/BUCKET_PX buckets = lanes*width
EDGE_PX = int(MAX_SIZE // 2) + 2  # marks this far outside the view still show their edge
# Below this spread of a lane's jitter rows (px) a lane is thin: one mark per bucket.
THIN_PX = 12.0
_MAX_EXTENT = 64  # > any symbol's diameter in px (sizes are clipped to MAX_SIZE)


def rows_of(m: Marks) -> np.ndarray:
    """Lane and jitter row of each mark, as one int: lane * JITTER_STEPS + row."""
    slot = np.rint((m.y - m.lane) / JITTER).astype(np.int64) + JITTER_STEPS // 2
    return m.lane * JITTER_STEPS + slot.clip(0, JITTER_STEPS - 1)


def ranks_of(m: Marks) -> np.ndarray:
    """Static preference (smaller wins): the larger drawn extent, then accepted first."""
    extent = np.fmax(m.size, np.nan_to_num(m.high_size, nan=0.0))
    return (_MAX_EXTENT - np.rint(extent).clip(0, _MAX_EXTENT - 1)).astype(np.int64) * 2 \
        + m.suggested.astype(np.int64)


def budget(n_lanes: int, width_px: float, thin: bool = False) -> int:
    """Marks in view up to which every one is drawn: one per lane per pixel column, or
    in thin lanes one per lane per bucket (what thinning would draw at most)."""
    columns = int(width_px) + 2 * (EDGE_PX + BUCKET_PX)
    return max(n_lanes, 1) * (columns // BUCKET_PX if thin else columns)


def _winners(key: np.ndarray, score: np.ndarray, n_keys: int) -> np.ndarray:
    """Per key, the position of one entry with the smallest score."""
    best = np.full(n_keys, np.iinfo(np.int64).max)
    np.minimum.at(best, key, score)
    win = np.flatnonzero(score == best[key])
    keep = np.full(n_keys, -1, dtype=np.int64)
    keep[key[win]] = win  # one winner per key, even among equal scores
    return keep[keep >= 0]


def is_thin(jitter_px: float) -> bool:
    """Thin lanes (lanes per actor): a lane's jitter rows lie within one symbol's
    height, so the whole lane shares its buckets."""
    return jitter_px * (JITTER_STEPS - 1) < THIN_PX


def in_view(x: np.ndarray, x0: float, x1: float, px_per_unit: float) -> tuple[int, int]:
    """The slice of ``x`` (sorted) that can show in [x0, x1]: its edge plus EDGE_PX."""
    pad = EDGE_PX / px_per_unit
    i0, i1 = np.searchsorted(x, [x0 - pad, x1 + pad])
    return int(i0), int(i1)


def level_of_detail(x: np.ndarray, row: np.ndarray, rank: np.ndarray, top: np.ndarray,
                    n_lanes: int, x0: float, x1: float, px_per_unit: float,
                    jitter_px: float = BUCKET_PX) -> np.ndarray:
    """Indexes (into ``x``, which is sorted) of the marks to draw for the view [x0, x1].

    ``row`` comes from ``rows_of``, ``rank`` from ``ranks_of`` and ``top`` is the draw
    order (larger is drawn later, on top), all in the order of ``x``. ``px_per_unit`` is
    the horizontal scale in device pixels per x unit, ``jitter_px`` the height of one
    jitter step in pixels: jitter rows closer than a bucket share their buckets.
    """
    if not len(x) or px_per_unit <= 0 or x1 <= x0:
        return np.zeros(0, dtype=np.int64)
    i0, i1 = in_view(x, x0, x1, px_per_unit)
    # Drawing every mark of thin lanes (up to one per pixel column, ~28k with 26 lanes)
    # paints symbols over one another that show no more than one per bucket would:
    # there, thin from one mark per bucket on.
    if i1 - i0 <= budget(n_lanes, (x1 - x0) * px_per_unit, is_thin(jitter_px)):
        return np.arange(i0, i1, dtype=np.int64)  # few enough: draw every mark
    return thinned(x, row, rank, top, n_lanes, i0, i1, px_per_unit, jitter_px)


def thinned(x: np.ndarray, row: np.ndarray, rank: np.ndarray, top: np.ndarray,
            n_lanes: int, i0: int, i1: int, px_per_unit: float,
            jitter_px: float = BUCKET_PX) -> np.ndarray:
    """Indexes in [i0, i1) of one or two marks per bucket (see the module's text).

    Buckets are absolute: a bucket wholly inside [i0, i1) gets the same marks whatever
    the slice, so the choice for a wider slice holds for any view inside it.
    """
    if i1 <= i0:
        return np.zeros(0, dtype=np.int64)
    thin = is_thin(jitter_px)
    groups = 1 if thin else int(min(JITTER_STEPS, max(1, round(
        (JITTER_STEPS - 1) * jitter_px / BUCKET_PX) + 1)))
    r = row[i0:i1]
    if groups == 1:
        r = r // JITTER_STEPS  # the lane (the formula below, with groups = 1)
    elif groups != JITTER_STEPS:
        r = r // JITTER_STEPS * groups + r % JITTER_STEPS * groups // JITTER_STEPS
    # Absolute pixel column: stable while panning. Whole numbers, so integer division
    # (a float floor division of 100k values took ~2 ms of a ~5 ms choice).
    pix = np.floor(x[i0:i1] * px_per_unit).astype(np.int64)
    bucket = pix // BUCKET_PX
    first = int(bucket[0])
    n_buckets = int(bucket[-1]) - first + 1  # x is sorted, so is bucket
    key = r * n_buckets + (bucket - first)
    n_keys = n_lanes * groups * n_buckets
    centre = np.abs(pix - bucket * BUCKET_PX - BUCKET_PX // 2)
    rk = rank[i0:i1]
    tz = top[i0:i1]
    if thin:
        # A thin lane's marks cover one another anyway: one mark per bucket, the
        # largest, the topmost among equals. With 26 actor lanes and 100k marks in view
        # that is ~6k fragments instead of ~16k. (-tz orders as max(tz) - tz would.)
        chosen = [_winners(key, (rk * 256 - tz) * BUCKET_PX + centre, n_keys)]
    else:
        chosen = [_winners(key, rk * BUCKET_PX + centre, n_keys),  # largest
                  _winners(key, (rk - tz * 256) * BUCKET_PX + centre, n_keys)]  # topmost
    # In x order, each once: a mask is cheaper than sorting (np.union1d, np.sort).
    keep = np.zeros(i1 - i0, dtype=bool)
    for c in chosen:
        keep[c] = True
    return np.flatnonzero(keep) + i0
