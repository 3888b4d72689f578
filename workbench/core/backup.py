"""Rotating backups of a project, their quick check, and putting one back.

Where: by default in a folder beside the project, ``NAME.wbproj.backups/`` (it travels
with the project, and a damaged project's message can name its backups without
knowing any settings); the window can keep them under the user's data folder instead
(:func:`data_folder`). Each backup is one self-contained SQLite file made with the
online backup API while the project stays open; an encrypted project's backups are
keyed with its passphrase. Qt-free: the window's timer only calls :class:`Scheduler`.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import glob
import hashlib
import os
import re
import shutil
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from workbench.core import (
    crypto,
    damage,
    dbapi,
    hiddenname,
    outfile,
    restorecheck,
    schema,
    store,
    walcheck,
)
from workbench.core.errors import (
    NotFoundError,
    ProjectError,
    StorageError,
    WorkbenchError,
    WrongPassphrase,
)
from workbench.core.project import file_identity

# The name the user's data folder is kept under (the window's settings use it too).
APPLICATION = "Workbench"
DEFAULT_INTERVAL_MINUTES = 10
DEFAULT_KEEP = 10
# A copy still being written is rewritten page by page, so its time keeps moving; one
# untouched this long was left by a process that stopped (power cut, killed window).
STALE_PARTIAL_SECONDS = 3600
_STAMP = re.compile(r"-(\d{8}T\d{6}\.\d{6}Z)(-replaced)?\.wbproj$")


def default_folder(path: Path) -> Path:
    """The backups folder beside a project: ``NAME.wbproj.backups``."""
    path = Path(path)
    return path.with_name(f"{path.name}.backups")


def data_folder(path: Path, root: Path | None = None) -> Path:
    """A project's backups folder under ``root`` (default: the user's data folder, where
    the window keeps them when told to), one per path."""
    path = Path(path).resolve()
    digest = hashlib.sha256(str(path).encode("utf-8")).hexdigest()[:10]
    return Path(root or data_root()) / f"{path.stem}-{digest}"


def data_root() -> Path:
    """The folder in the user's data folder that holds backups kept there."""
    from platformdirs import user_data_dir

    return Path(user_data_dir(APPLICATION, appauthor=False)) / "backups"


def folders(path: Path) -> list[Path]:
    """Every place a project's backups may be: beside it and in the user's data folder.

    Encrypting or re-keying a project converts the backups in both, whichever the
    window's setting now names: a plaintext copy left in either would give it away.
    """
    return [default_folder(path), data_folder(path)]


_STAMP_FORMAT = "%Y%m%dT%H%M%S.%fZ"


def _stamp() -> str:
    return dt.datetime.now(dt.UTC).strftime(_STAMP_FORMAT)


NAME_TOO_LONG = ("{project}: its name is too long to name a backup after it (a backup's "
                 "name adds the time it was made, and its unfinished copy's more, past the "
                 "{limit} bytes this file system takes for a name); nothing was written and "
                 "the project is as it was. Give the project a shorter name, or back it up "
                 "to a file of a name you choose (workbench backup PROJECT DEST).")


def _fresh(folder: Path, path: Path, suffix: str = "") -> Path:
    """A new backup's name, later than every backup of the project ``path`` already in
    ``folder``; ProjectError when the project's name leaves no room for the time (its
    unfinished copy's name, ``.NAME.PID.partial``, must fit too: the folder's clearing
    reads the backup's name back out of it).

    The names order the backups: rotation deletes the oldest by name, and the damage
    message names the newest good one. A clock set back (a dead clock battery, a wrong
    setting) gave a new backup an older name than the ones before it, so with the folder
    full each new backup was deleted as soon as it was made and the work after the
    change was never backed up. So a name is never earlier than the newest one."""
    stem = path.stem
    longest = folder / f".{stem}-{_stamp()}{suffix}.wbproj.{os.getpid()}.partial"
    if not hiddenname.fits(longest):
        raise ProjectError(NAME_TOO_LONG.format(project=path.name,
                                                limit=hiddenname.name_max(folder)))
    newest = max((m.group(1) for p in Path(folder).glob(f"{glob.escape(stem)}-*.wbproj")
                  if (m := _STAMP.search(p.name)) and p.name[: m.start()] == stem),
                 default="")
    while True:  # the microseconds make a clash unlikely; never overwrite one
        stamp = _stamp()
        if stamp <= newest:
            later = dt.datetime.strptime(newest, _STAMP_FORMAT) + dt.timedelta(microseconds=1)
            stamp = later.strftime(_STAMP_FORMAT)
        target = folder / f"{stem}-{stamp}{suffix}.wbproj"
        if not target.exists() and store.log_beside(target) is None:
            return target
        newest = stamp


