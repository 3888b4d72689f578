"""A merge into the open project, run in another thread on a connection of its own.

The window must keep painting while a big source is merged, so the merge runs in a
thread. SQLite connections are not passed between threads here: the job takes what it
needs from the open project when it is made (path, passphrase, coder) and
:meth:`DetachedMerge.run` opens its own connection to the same file, of the same SQLite
build (two builds on one file in one process is a known way to corrupt it), merges
through it in one transaction, and closes it. The window's connection keeps reading the
state before the merge (WAL) until the commit; then the window takes the ChangeSet in
(:meth:`Project.adopt`, so undo works) and publishes it. Cancelling stops the merge
between two items and rolls its transaction back: the target is exactly as before.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from pathlib import Path

from workbench.core import dbapi, store
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

    def run(self) -> None:
        """Merge; afterwards ``changes`` (committed) or ``error`` (nothing written),
        whatever went wrong: it never raises."""
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
    def cancelling(self) -> bool:
        return self._cancel.is_set()
