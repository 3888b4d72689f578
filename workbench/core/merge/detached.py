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

from workbench.core import backup, dbapi, store
from workbench.core.changes import ChangeSet
from workbench.core.errors import StorageError, WorkbenchError
from workbench.core.merge import merge_projects
from workbench.core.merge.progress import Step
from workbench.core.project import Project


class DetachedMerge:
    """One merge of ``sources`` into ``project``'s file; :meth:`run` in any thread once."""

    def __init__(self, project: Project, sources: Sequence[str | Path], *,
                 opener: Callable[[Path], Project] | None = None,
                 progress: Callable[[Step], object] | None = None) -> None:
        self.path = project.path
        self.coder = project.coder
        self.read_only = project.read_only
        self._passphrase = store.passphrase_of(project.conn)
        self.sources = [Path(s) for s in sources]
        self.opener = opener
        self.progress = progress
        self.changes: ChangeSet | None = None
        self.error: WorkbenchError | None = None
        self._cancel = threading.Event()
        self.finished = threading.Event()
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
        try:
            target = self._open()
            try:
                self.changes = merge_projects(target, self.sources, opener=self.opener,
                                              progress=self.progress,
                                              cancelled=self._cancel.is_set)
            finally:
                target.close()
        except WorkbenchError as err:
            self.error = err
        except dbapi.Error as err:  # the file itself failed (disk, lock): one sentence too
            self.error = StorageError(f"The merge could not be written ({err}); "
                                      f"{self.path.name} is as it was.")
        except Exception as err:  # run in a thread: a raise would be lost
            # Nobody above this thread can catch it: left to escape, the thread died and
            # the window waited for an end that never came. Its one transaction has
            # rolled back, so it is said like any refusal.
            self.error = StorageError(f"The merge stopped on an unexpected error ({err}); "
                                      f"{self.path.name} is as it was, nothing was merged.")
        finally:
            self.finished.set()

    def _open(self) -> Project:
        if self.read_only:  # the merge's write refuses it in the usual sentence
            return Project.open(self.path, self.coder, read_only=True,
                                passphrase=self._passphrase)
        try:
            conn = store.connect_writer(self.path, self._passphrase)
        except dbapi.Error as err:
            raise StorageError(f"{self.path.name} could not be opened to merge into "
                               f"({err}); nothing was merged.") from None
        return Project(self.path, conn, self.coder)

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
