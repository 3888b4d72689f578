"""Turn core TimelineItems into flat numpy arrays, one entry per mark.

Nothing here is per-point Python at draw time: the pane hands slices of these
arrays to a few pyqtgraph items. In actor mode an item with two actors becomes
two marks (one per lane); ``item`` maps each mark back to its TimelineItem.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from workbench.core.codebook import Codebook
from workbench.core.query import TimelineItem

DAY = 86400.0
EPOCH = dt.date(1970, 1, 1)
BASE_SIZE = 8.0
MIN_SIZE, MAX_SIZE = 6.0, 30.0
# The smallest cap on a mark's size in thin lanes: a large figure stays 4 px wider than
# an ordinary mark even where lanes are thinner than that.
MIN_LANE_CAP = BASE_SIZE + 4
RING_GAP = 2.0  # px a range ring stays outside its disc when sizes are capped
MAX_ACTOR_LANES = 24
NO_ACTOR = "(no actor named)"
OTHER_ACTORS = "(other actors)"
# Jitter inside a lane, in lane units, so marks on the same day do not hide each other.
JITTER_STEPS, JITTER = 5, 0.09


def epoch(day: dt.date) -> float:
    """Seconds since 1970-01-01 UTC at the start of ``day`` (the plot's x unit)."""
    return (day - EPOCH).days * DAY


def to_date(x: float) -> dt.date:
    """The day holding ``x``; a point outside the calendar is its first or last day (a
    period dragged off the plot at year 1 ran past it and raised OverflowError)."""
    days = int(np.floor(x / DAY))
    first, last = (dt.date.min - EPOCH).days, (dt.date.max - EPOCH).days
    return EPOCH + dt.timedelta(days=min(max(days, first), last))


def jitter(lane: np.ndarray, x: np.ndarray, spread: np.ndarray) -> np.ndarray:
    """Each mark's offset inside its lane (lane units), stable per ``spread`` (an item's
    number). A mark alone in its lane on its day takes the row its number hashes to; the
    others of that lane and day take the rows after the first one's, in the order of
    their numbers, so up to JITTER_STEPS of them never share a spot; more of them are
    spaced evenly over the rows' height. Hashed one by one, two marks of one day shared
    a row one time in five, and the one underneath could not be hovered or clicked (15
    of the demo's 85 marks)."""
    n = len(lane)
    if not n:
        return np.zeros(0)
    spread = np.asarray(spread, dtype=np.int64)
    order = np.lexsort((spread, x, lane))
    lane_o, x_o = lane[order], x[order]
    first = np.ones(n, dtype=bool)
    first[1:] = (lane_o[1:] != lane_o[:-1]) | (x_o[1:] != x_o[:-1])
    starts = np.flatnonzero(first)
    group = np.cumsum(first) - 1
    rank = np.arange(n) - starts[group]
    hashed = (spread[order] * 2654435761) % JITTER_STEPS
    size = np.diff(np.append(starts, n))[group]
    row = np.empty(n)
    row[order] = np.where(size > JITTER_STEPS,
                          rank * (JITTER_STEPS - 1) / np.maximum(size - 1, 1),
                          (hashed[starts][group] + rank) % JITTER_STEPS)
    return (row - JITTER_STEPS // 2) * JITTER


def count_size(count: float | None) -> float:
    """Marker diameter in pixels: area grows with the count (sqrt scale), clipped."""
    if count is None or count < 0:
        return BASE_SIZE
    return float(np.clip(MIN_SIZE + 2.2 * np.sqrt(count), MIN_SIZE, MAX_SIZE))


def fit_to_lane(size: np.ndarray, high: np.ndarray, lane_px: float
                ) -> tuple[np.ndarray, np.ndarray]:
    """Disc and ring diameters (px) for lanes ``lane_px`` high.

    A disc taller than its lane covers its neighbours' marks and reads as nobody's.
    Sizes above an ordinary mark (BASE_SIZE) are scaled into [BASE_SIZE, cap], the cap
    being the lane height (at least MIN_LANE_CAP): the order of sizes, hence which
    figure is larger, is kept, and ordinary marks do not change. A ring stays RING_GAP
    outside its disc. NaN rings (no range) stay NaN. Lanes as tall as MAX_SIZE: as is.
    """
    cap = max(float(lane_px), MIN_LANE_CAP)
    if cap >= MAX_SIZE:
        return size, high
    k = (cap - BASE_SIZE) / (MAX_SIZE - BASE_SIZE)

    def shrink(s: np.ndarray) -> np.ndarray:
        return np.where(s > BASE_SIZE, np.rint(BASE_SIZE + (s - BASE_SIZE) * k), s)

    disc, ring = shrink(size), shrink(high)
    ring = np.minimum(np.maximum(ring, disc + RING_GAP), cap)  # NaN (no ring) stays NaN
    disc = np.fmin(disc, ring - RING_GAP)  # fmin: a NaN ring leaves the disc alone
    return disc, ring


@dataclass
class Marks:
    lanes: list[str]
    kinds: list[str]  # kind names; ``kind`` holds indexes into this list
    item: np.ndarray  # int: index into ``items``
    kind: np.ndarray  # int
    x: np.ndarray  # start of the interval (epoch seconds)
    x_end: np.ndarray  # end of the interval, exclusive (start of the day after)
    lane: np.ndarray  # int: index into ``lanes``
    y: np.ndarray  # lane + jitter
    size: np.ndarray  # disc diameter (px), by the low count for kinds with counts
    high_size: np.ndarray  # ring diameter (px) for count_high, NaN when no range
    suggested: np.ndarray  # bool
    items: Sequence[TimelineItem] = ()
    by_ann: dict[str, list[int]] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.x)


def lanes_for(items: Sequence[TimelineItem], codebook: Codebook, mode: str) -> list[str]:
    if mode == "kind":
        present = {i.kind for i in items}
        return [k for k in codebook.names() if k in present] + sorted(
            present - set(codebook.names()))
    counts = Counter(a for i in items for a in (i.actors or (NO_ACTOR,)))
    top = [a for a, _ in counts.most_common(MAX_ACTOR_LANES)]
    return [*top, OTHER_ACTORS] if len(counts) > len(top) else top


def build_marks(items: Sequence[TimelineItem], codebook: Codebook, mode: str = "kind") -> Marks:
    """Rejected annotations are left out: the timeline shows what was kept or proposed."""
    items = [i for i in items if i.status != "rejected"]
    lanes = lanes_for(items, codebook, mode)
    lane_of = {name: n for n, name in enumerate(lanes)}
    kinds = list(dict.fromkeys([*codebook.names(), *(i.kind for i in items)]))
    kind_of = {k: n for n, k in enumerate(kinds)}
    counted = {k.name for k in codebook.kinds() if k.roles.has_counts}
    rows: list[tuple[int, int, float, float, int, float, float, bool]] = []
    for n, it in enumerate(items):
        if mode == "kind":
            keys = [it.kind]
        else:
            keys = [a if a in lane_of else OTHER_ACTORS for a in (it.actors or (NO_ACTOR,))]
            keys = list(dict.fromkeys(keys))
        low, high = it.count_low, it.count_high
        size = count_size(low if low is not None else high) if it.kind in counted else BASE_SIZE
        ring = count_size(high) if low is not None and high is not None and high > low else np.nan
        for key in keys:
            rows.append((n, kind_of[it.kind], epoch(it.start), epoch(it.end) + DAY,
                         lane_of[key], size, ring, it.status == "suggested"))
    arr = np.array(rows, dtype=float).reshape(-1, 8)
    lane = arr[:, 4]
    idx = arr[:, 0].astype(np.int64)
    marks = Marks(
        lanes=lanes, kinds=kinds, item=idx, kind=arr[:, 1].astype(np.int64),
        x=arr[:, 2].copy(), x_end=arr[:, 3].copy(), lane=lane.astype(np.int64),
        y=lane + jitter(lane, arr[:, 2], idx),
        size=np.round(arr[:, 5]), high_size=np.round(arr[:, 6]),
        suggested=arr[:, 7].astype(bool), items=items,
    )
    for m, n in enumerate(idx.tolist()):
        marks.by_ann.setdefault(items[n].ann_id, []).append(m)
    return marks


def tooltip(it: TimelineItem, codebook: Codebook) -> str:
    label = codebook.kind(it.kind).label if it.kind in codebook else it.kind
    when = it.start.isoformat() if it.start == it.end else f"{it.start} – {it.end}"
    lines = [f"{label} · {when}" + (" · suggested" if it.status == "suggested" else "")]
    if it.figure:  # "≥ 12 killed": "Count 12" read as an exact figure
        lines.append(it.figure)
    elif it.count_low is not None or it.count_high is not None:
        lo, hi = it.count_low, it.count_high
        lines.append(f"Count {lo if lo is not None else '?'}"
                     + (f"–{hi}" if hi is not None and hi != lo else ""))
    if it.actors:
        lines.append("Actors: " + ", ".join(actor_label(it, n) for n in range(len(it.actors))))
    lines.append(f"“{it.label}”")
    return "\n".join(lines)


def actor_label(it: TimelineItem, n: int) -> str:
    """The record's name of ``it``'s n-th actor, with the words as written where they
    differ: ``Free Army Brigade (written “FAB”)``."""
    written = it.written[n] if n < len(it.written) else ()
    forms = ", ".join(f"“{w}”" for w in written)
    return f"{it.actors[n]} (written {forms})" if forms else it.actors[n]
