"""Marks built from the core's TimelineColumns with numpy, no Python per item.

The same ``Marks`` as ``timeline_items.build_marks`` gives for TimelineItems (same lanes,
sizes, rings, jitter rule), for the window's large projects: ``items`` is the columns
(an item's id and words are read when one is asked for) and ``by_ann`` finds an
annotation's marks by asking the project for its rowid.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

import numpy as np

from workbench.core.codebook import Codebook
from workbench.core.timeline_rows import STATUSES, TimelineColumns
from workbench.gui.panes.timeline_items import (
    BASE_SIZE,
    DAY,
    MAX_ACTOR_LANES,
    MAX_SIZE,
    MIN_SIZE,
    NO_ACTOR,
    OTHER_ACTORS,
    Marks,
    jitter,
)

REJECTED, SUGGESTED = STATUSES.index("rejected"), STATUSES.index("suggested")


class MarksOfAnnotation(Mapping[str, list[int]]):
    """ann_id -> its marks, without a dict of every id: the id's rowid is looked up."""

    def __init__(self, items: TimelineColumns, item: np.ndarray) -> None:
        self.items, self.item = items, item

    def __getitem__(self, ann_id: str) -> list[int]:
        found = self.items.index_of(ann_id)
        marks = np.nonzero(np.isin(self.item, found))[0] if len(found) else found
        if not len(marks):
            raise KeyError(ann_id)
        return marks.tolist()

    def __iter__(self) -> Iterator[str]:  # every id: only for small projects and tests
        return (self.items[int(i)].ann_id for i in np.unique(self.item))

    def __len__(self) -> int:
        return len(np.unique(self.item))


def count_sizes(count: np.ndarray) -> np.ndarray:
    """``timeline_items.count_size`` on an array (NaN or negative: the base size)."""
    with np.errstate(invalid="ignore"):
        size = np.clip(MIN_SIZE + 2.2 * np.sqrt(np.maximum(count, 0)), MIN_SIZE, MAX_SIZE)
        return np.where(np.isnan(count) | (count < 0), BASE_SIZE, size)


def actor_entries(items: TimelineColumns) -> tuple[np.ndarray, np.ndarray]:
    """(item, actor) pairs in reading order: each item's actors as named, or one
    ``len(actor_names)`` (no actor named) for an item naming none."""
    n, per = len(items), np.diff(items.actor_at)
    none = np.nonzero(per == 0)[0]
    owner = np.concatenate([np.repeat(np.arange(n), per), none])
    value = np.concatenate([items.actor, np.full(len(none), len(items.actor_names))])
    # Positions are increasing in the item, so sorting by (item, position) is reading order.
    pos = np.concatenate([np.arange(len(items.actor)), items.actor_at[none]])
    order = np.lexsort((pos, owner))
    return owner[order].astype(np.int64), value[order].astype(np.int64)


def actor_lanes(items: TimelineColumns, owner: np.ndarray, value: np.ndarray) -> list[str]:
    """The 24 most named actors, ties in order of first mention (``Counter.most_common``)."""
    names = [*items.actor_names, NO_ACTOR]
    counts = np.bincount(value, minlength=len(names))
    _, first = np.unique(value, return_index=True)
    first_at = np.zeros(len(names), np.int64)
    first_at[np.unique(value)] = first
    present = sorted((i for i in range(len(names)) if counts[i]),
                     key=lambda i: (-counts[i], first_at[i]))
    top = [names[i] for i in present[:MAX_ACTOR_LANES]]
    return [*top, OTHER_ACTORS] if len(present) > len(top) else top


def build_marks_columns(items: TimelineColumns, codebook: Codebook,
                        mode: str = "kind", lanes: list[str] | None = None) -> Marks:
    """Rejected annotations are left out, as in ``build_marks``.

    ``lanes`` fixes the lanes (those of the whole project, when ``items`` are only the
    days in view): each mark then jitters by its annotation's rowid, not its place among
    ``items``, so it keeps its row whichever days are read with it. In actor mode an
    actor not among ``lanes`` goes to its "other actors" lane."""
    items = items.take(items.status != REJECTED)
    n = len(items)
    kinds = list(dict.fromkeys([*codebook.names(), *items.kinds, *(
        lanes if lanes is not None and mode == "kind" else ())]))
    kind_idx = np.array([kinds.index(k) for k in items.kinds], np.int64)
    item_kind = kind_idx[items.kind] if n else np.zeros(0, np.int64)
    fixed = lanes is not None
    if mode == "kind":
        present = set(np.unique(item_kind).tolist())
        names = codebook.names()
        if lanes is None:
            lanes = [k for k in names if kinds.index(k) in present] + sorted(
                kinds[i] for i in present if kinds[i] not in names)
        lane_of_kind = np.full(len(kinds), -1, np.int64)
        for lane, k in enumerate(lanes):
            lane_of_kind[kinds.index(k)] = lane
        lane_all = lane_of_kind[item_kind]
        idx = np.flatnonzero(lane_all >= 0)  # all of them unless lanes were given
        lane = lane_all[idx]
    else:
        owner, value = actor_entries(items)
        if lanes is None:
            lanes = actor_lanes(items, owner, value)
        lane_pos = {name: i for i, name in enumerate(lanes)}
        other = lane_pos.get(OTHER_ACTORS, -1)
        lane_of_actor = np.array([lane_pos.get(a, other) for a in items.actor_names]
                                 + [lane_pos.get(NO_ACTOR, other)], np.int64)
        lane_all = lane_of_actor[value]
        # Each lane once per item (two actors folded into "other" make one mark).
        _, first = np.unique(owner * (len(lanes) + 1) + lane_all, return_index=True)
        keep = np.sort(first)
        idx, lane = owner[keep], lane_all[keep]
    counted = np.array([k in codebook and codebook.kind(k).roles.has_counts for k in kinds],
                       bool)
    low, high = items.count_low[idx], items.count_high[idx]
    k = item_kind[idx]
    size = np.where(counted[k], count_sizes(np.where(np.isnan(low), high, low)), BASE_SIZE)
    with np.errstate(invalid="ignore"):
        has_ring = ~np.isnan(low) & ~np.isnan(high) & (high > low)
    ring = np.where(has_ring, count_sizes(high), np.nan)
    spread = items.rowid[idx] if fixed else idx
    x = items.start[idx].astype(float) * DAY
    marks = Marks(
        lanes=lanes, kinds=kinds, item=idx, kind=k,
        x=x, x_end=(items.end[idx].astype(float) + 1) * DAY,
        lane=lane.astype(np.int64), y=lane + jitter(lane, x, spread),
        size=np.round(size), high_size=np.round(ring),
        suggested=items.status[idx] == SUGGESTED, items=items,
    )
    marks.by_ann = MarksOfAnnotation(items, idx)  # type: ignore[assignment]
    return marks
