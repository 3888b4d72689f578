"""Open and create project files: one SQLite file, WAL, synchronous=FULL, foreign keys.

A project made with a passphrase is a SQLCipher 4 file, opened with ``sqlcipher3`` for
everything (see :mod:`workbench.core.dbapi`); its connection keeps the passphrase so a
backup of it can be keyed the same.
"""

from __future__ import annotations

import contextlib
import functools
import glob
import os
import re
import shutil
import sqlite3
import time
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from workbench.core import (
    clock,
    damage,
    dbapi,
    exclusive_rename,
    hiddenname,
    nodump,
    schema,
    searchindex,
    walcheck,
)
from workbench.core.errors import (
    HeldElsewhere,
    PassphraseNeeded,
    ProjectError,
    StorageError,
    WorkbenchError,
    WrongPassphrase,
)

SQLITE_HEADER = walcheck.SQLITE_HEADER
# SQLCipher 4's key derivation rounds (PBKDF2-HMAC-SHA512), pinned on every keyed
# connection and every keyed copy as the compatibility level is: a later library default
# must not make a project unopenable. The suite alone lowers it (tests/conftest.py), for
# the projects it makes and throws away: each derivation costs ~0.1-0.7 s.
KDF_ITER = 256_000
# How long a connection waits for another program's lock before it gives up (ms).
BUSY_MS = 5000
# What a ``-wal`` is cut back to whenever SQLite starts it over: about what SQLite's
# automatic checkpoint lets it reach (1,000 pages). A read holding one state of the
# project keeps the log from starting over while another program writes, so it grows
# (44 MB after 1,500 edits beside a verify); without a limit it kept that size, texts
# and fields in it outside the project file, until the project was closed.
WAL_LIMIT_BYTES = 4 * 1024 * 1024


@functools.cache
def _keyed_class() -> type:
    class Keyed(dbapi.cipher().Connection):  # type: ignore[misc]
        """A SQLCipher connection that remembers its passphrase, for keyed copies."""

        passphrase = ""

    return Keyed


class Passphrase(str):
    """A passphrase with the spellings it may have been given as before (``earlier``),
    tried in turn when it does not open a file, so that a project keyed with an older
    reading of the same words (a passphrase file's byte-order mark, the code points as
    typed before passphrases were normalised) still opens. Its own value is the key a
    new file gets. A plain ``str`` is a passphrase as typed, read with :func:`typed`."""

    earlier: tuple[str, ...] = ()


# Spaces other than U+0020 (a no-break space is what Option+Space types on a Mac, and
# some layouts type it after French punctuation): invisible in a hidden field.
_OTHER_SPACES = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
# Marks that set the direction of text and show nothing (left-to-right and right-to-left
# marks, the Arabic letter mark, embeddings, overrides and isolates): a passphrase in
# Arabic copied from a web page, a word processor or a chat often carries some, typed
# it has none. Zero-width joiners and non-joiners are not among them: they change how
# Persian and Arabic words are written, and are typed on purpose.
_DIRECTION_MARKS = re.compile("[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]")


def normalised(text: str) -> str:
    """The key ``text`` gives: NFC, with every space a plain space (RFC 8265's
    OpaqueString). The same-looking words come as different code points from one
    keyboard or system to the next (é precomposed or e and a combining accent; an
    Arabic fatha and shadda in either order): NFC makes them one. NFKC is not used: it
    also folds look-alikes that a user may have chosen on purpose (full-width digits,
    superscripts, Arabic presentation forms) into other characters, and loses more of
    what was typed than it saves.

    Line breaks at the end go too: a passphrase copied from a password manager or a
    text file often brings its line's end, which a one-line field keeps (hidden), while
    a passphrase file's first line and a prompt never hold one, so the project keyed
    in the window did not open from the command line, nor with the words typed. So do
    the invisible marks that set the direction of right-to-left text
    (``_DIRECTION_MARKS``)."""
    text = _DIRECTION_MARKS.sub("", text.rstrip("\r\n"))
    return _OTHER_SPACES.sub(" ", unicodedata.normalize("NFC", text))


def typed(text: str, *older: str) -> Passphrase:
    """A passphrase as the user gave it: keyed in its normalised form, and trying
    ``text`` as typed and then ``older`` spellings on a file keyed before (a project
    made before passphrases were normalised was keyed with the code points as typed),
    and last their decomposed form (NFD): such a project was keyed as its coder's
    system typed it, which may have been e and an accent where this one types é (a
    Mac's keyboard against another's). Each spelling tried costs a key derivation
    (about 0.1 s), and only when the ones before it failed."""
    if isinstance(text, Passphrase):
        return text  # its spellings were worked out where it was given
    words = Passphrase(normalised(text))
    given = (text, *older)
    words.earlier = tuple(dict.fromkeys(
        s for s in (*given, *(unicodedata.normalize("NFD", g) for g in given))
        if s != words))
    return words


def new_key(passphrase: str) -> str:
    """The key a file made or re-keyed with ``passphrase`` gets."""
    return str(typed(passphrase))


def _cipher_connect(target: str, passphrase: str, *, uri: bool = False) -> Any:
    """A keyed SQLCipher connection; WrongPassphrase (file untouched) if the key fails.
    The connection's ``passphrase`` is the spelling that opened it, alone, so that a
    keyed copy gets the file's own key and a later connection tries no other first."""
    if "\x00" in passphrase:
        # No passphrase holds one (a new one is refused), and SQLite's parser raised a
        # ValueError on it: a traceback instead of a sentence.
        raise WrongPassphrase(_wrong(target))
    words = typed(passphrase)
    try:
        return _cipher_connect_one(target, str(words), uri=uri)
    except WrongPassphrase:
        for other in words.earlier:
            with contextlib.suppress(WrongPassphrase):
                return _cipher_connect_one(target, other, uri=uri)
        raise


_NOT_A_DATABASE = 26  # SQLITE_NOTADB