def make(conn: Any, path: Path, folder: Path | None = None, keep: int = DEFAULT_KEEP) -> Path:
    """Back up the open project ``path`` (connection ``conn``) and keep the newest ``keep``."""
    path = Path(path)
    folder = Path(folder) if folder else default_folder(path)
    folder.mkdir(parents=True, exist_ok=True)
    # Written under the hidden name every other write uses (``.NAME.PID.partial``):
    # killed part-way, it is never taken for a backup, and the next backup clears it
    # as soon as its process is gone (``rotate``). It was ``NAME.partial``, in view
    # beside the backups and cleared only once an hour old.
    target = _copy_timed(conn, folder, path)
    # A copy of a damaged project must not push the good backups out: after ten timed
    # backups of a file that went bad, none made before the damage would be left.
    problem = _structure_problem(target, store.passphrase_of(conn))
    if problem is not None:
        target.unlink(missing_ok=True)
        raise damage.damaged(path, f"its backup copy shows damage ({problem}), so no "
                             "backup was made and the older ones were kept")
    rotate(folder, path, keep)
    return target


def _structure_problem(copy: Path, passphrase: str | None) -> str | None:
    """SQLite's first structural finding on a fresh copy (``quick_check``), or None."""
    conn = _read_only(copy, passphrase)
    try:
        found = conn.execute("PRAGMA quick_check(1)").fetchone()[0]
    except dbapi.DatabaseError as err:
        return str(err)
    finally:
        conn.close()
    if found == "ok":
        return None
    # "*** in database main ***\nPage 256: …": one line, for a one-sentence message
    return " ".join(found.replace("*** in database main ***", "").split())


def copy(conn: Any, path: Path, dest: Path, notices: list[str] | None = None) -> Path:
    """Back up the open project to ``dest``: a new file, or a folder to put it in.

    The copy is written as ``.NAME.PID.partial`` beside the name it gets, as every other
    write is: killed part-way, that copy is deleted by the next backup to ``DEST`` or
    into the same folder, which says so in ``notices`` (a backup into a folder wrote
    ``NAME-<time>.wbproj.partial``, which only the timed backups' rotation of the
    project's own backups folder ever cleared); an unfinished copy an earlier version
    left is named, not deleted."""
    dest = Path(dest)
    if dest.name.endswith(_SQLITE_OWN) and not dest.is_dir():
        # "p.wbproj-journal" beside p.wbproj was taken for the project's own journal
        # and deleted by SQLite when the command closed it, after "Backed up … to" it.
        raise ProjectError(f"{dest}: a name ending in -journal, -wal or -shm is one SQLite "
                           "gives its own files beside a database, and it may delete or "
                           "replay such a file; choose another name.")
    if dest.is_dir():
        from workbench.core.merge.sources import same_file

        with contextlib.suppress(OSError):
            # The project's own backups folders hold the timed backups' unfinished
            # copies under the older name, which their rotation clears by age.
            own = any(same_file(dest, f) for f in folders(path))
            clear_stopped(dest, path, notices, name_old=not own)
        return _copy_timed(conn, dest, Path(path))
    store.refuse_taken(dest)
    if not dest.parent.is_dir():
        raise ProjectError(f"{dest}: the folder {dest.parent} does not exist.")
    if (log := store.log_beside(dest)) is not None:  # said before the copy is made
        raise ProjectError(store.LOG_BESIDE.format(path=dest, log=log.name))
    with contextlib.suppress(OSError):
        outfile.leftovers(dest, notices, ".partial")
    partial = hiddenname.hidden_copy(dest, "partial")
    # A file that took the name while the copy was written (a sync client bringing one
    # in, another backup) was replaced without a word.
    return store.copy_to(conn, dest, partial, new=True)


# How many timed names a backup tries when another program's file takes each first.
_TIMED_TRIES = 3


def _copy_timed(conn: Any, folder: Path, path: Path) -> Path:
    """A copy of the open project under a new timed name in ``folder``.

    Another program may take that name while the copy is written (a second window on
    the same project backing up at once, both a microsecond past the newest backup once
    the clock was set back; a sync client): the backup was then refused with "choose
    another name", which a timed backup gives the user no way to do. The copy is made
    again under the next timed name (a few times, then the refusal stands)."""
    for tries_left in range(_TIMED_TRIES - 1, -1, -1):
        target = _fresh(folder, path)
        # The whole timed name, even long: the folder's clearing reads the backup's
        # name back out of its hidden copy's (``clear_stopped``).
        partial = target.with_name(f".{target.name}.{os.getpid()}.partial")
        try:
            return store.copy_to(conn, target, partial, new=True)
        except ProjectError:  # the name was taken (or a log came in beside it) meanwhile
            if not tries_left:
                raise
    raise AssertionError("unreachable")  # pragma: no cover


# An unfinished copy of a backup, under any name a version gave one (with the log
# SQLite keeps beside it while it is made one file): never restored.
_UNFINISHED = re.compile(r"\.partial(-journal|-wal|-shm)?$")
# A backup's unfinished copy under the name every write uses: ".NAME-<time>.wbproj.PID.partial"
_HIDDEN_PARTIAL = re.compile(r"^\.(.+\.wbproj)\.\d+\.partial(-journal|-wal|-shm)?$")


