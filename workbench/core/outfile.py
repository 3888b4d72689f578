"""Files the user asked for (exports, exchange files, reports), written whole or not at all."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from workbench.core.errors import OutputError

STOPPED_WRITE = ("An earlier writing of {name} was stopped before it finished (the program "
                 "was closed or the computer switched off); its unfinished file {part} "
                 "was deleted.")
OLD_PART = ("{part} beside {name} looks like an unfinished file left by an earlier "
            "version of Workbench; nothing will replace it, so delete it if you do not "
            "need it.")


def part_name(path: Path) -> Path:
    """Where this process writes ``path`` before renaming it in: hidden, and named by
    its pid, so a later run can tell its own unfinished file from a user's."""
    return path.with_name(f".{path.name}.{os.getpid()}.part")


def leftovers(path: Path, notices: list[str] | None, kind: str = ".part") -> None:
    """Clear the unfinished copies of ``path`` whose writer is no longer running
    (``store.clear_dead_copies``), and name the ``NAME{kind}`` an earlier version left
    (its name alone does not show the program made it, so it is not deleted).
    Each is said in ``notices``, one sentence."""
    from workbench.core.store import clear_dead_copies

    said = notices if notices is not None else []
    said += [STOPPED_WRITE.format(name=path.name, part=gone.name)
             for gone in clear_dead_copies(path, (kind,))
             if not gone.name.endswith(("-journal", "-wal", "-shm"))]  # said with their file
    old = path.with_name(path.name + kind)
    with suppress(OSError):
        if old.is_file():
            said.append(OLD_PART.format(part=old.name, name=path.name))


@contextmanager
def written_whole(path: Path, notices: list[str] | None = None) -> Iterator[Path]:
    """Yield a hidden ``.NAME.PID.part`` path beside ``path`` to write to; it replaces
    ``path`` only when the block ends without an error, so a half-written file never
    replaces a good one. An OSError becomes one sentence naming the user's own path;
    the ``.part`` never stays. One a killed run left is cleared first (:func:`leftovers`,
    said in ``notices``)."""
    _refuse_special(path)
    refuse_project(path)
    with suppress(OSError):  # a folder that cannot be listed is the write's to report
        leftovers(path, notices)
    tmp = part_name(path)
    try:
        yield tmp
        # On the disk before it takes the name: after a power cut a rename can reach the
        # disk before the data, leaving an empty file in place of the export it replaced.
        _fsync(tmp)
        tmp.replace(path)
        _fsync(path.parent)
    except OSError as err:
        raise OutputError.of(path, err) from None
    finally:
        # A .part that cannot even be looked up (its folder is a file, its name too long)
        # was never made; the sentence above must not give way to this error.
        with suppress(OSError):
            tmp.unlink(missing_ok=True)


def _fsync(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except IsADirectoryError:  # pragma: no cover - Windows opens no folder this way
        return
    except PermissionError:
        if path.is_dir():  # a folder Windows will not open: its entries are its own
            return
        raise
    try:
        os.fsync(fd)
    except OSError:
        if not path.is_dir():  # some file systems cannot flush a folder
            raise
    finally:
        os.close(fd)


def _refuse_special(path: Path) -> None:
    # The rename that makes the write whole would put a plain file in place of a device,
    # a pipe or a socket at that name (run with the rights to, it replaced /dev/full).
    try:
        mode = path.stat().st_mode
    except OSError:
        return  # nothing there yet, or a name the write itself will report on
    if not (stat.S_ISREG(mode) or stat.S_ISDIR(mode)):
        raise OutputError(f"{path} is not an ordinary file (a device, a pipe or a socket); "
                          "choose another name.")


PROJECT_SUFFIX = ".wbproj"
# What SQLite keeps beside a database while it is open or mid-write.
SIDE_FILES = ("-wal", "-shm", "-journal")


def refuse_project(path: Path) -> None:
    """Refuse to put an export in place of a project (or any SQLite database, or the
    files SQLite keeps beside one): ``export P -o P`` renamed a CSV over the project, and
    the window holding it open went on writing to a file no longer on the disk. An
    encrypted project has no SQLite header; it is known by its name."""
    from workbench.core.walcheck import SQLITE_HEADER

    for side in SIDE_FILES:
        # A file called "-wal" alone is nobody's log (and a name cannot be empty).
        owner = (path.with_name(path.name[:-len(side)])
                 if path.name.endswith(side) and path.name != side else None)
        if owner is not None and owner.is_file():
            raise OutputError(f"{path} is kept by SQLite beside the project {owner.name}; "
                              "an export never replaces it, so choose another name.")
    try:
        if not path.is_file():
            return
        with path.open("rb") as fh:
            head = fh.read(len(SQLITE_HEADER))
    except OSError:
        return  # a name the write itself will report on
    if head == SQLITE_HEADER or path.suffix.lower() == PROJECT_SUFFIX:
        raise OutputError(f"{path} is a project (a database file); an export never "
                          "replaces one, so choose another name.")