def _cipher_connect_one(target: str, passphrase: str, *, uri: bool = False) -> Any:
    # From here the process holds the passphrase and will read decrypted pages: a core
    # dump of it would put both on the disk in plaintext.
    nodump.forbid()
    cip = dbapi.cipher()
    # The key is checked by a read, which waits for another program's lock: as long as
    # every other wait (BUSY_MS), not the driver's own default of five seconds.
    conn = cip.connect(target, uri=uri, isolation_level=None, check_same_thread=False,
                       factory=_keyed_class(), timeout=BUSY_MS / 1000)
    conn.passphrase = Passphrase(passphrase)  # this spelling alone: it opens the file
    conn.execute("PRAGMA cipher_log_level = NONE")  # a wrong key would print to stderr
    conn.execute(f"PRAGMA key = {dbapi.quote(passphrase)}")
    conn.execute("PRAGMA cipher_compatibility = 4")  # pinned: a later default must not bite
    conn.execute(f"PRAGMA kdf_iter = {KDF_ITER:d}")
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except cip.DatabaseError as err:
        conn.close()
        # A wrong key reads as "not a database"; a file SQLite could not open (its log
        # deleted under it by the program that had it open) is not a wrong passphrase.
        if getattr(err, "sqlite_errorcode", _NOT_A_DATABASE) & 0xFF != _NOT_A_DATABASE:
            raise
        raise WrongPassphrase(_wrong(target)) from None
    # Sorts and temporary tables stay in memory: nothing decrypted goes to a temp file.
    conn.execute("PRAGMA temp_store = MEMORY")
    # Every page read past the cache is decrypted again: a larger cache (32 MB instead of
    # SQLite's 2 MB) keeps whole-project reads (export, verify) near plain speed.
    conn.execute("PRAGMA cache_size = -32000")
    conn.row_factory = cip.Row
    searchindex.register(conn)
    return conn


def _wrong(target: str) -> str:
    name = Path(target.split("?")[0]).name
    return (f"{name}: the passphrase is wrong (or the file is not an encrypted project); "
            "nothing was changed.")


def connect_file(path: Path, passphrase: str | None = None) -> Any:
    """A connection to ``path`` of the build its encryption needs (no WAL switch yet)."""
    if passphrase:
        conn = _cipher_connect(str(path), passphrase)
    else:
        conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
        conn.row_factory = sqlite3.Row
        searchindex.register(conn)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_MS:d}")
    conn.execute(f"PRAGMA journal_size_limit = {WAL_LIMIT_BYTES:d}")
    return conn


def shrink_log(conn: Any) -> None:
    """Fold a ``-wal`` grown past :data:`WAL_LIMIT_BYTES` into the file and empty it,
    if no other program stands in the way right now; called once a read that held one
    state of the project has ended (``rawread.one_snapshot``). The read kept every
    checkpoint from starting the log over, and the writers beside it may stay idle for
    hours: their own limit only cuts the log at their next write.

    Never waits for another program (a writer's transaction, a reader's state): SQLite
    then folds what it can and the writers cut the log later. A read-only connection
    cannot fold anything, and a failure here must not turn a finished read into one."""
    with contextlib.suppress(OSError, *dbapi.DatabaseError):
        if conn.in_transaction:  # an outer read's state: folded once that one ends
            return
        name = conn.execute("PRAGMA database_list").fetchone()[2]
        if not name or os.path.getsize(f"{os.fsdecode(name)}-wal") <= WAL_LIMIT_BYTES:
            return
        wait = int(conn.execute("PRAGMA busy_timeout").fetchone()[0])
        conn.execute("PRAGMA busy_timeout = 0")
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        finally:
            conn.execute(f"PRAGMA busy_timeout = {wait:d}")


def passphrase_of(conn: Any) -> str | None:
    """The passphrase an encrypted project's connection was opened with, else None."""
    return getattr(conn, "passphrase", None) if dbapi.is_cipher(conn) else None


def _connect(path: Path, passphrase: str | None = None) -> sqlite3.Connection:
    # Autocommit mode: every write goes through an explicit BEGIN IMMEDIATE.
    conn = connect_file(path, passphrase)
    _prepare(conn, path)
    return conn


def connect_writer(path: Path, passphrase: str | None = None) -> sqlite3.Connection:
    """Another writing connection to a project already open and current in this process
    (a merge run in a thread of its own): the same build and settings as the first, none
    of the checks and upgrades of opening it."""
    return _connect(path, passphrase)


def _prepare(conn: sqlite3.Connection, path: Path) -> None:
    conn.execute("PRAGMA foreign_keys = ON")
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if mode.lower() != "wal":
        conn.close()
        raise ProjectError(f"{path.name}: the project could not be opened for writing.")
    # Field laptops lose power: NORMAL can drop the last commits, FULL cannot.
    conn.execute("PRAGMA synchronous = FULL")


def copy_to(conn: sqlite3.Connection, target: Path, partial: Path | None = None, *,
            new: bool = False) -> Path:
    """A consistent copy of the open project at ``target`` (SQLite's online backup API).

    An encrypted project's copy is keyed with its passphrase, so it stays encrypted.
    The copy is written beside ``target`` and renamed into place once it is on disk. A
    full disk or a folder that cannot be written is a StorageError saying so in one
    sentence, with nothing left at ``target``: it was SQLite's or the OS's bare error,
    which the command line showed as a traceback. ``partial``: where the copy is
    written (default ``TARGET.partial``). ``new``: ``target`` is a name that was free,
    and a file that took it while the copy was written (a sync client, another backup)
    is never replaced: ProjectError, and the copy is deleted.
    """
    partial = partial or target.with_name(f"{target.name}.partial")
    dest = None
    try:
        partial.unlink(missing_ok=True)
        dest = connect_file(partial, passphrase_of(conn))
        conn.backup(dest)
        dest.execute("PRAGMA journal_mode = DELETE")  # one self-contained file, no -wal
        dest.close()
        dest = None
        fsync_file(partial)
        if new:
            move_new(partial, target, "the copy was written")
        else:
            os.replace(partial, target)
        fsync_folder(target.parent)  # a backup said made survives a power cut
    except BaseException as err:
        if dest is not None:
            dest.close()
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        if isinstance(err, (OSError, *dbapi.OperationalError)):
            why = err.strerror if isinstance(err, OSError) and err.strerror else str(err)
            raise StorageError(f"{target.name} could not be written ({why}): nothing was "
                               f"left in {target.parent}, and the project is unchanged."
                               ) from err
        raise
    return target


