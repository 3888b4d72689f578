"""Reads that another thread runs on a connection of its own.

Some reads of a big project take seconds (sorting a million annotations, counting the
timeline's marks again after an edit), and the window must not freeze for them. A
detached read takes what it needs from the open project when it is made (path,
passphrase, codebook...), and :meth:`DetachedRead.run`, in any thread, opens its own
connection, reads, and keeps the outcome in ``result`` or ``error`` (one sentence). The
window hands the outcome back to its own thread; :meth:`DetachedRead.cancel` stops a
run in progress between two rows.
"""

from __future__ import annotations

import threading
from typing import Any, Generic, TypeVar

from workbench.core import dbapi, store
from workbench.core.project import Project

T = TypeVar("T")


class DetachedRead(Generic[T]):
    """A read worked out on a connection of its own; subclasses define :meth:`read`."""

    failure = "The project could not be read"  # the error sentence's opening

    def __init__(self, project: Project) -> None:
        self.path = project.path
        self._passphrase = store.passphrase_of(project.repo.conn)
        self.result: T | None = None
        self.error: str | None = None
        self.cancelled = False
        self._conn: Any = None
        self._lock = threading.Lock()

    def read(self, conn: Any) -> T:
        raise NotImplementedError

    def run(self) -> None:
        try:
            conn = store.connect_file(self.path, self._passphrase)
        except (OSError, *dbapi.Error) as err:
            self.error = f"{self.failure} ({err})."
            return
        with self._lock:
            self._conn = conn
        try:
            if not self.cancelled:
                self.result = self.read(conn)
        except dbapi.Error as err:
            if not self.cancelled:
                self.error = f"{self.failure} ({err})."
        finally:
            with self._lock:
                self._conn = None
            conn.close()

    def cancel(self) -> None:
        """Stop a run in progress (its result is then None)."""
        self.cancelled = True
        with self._lock:
            if self._conn is not None:
                self._conn.interrupt()
