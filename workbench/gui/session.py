"""The GUI's handle on an open project: runs core operations and broadcasts what changed.

Every write names its ``sender`` (the pane that started it). The caller gets an
:class:`Outcome` back, so it learns of a refusal directly rather than by listening
to the status bar; every other pane hears of a success as a ``ChangeNotice``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from workbench.core.changes import ChangeSet
from workbench.core.errors import WorkbenchError
from workbench.core.ops import history
from workbench.core.project import Project
from workbench.gui.bus import Bus, ChangeNotice
from workbench.gui.tally_cache import TallyCache

OnSuccess = Callable[[ChangeSet], object]
OnFailure = Callable[[WorkbenchError], object]


@dataclass(frozen=True)
class Outcome:
    """What one operation did: its changes, or the error the core refused it with."""

    changes: ChangeSet | None
    error: WorkbenchError | None
    sender: object = field(default=None, compare=False)

    @property
    def ok(self) -> bool:
        """True when the operation committed (its changes may still be empty)."""
        return self.error is None

    @property
    def message(self) -> str:
        """The refusal's sentence for the user, or "" on success."""
        return str(self.error) if self.error is not None else ""


class Session:
    """An open project and its bus: the only way the GUI writes."""

    def __init__(self, project: Project, bus: Bus):
        self.project = project
        self.bus = bus
        self.tallies = TallyCache(project)
        # Connected before any pane: a pane reading a tally after a change gets a fresh one.
        bus.project_changed.connect(self._drop_tallies)
        self.touched_incidents: set[str] | None = set()

    def _drop_tallies(self, notice: ChangeNotice) -> None:
        self.touched_incidents = self.tallies.invalidate(notice.changes)

    def run(self, op: Callable[..., ChangeSet], *args: Any, sender: object,
            on_success: OnSuccess | None = None, on_failure: OnFailure | None = None,
            **kwargs: Any) -> Outcome:
        """Run a core operation for ``sender``; publish its changes or report its refusal.

        A refusal (WorkbenchError) still goes to the status bar for the user; the
        caller reads it from the returned Outcome or gets it through ``on_failure``.
        ``on_success`` runs after the changes were published, so panes are current.
        """
        try:
            changes = op(self.project, *args, **kwargs)
        except WorkbenchError as err:
            self.bus.status_message.emit(str(err))
            if on_failure is not None:
                on_failure(err)
            return Outcome(None, err, sender)
        self.bus.publish(changes, sender)
        if on_success is not None:
            on_success(changes)
        return Outcome(changes, None, sender)

    def undo(self, *, sender: object, on_success: OnSuccess | None = None,
             on_failure: OnFailure | None = None) -> Outcome:
        """Reverse the latest operation; its changes are empty when there was nothing to undo."""
        return self.run(history.undo, sender=sender, on_success=on_success,
                        on_failure=on_failure)

    def redo(self, *, sender: object, on_success: OnSuccess | None = None,
             on_failure: OnFailure | None = None) -> Outcome:
        """Repeat the latest undone operation; empty changes when there was nothing to redo."""
        return self.run(history.redo, sender=sender, on_success=on_success,
                        on_failure=on_failure)

    def can_undo(self) -> bool:
        """Whether there is an operation to undo."""
        return history.can_undo(self.project)

    def can_redo(self) -> bool:
        """Whether there is an undone operation to redo."""
        return history.can_redo(self.project)