def fsync_file(path: Path) -> None:
    """Flush a file to the disk before it is renamed over another."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _backup(conn: sqlite3.Connection, path: Path, version: int) -> Path:
    """The copy kept from before an upgrade, under the first free name.

    Two programs opening an older project at once each keep one. Written through one
    ``.partial`` file under the same free name, the second deleted the first's copy
    half made and renamed its own in, and the first, finding nothing to rename, said
    the project was not upgraded. So the copy is made under a name of this process
    (cleared by :func:`clear_dead_copies` once it is not running), then given the first free
    name, never one another program's copy took meanwhile."""
    made = copy_to(conn, hiddenname.hidden_copy(path, "upgrading"))
    n = 1
    while True:
        target = path.with_name(f"{path.name}.before-upgrade-v{version}"
                                + (f".{n}" if n > 1 else ""))
        if not target.exists() and log_beside(target) is None:
            try:
                move_new(made, target, "the copy was written")
                return target
            except ProjectError:  # another program's copy took the name meanwhile
                pass
        n += 1


# Below this much free space, a failure to open is the full disk's: SQLite's "disk I/O
# error" for a -shm it could not make read as a damaged project, which it was not (a
# user told so may well restore a backup over good work).
NO_ROOM_BYTES = 1024 * 1024


def _no_room(path: Path) -> bool:
    try:
        return shutil.disk_usage(path.parent).free < NO_ROOM_BYTES
    except OSError:
        return False


def refuse_taken(path: Path) -> None:
    """ProjectError when a new file may not take the name ``path``: a file is there, or
    a link, even one to nothing. A link to nothing was let through the look and then
    refused by the rename, once the whole file was made, as a file "that appeared
    while" it was made, which it had not."""
    if path.exists():
        raise ProjectError(f"{path}: a file of that name already exists; choose another name.")
    if path.is_symlink():
        raise ProjectError(f"{path}: a link of that name already exists (to "
                           f"{os.readlink(path)}, which does not exist); choose another "
                           "name.")


def creating_name(path: Path) -> Path:
    """Where this process makes the project ``path`` before moving it into place."""
    return hiddenname.hidden_copy(path, "creating")


def create(path: Path, passphrase: str | None = None, *,
           fill: Callable[[Path, sqlite3.Connection], object] | None = None,
           notices: list[str] | None = None) -> sqlite3.Connection:
    """A connection to a new project file at the latest schema; refuses to overwrite.

    With a passphrase the file is encrypted from its first byte. The project is made
    under a hidden name of its own (:func:`creating_name`), given to ``fill`` (with its
    connection) for what a new project holds besides its tables, and moved to ``path``
    only once whole and on the disk: killed part-way (a laptop switched off), the
    making left a file of a few tables at ``path``, which the next open took for a
    project of an older schema and upgraded. A creation killed before is cleared here
    (and said in ``notices``) or by opening the name (:func:`open_existing`).
    """
    path = Path(path)
    refuse_taken(path)
    if not path.parent.exists():
        raise ProjectError(f"{path}: the folder {path.parent} does not exist.")
    # SQLite finds a database's log by its name alone: the log of a deleted project of
    # this name would be read into the new file and bring the deleted project's rows back.
    for suffix in ("-wal", "-journal"):
        log = Path(f"{path}{suffix}")
        if log.exists():
            raise ProjectError(
                f"{path}: {log.name}, left by a deleted project of that name, lies beside "
                "it and would be read into the new one; move it away or choose another name.")
    if clear_dead_copies(path, (".creating",)) and notices is not None:
        notices.append(STOPPED_CREATION.format(name=path.name))
    building = creating_name(path)
    remove_with_logs(building)
    conn = None
    try:
        conn = _connect(building, passphrase)
        conn.execute(f"PRAGMA application_id = {schema.APPLICATION_ID:d}")
        schema.migrate(conn, now=clock.now())
        if fill is not None:
            fill(building, conn)
        # Written last: a project without it was never finished.
        conn.execute(
            "INSERT INTO meta(key, value) VALUES ('created_at', ?), ('created_by', 'workbench')",
            (clock.now(),),
        )
        # Put the header (application id, schema version) into the file itself at once,
        # so the file is recognised as a project even with its log lost.
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.close()
        conn = None
        if Path(f"{building}-wal").exists() and Path(f"{building}-wal").stat().st_size:
            raise StorageError(f"{path.name} was not created: its new file could not be "
                               "written whole; nothing was left behind.")
        fsync_file(building)
        move_new(building, path)
    except BaseException as err:
        if conn is not None:
            conn.close()
        remove_with_logs(building)
        if isinstance(err, dbapi.OperationalError):
            # A new project takes some 700 KB at once: on a nearly full card this was
            # SQLite's "database or disk is full" as a traceback.
            why = "the disk is full" if "full" in str(err) else str(err)
            raise StorageError(f"{path.name} was not created because {why}; nothing was "
                               "left behind.") from err
        if isinstance(err, OSError) and not isinstance(err, FileExistsError):
            raise StorageError(f"{path.name} was not created ({err.strerror or err}); "
                               "nothing was left behind.") from err
        raise
    remove_with_logs(building)  # its emptied -wal and -shm, if SQLite left them
    return _connect(path, passphrase)


# Said when a creation stopped part-way was found and its unfinished copy deleted: on
# making the project again, and on opening the name it never reached.
STOPPED_CREATION = ("An earlier making of {name} was stopped before it finished (the "
                    "program was closed or the computer switched off); its unfinished copy "
                    "was deleted.")
NEVER_MADE = ("{name} does not exist: making it was stopped before it finished (the program "
              "was closed or the computer switched off), so nothing was saved in it and its "
              "unfinished copy was deleted. Make it again (`workbench new {name}`, or "
              "File ▸ New project…).")


# A file an earlier version left at the project's name when its making was stopped:
# it was opened as a project of an older schema and upgraded, as if whole.
HALF_MADE = ("{name} was never finished: making it was stopped part-way (by an earlier "
             "version, which made it in place), so it is {what} and holds nothing. It was "
             "left as it is: delete it and make the project again (`workbench new "
             "{name}`, or File ▸ New project…).")


