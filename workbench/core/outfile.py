"""Files the user asked for (exports, exchange files, reports), written whole or not at all."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from workbench.core import hiddenname
from workbench.core.errors import OutputError
from workbench.core.exclusive_rename import rename_no_replace

STOPPED_WRITE = ("An earlier writing of {name} was stopped before it finished (the program "
                 "was closed or the computer switched off); its unfinished file {part} "
                 "was deleted.")
OLD_PART = ("{part} beside {name} looks like an unfinished file left by an earlier "
            "version of Workbench; nothing will replace it, so delete it if you do not "
            "need it.")


def typed_path(text: str) -> Path:
    """The path a user typed for a file to write (or a folder, for a backup).

    A name ending in a slash names a folder; ``Path`` drops that slash, so a folder
    that did not exist was taken as the file's own name: ``-o exports/`` wrote a file
    called ``exports`` and said it wrote to ``exports/``. Such a name is refused."""
    seps = tuple(s for s in (os.sep, os.altsep) if s)
    if text.endswith(seps) and not Path(text).is_dir():
        raise OutputError(f"{text}: there is no folder of that name (a name ending in "
                          f"{text[-1]} is a folder's); make the folder first, or give a "
                          "file name.")
    return Path(text)


def part_name(path: Path) -> Path:
    """Where this process writes ``path`` before renaming it in: hidden, and named by
    its pid, so a later run can tell its own unfinished file from a user's."""
    return hiddenname.hidden_copy(path, "part")


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


# What the write may replace, taken before the checks: the file that was there (device,
# inode, size and modification time), or None when nothing was.
Found = tuple[int, int, int, int] | None


def _found(path: Path) -> Found:
    try:
        st = os.stat(path)
    except OSError:
        return None  # nothing there, or a name the write itself will report on
    return st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns


APPEARED = ("{path} appeared while this was being written (another program made it); it "
            "was left as it is and nothing was written: write again to replace it, or "
            "choose another name.")
CHANGED = ("{path} was changed or replaced by another program while this was being "
           "written; it was left as it is and nothing was written: write again to replace "
           "it, or choose another name.")


@contextmanager
def written_whole(path: Path, notices: list[str] | None = None,
                  check: Callable[[Path], None] | None = None) -> Iterator[Path]:
    """Yield a hidden ``.NAME.PID.part`` path beside ``path`` to write to; it replaces
    ``path`` only when the block ends without an error, so a half-written file never
    replaces a good one. An OSError becomes one sentence naming the user's own path;
    the ``.part`` never stays. One a killed run left is cleared first (:func:`leftovers`,
    said in ``notices``).

    ``check`` refuses what may not be replaced (``sourcefiles.refuse_source``: the
    project, a document's source file). What is at ``path`` is noted before it runs, and
    the write replaces only that: the file the user named, checked, or nothing. Where
    nothing was, the finished file is renamed into place by a rename that refuses a
    taken name (or, where the platform has none, linked into place), which fails if a
    file appeared meanwhile; a file that was there must still be the same one. Checked and
    then written blindly, a file that appeared at the name between the two (however
    long the export took) was replaced unchecked.

    A name that is a symbolic link is written through: the file it names is written
    (the ``.part`` beside that file), and the link stays. A file with no write
    permission is refused: the rename does not ask the file's permissions, and a table
    marked read-only to keep it was replaced."""
    with suppress(OSError):  # a name too long to look up is the write's to report
        if path.is_symlink():
            path = Path(os.path.realpath(path))
    before = _found(path)
    _refuse_special(path)
    refuse_project(path)
    if check is not None:
        check(path)
    _refuse_read_only(path)  # after: a project or a source is said to be one
    with suppress(OSError):  # a folder that cannot be listed is the write's to report
        leftovers(path, notices)
    tmp = part_name(path)
    try:
        yield tmp
        # On the disk before it takes the name: after a power cut a rename can reach the
        # disk before the data, leaving an empty file in place of the export it replaced.
        _fsync(tmp)
        _into_place(tmp, path, before)
        _fsync(path.parent)
    except OSError as err:
        raise OutputError.of(path, err) from None
    finally:
        # A .part that cannot even be looked up (its folder is a file, its name too long)
        # was never made; the sentence above must not give way to this error.
        with suppress(OSError):
            tmp.unlink(missing_ok=True)


def _into_place(tmp: Path, path: Path, before: Found) -> None:
    """Give ``tmp`` the name ``path`` if ``path`` is still what it was (``before``)."""
    if before is None:
        # Three ways, best first. A rename that refuses a taken name is one step and
        # leaves nothing behind. A hard link is one step too, but the .part's second
        # name must then be removed. Last, where neither exists, the name is taken by
        # an empty file that the finished one is renamed over: a stop between the two
        # leaves that empty file at the user's name.
        try:
            if rename_no_replace(tmp, path):
                return
        except FileExistsError:
            raise OutputError(APPEARED.format(path=path)) from None
        try:
            os.link(tmp, path)  # atomic, and refused where a file is
            return
        except FileExistsError:
            raise OutputError(APPEARED.format(path=path)) from None
        except OSError:
            # A file system without hard links (FAT, some shares; each says so with
            # its own error). A write that cannot make a file there at all fails in
            # the exclusive creation below, with its own sentence.
            pass
        try:
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
        except FileExistsError:
            raise OutputError(APPEARED.format(path=path)) from None
        held = _found(path)
        try:
            tmp.replace(path)
        except OSError:
            # The empty file that held the name is ours: left, it stood at the user's
            # name as an export with nothing in it.
            if held is not None and _found(path) == held:
                with suppress(OSError):
                    path.unlink()
            raise
        return
    elif _found(path) != before:
        raise OutputError(CHANGED.format(path=path))
    tmp.replace(path)


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


READ_ONLY = ("{path} is read-only; it was left as it is: choose another name, or make it "
             "writable first.")


def _refuse_read_only(path: Path) -> None:
    try:
        mode = path.stat().st_mode
    except OSError:
        return  # nothing there yet, or a name the write itself will report on
    # The write bits too: to an administrator, os.access says every file is writable.
    writable = mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH) and os.access(path, os.W_OK)
    if stat.S_ISREG(mode) and not writable:
        raise OutputError(READ_ONLY.format(path=path))


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
