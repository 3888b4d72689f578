"""One core operation run in another thread, on a connection of its own.

A re-import of a document with thousands of annotations re-anchors and rewrites every
one of them (~1.4 s of CPU for 2,000 on a loaded machine); the window must keep painting
meanwhile. As the merge does (``core/merge/detached.py``), the job takes what it needs
from the open project when it is made (path, passphrase, coder), and :meth:`run`, in any
thread, opens its own connection to the same file, runs the operation through it in
its own transaction, and closes it; no connection is used by two threads. The window
then takes the ChangeSet in (``Project.adopt``: on the undo history) and publishes it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from workbench.core import dbapi, store
from workbench.core.changes import ChangeSet
from workbench.core.errors import ProjectError, StorageError, WorkbenchError
from workbench.core.project import AGAIN, Project


class DetachedWrite:
    """``op(project, *args)`` on a connection of its own; :meth:`run` once, in any thread."""

    def __init__(self, project: Project, op: Callable[..., ChangeSet], *args: Any,
                 what: str = "The change", nothing: str = "nothing was changed",
                 opened_to: str = "") -> None:
        self.path = project.path
        # Asked (one stat, no SQL) before the thread opens the path: see ``_in_place``.
        self._whereabouts = project.whereabouts
        self.coder = project.coder
        self.read_only = project.read_only
        self._passphrase = store.passphrase_of(project.conn)
        self.op = op
        self.args = args
        # The error sentences' words: "The re-import" ... "nothing was changed"; a merge
        # says "The merge", "nothing was merged", opened " to merge into".
        self.what, self.nothing, self.opened_to = what, nothing, opened_to
        self.changes: ChangeSet | None = None
        self.error: WorkbenchError | None = None
        self.finished = threading.Event()

    def run(self) -> None:
        """Run the operation; afterwards ``changes`` (committed) or ``error`` (nothing
        written). It never raises: in a thread, a raise would be lost."""
        try:
            target = self._open()
            try:
                self.changes = self.op(target, *self.args)
            finally:
                target.close()
        except WorkbenchError as err:
            self.error = err
        except dbapi.Error as err:  # the file itself failed (disk, lock): one sentence too
            self.error = StorageError(f"{self.what} could not be written ({err}); "
                                      f"{self.path.name} is as it was.")
        except Exception as err:  # its one transaction has rolled back
            # Nobody above this thread can catch it: left to escape, the thread died and
            # the window waited for an end that never came.
            self.error = StorageError(f"{self.what} stopped on an unexpected error ({err}); "
                                      f"{self.path.name} is as it was, {self.nothing}.")
        finally:
            self.finished.set()

    def _in_place(self) -> None:
        """Refuse, as the window's own writes do, when the file at the path is no longer
        the one the window opened. Opening the path regardless made a new empty project
        there (with the window's -wal and -shm beside it, whose shared index it reset, so
        the window then read an empty project), or wrote into another file put there."""
        gone = self._whereabouts()
        if gone is not None:
            raise ProjectError(f"{self.path.name} {gone}, so {self.nothing}. {AGAIN}.")

    def _open(self) -> Project:
        self._in_place()
        if self.read_only:  # the operation's write refuses it in the usual sentence
            return Project.open(self.path, self.coder, read_only=True,
                                passphrase=self._passphrase)
        try:
            conn = store.connect_writer(self.path, self._passphrase)
        except dbapi.Error as err:
            raise StorageError(f"{self.path.name} could not be opened{self.opened_to} "
                               f"({err}); {self.nothing}.") from None
        try:
            self._in_place()  # moved while it was being opened
        except ProjectError:
            conn.close()
            raise
        return Project(self.path, conn, self.coder)