def _never_finished(conn: sqlite3.Connection) -> bool:
    """Whether a project file was left half-made: every project ever finished has its
    ``created_at`` (written last, since the first version), and one without it that
    holds documents is kept as a project (files made by hand, tools of others)."""
    tables = {r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' "
        "AND name IN ('meta', 'documents')")}
    if "meta" in tables and conn.execute(
            "SELECT 1 FROM meta WHERE key = 'created_at'").fetchone():
        return False
    return "documents" not in tables or conn.execute(
        "SELECT 1 FROM documents LIMIT 1").fetchone() is None


# Said when a log lies at a new file's name: SQLite finds a database's log by its name
# alone and replays it, whichever database wrote it.
LOG_BESIDE = ("{path}: {log} lies beside that name (a log another database left there), "
              "and SQLite would read it into the new file; move it away or choose "
              "another name.")


def log_beside(path: Path, *, own_wal: bool = False) -> Path | None:
    """The ``-wal`` or ``-journal`` that lies at ``path``'s name, if one does (a link
    too, even to nothing); with ``own_wal``, the ``-wal`` is the new file's own."""
    for suffix in ("-journal",) if own_wal else ("-wal", "-journal"):
        log = Path(f"{path}{suffix}")
        if os.path.lexists(log):
            return log
    return None


def move_new(building: Path, path: Path, what: str = "the project was made", *,
             own_wal: bool = False) -> None:
    """Give the finished file ``building`` the name ``path``, never over another file.

    Three ways, best first, as an export takes a new name (``outfile._into_place``): a
    rename that refuses a taken name, in one step, leaving no second name behind; a hard
    link, refused where a file is, whose second name is then removed; and, on a file
    system with neither (FAT, some shares), a last look and then a rename, which would
    replace a file appearing in that instant. No empty file takes the name first (the
    export's last way): killed before the rename, it would stand at the name as a
    project no command opens.

    A ``-wal`` or ``-journal`` at the name (a deleted database's) refuses it, looked for
    before and again after the rename, and is left as it is: SQLite would replay it into
    the new file, which then opened as another project's rows (``own_wal``: the file's
    own log took its name first)."""
    appeared = f"{path}: a file of that name appeared while {what}; choose another name."
    if (log := log_beside(path, own_wal=own_wal)) is not None:
        raise ProjectError(LOG_BESIDE.format(path=path, log=log.name))
    try:
        if not exclusive_rename.rename_no_replace(building, path):
            _link_new(building, path, appeared)
    except FileExistsError:
        raise ProjectError(appeared) from None
    if (log := log_beside(path, own_wal=own_wal)) is not None:
        # It came in while the name was taken: the file goes back to the name it was
        # made under before anything opens it (SQLite would replay that log into it),
        # for the caller to clear or name again; the log is left as it is.
        os.replace(path, building)
        raise ProjectError(LOG_BESIDE.format(path=path, log=log.name))
    fsync_folder(path.parent)


def _link_new(building: Path, path: Path, appeared: str) -> None:
    """The ways left where the rename that refuses a taken name is missing."""
    try:
        os.link(building, path)  # fails if a file of that name appeared meanwhile
    except FileExistsError:
        raise ProjectError(appeared) from None
    except OSError:  # a file system without hard links (FAT, exFAT)
        if path.exists():
            raise ProjectError(appeared) from None
        os.replace(building, path)
    building.unlink(missing_ok=True)


def fsync_folder(folder: Path) -> None:
    """Flush a folder's entries, so that a rename in it survives a power cut."""
    with contextlib.suppress(OSError):  # Windows cannot open a folder this way
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def remove_with_logs(path: Path) -> None:
    for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm"),
                     Path(f"{path}-journal")):
        leftover.unlink(missing_ok=True)


# SQLite's lock bytes (its unix and Windows file formats): every connection that has a
# WAL project open, even idle, holds a read lock in the shared range; a new one must
# first take a read lock on the pending byte.
_PENDING_BYTE = 0x40000000
_SHARED_FIRST = _PENDING_BYTE + 2
_SHARED_SIZE = 510


@contextlib.contextmanager
def held_alone(path: Path) -> Iterator[None]:
    """Keep other programs out of ``path`` while it is replaced; ProjectError if one
    has it open now.

    A program that has the project open keeps writing into the file it opened: once
    the name leads to another file, its later writes go nowhere and nobody is told. So
    the locks SQLite itself takes are tried, without SQLite (the file may be damaged or
    encrypted): a write lock on the shared range fails while any connection has the file
    open, and one on the pending byte keeps new connections from starting until the
    file is replaced. The locks are the process's own (POSIX), so the project must not
    be open in this process either. Where ``fcntl`` is missing (Windows), replacing a
    file another program holds open fails by itself.
    """
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        yield
        return
    try:
        fd = os.open(path, os.O_RDWR)
    except FileNotFoundError:
        yield
        return
    except PermissionError:  # a read-only file: nobody writes through it
        yield
        return
    try:
        try:
            fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB, 1, _PENDING_BYTE)
            fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB, _SHARED_SIZE, _SHARED_FIRST)
        except OSError:
            raise ProjectError(f"{Path(path).name} is open in another program; close it "
                               "there first. Nothing was changed.") from None
        yield
    finally:
        os.close(fd)  # releases both locks


# Whole copies of a project written beside it under a temporary name: the conversions'
# (crypto) and a restore's. Each is renamed over the project once complete, so one left
# behind only ever duplicates a file that exists; ``decrypt``'s is plaintext. A new
# project is made under such a name too (``create``): one left behind was never finished;
# so is the copy kept before an upgrade (``_backup``), renamed to a name of its own.
_TEMP_COPIES = (".converting", ".restoring", ".creating", ".upgrading")
# Where a process cannot be asked whether it still runs: a copy this old is left over.
_DEAD_COPY_SECONDS = 3600


