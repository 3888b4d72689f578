"""A merge into the open project, run in another thread on a connection of its own.

The window must keep painting while a big source is merged, so the merge runs in a
thread. SQLite connections are not passed between threads here: the job takes what it
needs from the open project when it is made (path, passphrase, coder) and
:meth:`DetachedMerge.run` opens its own connection to the same file, of the same SQLite
build (two builds on one file in one process is a known way to corrupt it), merges
through it in one transaction, and closes it. The window's connection keeps reading the
state before the merge (WAL) until the commit; then the window takes the ChangeSet in
(:meth:`Project.adopt`, so undo works) and publishes it. Cancelling stops the merge
between two items and rolls its transaction back: the target is exactly as before. A
Cancel that comes once the merge has committed cannot undo it: ``cancelled_late`` says
so, and :func:`too_late` is the sentence the user is told, with what they can do.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from workbench.core import backup
from workbench.core.changes import ChangeSet
from workbench.core.detached_write import DetachedWrite
from workbench.core.merge import merge_projects
from workbench.core.merge.progress import Step
from workbench.core.project import Project


class DetachedMerge(DetachedWrite):
    """One merge of ``sources`` into ``project``'s file; :meth:`run` in any thread once."""

    def __init__(self, project: Project, sources: Sequence[str | Path], *,
                 opener: Callable[[Path], Project] | None = None,
                 progress: Callable[[Step], object] | None = None) -> None:
        super().__init__(project, self._merge, what="The merge", nothing="nothing was merged",
                         opened_to=" to merge into")
        self.sources = [Path(s) for s in sources]
        self.opener = opener
        self.progress = progress
        self._cancel = threading.Event()
        self.started: float | None = None  # time.time() when run began

    def backup_before(self) -> Path | None:
        """The newest backup of the target made before this merge began, wherever the
        window keeps them; None when there is none."""
        if self.started is None:
            return None
        return backup.newest_before(self.path, self.started)

    def run(self) -> None:
        """Merge; afterwards ``changes`` (committed) or ``error`` (nothing written),
        whatever went wrong: it never raises."""
        self.started = time.time()
        super().run()

    def _merge(self, target: Project) -> ChangeSet:
        return merge_projects(target, self.sources, opener=self.opener,
                              progress=self.progress, cancelled=self._cancel.is_set)

    def cancel(self) -> None:
        """Ask the merge to stop at the next item; it then rolls back (``error`` says so)."""
        self._cancel.set()

    @property
    def cancelled_late(self) -> bool:
        """Whether Cancel was asked for and the merge committed all the same (the Cancel
        came after its last item, while or after it saved)."""
        return self._cancel.is_set() and self.changes is not None

    @property
    def cancelling(self) -> bool:
        return self._cancel.is_set()


def too_late(sources: Sequence[str | Path], *, changed: bool, can_undo: bool,
             backup: Path | None = None) -> str:
    """One sentence for a Cancel that came after the merge was saved: it was merged, and
    how to take it back if that was not wanted (undo, else the newest backup made before
    the merge, else the merge report's list of what came in)."""
    names = ", ".join(Path(s).name for s in sources)
    if not changed:
        return (f"Cancel came too late: {names} had already been merged, but it changed "
                "nothing in this project.")
    if can_undo:
        way = "Edit → Undo takes it back"
    elif backup is not None:
        way = (f"restoring the backup {backup.name}, made before it "
               "(File → Restore from backup…), takes it back")
    else:
        way = "no undo or earlier backup can take it back, so the merge report lists what came in"
    return (f"Cancel came too late: {names} had already been merged and saved; "
            f"if you did not want it, {way}.")
