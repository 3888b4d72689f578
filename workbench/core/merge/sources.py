"""Opening a coder's project to merge from, without changing it.

Merging only reads a source, so it is opened read-only. A source made by an older
Workbench would have to be upgraded before this version can read it; rather than
upgrading the coder's file in place (and leaving a ``.before-upgrade`` copy beside it),
merging reads an upgraded private copy that is deleted when the source is closed.

One case still opens the file for writing, as opening any project does: a ``-wal``
log beside it. Its commits must be read, and a log left there by another database must
be set aside first, which only a writable open does (``store.open_existing``).
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from workbench.core import schema, store
from workbench.core.project import Project


class _UpgradedCopy(Project):
    """A source read from an upgraded copy in a folder of its own, removed on close."""

    folder: Path

    def close(self) -> None:
        try:
            super().close()
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)


def open_source(path: str | Path, coder: str | None = None,
                passphrase: str | None = None) -> Project:
    """Open the project at ``path`` to merge from it, leaving its file as it is.

    Raises what :meth:`Project.open` raises (``PassphraseNeeded`` for an encrypted one
    without ``passphrase``, ``WrongPassphrase``, ``ProjectError``)."""
    path = Path(path)
    if Path(f"{path}-wal").exists():
        return Project.open(path, coder, passphrase=passphrase)
    notices: list[str] = []
    # Without a -wal nobody is writing it: read it as an unchanging file, so that no
    # -shm or empty -wal is left beside it either.
    conn = store.open_existing(path, upto=0, read_only=True, notices=notices,
                               passphrase=passphrase, untouched=True)
    if schema.current_version(conn) >= schema.LATEST:
        return Project(path, conn, coder, read_only=True, notices=notices)
    folder = Path(tempfile.mkdtemp(prefix="workbench-merge-"))
    try:
        copy = store.copy_to(conn, folder / path.name)
        conn.close()
        source = _UpgradedCopy.open(copy, coder, passphrase=passphrase)
    except BaseException:
        conn.close()
        shutil.rmtree(folder, ignore_errors=True)
        raise
    assert isinstance(source, _UpgradedCopy)
    source.folder = folder
    source.path = path  # reports name the coder's file, not the copy
    return source
