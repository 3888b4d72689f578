"""Stopping a write part-way, at a chosen SQLite step, as a crash would stop it.

SQLite calls a progress handler every ``every`` virtual-machine steps; returning
non-zero makes the running statement fail with "interrupted". Counting the calls of a
whole write first, then stopping it at points spread over that count, stops it inside
statements all the way through (reads, inserts, log appends, index triggers, commit).
An exception is what a crash looks like to a write that is one transaction: SQLite
rolls back what it did not commit, as it does when it reopens a file after a kill.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any


class _Handler:
    def __init__(self, stop_at: int | None) -> None:
        self.calls = 0
        self.stop_at = stop_at
        self.fired = False
        # The statement SQLite last began when the stop was asked for (statements that
        # SQLite and its modules run inside another one included), when traced.
        self.fired_in: str | None = None
        self.last: str | None = None

    def __call__(self) -> int:
        self.calls += 1
        if self.calls == self.stop_at:
            self.fired = True
            self.fired_in = self.last
            return 1
        return 0  # once only: the rollback that follows must run


@contextmanager
def stopped_at(conn: Any, step: int | None, every: int = 50, *,
               traced: bool = False) -> Iterator[_Handler]:
    """Within the block, the ``step``-th progress call stops its statement (``None``:
    only count); the handler tells how many calls there were, whether it fired and
    (``traced``) in which statement."""
    handler = _Handler(step)
    conn.set_progress_handler(handler, every)
    if traced:
        conn.set_trace_callback(lambda sql: setattr(handler, "last", sql))
    try:
        yield handler
    finally:
        conn.set_progress_handler(None, 0)
        if traced:
            conn.set_trace_callback(None)


def spread(total: int, points: int) -> list[int]:
    """``points`` stop steps from the first to the last of ``total``, evenly apart."""
    if total <= points:
        return list(range(1, total + 1))
    return sorted({1 + round(i * (total - 1) / (points - 1)) for i in range(points)})


def each_stop(total: int, points: int, attempt: Callable[[int], bool]) -> int:
    """Call ``attempt(step)`` for each spread step; how many of them stopped the write."""
    return sum(1 for step in spread(total, points) if attempt(step))