def clear_stopped(folder: Path, path: Path, notices: list[str] | None = None, *,
                  name_old: bool = True) -> None:
    """Clear the unfinished copies that stopped backups of ``path`` left in ``folder``.

    Each is cleared as an export's is (``outfile.leftovers``): a hidden copy whose
    process no longer runs is deleted and said in ``notices``; with ``name_old``, a
    ``NAME-<time>.wbproj.partial`` (an earlier version's) is named, not deleted."""
    stem = Path(path).stem
    hidden = {m.group(1) for p in Path(folder).glob(f".{glob.escape(stem)}-*.partial*")
              if (m := _HIDDEN_PARTIAL.match(p.name))}
    targets = set(hidden)
    if name_old:
        targets |= {p.name.removesuffix(".partial")
                    for p in Path(folder).glob(f"{glob.escape(stem)}-*.wbproj.partial")}
    for name in sorted(targets):
        if (m := _STAMP.search(name)) and name[: m.start()] == stem:  # not another project's
            outfile.leftovers(Path(folder) / name, notices, ".partial")
            if m.group(2) and name in hidden:
                _clear_lone_kept_log(Path(folder) / name)


def _clear_lone_kept_log(kept: Path) -> None:
    """A restore keeps the replaced file's log (when it could not be folded in) under
    ``NAME-<time>-replaced.wbproj-wal`` first, then the file itself: killed between the
    two, the log stayed alone, never listed nor said, a copy of the log the project
    still has. Once the killed restore's hidden copy of the file is gone, so is it."""
    if kept.exists() or any(kept.parent.glob(f".{glob.escape(kept.name)}.*.partial")):
        return  # kept whole, or its restore still running
    with contextlib.suppress(OSError):
        Path(f"{kept}-wal").unlink(missing_ok=True)


# What SQLite names the files it keeps beside a database.
_SQLITE_OWN = ("-journal", "-wal", "-shm")


def listed(path: Path, folder: Path | None = None) -> list[Path]:
    """The project's backups (kept replaced files too), newest first."""
    folder = Path(folder) if folder else default_folder(Path(path))
    if not folder.is_dir():
        return []
    stem = Path(path).stem
    found = [p for p in folder.glob(f"{stem}-*.wbproj")
             if (m := _STAMP.search(p.name)) and p.name[: m.start()] == stem]
    return sorted(found, key=lambda p: _STAMP.search(p.name).group(1), reverse=True)  # type: ignore[union-attr]


def resolve(path: Path, ref: str) -> Path:
    """The backup a user named for ``path``: its number in :func:`listed` (1 is the newest,
    as ``workbench backups`` numbers them), its file name or the folder/name that listing
    shows, or a path. NotFoundError, saying what is accepted, when none fits."""
    path, ref = Path(path), str(ref).strip()
    found = listed(path)
    if ref.isdigit():
        n = int(ref)
        if 1 <= n <= len(found):
            return found[n - 1]
        have = f"numbers 1 to {len(found)}" if found else "none"
        raise NotFoundError(f"There is no backup number {n} of {path.name} "
                            f"(`workbench backups {path.name}` lists {have}).")
    given = Path(ref)
    # A bare name is looked for in the backups folder only: a path names its own file.
    bare = [default_folder(path) / ref] if len(given.parts) == 1 else []
    for candidate in (given, path.parent / given, *bare):
        if candidate.is_file():
            return candidate
    raise NotFoundError(
        f"{ref}: no such backup of {path.name}. Give the number or the name "
        f"`workbench backups {path.name}` shows, or the path of a backup file.")


def newest_before(path: Path, when: float) -> Path | None:
    """The newest backup of ``path``, in any of its :func:`folders`, whose file was
    written before ``when`` (seconds since the epoch); None when there is none."""
    found = [(p.stat().st_mtime, p) for folder in folders(path) for p in listed(path, folder)]
    older = [(t, p) for t, p in found if t < when]
    return max(older)[1] if older else None


def rotate(folder: Path, path: Path, keep: int) -> list[Path]:
    """Delete all but the newest ``keep`` backups (kept replaced files are not counted)
    and the unfinished copies that stopped processes left behind."""
    made = [p for p in listed(path, folder) if not p.name.endswith("-replaced.wbproj")]
    gone = made[max(keep, 1):]
    for old in gone:
        old.unlink(missing_ok=True)
    with contextlib.suppress(OSError):  # a backup into this folder stopped midway
        clear_stopped(folder, path, name_old=False)
    return gone + clear_stale_partials(folder, path)


