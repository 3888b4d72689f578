"""CPU time of a call as the linear-time tests measure it."""

from __future__ import annotations

import gc
import time
from collections.abc import Callable
from typing import Any


def cpu_seconds(run: Callable[[], Any]) -> tuple[float, Any]:
    """CPU time of ``run`` with the cyclic collector held off, best of two, and its result:
    a test process that has run thousands of tests holds a large heap, and a full collection
    set off by the big input walks all of it, which times the heap, not the text."""
    best, result = float("inf"), None
    for _ in range(2):
        gc.collect()
        gc.disable()
        try:
            started = time.process_time()
            result = run()
            best = min(best, time.process_time() - started)
        finally:
            gc.enable()
    return best, result