def clear_dead_copies(path: Path, kinds: tuple[str, ...] = _TEMP_COPIES) -> list[Path]:
    """Delete the temporary copies of ``path`` whose writer is no longer running.

    A conversion or restore killed midway (power cut, kill -9) leaves its copy, and a
    killed ``decrypt`` leaves the whole project in plaintext beside the encrypted file,
    hidden by its leading dot, where no later command looked. Opening the project and
    every conversion now clear such copies."""
    path = Path(path)
    gone = []
    for leftover, rest in _temp_copies(path):
        # ".NAME.PID.converting", and its journal or unfinished copy ("-journal",
        # ".partial") beside it
        pid, _, kind = rest.partition(".")
        kind = re.split(r"[.-]", kind, maxsplit=1)[0]
        if f".{kind}" not in kinds or not pid.isdigit() or running(int(pid),
                                                                        leftover):
            continue
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()
            gone.append(leftover)
    return gone


def _temp_copies(path: Path) -> Iterator[tuple[Path, str]]:
    """The hidden copies beside ``path``, each with what follows ``.NAME.`` in its name.

    Beside the file a symbolic link leads to as well: a conversion writes its copy
    there. And ``..NAME.PID.restoring.PID.converting``: a restore re-keying its own copy
    (``.NAME.PID.restoring``) writes one of that copy, killed midway it was never
    deleted.

    A name too long to leave room for the rest is shortened in its copies' names
    (``hiddenname``): they are found under the short name as well, and so is a copy of
    such a copy."""
    real = Path(os.path.realpath(path))
    for where in [path] if real == Path(os.path.abspath(path)) else [path, real]:
        for stem in hiddenname.stems(where):
            for dots in (".", ".."):
                prefix = f"{dots}{stem}."
                for leftover in list(where.parent.glob(f"{glob.escape(prefix)}*")):
                    rest = leftover.name[len(prefix):]
                    yield leftover, rest
                    if dots == ".":
                        yield from _short_copies_of(leftover, rest)


def _short_copies_of(copy: Path, rest: str) -> Iterator[tuple[Path, str]]:
    """The copies of the hidden ``copy`` made under its short name, each with ``rest``
    (what follows NAME in ``copy``'s name) before its own: they go with ``copy``."""
    prefix = f".{hiddenname.short_stem(copy)}."
    for leftover in list(copy.parent.glob(f"{glob.escape(prefix)}*")):
        yield leftover, f"{rest}.{leftover.name[len(prefix):]}"


def running(pid: int, leftover: Path) -> bool:
    """Whether the process ``pid`` that left ``leftover`` may still be using it (never
    this process: it removes its own copy before it writes another)."""
    if pid == os.getpid():
        return False  # this process removes its own copy before it writes another
    if os.name == "nt":  # os.kill would end the process there
        try:
            return time.time() - leftover.stat().st_mtime < _DEAD_COPY_SECONDS
        except FileNotFoundError:
            return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process
        return True
    return True


def writable(path: Path) -> bool:
    """Whether the project and its folder can be written (SQLite's WAL needs both)."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def open_reader(path: Path) -> sqlite3.Connection:
    """A second, read-only connection to a plain project (``verify`` checks the file's
    structure on it in another thread); text comes back as str, rows as tuples."""
    conn = _connect_read_only(path)
    conn.row_factory = None
    return conn


def _connect_read_only(path: Path, passphrase: str | None = None, *,
                       untouched: bool = False) -> sqlite3.Connection:
    # immutable=1 also skips the -shm file, which a read-only folder cannot hold; it is
    # only safe when no -wal holds commits that the file itself lacks.
    has_wal = Path(f"{path}-wal").exists()
    immutable = (untouched or not os.access(path.parent, os.W_OK)) and not has_wal
    uri = f"{path.resolve().as_uri()}?{'immutable=1' if immutable else 'mode=ro'}"
    if passphrase:
        conn = _cipher_connect(uri, passphrase, uri=True)
    else:
        conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
        conn.row_factory = sqlite3.Row
        searchindex.register(conn)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_MS:d}")
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def _set_aside_foreign_wal(path: Path, header: walcheck.Header, notices: list[str], *,
                           encrypted: bool = False) -> None:
    """Move a ``-wal`` that another database wrote out of the way, saying so."""
    wal = Path(f"{path}-wal")
    if not wal.is_file():
        return
    why = walcheck.foreign_wal(wal, header, schema.APPLICATION_ID, encrypted=encrypted)
    if why is None:
        return
    stamp = clock.now().replace(":", "").replace("-", "")
    target = _set_aside(wal, f"{wal.name}.orphaned-{stamp}")
    shm = Path(f"{path}-shm")
    if shm.exists():  # its index describes the moved log
        _set_aside(shm, f"{shm.name}.orphaned-{stamp}")
    notices.append(f"{wal.name} did not belong to this project ({why}); it was moved "
                   f"aside to {target.name} and the project opened without it.")


def _set_aside(file: Path, name: str) -> Path:
    """Move ``file`` to ``name`` beside it, or to ``name.2``, ``name.3``… when that is
    taken, and flush the folder. A plain rename put it over a log set aside before
    under the same name (the same millisecond, or a clock set back), which may be the
    only copy of another database's last writes."""
    n = 1
    while True:
        target = file.with_name(name if n == 1 else f"{name}.{n}")
        try:
            move_new(file, target, "it was set aside")
            return target
        except ProjectError:
            n += 1


def fold_log(path: Path, passphrase: str | None = None) -> bool:
    """Checkpoint the commits of ``path``'s ``-wal`` into the file and close it, which
    removes the log; True if that was done. A log another file wrote, a file SQLite
    cannot open, another program holding it, or a wrong passphrase: False, and nothing
    changed. Called before the file is replaced (a restore): the log is deleted first,
    and a stop before the replacing rename must leave the file whole without it."""
    path = Path(path)
    wal = Path(f"{path}-wal")
    if not wal.is_file():
        return True
    try:
        header = _checked_header(path, passphrase)
        if walcheck.foreign_wal(wal, header or walcheck.cipher_header(),
                                schema.APPLICATION_ID, encrypted=header is None):
            return False
        conn = connect_file(path, passphrase if header is None else None)
    except (ProjectError, OSError, *dbapi.DatabaseError):
        return False
    try:
        busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
    except dbapi.DatabaseError:
        busy = 1
    finally:
        conn.close()  # the last connection: SQLite checkpoints again and deletes the log
    return not busy and not wal.exists()