def clear_stale_partials(folder: Path, path: Path,
                         older_than: float = STALE_PARTIAL_SECONDS) -> list[Path]:
    """Delete this project's unfinished backup copies that nothing has written to for
    ``older_than`` seconds: the hidden ``.NAME-<time>.wbproj.PID.partial`` backups
    write now, and the ``NAME-<time>.wbproj.partial`` timed backups wrote before, with
    the logs beside them.

    A window switched off or killed while it copied leaves its partial copy; each is
    as big as the project and, named by its own time, would never be replaced, so a
    laptop that loses power often would fill its disk with them. A copy in progress is
    left alone: it is younger than the limit. (Rotation clears a hidden copy as soon as
    its process is gone, ``clear_stopped``; encrypting clears every one, of any age,
    since each is the project in plaintext.)"""
    stem = Path(path).stem
    limit = time.time() - older_than
    gone = []
    escaped = glob.escape(stem)
    for p in [*Path(folder).glob(f"{escaped}-*.wbproj.partial*"),
              *Path(folder).glob(f".{escaped}-*.wbproj.*.partial*")]:
        hidden = _HIDDEN_PARTIAL.match(p.name)
        if p.name.startswith(".") and not hidden:
            continue
        base = (hidden.group(1) if hidden
                else p.name[: p.name.index(".wbproj.partial") + len(".wbproj")])
        if not ((m := _STAMP.search(base)) and base[: m.start()] == stem):
            continue  # another project's backups share the folder
        try:
            if p.stat().st_mtime < limit:
                p.unlink()
                gone.append(p)
        except FileNotFoundError:
            continue
    return gone


@dataclass(frozen=True)
class Check:
    """The quick check of one backup: header, integrity_check and schema version."""

    ok: bool
    detail: str  # "intact", or what is wrong, in words
    encrypted: bool = False
    # The passphrase given does not open it: another passphrase (or a damaged first page,
    # which SQLCipher cannot tell from one) keys it.
    wrong_key: bool = False


def check(backup: Path, passphrase: str | None = None, *, structure: bool = True) -> Check:
    """Whether ``backup`` would open as a project; read-only, it changes nothing.

    ``structure`` False leaves SQLite's integrity check out (the schema is still read):
    a restore runs it once, with everything else ``verify`` checks, on the copy it
    puts in place, and it costs seconds at 100,000 annotations."""
    backup = Path(backup)
    try:
        header = walcheck.read_header(backup)
        encrypted = header is None and walcheck.may_be_encrypted(backup)
    except OSError as err:
        return Check(False, f"it cannot be read ({err.strerror})")
    if header is None and not encrypted:
        return Check(False, "it is not a SQLite file")
    if header is not None and (not header.sane or header.application_id != schema.APPLICATION_ID):
        return Check(False, "its header is not a project's")
    if encrypted and not passphrase:
        return Check(False, "it is encrypted: give its passphrase to check it", True)
    try:
        conn = _read_only(backup, passphrase if encrypted else None)
    except WrongPassphrase:
        return Check(False, "the passphrase does not open it", True, wrong_key=True)
    except dbapi.DatabaseError as err:
        return Check(False, f"SQLite cannot open it ({err})", encrypted)
    try:
        if structure:
            problems = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        else:  # the schema read: a file whose tables cannot be found is refused here
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            problems = ["ok"]
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    except dbapi.DatabaseError as err:
        return Check(False, f"SQLite cannot read it ({err})", encrypted)
    finally:
        conn.close()
    if problems != ["ok"]:
        return Check(False, f"SQLite finds it damaged ({problems[0]})", encrypted)
    if app_id != schema.APPLICATION_ID:
        return Check(False, "it is not a Workbench project", encrypted)
    if version > schema.LATEST:
        return Check(False, f"it was made by a newer Workbench (schema {version})", encrypted)
    return Check(True, "intact", encrypted)


def _read_only(backup: Path, passphrase: str | None) -> Any:
    """A read-only connection to a backup (keyed when ``passphrase``); it reads the
    commits of a ``-wal`` beside it, as opening the project would. Without one it reads
    the file as unchanging: the kept replaced file is a byte copy of a project, in WAL
    mode, and a plain read-only connection to it left a ``-wal`` and ``-shm`` beside it
    each time it was checked (``workbench backups``, a restore)."""
    mode = "mode=ro" if Path(f"{backup}-wal").exists() else "immutable=1"
    uri = f"{backup.resolve().as_uri()}?{mode}"
    if passphrase:
        return store._cipher_connect(uri, passphrase, uri=True)
    return sqlite3.connect(uri, uri=True)


def _copy_out(backup: Path, tmp: Path, passphrase: str | None) -> None:
    """The backup's contents at ``tmp``, on disk: its bytes, or, when a ``-wal`` beside
    it holds commits (a file a restore replaced is kept with its log), a copy made by
    SQLite, which carries them into the one file."""
    if not Path(f"{backup}-wal").is_file():
        shutil.copyfile(backup, tmp)
        store.fsync_file(tmp)
        return
    encrypted = walcheck.read_header(backup) is None
    conn = _read_only(backup, passphrase if encrypted else None)
    try:
        store.copy_to(conn, tmp)  # flushed before it is named tmp
    finally:
        conn.close()


def latest_good(path: Path, passphrase: str | None = None,
                folder: Path | None = None) -> tuple[Path, Check] | None:
    """The newest backup that passes the check; an encrypted one without a passphrase
    counts if nothing else does (it cannot be checked without its key)."""
    unchecked = None
    for candidate in listed(path, folder):
        result = check(candidate, passphrase)
        if result.ok:
            return candidate, result
        if result.encrypted and not passphrase and unchecked is None:
            unchecked = (candidate, result)
    return unchecked


