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
from workbench.core.errors import StorageError, WorkbenchError
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
        # Set while another thread writes the file (a merge): every write here is then
        # refused in this sentence. Waiting instead would hold the window's thread up
        # to SQLite's busy timeout (5 s) behind the other writer's lock, frozen, and
        # then fail anyway; the merge's dialog is modal, so only a timer or a pending
        # edit can get here meanwhile.
        self.held_by: str | None = None

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
            if self.held_by is not None:
                raise StorageError(f"{self.held_by} is running, so this change was not "
                                   "made; make it again once it has finished.")
            changes = op(self.project, *args, **kwargs)
        except WorkbenchError as err:
            return self.refused(err, sender, on_failure)
        return self._publish(changes, sender, on_success)

    def adopt(self, changes: ChangeSet, sender: object,
              on_success: OnSuccess | None = None) -> Outcome:
        """Publish a write another connection to the file committed (a merge run in a
        thread of its own), after putting it on the project's undo history."""
        self.project.adopt(changes)
        return self._publish(changes, sender, on_success)

    def _publish(self, changes: ChangeSet, sender: object,
                 on_success: OnSuccess | None) -> Outcome:
        self.bus.publish(changes, sender)
        if on_success is not None:
            on_success(changes)
        return Outcome(changes, None, sender)

    def refused(self, err: WorkbenchError, sender: object,
                on_failure: OnFailure | None = None) -> Outcome:
        """Tell the user why an operation was refused (the status bar) and the caller."""
        self.bus.status_message.emit(str(err))
        if on_failure is not None:
            on_failure(err)
        return Outcome(None, err, sender)

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
