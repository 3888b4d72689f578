"""A project: one open project file with its codebook and undo history.

Panes and the command line hold a Project and call the operations in
``workbench.core.ops``; each write returns a ChangeSet of what it changed.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from workbench.core import clock, dbapi, store
from workbench.core.changes import ChangeSet
from workbench.core.codebook import BUILTIN_KINDS, Codebook, KindSpec
from workbench.core.errors import ProjectError
from workbench.core.repo import Repo, Transaction

UNDO_LIMIT = 500
# What ``Project.whereabouts`` says after the file's name, and what the user can do.
MOVED = "was moved, renamed or deleted while it was open (or its drive was removed)"
UNREADABLE = "can no longer be read (its permissions changed or its drive failed)"
AGAIN = ("What was saved before is in the file: put it back, or open the project again "
         "from where it is now")


class Project:
    """An open project file: its reads, its codebook, its coder and its undo history."""

    # Opened as an unchanging file (a merge source): nothing may open a second
    # connection to it, which would leave a -shm beside it (see merge/sources.py).
    untouched: bool = False

    def __init__(self, path: Path, conn: sqlite3.Connection, coder: str | None = None,
                 *, read_only: bool = False, notices: list[str] | None = None):
        self.path = Path(path)
        self.conn = conn
        self.read_only = read_only
        # Sentences the user should read on opening (e.g. a stray log moved aside).
        self.notices = notices or []
        self.repo = Repo(conn, read_only=read_only)
        # --coder > $WORKBENCH_CODER > login name (the window adds its saved name).
        self.coder = clock.resolve_coder(coder)
        self.undo_stack: list[ChangeSet] = []
        self.redo_stack: list[ChangeSet] = []
        self._codebook: Codebook | None = None
        self._where = file_identity(self.path)
        # Transactions this program committed (or adopted) since the window last asked
        # what other programs changed (``core/outside.py``): theirs, not another's.
        self.own_txns: set[int] = set()
        self._ensure_codebook()

    # ------------------------------------------------------------ lifecycle
    @classmethod
    def create(cls, path: str | Path, coder: str | None = None, *,
               passphrase: str | None = None) -> Project:
        """Make a new, empty project file with the built-in codebook (encrypted with a
        passphrase)."""
        path, notices = Path(path), []

        def fill(building: Path, conn: sqlite3.Connection) -> None:
            cls(building, conn, coder)  # the built-in codebook, inside the new file

        conn = store.create(path, passphrase, fill=fill, notices=notices)
        return cls(path, conn, coder, notices=notices)

    @classmethod
    def open(cls, path: str | Path, coder: str | None = None, *,
             read_only: bool | None = None, passphrase: str | None = None,
             announce: Callable[[str], None] | None = None,
             progress: Callable[[int, int], object] | None = None,
             detach: store.Detach | None = None) -> Project:
        """Open an existing project file, upgrading an older one after a backup.

        ``read_only`` None opens read-only when the file or its folder cannot be
        written (read-only media); reading, exporting and verifying work, writes are
        refused with a sentence. An encrypted project needs ``passphrase``
        (PassphraseNeeded without one, WrongPassphrase for a wrong one). ``announce`` is
        told a sentence before a step that takes long, ``progress`` how far it has got
        and ``detach`` runs it in another thread (``store.open_existing``).
        """
        path = Path(path)
        if read_only is None:
            read_only = not store.writable(path) if path.is_file() else False
        notices: list[str] = []
        conn = store.open_existing(path, read_only=read_only, notices=notices,
                                   passphrase=passphrase, announce=announce,
                                   progress=progress, detach=detach)
        if dbapi.is_cipher(conn):
            from workbench.core import crypto

            if (unfinished := crypto.unfinished_notice(path, clear=not read_only)):
                notices.append(unfinished)
        return cls(path, conn, coder, read_only=read_only, notices=notices)

    @property
    def encrypted(self) -> bool:
        """Whether the file is encrypted (SQLCipher)."""
        return dbapi.is_cipher(self.conn)

    def close(self) -> None:
        """Release the project file; the Project must not be used afterwards."""
        if self._where is not None and file_identity(self.path) != self._where:
            self._save_log_into_file()
        self.conn.close()
        self._closed = True

    @property
    def closed(self) -> bool:
        """Whether ``close`` was called (work queued for later checks it)."""
        return getattr(self, "_closed", False)

    def __enter__(self) -> Project:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # ------------------------------------------------------------- codebook
    @property
    def codebook(self) -> Codebook:
        """The project's annotation kinds, reread after any write that changes them."""
        if self._codebook is None:
            self._codebook = Codebook(
                [KindSpec.from_dict(r["spec"]) for r in self.repo.codebook_specs()]
            )
        return self._codebook

    def _ensure_codebook(self) -> None:
        if self.read_only or self.repo.has_codebook():  # not decoded: verify opens damage
            return
        with self.repo.transaction("codebook-init", self.coder) as tx:
            for pos, kind in enumerate(BUILTIN_KINDS):
                tx.insert("codebook", {"name": kind.name, "position": pos, "spec": kind.to_dict()})

    # ---------------------------------------------------------- writing
    def check_in_place(self) -> None:
        """Refuse to write when the file at ``path`` is no longer the one opened.

        SQLite keeps writing through its open handle after the file is moved or deleted,
        while its write-ahead log stays under the old name: a moved project would lose
        those writes when opened from its new place, a deleted one loses them on close.
        One stat per transaction tells the user at the first change instead.
        """
        gone = self.whereabouts()
        if gone == MOVED:
            self._save_log_into_file()
        if gone is not None:
            raise ProjectError(f"{self.path.name} {gone}, so this change was not saved. "
                               f"{AGAIN}.")

    def whereabouts(self) -> str | None:
        """Why the file at ``path`` is not the project opened, as words that follow its
        name (``MOVED``, ``UNREADABLE``), or None while it is in place. One stat."""
        if self._where is None:
            return None
        if file_identity(self.path) != self._where:
            return MOVED
        if not os.access(self.path, os.R_OK):
            # Permissions taken away (or a share gone stale): this handle may still
            # work, but nothing else can open the file, so no change should rely on it.
            return UNREADABLE
        return None

    def _save_log_into_file(self) -> None:
        # The file moved: SQLite's close would leave the committed changes in the log
        # under the old name, which the moved file never reads. A checkpoint copies them
        # through the open handle into the file wherever it now is.
        if self.read_only:
            return
        # A deleted file has nowhere to keep them; the refusal's sentence says so.
        with contextlib.suppress(*dbapi.DatabaseError):
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()

    def write(self, op: str) -> Transaction:
        """A transaction whose ChangeSet joins the undo history when it commits."""
        return _Recorded(self, op)

    def adopt(self, cs: ChangeSet) -> None:
        """Take in a write another connection to this file committed (a merge run in a
        thread of its own): cached reads are dropped and it joins the undo history, so
        undo takes it back as if it had been written here."""
        self.repo.forget_cached()
        self._committed(cs, history=True)

    def take_outside(self, cs: ChangeSet) -> None:
        """Take in what another program committed (``core/outside.py``): cached reads
        are dropped; it stays off the undo history, which is this program's own."""
        self.repo.forget_cached()
        if cs.touches("codebook"):
            self._codebook = None

    def _committed(self, cs: ChangeSet, *, history: bool) -> None:
        if cs.txn is not None:
            self.own_txns.add(cs.txn)
        if cs.touches("codebook"):
            self._codebook = None
        if history and cs:
            self.undo_stack.append(cs)
            del self.undo_stack[:-UNDO_LIMIT]
            self.redo_stack.clear()


def file_identity(path: Path) -> tuple[int, int] | None:
    """The device and inode of the file at ``path``; None when there is none."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino


class _Recorded(Transaction):
    def __init__(self, project: Project, op: str):
        super().__init__(project.repo, op, project.coder)
        self.project = project

    def __enter__(self) -> _Recorded:
        self.project.check_in_place()
        super().__enter__()
        # Another process may have changed the codebook since it was read: an operation
        # that reads it inside its write (add_field, validation) must see the stored one.
        self.project._codebook = None
        return self

    def __exit__(self, exc_type, exc, tb):  # type: ignore[override]
        result = super().__exit__(exc_type, exc, tb)
        if exc_type is None:
            self.project._committed(self.changeset, history=self.changeset.op not in
                                    ("undo", "redo"))
        return result