@dataclass
class Staged:
    """A backup copied beside the project (the hidden ``.NAME.PID.restoring`` a restore
    renames in) and checked as ``verify`` checks a project: what :func:`restore` puts
    in place. ``problems`` is what the check found (empty: it verifies)."""

    path: Path
    backup: Path
    copy: Path
    key: str | None  # the copy's passphrase; None when it is plaintext
    problems: list[str]
    kept: Path | None = None  # the replaced file's copy, once :func:`restore` made it
    # The project's passphrase when the backup was made under another (before a change
    # of passphrase): the copy is given it as it is put in place.
    project_key: str | None = None

    def discard(self) -> None:
        """The copy and whatever SQLite left beside it, gone (not restored after all)."""
        _remove_copy(self.copy)


def stage(path: Path, backup: Path, passphrase: str | None = None, *,
          progress: restorecheck.Progress | None = None,
          cancelled: Callable[[], bool] | None = None,
          project_key: str | None = None) -> Staged:
    """The long part of a restore, which needs the project neither closed nor held: the
    refusals that read the backup, its copy beside the project and the check of that
    copy. The window runs it in a thread of its own while its project stays open (its
    panes go on reading it), then closes the project for :func:`restore` with
    ``staged=``; a caller that does not restore after all calls :meth:`Staged.discard`.

    ``progress(step, of, stage)`` hears of the copy, then of each stage of the check
    (``verify.STAGES``); ``cancelled`` is asked before each of them and once the check
    has ended: when it says yes the copy is removed and
    :class:`restorecheck.RestoreCancelled` raised, nothing else having been touched.

    ``passphrase`` opens the backup; ``project_key``, given when the backup was made
    under an earlier passphrase of the project, is the one the project has now, which
    the restored file is given (a restore must not bring a retired passphrase back)."""
    path, backup = Path(path), Path(backup)
    key = _accepted(path, backup, passphrase, project_key)
    return _staged(path, backup, passphrase, key, progress, cancelled, project_key)


def _accepted(path: Path, backup: Path, passphrase: str | None,
              project_key: str | None = None) -> str | None:
    """The refusals made before anything is copied; the backup's passphrase (None when
    it is plaintext)."""
    from workbench.core.merge.sources import same_file

    if path.exists() and same_file(path, backup):
        raise ProjectError(f"{backup} is {path.name} itself, not a backup of it; nothing "
                           "was changed.")
    if _UNFINISHED.search(backup.name):
        raise ProjectError(f"{backup.name} is the unfinished copy of a backup whose making "
                           "was stopped, not a backup; nothing was changed. Restore one "
                           f"that `workbench backups {path.name}` lists.")
    # Before the passphrase is tried: over a stopped change, the project's passphrase
    # does not open a backup left on the old one, and "does not open it" did not say why.
    crypto.check_restore(path, backup)
    # SQLite's integrity check is left to the check of the copy (``_staged``).
    result = check(backup, passphrase, structure=False)
    if not result.ok:
        raise ProjectError(f"{backup.name} cannot be restored: {result.detail}. "
                           "Nothing was changed.")
    key = passphrase if result.encrypted else None
    # A backup of another project (a file picked in the wrong folder) put in place
    # turned this project into that one, and each timed backup after pushed one of its
    # own out. Copies of one project (coders' copies, backups, the kept replaced file)
    # share the id; a file that cannot be read, or older than ids, is not compared.
    theirs = project_id(backup, key)
    ours = project_id(path, project_key or passphrase) if path.exists() else None
    if theirs and ours and theirs != ours:
        raise ProjectError(f"{backup.name} is not a backup of {path.name} but of another "
                           "project (their project ids differ); nothing was changed. Open "
                           "it as a project of its own instead.")
    return key