def _checked_header(path: Path, passphrase: str | None) -> walcheck.Header | None:
    """The project's header, or None for a file that may be encrypted (passphrase given)."""
    try:
        header = walcheck.read_header(path)
        maybe_encrypted = header is None and walcheck.may_be_encrypted(path)
    except OSError as err:
        raise ProjectError(f"{path.name} could not be read ({err.strerror}).") from None
    if header is None and maybe_encrypted:
        if not dbapi.available():
            # Asked for first, a passphrase was typed (three times, in the window) only
            # to hear that no passphrase could open it here.
            raise ProjectError(f"{path.name} is not a SQLite file, or is an encrypted "
                               "project, which this installation cannot open: it lacks "
                               "the sqlcipher3 package (reinstall Workbench with its "
                               "dependencies).")
        if not passphrase:
            raise PassphraseNeeded(f"{path.name} is not a SQLite file, or is an encrypted "
                                   "project: give its passphrase.")
        return None
    if header is None:
        raise ProjectError(f"{path.name} is not a Workbench project (it is not a SQLite file).")
    if not header.sane:
        raise ProjectError(f"{path.name} is damaged and cannot be opened (its header is not "
                           f"that of a SQLite file). {damage.advice(path)}")
    if header.application_id != schema.APPLICATION_ID:
        # A crash before the first checkpoint leaves the newest page 1 only in the log.
        logged = walcheck.logged_header(Path(f"{path}-wal"), header)
        if logged is not None and logged.application_id == schema.APPLICATION_ID:
            header = logged
    if header.application_id != schema.APPLICATION_ID:
        raise ProjectError(f"{path.name} is a SQLite file but not a Workbench project.")
    _refuse_newer(path, header.user_version)
    return header


def _refuse_newer(path: Path, version: int) -> None:
    if version > schema.LATEST:
        raise ProjectError(
            f"{path.name} was made by a newer Workbench (schema {version}); "
            f"this version reads up to schema {schema.LATEST}."
        )


def not_a_file(path: Path) -> str:
    """The sentence for a project path that names no file: a folder is said to be one,
    since "no such file" about a folder the user can see sends them looking elsewhere."""
    if path.is_dir():
        return f"{path}: this is a folder, not a project file; choose the .wbproj file in it."
    named = path.with_name(f"{path.name}.wbproj")
    if not path.suffix and named.is_file():  # `workbench docs notes` beside notes.wbproj
        return f"{path}: no such project file; did you mean {named}?"
    return f"{path}: no such project file."


# Runs a function in another thread and returns once it has ended: the window passes one
# that keeps its events running meanwhile (``gui/opening_notice.py``).
Detach = Callable[[Callable[[], None]], None]


def _rebuild_detached(path: Path, key: str | None, announce: Callable[[str], None] | None,
                      progress: searchindex.Progress | None, detach: Detach) -> None:
    """The search index rebuilt through a connection of its own, in ``detach``'s thread.

    The opening connection holds no transaction meanwhile, so it does not stand in the
    rebuild's way, and it sees the new index once it has committed. The rebuild is one
    transaction there as here: a failure leaves the old index and fold version, and is
    raised here, where the opening says it in one sentence."""
    if announce is not None:
        announce(searchindex.REBUILD_SENTENCE)
    failed: list[BaseException] = []

    def work() -> None:
        try:
            conn = _connect(path, key)
            try:
                searchindex.ensure_current(conn, None, progress)
            finally:
                conn.close()
        except BaseException as err:  # raised in the opening's thread instead
            failed.append(err)

    detach(work)
    if failed:
        raise failed[0]


def _openable(path: Path, conn: Any, encrypted: bool) -> int:
    """The schema version of the project ``conn`` reads; ProjectError (``conn`` closed)
    for a file this version must not open: not a project once its log is read (a
    replayed log can change the header), a later schema, a project never finished."""
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = schema.current_version(conn)
        half_made = app_id == schema.APPLICATION_ID and _never_finished(conn)
    except BaseException:
        conn.close()
        raise
    if app_id != schema.APPLICATION_ID:
        conn.close()
        what = "an encrypted database" if encrypted else "a SQLite file"
        raise ProjectError(f"{path.name} is {what} but not a Workbench project.")
    if version > schema.LATEST:
        conn.close()
        _refuse_newer(path, version)
    if half_made:
        conn.close()
        raise ProjectError(HALF_MADE.format(name=path.name,
                                            what=f"a project of {version} of its "
                                                 f"{schema.LATEST} schema steps"))
    return int(version)


_BUSY, _LOCKED, _PROTOCOL = 5, 6, 15  # SQLITE_BUSY, SQLITE_LOCKED, SQLITE_PROTOCOL
# SQLite gives up on a log's shared index with SQLITE_PROTOCOL ("locking protocol") when
# other connections kept changing it through all its own retries: on a loaded machine
# right after a writer was killed, while the next opener recovers the log. Nothing is
# damaged; opening again succeeds.
PROTOCOL_TRIES = 4


