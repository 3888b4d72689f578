"""How far a merge has got, and stopping it: what the window's progress bar shows.

A merge of a big source takes seconds, so whoever runs it (the window, from a thread of
its own) hears of each item merged and may ask it to stop. Stopping raises
:class:`MergeCancelled` between two items, inside the merge's one transaction, so the
target is rolled back to exactly what it was.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from workbench.core.errors import WorkbenchError
from workbench.core.merge.report import PLURAL

# Reading the source's audit log, its custody log, adding them to the history the
# conflicts are judged by, and writing them: each a stage of the "logs" step.
LOG_STAGES = 4


class MergeCancelled(WorkbenchError):
    """The merge was stopped on request; nothing was written."""


@dataclass(frozen=True)
class Step:
    """Where a merge is: ``done`` of ``total`` items of one kind from one source
    (``what`` is an entity of the report, "checking" while a source is verified, or
    "logs" while its audit and custody logs are carried over)."""

    source: str
    what: str
    done: int
    total: int

    def sentence(self) -> str:
        """The step for people: "ben.wbproj: annotations 120 of 300"."""
        if self.what == "checking":
            return f"{self.source}: checking it is intact ({self.done} of {self.total} stages)"
        if self.what == "logs":
            return (f"{self.source}: carrying over its audit and custody logs "
                    f"({self.done} of {self.total} stages)")
        return f"{self.source}: {PLURAL.get(self.what, self.what)} {self.done} of {self.total}"


class Watch:
    """The merge's line to its caller: ``progress`` hears of each step, ``cancelled``
    is asked between items (both optional; neither may touch the target)."""

    def __init__(self, progress: Callable[[Step], object] | None = None,
                 cancelled: Callable[[], bool] | None = None, target: str = "") -> None:
        self._progress = progress
        self._cancelled = cancelled
        self._target = target

    def step(self, source: str, what: str, done: int, total: int) -> None:
        """One more item merged (or a stage begun); raises MergeCancelled when asked to stop."""
        self.check()
        if self._progress is not None:
            self._progress(Step(source, what, done, total))

    def check(self) -> None:
        if self._cancelled is not None and self._cancelled():
            raise MergeCancelled(f"The merge was cancelled: nothing was merged, and "
                                 f"{self._target} is exactly as it was.")