def _staged(path: Path, backup: Path, passphrase: str | None, key: str | None,
            progress: restorecheck.Progress | None,
            cancelled: Callable[[], bool] | None,
            project_key: str | None = None) -> Staged:
    from workbench.core.verify import STAGES

    of = len(STAGES) + 1  # the copy, then the check's stages

    def step(n: int, what: str | None) -> None:
        if cancelled is not None and cancelled():
            raise restorecheck.RestoreCancelled(
                f"The restore of {backup.name} was cancelled: {path.name} is as it was, "
                "and nothing was left behind.")
        if progress is not None and what is not None:
            progress(n, of, what)

    # Beside the file a symbolic link leads to: renamed over the link, the backup took
    # the link's place, and the project at its target was left as it was.
    real = Path(os.path.realpath(path))
    tmp = hiddenname.hidden_copy(real, "restoring")
    try:
        step(1, restorecheck.COPYING)
        _copy_out(backup, tmp, passphrase)
        restorecheck.single_file(tmp, key)
        # The copy about to be renamed in is what is checked: a backup edited with
        # sqlite3 passes SQLite's check, and restored it became the evidence.
        report = restorecheck.checked(tmp, key, lambda n, _of, what: step(n + 1, what))
        step(of, None)  # a Cancel during the last stage is heard too
        if report.damaged:  # refused as the quick check refuses it: never forced
            raise ProjectError(f"{backup.name} cannot be restored: SQLite finds it "
                               f"damaged ({report.damaged[0]}). Nothing was changed.")
        problems = report.problems
    except (OSError, *dbapi.OperationalError) as err:
        # A full disk midway: the half copy was left beside the project, filling
        # the disk, so the project could not save its next change either.
        _remove_copy(tmp)
        why = err.strerror if isinstance(err, OSError) and err.strerror else str(err)
        raise StorageError(f"{backup.name} was not restored ({why}); {path.name} is "
                           "as it was, and nothing was left behind.") from err
    except dbapi.DatabaseError:
        # A page the copy's reading trips over before the check gets to it (the table
        # of settings read on opening): the backup's damage, which escaped as the
        # project's ("p.wbproj is damaged"), or as a traceback.
        _remove_copy(tmp)
        found = check(backup, passphrase)
        if found.ok:
            raise  # SQLite finds nothing wrong: not damage, a fault to see whole
        raise ProjectError(f"{backup.name} cannot be restored: {found.detail}. Nothing "
                           "was changed.") from None
    except BaseException:
        _remove_copy(tmp)
        raise
    rekey = project_key if key is not None and project_key is not None else None
    return Staged(path, backup, tmp, key, problems, project_key=rekey)


def restore(path: Path, backup: Path, passphrase: str | None = None,
            folder: Path | None = None, *, force: bool = False,
            notices: list[str] | None = None, coder: str | None = None,
            progress: restorecheck.Progress | None = None,
            cancelled: Callable[[], bool] | None = None,
            staged: Staged | None = None, project_key: str | None = None) -> Path | None:
    """Put ``backup`` in place of the (closed) project; returns the kept copy of the file
    it replaced (None when there was none). A backup that fails its check is refused; so
    is one ``verify`` finds fault with (``restorecheck``), unless ``force``: then it is
    restored with the fact written in its custody log (as ``coder``) and said in
    ``notices``. ``progress`` and ``cancelled`` follow and stop the copy and its check
    as :func:`stage`'s do; with ``staged`` (made by :func:`stage`), that copy is put in
    place without being copied or checked again, and removed if the restore fails.
    ``project_key``: as :func:`stage`'s (a staged copy carries its own)."""
    path, backup = Path(path), Path(backup)
    if staged is not None and (staged.path, staged.backup) != (path, backup):
        raise ValueError("the staged copy is of another backup or project")
    try:
        if staged is not None:
            key, project_key = staged.key, staged.project_key
        else:
            key = _accepted(path, backup, passphrase, project_key)
        folder = Path(folder) if folder else default_folder(path)
        folder.mkdir(parents=True, exist_ok=True)
        # The commits of the project's log (a window switched off before it
        # checkpointed) go into the file first: the log is deleted before the backup is
        # renamed in, and a stop between the two left the file without them, neither as
        # it was nor restored. A file SQLite cannot open keeps its log, copied beside
        # the kept file, as before.
        if path.exists():
            store.fold_log(path, project_key or passphrase)
        # Another program with the project open would go on writing into the replaced
        # file, and every change it saved from then on would be lost without a word.
        with store.held_alone(path):
            if staged is None:
                staged = _staged(path, backup, passphrase, key, progress, cancelled,
                                 project_key)
            problems = staged.problems
            _put_in_place(staged, folder, force=force, coder=coder)
            kept = staged.kept
    except BaseException:
        if staged is not None:
            staged.discard()
        raise
    if problems and notices is not None:
        notices.append(restorecheck.FORCED.format(
            backup=backup.name, finding=restorecheck.first_finding(problems),
            project=path.name))
    return kept


def _put_in_place(staged: Staged, folder: Path, *, force: bool, coder: str | None) -> None:
    """Rename the checked copy over the project (held alone), keeping the file it
    replaces; a copy with findings only when ``force``, recorded in its custody log."""
    path, backup, tmp, problems = staged.path, staged.backup, staged.copy, staged.problems
    try:
        if problems and not force:
            raise restorecheck.refusal(path.name, backup.name, problems)
        if problems:
            restorecheck.record_forced(tmp, staged.key, backup.name, problems, coder)
        if staged.project_key is not None:
            # Made under an earlier passphrase: put back as it was, the project opened
            # with that one again, which the user may have retired because it was
            # known to someone else.
            crypto.rekey_file(tmp, staged.key, staged.project_key)
        if path.exists():
            staged.kept = _keep(path, _kept_name(folder, path, backup))
    except (OSError, *dbapi.OperationalError) as err:
        why = err.strerror if isinstance(err, OSError) and err.strerror else str(err)
        raise StorageError(f"{backup.name} was not restored ({why}); {path.name} is "
                           "as it was, and nothing was left behind.") from err
    # The old log describes the replaced file: replayed into the restored one it
    # would damage it, so it goes first (its copy is beside the kept file).
    real = Path(os.path.realpath(path))  # a link stays a link (``_staged``)
    for leftover in (Path(f"{real}-wal"), Path(f"{real}-shm")):
        leftover.unlink(missing_ok=True)
    os.replace(tmp, real)
    store.fsync_folder(real.parent)  # the restore survives a power cut once said done