def lost_a_race(err: BaseException) -> bool:
    """Whether SQLite gave up on the log's locks (SQLITE_PROTOCOL), which a retry passes."""
    code = getattr(err, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF == _PROTOCOL
    return "locking protocol" in str(err)

READ_ONLY_LOG = ("{name} cannot be opened where it is: its log ({name}-wal), left beside "
                 "it when the program that had it open was stopped suddenly, may hold its "
                 "latest changes, and SQLite reads a log only where it may write, which "
                 "this disk or folder does not allow. That does not make the project "
                 "damaged, and nothing was changed: copy {name} together with {name}-wal "
                 "to a writable disk and open the copy.")


def held_elsewhere(err: BaseException) -> bool:
    """Whether SQLite could not read the file because another program holds it alone
    (or kept its log's locks through every retry)."""
    code = getattr(err, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF in (_BUSY, _LOCKED, _PROTOCOL)
    return "database is locked" in str(err) or "locking protocol" in str(err)


# Every holder, not only the rewrites: an upgrade also waits on a program writing the
# project, and was told that an encryption or a restore was rewriting it.
HELD = ("{name} is held by another program (an import or a merge writing to it, or an "
        "encryption, a change of passphrase or a restore rewriting it, for example), so "
        "it was not {what}; nothing is wrong with it. Try again once that has finished.")


def _unopenable(path: Path, err: BaseException) -> WorkbenchError:
    """What opening ``path`` says when SQLite could not read it (``err``)."""
    if held_elsewhere(err):
        # An encryption, a change of passphrase or a restore copies the project under
        # a lock no reader passes; it was said to be "damaged and cannot be opened
        # (database is locked)", and a user told so may restore a backup over it.
        return HeldElsewhere(HELD.format(name=path.name, what="opened"))
    if Path(f"{path}-wal").exists() and not os.access(path.parent, os.W_OK):
        # Before the full disk: a mounted image has no free space either. SQLite reads
        # a log only through a -shm it makes beside it, which read-only media cannot
        # hold; the project is not damaged, and said so a user may restore over it.
        return ProjectError(READ_ONLY_LOG.format(name=path.name))
    if _no_room(path):
        return StorageError(f"{path.name} cannot be opened because the disk it is on is "
                            "full: SQLite needs room beside it for its -wal and -shm "
                            "files. Make room on the disk and open it again.")
    return ProjectError(f"{path.name} is damaged and cannot be opened ({err}). "
                        f"{damage.advice(path)}")


@contextlib.contextmanager
def _looking(path: Path, key: str | None) -> Iterator[Any]:
    """A read-only connection to a project with a ``-wal`` beside it, that writes none
    of its files.

    The last writing connection to close checkpoints the log into the file and deletes
    it, whatever it found there: a refusal after SQLite had read the file (a later
    schema only in the log, a wrong passphrase, a half-made project) wrote the log's
    pages, which may be another version's, into the project. A read-only connection
    never checkpoints, and with ``readonly_shm`` it leaves the ``-shm`` as it is too
    (SQLite reads the log into memory when the ``-shm`` cannot be trusted). With no
    ``-shm`` it must make one, deleted again at the end unless another program has
    opened the project meanwhile. WrongPassphrase for a wrong key."""
    shm = Path(f"{path}-shm")
    had_shm = shm.exists()
    uri = f"{path.resolve().as_uri()}?mode=ro{'&readonly_shm=1' if had_shm else ''}"
    conn = None
    try:
        if key:
            conn = _cipher_connect(uri, key, uri=True)
        else:
            conn = sqlite3.connect(uri, uri=True, isolation_level=None,
                                   check_same_thread=False)
            searchindex.register(conn)
        conn.execute(f"PRAGMA busy_timeout = {BUSY_MS:d}")
        yield conn
    finally:
        if conn is not None:
            conn.close()
        if not had_shm and shm.exists():
            with contextlib.suppress(ProjectError, OSError), held_alone(path):
                shm.unlink(missing_ok=True)
        _drop_empty_log(path)


def _drop_empty_log(path: Path) -> None:
    """Delete an empty ``-wal`` that no program uses (it has no ``-shm``): a look that
    failed because the log's holder deleted it meanwhile leaves one, made by SQLite."""
    wal, shm = Path(f"{path}-wal"), Path(f"{path}-shm")
    with contextlib.suppress(OSError):
        if wal.stat().st_size == 0 and not shm.exists():
            with contextlib.suppress(ProjectError), held_alone(path):
                if wal.stat().st_size == 0 and not shm.exists():
                    wal.unlink()


def _looked_at_first(path: Path, key: str | None, encrypted: bool) -> str | None:
    """Check a project with a ``-wal`` beside it on a read-only connection before a
    writing one opens it (:func:`_looking`); the spelling of the passphrase that
    opened it.

    The program holding the project may close it between the check for its files and
    the look's connection, folding the log into the file and deleting the log and its
    ``-shm``: SQLite then cannot open the look. With the log gone there is nothing left
    to look at (the writing connection checks the file before it writes), and with a
    log back (a third program opened it meanwhile) the look is tried again."""
    for attempt in range(3):
        if not _log_worth_a_look(path):
            return key
        try:
            with _looking(path, key) as conn:
                _openable(path, conn, encrypted)
                return passphrase_of(conn) if key else None
        except dbapi.DatabaseError as err:
            # A program holding it alone (an encryption's copy) keeps no -shm either:
            # not a holder that closed, and trying again only waited as long again.
            if attempt == 2 or held_elsewhere(err) or not _log_went_meanwhile(path):
                raise
    return key  # pragma: no cover - the loop returns or raises


def _log_worth_a_look(path: Path) -> bool:
    """Whether ``path`` has a ``-wal`` beside it that is not a log's header alone (an
    empty one is looked at, as a program holding the project open leaves it). A writer
    killed just after it began a new log leaves the log's header alone, with a ``-shm``
    no read-only connection can use (SQLite answers "locking protocol" every time): with
    no page in the log there is nothing to look at, and the writing connection that
    opens it next rebuilds the ``-shm``."""
    try:
        return Path(f"{path}-wal").stat().st_size != walcheck.WAL_HEADER
    except OSError:
        return False


def _log_went_meanwhile(path: Path) -> bool:
    """After a failed look: whether its -wal or -shm is gone (its holder closed)."""
    return not (Path(f"{path}-wal").exists() and Path(f"{path}-shm").exists())


def _upgrade(conn: Any, path: Path, version: int, upto: int) -> None:
    """Upgrade the project ``conn`` has open from ``version``, after a copy of it is kept
    beside it (``_backup``); ``conn`` is closed on any failure.

    The copy is the user's way back from an upgrade that ran and failed, and stays then.
    An upgrade refused because another program was writing the project (a long import
    or merge) changed nothing: each refusal left a full copy beside the project all the
    same. So the copy is made only once no other program is writing, and taken away
    again when another one began meanwhile and the upgrade did not change the file."""
    held = HeldElsewhere(HELD.format(name=path.name, what="upgraded for this version"))
    try:
        conn.execute("BEGIN IMMEDIATE")  # waits as the upgrade's first step would
        try:
            # Read again once the lock is held: the program that held it may have been
            # another one upgrading the project, and a copy made now would keep the
            # upgraded project under the name of the version before.
            version = schema.current_version(conn)
        finally:
            conn.execute("ROLLBACK")
    except dbapi.DatabaseError as err:
        conn.close()
        if held_elsewhere(err):
            raise held from None
        raise ProjectError(f"{path.name} could not be upgraded ({err}).") from None
    if version >= upto:
        return  # upgraded meanwhile: nothing to keep a copy of, nothing to do
    try:
        kept = _backup(conn, path, version)
    except StorageError as err:
        conn.close()
        raise StorageError(f"{path.name} was not upgraded, as the copy kept from before "
                           f"an upgrade could not be made: {err}") from err
    try:
        schema.migrate(conn, upto=upto, now=clock.now())
    except dbapi.DatabaseError as err:
        try:
            untouched = schema.current_version(conn) == version
        except dbapi.DatabaseError:
            untouched = False  # cannot tell: the copy stays
        conn.close()
        if held_elsewhere(err):  # another program's long import or merge writing it
            if untouched:
                with contextlib.suppress(OSError):
                    kept.unlink()
                    fsync_folder(kept.parent)
            raise held from None
        raise ProjectError(f"{path.name} could not be upgraded ({err}).") from None


def opens_with(path: Path, passphrase: str) -> bool:
    """Whether ``passphrase`` opens the encrypted file ``path``; the file, its log and
    its ``-shm`` are left as they were either way. A file SQLite cannot read is refused
    as :func:`open_existing` refuses it (:class:`HeldElsewhere` while another program
    holds it alone): SQLite's bare error was shown as a traceback, or taken by a caller
    for a wrong passphrase or a damaged file."""
    try:
        return _opens_with(path, passphrase)
    except dbapi.DatabaseError as err:
        raise _unopenable(path, err) from None


def _opens_with(path: Path, passphrase: str) -> bool:
    try:
        for attempt in range(3):
            if not Path(f"{path}-wal").exists():
                break
            try:
                with _looking(path, passphrase):
                    return True
            except dbapi.DatabaseError as err:  # as in _looked_at_first
                if attempt == 2 or held_elsewhere(err) or not _log_went_meanwhile(path):
                    raise
        connect_file(path, passphrase).close()  # without a log nothing is checkpointed
    except WrongPassphrase:
        return False
    return True


def open_existing(path: Path, *, upto: int = schema.LATEST, read_only: bool | None = None,
                  notices: list[str] | None = None, passphrase: str | None = None,
                  untouched: bool = False,
                  announce: Callable[[str], None] | None = None,
                  progress: searchindex.Progress | None = None,
                  detach: Detach | None = None) -> sqlite3.Connection:
    """Open a project, upgrading it (after a backup copy) if it is older.

    The header is read first, without SQLite, so that a file which is not a project is
    left byte for byte as it was. ``read_only`` None means: read-only when the file or
    its folder cannot be written. ``notices`` receives sentences for the user. An
    encrypted project needs ``passphrase``; a wrong one changes nothing. ``untouched``
    (with ``read_only``, for a file with no ``-wal`` beside it) reads the file without
    SQLite's shared-memory and log files, which a read-only open otherwise leaves behind.
    ``announce`` is told a sentence before a long step (a search index rebuilt for this
    version's folding), so that the caller can show it instead of seeming to hang;
    ``progress`` hears how far that rebuild has got, and ``detach`` runs it elsewhere
    (:data:`Detach`: the window keeps painting meanwhile).
    """
    path = Path(path)
    notices = notices if notices is not None else []
    if not path.is_file():
        if not path.exists() and os.access(path.parent, os.W_OK) and clear_dead_copies(
                path, (".creating",)):
            raise ProjectError(NEVER_MADE.format(name=path.name))
        raise ProjectError(not_a_file(path))
    if path.stat().st_size == 0 and not Path(f"{path}-wal").exists():
        raise ProjectError(HALF_MADE.format(name=path.name, what="an empty file"))
    header = _checked_header(path, passphrase)
    encrypted = header is None  # a plain project ignores a passphrase given for it
    if read_only is None:
        read_only = not writable(path)
    if not read_only:
        _set_aside_foreign_wal(path, header or walcheck.cipher_header(), notices,
                               encrypted=encrypted)
        clear_dead_copies(path)
    key = passphrase if encrypted else None
    for attempt in range(PROTOCOL_TRIES):
        conn = None
        try:
            if read_only:
                conn = _connect_read_only(path, key, untouched=untouched)
            else:
                if Path(f"{path}-wal").exists():
                    key = _looked_at_first(path, key, encrypted)
                conn = connect_file(path, key)  # keyed and checked before anything is written
            version = _openable(path, conn, encrypted)
            break
        except dbapi.DatabaseError as err:
            if not lost_a_race(err) or attempt == PROTOCOL_TRIES - 1:
                raise _unopenable(path, err) from None
            if conn is not None:
                conn.close()
            time.sleep(0.2 * (attempt + 1))
    if not read_only:
        _prepare(conn, path)
    if version < upto and read_only:
        conn.close()
        raise ProjectError(f"{path.name} is read-only and needs an upgrade to be opened by "
                           "this version; copy it somewhere writable first.")
    if version < upto:
        _upgrade(conn, path, version, upto)
    if not read_only:
        try:  # folded by another version: rebuilt before anything can write
            said = None if announce is None else lambda s: announce(f"{path.name}: {s}")
            if detach is not None and searchindex.stale(conn):
                _rebuild_detached(path, key, said, progress, detach)
                said = None  # said once; below it finds the index current
            searchindex.ensure_current(conn, said, progress)
        except dbapi.DatabaseError as err:
            conn.close()
            raise ProjectError(f"{path.name}: its search index could not be rebuilt "
                               f"({err}); the project is as it was, and opening it again "
                               "tries again.") from None
        except BaseException:
            conn.close()
            raise
    elif searchindex.stale(conn):
        notices.append(f"{path.name} is open read-only and its search index was made by "
                       "another version: search finds what that version found (an older "
                       "one does not match a hamza's seat written the older way, as in "
                       "شاطىء or شيء, nor older ones its two seats, and the oldest not "
                       "Persian letter forms or Arabic-Indic digits) "
                       "until the project is opened writable once.")
    return conn
