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

import os
import shutil
import tempfile
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from workbench.core import schema, store
from workbench.core.errors import ProjectError
from workbench.core.merge.progress import Watch
from workbench.core.project import Project
from workbench.core.restorecheck import first_finding

if TYPE_CHECKING:
    from workbench.core.verify import VerifyReport


class _Unchanging(Project):
    """A source read as an unchanging file (no ``-wal`` beside it when opened): the file
    as it was seen then (``_seen``), to tell whether another program changed it since."""

    seen_as: tuple[object, ...] | None = None


# A log's header; a commit adds frames after it. Another program that only opens the
# project leaves an empty or header-only log beside it (and an index, ``-shm``).
_LOG_HEADER = 32


def _logged(path: Path) -> bool:
    """Whether a log beside ``path`` holds frames: a write, committed or under way.

    A log's mere presence cannot tell: opening the project makes one, and a merge
    refused a source that the coder's window had only opened meanwhile."""
    try:
        return Path(f"{path}-wal").stat().st_size > _LOG_HEADER
    except OSError:
        return False


def _stamp(path: Path) -> tuple[object, ...] | None:
    """The file's identity, size and time, and whether a log beside it holds a write."""
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, _logged(path)


_CHUNK = 1 << 20


def _fingerprint(path: Path) -> int | None:
    """A checksum of the file's bytes (CRC-32, about 1 GB/s from the disk cache).

    The time alone cannot tell: FAT and exFAT, what USB sticks carry, store it to two
    seconds, and a project written in place keeps its size (a checkpoint rewrites
    pages; SQLite's change counter in the header stays as it is in WAL mode), so a
    coder's program that opened, saved and closed the source within that time left
    the stamp as it was and the merge read half of two states."""
    crc = 0
    buf = bytearray(_CHUNK)
    view = memoryview(buf)
    try:
        with open(path, "rb", buffering=0) as f:
            while n := f.readinto(buf):
                crc = zlib.crc32(view[:n], crc)
    except OSError:
        return None
    return crc


def _seen(path: Path) -> tuple[object, ...] | None:
    """The file's stamp (:func:`_stamp`) and the fingerprint of its bytes."""
    stamp = _stamp(path)
    return None if stamp is None else (*stamp, _fingerprint(path))


def changed_meanwhile(source: Project) -> bool:
    """Whether a source read as an unchanging file was changed by another program
    since (a write reached its log, or its file was written or replaced); another
    program that only opened it changed nothing.

    Read that way SQLite takes no lock, so the coder's program opening the project
    while it is merged goes ahead, and its checkpoint writes pages into the file under
    the merge: the merge read half of each state, and said the sound project was
    damaged ("database disk image is malformed") or merged a state that never was.
    The bytes are read again only when the stamp is the same."""
    seen = getattr(source, "seen_as", None)
    if seen is None:
        return False
    stamp = _stamp(source.path)
    return stamp != seen[:-1] or _fingerprint(source.path) != seen[-1]


def changed_sentence(name: str) -> str:
    """What a merge says when a source changed while it was read."""
    return (f"{name} was opened and changed by another program while it was read for "
            "the merge, so nothing was merged (this says nothing against the file). "
            "Merge it again, once it is closed there.")


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
    seen = _seen(path)  # before the connection: a change from here on is told
    # Without a -wal nobody is writing it: read it as an unchanging file, so that no
    # -shm or empty -wal is left beside it either.
    conn = store.open_existing(path, upto=0, read_only=True, notices=notices,
                               passphrase=passphrase, untouched=True)
    if schema.current_version(conn) >= schema.LATEST:
        project = _Unchanging(path, conn, coder, read_only=True, notices=notices)
        project.untouched = True
        project.seen_as = seen
        return project
    clear_dead_folders()
    folder = Path(tempfile.mkdtemp(prefix=f"{FOLDER_PREFIX}{os.getpid()}-"))
    try:
        copy = store.copy_to(conn, folder / path.name)
        conn.close()
        if _seen(path) != seen:  # the copy may hold half of another program's write
            raise ProjectError(changed_sentence(path.name))
        source = _UpgradedCopy.open(copy, coder, passphrase=passphrase)
    except BaseException:
        conn.close()
        shutil.rmtree(folder, ignore_errors=True)
        raise
    assert isinstance(source, _UpgradedCopy)
    source.folder = folder
    source.path = path  # reports name the coder's file, not the copy
    return source


# The upgraded copies' folders in the temporary folder: PREFIX + PID + "-" + random.
FOLDER_PREFIX = "workbench-merge-"


def clear_dead_folders() -> list[Path]:
    """Delete the upgraded-copy folders of merges whose process is gone.

    A merge killed midway (kill -9, a power cut with the temporary folder on disk) never
    ran ``close``, and its copy of the coder's project stayed in the temporary folder for
    good: the whole project, in plaintext when the source was plain, though the source
    itself may have been on a stick since taken away. Each merge that needs a copy first
    clears those whose process is no longer running."""
    gone = []
    for folder in Path(tempfile.gettempdir()).glob(f"{FOLDER_PREFIX}*-*"):
        pid = folder.name[len(FOLDER_PREFIX):].split("-", 1)[0]
        if (not folder.is_dir() or not pid.isdigit() or int(pid) == os.getpid()
                or store.running(int(pid), folder)):
            continue  # an older version's folder (no pid), or a live merge's
        shutil.rmtree(folder, ignore_errors=True)
        gone.append(folder)
    return gone


def same_file(a: Path, b: Path) -> bool:
    """Whether two names lead to one file: a symbolic link, another spelling or a hard
    link of it (``resolve`` alone misses a hard link). Where the file system gives no
    inode (0: some network shares and drivers of FAT disks on Windows) only the names
    resolved tell: by device and inode every file there was every other, and two
    projects on such a disk could be neither merged nor restored from a backup there."""
    try:
        if a.resolve() == b.resolve():
            return True
        one, other = os.stat(a), os.stat(b)
    except OSError:  # one of them does not exist: the opener says so in its sentence
        return False
    return 0 not in (one.st_ino, other.st_ino) and os.path.samestat(one, other)


def verify_source(source: Project, progress: Callable[[int, int, str], None] | None = None
                  ) -> VerifyReport:
    """``verify`` on a file opened by :func:`open_source`: an older one is checked in
    the upgraded copy actually read (its path is the original's, for the reports)."""
    from workbench.core.verify import verify  # verify imports much; only its callers need it

    real = source.path
    if isinstance(source, _UpgradedCopy):
        source.path = source.folder / real.name  # check the file actually read
    try:
        return verify(source, progress)
    finally:
        source.path = real


def check_sound(source: Project, watch: Watch | None = None) -> None:
    """Refuse a source that ``verify`` does not call intact.

    A merge copies a source's rows through audited writes and carries its log over, so
    a row edited, inserted or deleted behind the program's back, or a log entry changed
    or removed, would come out of the merge as ordinary, verifiable history: the
    tampering would be laundered. The source is checked whole first, and the sentence
    names its first finding. ``watch`` hears of each stage of the check (and may stop
    the merge between two).
    """
    real = source.path
    report = verify_source(source, None if watch is None else lambda done, of, _stage:
                           watch.step(real.name, "checking", done, of))
    if not report.ok:
        raise ProjectError(
            f"{real.name} does not verify, so nothing was merged: "
            f"{first_finding(report.problems)}. Run `workbench verify {real.name}` "
            "to see every finding.")