# A restore keeps the file it replaces under a timed name, which a long project name
# leaves no room for: it was refused with the sentence of a backup, whose advice (back
# it up to a file of a name you choose) does nothing for a restore.
KEPT_NAME_TOO_LONG = ("{backup} was not restored: {project}'s name is too long to keep the "
                      "file it replaces under it (the time it was kept is added, past the "
                      "{limit} bytes this file system takes for a name); the project is as "
                      "it was. Give the project a shorter name, then restore again.")


def _kept_name(folder: Path, path: Path, backup: Path) -> Path:
    try:
        return _fresh(folder, path, "-replaced")
    except ProjectError:  # only the name's length is refused there
        raise ProjectError(KEPT_NAME_TOO_LONG.format(
            backup=backup.name, project=path.name,
            limit=hiddenname.name_max(folder))) from None


def _remove_copy(tmp: Path) -> None:
    """A restore's copy and whatever SQLite left beside it, gone."""
    with contextlib.suppress(OSError):
        store.remove_with_logs(tmp)


def project_id(file: Path, passphrase: str | None = None) -> str | None:
    """The project id a file holds (migration 9 on), read-only; None when it has none or
    cannot be read (damaged, keyed otherwise)."""
    try:
        encrypted = walcheck.read_header(file) is None
        conn = _read_only(file, passphrase if encrypted else None)
        try:
            row = conn.execute("SELECT value FROM meta WHERE key = 'project_id'").fetchone()
        finally:
            conn.close()
    except (OSError, *dbapi.Error, WorkbenchError):
        return None
    return str(row[0]) if row and row[0] else None


def _keep(path: Path, kept: Path) -> Path:
    """A byte copy of the file a restore replaces (a damaged file is kept as it is), with
    its log when that could not be folded in, named ``kept`` only once whole: a copy
    stopped midway was listed among the backups and did not open. The log takes its
    name first, each as a new backup does (:func:`_take_kept_name`)."""
    # Hidden and named by this process, as a backup's copy is: killed before its rename,
    # ``NAME-<time>-replaced.wbproj.partial`` stayed in view among the backups until a
    # backup an hour later cleared it; now the next backup clears it once this process
    # is gone (``clear_stopped``).
    partial = kept.with_name(f".{kept.name}.{os.getpid()}.partial")
    log, log_copy = Path(f"{kept}-wal"), Path(f"{partial}-wal")
    taken: list[Path] = []  # names this copy took, removed if it goes no further
    try:
        shutil.copyfile(path, partial)
        store.fsync_file(partial)
        wal = Path(f"{path}-wal")
        if wal.exists():
            shutil.copyfile(wal, log_copy)
            store.fsync_file(log_copy)
            _take_kept_name(log_copy, log)
            taken.append(log)
        _take_kept_name(partial, kept, own_wal=bool(taken))
    except OSError:
        for leftover in (partial, log_copy, *taken):
            with contextlib.suppress(OSError):
                leftover.unlink(missing_ok=True)
        raise
    return kept


def _take_kept_name(made: Path, name: Path, *, own_wal: bool = False) -> None:
    """Give the finished ``made`` its name, never over a file that came in there
    meanwhile (another program writing backups into the folder): it was replaced. Now
    it is left as it is and the restore refused, saying so; the project is as it was.
    Nor beside a log that came in there (``store.move_new``). The folder is flushed
    after."""
    try:
        store.move_new(made, name, "the replaced file was kept", own_wal=own_wal)
    except ProjectError:
        came = name if os.path.lexists(name) else store.log_beside(name, own_wal=own_wal)
        raise FileExistsError(errno.EEXIST, f"{(came or name).name} appeared in "
                              f"{name.parent.name} while the file it replaces was kept "
                              "there") from None


