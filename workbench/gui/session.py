"""The GUI's handle on an open project: runs core operations and broadcasts what changed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from workbench.core.changes import ChangeSet
from workbench.core.errors import WorkbenchError
from workbench.core.ops import history
from workbench.core.project import Project
from workbench.gui.bus import Bus


class Session:
    def __init__(self, project: Project, bus: Bus):
        self.project = project
        self.bus = bus

    def run(self, op: Callable[..., ChangeSet], *args: Any, **kwargs: Any) -> ChangeSet | None:
        """Run a core operation on the project; report a WorkbenchError on the status bar.

        Returns the ChangeSet (already published on the bus), or None on error.
        """
        try:
            changes = op(self.project, *args, **kwargs)
        except WorkbenchError as err:
            self.bus.status_message.emit(str(err))
            return None
        self.bus.publish(changes)
        return changes

    def undo(self) -> ChangeSet:
        changes = history.undo(self.project)
        self.bus.publish(changes)
        return changes

    def redo(self) -> ChangeSet:
        changes = history.redo(self.project)
        self.bus.publish(changes)
        return changes

    def can_undo(self) -> bool:
        return history.can_undo(self.project)

    def can_redo(self) -> bool:
        return history.can_redo(self.project)
