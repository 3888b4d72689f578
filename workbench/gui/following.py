"""A pane moving its own view to follow the bus or a write, without publishing it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Protocol


class FollowingPane(Protocol):
    # True while the pane moves its own view: its selection handlers then publish nothing.
    _syncing: bool


@contextmanager
def following(pane: FollowingPane) -> Iterator[None]:
    """Within the block, ``pane``'s selection signals come from the pane itself (the bus
    told it, or Qt moved a row that left its model), so its handlers must not publish
    them as the user's choice."""
    before = pane._syncing
    pane._syncing = True
    try:
        yield
    finally:
        pane._syncing = before