class Scheduler:
    """When to back up an open project: on opening, then every ``interval`` minutes in
    which something changed. The window's timer calls :meth:`tick`."""

    def __init__(self, conn: Any, path: Path, *, interval_minutes: float = DEFAULT_INTERVAL_MINUTES,
                 keep: int = DEFAULT_KEEP, folder: Path | None = None,
                 clock: Callable[[], float] = time.monotonic):
        self.conn, self.path = conn, Path(path)
        self.interval = max(interval_minutes, 0) * 60
        self.keep, self.folder, self.clock = keep, folder, clock
        self.last_at: float | None = None
        self.last_mark: tuple[int, int] | None = None
        self.error: str | None = None  # the last failure, as a sentence
        # The file this connection has open: a detached backup opens the path anew, and
        # must not open whatever is there once it was moved (``DetachedBackup.run``).
        self.where = file_identity(self.path)

    def _mark(self) -> tuple[int, int]:
        # Writes by this connection, and data_version for commits by any other one.
        return (self.conn.total_changes,
                self.conn.execute("PRAGMA data_version").fetchone()[0])

    def backup_now(self) -> Path | None:
        """Make a backup; a failure (disk full, folder read-only) becomes ``error``."""
        try:
            made = make(self.conn, self.path, self.folder, self.keep)
        except StorageError as err:  # a full disk: the copy says what was not written
            self.error = f"The automatic backup of {self.path.name} failed: {err}"
            return None
        except WorkbenchError as err:  # a damaged project: said in its own sentence
            self.error = str(err)
            return None
        except (OSError, *dbapi.Error) as err:
            self.error = f"The automatic backup of {self.path.name} failed ({err})."
            return None
        self.error = None
        self.last_at, self.last_mark = self.clock(), self._mark()
        return made

    def on_open(self) -> Path | None:
        """The backup made when a project is opened."""
        return self.backup_now()

    def detached(self, *, opening: bool = False) -> DetachedBackup:
        """A backup as a job another thread can run (a big project takes seconds to
        copy, and a window must not wait for it). Hand its outcome back
        with :meth:`finish` in the thread that owns this scheduler.

        ``opening``: the backup made as the project opens, skipped when the newest backup
        already holds the same history (see :func:`same_history`)."""
        return DetachedBackup(self.path, store.passphrase_of(self.conn), self.folder,
                              self.keep, self._mark(), unless_unchanged=opening,
                              where=self.where)

    def finish(self, job: DetachedBackup) -> Path | None:
        """Take the outcome of a detached backup as if :meth:`backup_now` had made it."""
        self.error = job.error
        if job.made is not None or job.skipped:
            self.last_at, self.last_mark = self.clock(), job.mark
        return job.made


    def due(self) -> bool:
        """Whether ``interval`` has passed since the last backup and something changed."""
        if self.last_at is not None and self.clock() - self.last_at < self.interval:
            return False
        return self.last_mark is None or self._mark() != self.last_mark

    def tick(self) -> Path | None:
        """A backup, made here and now, if one is :meth:`due`."""
        return self.backup_now() if self.due() else None


@dataclass
class DetachedBackup:
    """A backup read through a connection of its own, so any thread may run it."""

    path: Path
    passphrase: str | None
    folder: Path | None
    keep: int
    mark: tuple[int, int]  # the project's change mark when the job was made
    unless_unchanged: bool = False  # skip it when the newest backup holds the same history
    where: tuple[int, int] | None = None  # the file opened (device, inode); None: unchecked
    made: Path | None = None
    skipped: bool = False  # nothing was copied: the newest backup is this state already
    error: str | None = None
    done: bool = False

    def run(self) -> None:
        try:
            if self.where is not None and file_identity(self.path) != self.where:
                # Moved, renamed or deleted while open: connecting by path made a new,
                # empty project at the old place and kept a copy of it among the
                # backups, pushing a real one out. The window's banner says why.
                self.error = (f"The automatic backup of {self.path.name} was not made: "
                              "the file is no longer where it was opened.")
                return
            source = store.connect_file(self.path, self.passphrase)
            try:
                if self.unless_unchanged and same_history(
                        source, self.path, self.folder, self.passphrase):
                    self.skipped = True
                    return
                self.made = make(source, self.path, self.folder, self.keep)
            finally:
                source.close()
        except StorageError as err:  # a full disk: the copy says what was not written
            self.error = f"The automatic backup of {self.path.name} failed: {err}"
        except WorkbenchError as err:  # a damaged project: said in its own sentence
            self.error = str(err)
        except (OSError, *dbapi.Error) as err:
            self.error = f"The automatic backup of {self.path.name} failed ({err})."
        finally:
            self.done = True


def history_head(conn: Any) -> tuple[Any, ...]:
    """What a project's recorded history has come to: its schema version and the last
    entry (seq and hash) of its audit and custody logs. Every change to the evidence
    (documents, originals, annotations, codebook, incidents) writes one of those."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    heads: list[Any] = [version]
    for log in ("audit", "custody"):
        row = conn.execute(f"SELECT seq, hash FROM {log} ORDER BY seq DESC LIMIT 1").fetchone()
        heads.append(tuple(row) if row else None)
    return tuple(heads)


def same_history(conn: Any, path: Path, folder: Path | None = None,
                 passphrase: str | None = None) -> bool:
    """Does the newest backup of ``path`` hold the same history as the open project?

    Opening a project ten times without a change would otherwise fill the ten kept
    backups with copies of one state and push out the older, different ones; a project
    reopened again and again after something went wrong would lose the very copies
    that were made before. A backup that cannot be read is never taken as the same.
    """
    newest = next((p for p in listed(path, folder) if not p.name.endswith("-replaced.wbproj")),
                  None)
    if newest is None:
        return False
    try:
        other = store.connect_file(newest, passphrase)
        try:
            other.execute("PRAGMA query_only = ON")
            theirs = history_head(other)
        finally:
            other.close()
        return theirs == history_head(conn)
    except (OSError, *dbapi.Error, WorkbenchError):
        # WorkbenchError: a backup keyed with another passphrase (WrongPassphrase) is
        # not this state; taking it for an error stopped the backup on opening.
        return False
