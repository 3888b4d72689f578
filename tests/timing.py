"""CPU time of a call as the linear-time tests measure it."""

from __future__ import annotations

import gc
import time
from collections.abc import Callable
from itertools import pairwise
from typing import Any


def cpu_seconds(run: Callable[[], Any]) -> tuple[float, Any]:
    """CPU time of ``run`` with the cyclic collector held off, best of two, and its result:
    a test process that has run thousands of tests holds a large heap, and a full collection
    set off by the big input walks all of it, which times the heap, not the text. No
    collection is forced before either: with the collector off none runs inside the timed
    call anyway, and a forced one walks that same heap (0.3 s and more in the suite's
    workers, several times per growth check)."""
    best, result = float("inf"), None
    for _ in range(2):
        gc.disable()
        try:
            started = time.process_time()
            result = run()
            best = min(best, time.process_time() - started)
        finally:
            gc.enable()
    return best, result


def repeated(unit: str, size: int) -> str:
    """``unit`` written again and again, cut to ``size`` characters."""
    return (unit * (size // len(unit) + 1))[:size]


def growth(read: Callable[[str], Any], unit: str, sizes: tuple[int, ...],
           floor: float = 1e-3) -> list[float]:
    """How the CPU time of ``read`` grows from one size of a repeated ``unit`` to the next
    (each time at least ``floor``, so that a call too quick to time counts as that)."""
    times = []
    for size in sizes:
        text = repeated(unit, size)
        times.append(max(cpu_seconds(lambda t=text: read(t))[0], floor))
    return [b / a for a, b in pairwise(times)]
