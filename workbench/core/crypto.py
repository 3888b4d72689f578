"""Encrypting, decrypting and re-keying a project file (SQLCipher 4).

Each conversion writes a new file beside the project with ``sqlcipher_export`` and then
renames it over the project, so a crash leaves either the old file or the new one. The
new file is encrypted, except when decrypting was asked for. SQLCipher's export copies
tables, not the header, so the application id and schema version are copied by hand.

The project must be closed in this process (one file, one SQLite build at a time); the
source is locked exclusively while it is copied, so another program writing it makes
the conversion stop with a sentence instead of losing that program's writes.
"""

from __future__ import annotations

import contextlib
import glob
import json
import os
import sqlite3
from pathlib import Path
from typing import Any

from workbench.core import dbapi, hiddenname, nodump, searchindex, store, walcheck
from workbench.core.errors import HeldElsewhere, ProjectError, WrongPassphrase
from workbench.core.wording import agrees, counted

MIN_LENGTH = 8


def check_new_passphrase(passphrase: str) -> str:
    """``passphrase`` if it can protect a project, else a ProjectError saying why."""
    if len(store.normalised(passphrase)) < MIN_LENGTH:  # as it is keyed
        raise ProjectError(f"Choose a passphrase of at least {MIN_LENGTH} characters.")
    if "\x00" in passphrase:
        raise ProjectError("A passphrase cannot contain a NUL character.")
    return passphrase


def is_encrypted(path: Path) -> bool:
    """Whether ``path`` looks like an encrypted project (no SQLite header, whole pages)."""
    path = Path(path)
    return walcheck.read_header(path) is None and walcheck.may_be_encrypted(path)


class Converted(list[Path]):
    """The backups a conversion converted; ``left`` holds those it could not read
    (damaged), which are as they were."""

    def __init__(self, converted: list[Path], left: list[Path], *, rekey: bool,
                 older: list[Path] | None = None, held: list[Path] | None = None):
        super().__init__(converted)
        self.left = left
        # Backups another program held alone (a restore or a check reading one): sound,
        # and converted by the same command run again once it has let go.
        self.held = held or []
        self.rekey = rekey
        # Re-keying: backups neither the retired passphrase nor the new one opens (made
        # under a passphrase older than the retired one, e.g. kept on a drive that was
        # away when it was changed): the new passphrase will not open them.
        self.older = older or []

    def warning(self) -> str | None:
        """The sentences that name the backups left as they were, or None."""
        out = []
        still = ("still open with the old passphrase" if self.rekey
                 else "still readable without the passphrase")
        if self.left:
            out.append(_left_as_they_were(self.left, "could not be read", still,
                                          "Delete {it} if the other backups are enough."))
        if self.held:
            out.append(_left_as_they_were(
                self.held, "{was} in use by another program", still,
                "Nothing is wrong with {it}: run the same command again, with the same "
                "passphrases, once that program has finished."))
        if self.older:
            names = ", ".join(_shown(b) for b in self.older)
            n = len(self.older)
            out.append(f"Neither the passphrase changed nor the new one opens "
                       f"{counted(n, 'backup')}, so {agrees(n, 'it was', 'they were')} "
                       f"left as {agrees(n, 'it was', 'they were')}: {names}. "
                       f"{agrees(n, 'It was', 'They were')} made under an older "
                       f"passphrase (or {agrees(n, 'is', 'are')} damaged) and "
                       f"{agrees(n, 'opens', 'open')} only with that one; delete "
                       f"{agrees(n, 'it', 'them')} if the other backups are enough.")
        return " ".join(out) or None


def _left_as_they_were(backups: list[Path], why: str, still: str, then: str) -> str:
    """"N backups <why>, so they were left as they were and are <still>: names. <then>",
    with "{was}" and "{it}" in ``why`` and ``then`` agreeing with N."""
    n = len(backups)
    words = {"was": agrees(n, "was", "were"), "it": agrees(n, "it", "them")}
    names = ", ".join(_shown(b) for b in backups)
    return (f"{counted(n, 'backup')} {why.format(**words)}, so "
            f"{agrees(n, 'it was', 'they were')} left as {agrees(n, 'it was', 'they were')} "
            f"and {agrees(n, 'is', 'are')} {still}: {names}. {then.format(**words)}")


def _shown(backup: Path) -> str:
    """A backup as a warning names it: its folder and its name."""
    return f"{backup.parent.name}/{backup.name}"


def _convert_backups(path: Path, old: str | None, new: str,
                     project_id: str | None = None,
                     only: list[Path] | None = None) -> Converted:
    _clear_unfinished(path)
    done, left, older, held = [], [], [], []
    strays = _strays(path, project_id) if old is None and project_id else []
    for b in (_backups(path) + strays if only is None else only):
        try:
            if _convert_backup(b, old, new):
                done.append(b)
            elif old is not None and is_encrypted(b) and not store.opens_with(b, new):
                # Not on the retired passphrase, nor already on the new one (a change
                # finished again): one older still. It was skipped without a word, and
                # the user learnt only when a restore asked for a passphrase they no
                # longer had in mind.
                older.append(b)
        except (*dbapi.DatabaseError, OSError, ProjectError) as err:
            # One damaged copy must not leave the ones after it unconverted; one that
            # another program holds is sound and told apart (deleting it is no advice).
            busy = isinstance(err, HeldElsewhere) or store.held_elsewhere(err)
            (held if busy else left).append(b)
    return Converted(done, left, rekey=old is not None, older=older, held=held)


def encrypt(path: Path, passphrase: str) -> Converted:
    """Encrypt a plain project in place; returns its backups, encrypted as well."""
    path = Path(path)
    check_new_passphrase(passphrase)
    if path.is_file() and is_encrypted(path):
        # Stopped after the project was encrypted (power cut, killed), it left backups
        # in plaintext, and a second run refused here: they stayed readable for good.
        # Asked again with the project's passphrase, it finishes them.
        left = plaintext_backups(path)
        if not left:
            raise ProjectError(f"{path.name} is already encrypted (or is not a project).")
        if not store.opens_with(path, passphrase):
            raise WrongPassphrase(f"{path.name} is already encrypted but {len(left)} of its "
                                  f"backups {agrees(len(left), 'is', 'are')} not; give the "
                                  "project's passphrase to encrypt "
                                  f"{agrees(len(left), 'it', 'them')}.")
        return _convert_backups(path, None, passphrase)
    # A plain project has no change of passphrase under way: a note left from one
    # (written by an older version before a decrypt) would tell the backups of the
    # newly encrypted file as left on an old passphrase.
    _rekey_note(path).unlink(missing_ok=True)
    project_id = _convert(path, None, passphrase)
    # A plaintext backup beside an encrypted project would give its words away.
    return _convert_backups(path, None, passphrase, project_id)


def plaintext_backups(path: Path) -> list[Path]:
    """The backups of ``path`` (beside it and in the user's data folder) that are not
    encrypted: after ``encrypt`` was stopped, the ones it had not reached."""
    return [b for b in _backups(path) if not is_encrypted(b)]


def unfinished_notice(path: Path, *, clear: bool = True) -> str | None:
    """For an encrypted project: the sentence saying its encryption was stopped before
    its backups were encrypted, or None. Read on every opening: a header read per
    backup. With ``clear``, the copies dead conversions left among the backups (a
    killed ``encrypt`` or ``change-passphrase``) are deleted on the way."""
    for folder in _folders(path) if clear else []:
        for b in folder.glob("*.wbproj"):
            store.clear_dead_copies(b)
    if (rekey := _rekey_notice(path, clear=clear)):
        return rekey
    left = plaintext_backups(path)
    if not left:
        return None
    return (f"{counted(len(left), 'backup')} of {path.name} "
            f"{agrees(len(left), 'is', 'are')} not encrypted (encrypting it was "
            "stopped before it finished) and can be read without the passphrase: encrypt "
            f"the project again (`workbench encrypt {path.name}`, or File ▸ Encrypt "
            "project…) with its passphrase to finish them.")


def _folders(path: Path) -> list[Path]:
    from workbench.core.backup import folders

    return [f for f in folders(path) if f.is_dir()]


def decrypt(path: Path, passphrase: str) -> None:
    """Write the project back as a plain SQLite file, as asked (its backups stay encrypted)."""
    path = Path(path)
    require_encrypted(path)
    # Over a change of passphrase stopped midway, the backups left on the retired
    # passphrase stayed on it, and the note about them was never read again (a plain
    # project has no passphrase to tell about): finished first, they have the one the
    # user has now. A note with nothing left would make the plain file, whose first
    # bytes are not the noted salt, tell every backup as left: it goes first.
    if (pending := _rekey_pending(path)):
        raise ProjectError(finish_first(path, len(pending), "decrypt it"))
    _rekey_note(path).unlink(missing_ok=True)
    _convert(path, passphrase, None)


def change_passphrase(path: Path, old: str, new: str) -> Converted:
    """Re-key an encrypted project; backups keyed with ``old`` are re-keyed too."""
    path = Path(path)
    check_new_passphrase(new)
    require_encrypted(path)
    if (pending := _rekey_pending(path)):
        return _finish_rekey(path, old, new, pending)
    # Noted before the project is re-keyed, so that a change stopped before its backups
    # is told on opening. A note with nothing left to finish (a change stopped before
    # the project, or after its last backup) has said all it could and is replaced.
    _note_rekey(path)
    try:
        _convert(path, old, new)
    except WrongPassphrase:
        _rekey_note(path).unlink(missing_ok=True)  # nothing was re-keyed
        # A change stopped after the project was re-keyed whose note is gone or
        # unreadable left its backups on the old passphrase, and a second run refused
        # at the project: they stayed on the passphrase being retired. Asked again, it
        # finishes them.
        if not store.opens_with(path, new):
            raise
        return _convert_backups(path, old, new)
    except BaseException:
        _rekey_note(path).unlink(missing_ok=True)  # nothing was re-keyed
        raise
    converted = _convert_backups(path, old, new)
    if not converted.held:  # kept, the next opening still tells of the held ones
        _rekey_note(path).unlink(missing_ok=True)
    return converted


def _finish_rekey(path: Path, old: str, new: str, pending: list[Path]) -> Converted:
    """Finish a change of passphrase stopped midway: the project has ``new``, the
    ``pending`` backups ``old``. Anything else is refused and changes nothing: a new
    change begun over the stopped one (from the project's passphrase to a third, or to
    itself) re-keyed the project and dropped the note, so the backups left on the
    first passphrase stayed on it with nothing telling which passphrase opens them."""
    if not store.opens_with(path, new):
        if store.opens_with(path, old):
            raise ProjectError(finish_first(path, len(pending), "change it again"))
        raise WrongPassphrase(f"{path.name}: the passphrase is wrong (or the file is not "
                              "an encrypted project); nothing was changed.")
    if store.normalised(old) == store.normalised(new):
        raise WrongPassphrase(f"{path.name} already has the passphrase given as the old "
                              "one: give the one it had before its change was stopped, "
                              f"to give the {counted(len(pending), 'backup')} left on that one "
                              "the new passphrase. Nothing was changed.")
    # Only the backups the stopped change left are tried (a wrong key costs a key
    # derivation, and the others have the new passphrase already).
    converted = _convert_backups(path, old, new, only=pending)
    damaged = {os.path.abspath(b) for b in (*converted.left, *converted.held)}
    left = [b for b in _rekey_pending(path) or [] if os.path.abspath(b) not in damaged]
    if left and not converted:
        # A wrong "old" passphrase converts nothing; the note stays, so the next
        # opening still tells.
        raise WrongPassphrase(f"{path.name} already has the new passphrase, but the old "
                              + (f"one given opens none of the {len(left)} backups "
                                 if len(left) > 1 else "one given does not open the backup ")
                              + "left on the old one: give the passphrase it had before "
                              "(a backup on a passphrase older still cannot be given "
                              "the new one: delete it if the others are enough).")
    if not converted.held:
        _rekey_note(path).unlink(missing_ok=True)
    return converted


def finish_first(path: Path, count: int, then: str) -> str:
    """The sentence refusing a step while a change of passphrase is unfinished."""
    return (f"Changing the passphrase of {path.name} was stopped before {count} of its "
            f"backups had the new one: finish that change first (`workbench "
            f"change-passphrase {path.name}` from the passphrase it had before to the one "
            f"it has now, or File ▸ Change passphrase…), then {then}. Nothing was changed.")


# --- a change of passphrase stopped midway ------------------------------------------
#
# The project is re-keyed first, then each backup: stopped between (power cut, killed),
# the backups are left on the passphrase being retired. Telling that on opening by
# trying a key on each backup would cost a key derivation each (a fraction of a second),
# so the change notes, beside the project, the salt (the first 16 bytes, random, never
# secret) of the project and of each backup as they were. A conversion writes a new
# file, hence a new salt: a backup whose salt is unchanged while the project's changed
# was not re-keyed yet. The note holds no passphrase, key or word of the project.

_SALT = 16


def _rekey_note(path: Path) -> Path:
    return hiddenname.hidden_beside(path, ".passphrase-change")


def _salt(path: Path) -> str | None:
    try:
        with open(path, "rb") as f:
            return f.read(_SALT).hex()
    except OSError:
        return None


def _note_rekey(path: Path) -> None:
    note = _rekey_note(path)
    tmp = note.with_name(note.name + ".tmp")
    body = {"project": _salt(path),
            "backups": {_noted_name(path, b): _salt(b) for b in _backups(path)}}
    tmp.write_text(json.dumps(body), encoding="utf-8")
    store.fsync_file(tmp)
    os.replace(tmp, note)  # whole or absent: a half note would tell nothing
    store.fsync_folder(note.parent)


def _noted_name(path: Path, backup: Path) -> str:
    """A backup's name in the note: relative to the project's folder when inside it.
    Absolute names pointed a copied or moved project folder at the backups where it
    was: its opening told those, and finishing re-keyed them and left its own."""
    folder, where = os.path.abspath(path.parent), os.path.abspath(backup)
    try:
        inside = os.path.commonpath([folder, where]) == folder
    except ValueError:  # another drive (Windows)
        inside = False
    return os.path.relpath(where, folder) if inside else where


def _rekey_pending(path: Path) -> list[Path] | None:
    """None without a note; else the backups a stopped change left on the old
    passphrase (empty: it stopped before the project, or after the last backup)."""
    try:
        body = json.loads(_rekey_note(path).read_text(encoding="utf-8"))
        project, backups = body["project"], dict(body["backups"])
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError):
        return []  # unreadable: nothing to tell from it
    if _salt(path) == project:
        return []  # the project was not re-keyed, so no backup was (it comes first)
    # A name relative to the project's folder is read from it (Path joins an
    # absolute one, as notes before relative names hold, as it is).
    return [path.parent / b for b, salt in sorted(backups.items())
            if salt is not None and _salt(path.parent / b) == salt]


def check_restore(path: Path, backup: Path) -> None:
    """Refuse, in a sentence, a restore of ``backup`` over the project ``path`` that
    would leave it readable without its passphrase or on one its notes do not know;
    delete a note with nothing left to tell. Reads headers only: no passphrase needed.

    - A plaintext backup (one an encryption stopped midway left) over an encrypted
      project made the project plaintext, and nothing was said on the next opening
      (only an encrypted project is told about its backups).
    - Over a change of passphrase stopped midway, a backup still on the retired
      passphrase made the project open with that one again while the note went on
      telling it as left behind; and a note with nothing left (a change stopped before
      the project) told, once the project was another file, every backup as left on an
      old passphrase, which no run of the change could then finish.
    """
    path, backup = Path(path), Path(backup)
    if path.is_file() and is_encrypted(path) and _plain(backup):
        raise ProjectError(
            f"{backup.name} is not encrypted, so restoring it would leave {path.name} "
            "readable without its passphrase: encrypt the project again first (`workbench "
            f"encrypt {path.name}`, or File ▸ Encrypt project…, with its passphrase), "
            "which encrypts the backups an encryption stopped midway left, then restore "
            "it. Nothing was changed.")
    pending = _rekey_pending(path)
    if pending is None:
        return
    if not pending or not path.is_file():
        # Nothing left to tell; or the project is gone, and the change cannot be
        # finished without it: the note would only block the restore that rescues it.
        _rekey_note(path).unlink(missing_ok=True)
        return
    retired = ({_salt(b) for b in pending} | {_noted_project_salt(path)}) - {None}
    if _salt(backup) in retired:  # a left backup, or a copy of one, or of the project then
        raise ProjectError(finish_first(path, len(pending), f"restore {backup.name}"))


def _plain(path: Path) -> bool:
    """A SQLite header: a plaintext file (a damaged or unreadable one is left to the
    restore's own check, which says what is wrong with it)."""
    try:
        return walcheck.read_header(path) is not None
    except OSError:
        return False


def _noted_project_salt(path: Path) -> str | None:
    try:
        return str(json.loads(_rekey_note(path).read_text(encoding="utf-8"))["project"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def rekey_unfinished(path: Path) -> list[Path]:
    """The backups a change of passphrase stopped midway left on the old passphrase."""
    return _rekey_pending(Path(path)) or []


def _rekey_notice(path: Path, *, clear: bool) -> str | None:
    if clear:  # a note killed before it was renamed in: never read
        _rekey_note(path).with_name(_rekey_note(path).name + ".tmp").unlink(missing_ok=True)
    pending = _rekey_pending(path)
    if pending is None:
        return None
    if not pending:
        if clear:  # nothing left to finish: the note has said all it could
            _rekey_note(path).unlink(missing_ok=True)
        return None
    return (f"{counted(len(pending), 'backup')} of {path.name} still "
            f"{agrees(len(pending), 'opens', 'open')} with its old passphrase "
            "only (changing it was stopped before it finished): change it again "
            f"(`workbench change-passphrase {path.name}`, or File ▸ Change passphrase…) "
            "from the old passphrase to the new one to finish them.")


def opens_with(path: Path, passphrase: str) -> bool:
    """Whether ``passphrase`` opens the encrypted file ``path`` (a key derivation); the
    file, its log and its ``-shm`` are left as they were either way."""
    return store.opens_with(Path(path), passphrase)


def rekey_file(path: Path, old: str, new: str) -> None:
    """Give the closed encrypted file ``path`` (a backup, a restore's copy) the
    passphrase ``new``; it is rewritten beside itself and renamed over, as a project is."""
    _export(Path(path), old, new)


def require_encrypted(path: Path) -> None:
    """Refuse a missing file or a plain project before any passphrase is asked for."""
    if not path.is_file():
        raise ProjectError(store.not_a_file(path))
    if not is_encrypted(path):
        raise ProjectError(f"{path.name} is not encrypted.")


def _convert(path: Path, old: str | None, new: str | None) -> str | None:
    """Rewrite ``path`` keyed with ``new`` (None: plaintext), read with ``old``; returns
    the project's id."""
    # Opening it the usual way checks it is a project, replays its log and upgrades it.
    conn = store.open_existing(path, passphrase=old, read_only=False)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        project_id = _meta_id(conn)
    finally:
        conn.close()
    _export(path, old, new)
    return project_id


def _meta_id(conn: Any) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE key = 'project_id'").fetchone()
    return str(row[0]) if row and row[0] else None


def _strays(path: Path, project_id: str) -> list[Path]:
    """Plaintext backups of this project in the user's data folder under another name.

    The window keeps backups there in a folder named after the project's path; a project
    renamed or moved since has a new folder, and ``encrypt`` left the old one's copies
    readable. They are told by the project id inside them (a copy of the file shares
    it, and holds the same words)."""
    from workbench.core.backup import data_root, folders

    ours = set(folders(path))
    try:
        others = [f for f in data_root().iterdir() if f.is_dir() and f not in ours]
    except OSError:  # no data folder yet
        return []
    return [b for folder in sorted(others) for b in sorted(folder.glob("*.wbproj"))
            if not is_encrypted(b) and _plain_id(b) == project_id]


def _plain_id(backup: Path) -> str | None:
    """The project id inside a plaintext backup, or None if it cannot be read."""
    try:
        with contextlib.closing(
                sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)) as conn:
            return _meta_id(conn)
    except (sqlite3.Error, OSError):  # another program's file, or a damaged one
        return None


def _export(path: Path, old: str | None, new: str | None) -> None:
    if new:
        nodump.forbid()  # encrypting a plain project: its key is in memory from here
    # The file a symbolic link leads to is the one converted: renamed over the link, the
    # new file took the link's place and the project itself, at the link's target, was
    # left as it was (in plaintext, after an encryption said done).
    path = Path(os.path.realpath(path))
    tmp = hiddenname.hidden_copy(path, "converting")
    tmp.unlink(missing_ok=True)
    src = _source(path, old)
    try:
        # Exclusive from the first read: nobody writes the project while it is copied.
        src.execute("PRAGMA locking_mode = EXCLUSIVE")
        try:
            src.execute("BEGIN EXCLUSIVE")
        except dbapi.OperationalError:
            raise HeldElsewhere(f"{path.name} is open in another program; close it there "
                                "first. Nothing was changed.") from None
        store.clear_dead_copies(path)  # a killed decrypt's plaintext copy among them
        app_id = src.execute("PRAGMA application_id").fetchone()[0]
        version = src.execute("PRAGMA user_version").fetchone()[0]
        src.execute("COMMIT")
        src.execute(f"ATTACH DATABASE {dbapi.quote(str(tmp))} AS converted "
                    f"KEY {dbapi.quote(store.new_key(new) if new else '')}")
        if new:  # the copy's key derived as every keyed connection derives it
            src.execute("PRAGMA converted.cipher_compatibility = 4")
            src.execute(f"PRAGMA converted.kdf_iter = {store.KDF_ITER:d}")
        src.execute("SELECT sqlcipher_export('converted')")
        src.execute(f"PRAGMA converted.application_id = {int(app_id)}")
        src.execute(f"PRAGMA converted.user_version = {int(version)}")
        src.execute("DETACH DATABASE converted")
        # Flushed while the source is still held: a program that opened the project
        # while the copy was flushed (seconds for a big one) wrote into the file about
        # to be replaced, and its commits went with it.
        store.fsync_file(tmp)
        # The file as the copy left it, its log emptied into it while still held: a
        # program that opens it once the lock is let go and saves a change before the
        # swap below changes it (or leaves a log behind).
        src.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        copied = _file_state(path)
    except BaseException:
        src.close()
        tmp.unlink(missing_ok=True)
        raise
    src.close()
    # Closing let go of the exclusive lock (and a POSIX lock cannot be kept across the
    # close): a program that opened the project since wrote into the file about to be
    # replaced, and its saved change went with it. Held alone again for the swap, or
    # refused with nothing changed; the logs go first, as a restore's do, so that none
    # a program opening the new file makes is deleted under it.
    try:
        with store.held_alone(path):
            # Another program that opened the project, saved and closed it between the
            # lock let go and this one taken holds no lock to be seen by: its change
            # was in the file replaced, and went with it.
            if _file_state(path) != copied:
                raise ProjectError(f"{path.name} was changed by another program while it "
                                   "was converted, so nothing was changed. Run it again "
                                   "once that program has finished.")
            for leftover in (Path(f"{path}-wal"), Path(f"{path}-shm")):
                leftover.unlink(missing_ok=True)  # emptied by the checkpoint
            os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    # On the disk before the user is told: a power cut could otherwise bring the plain
    # file back under the name of a project said to be encrypted.
    store.fsync_folder(path.parent)


def _file_state(path: Path) -> tuple[int, ...] | None:
    """The file's identity, size and modification time and the size of its ``-wal``:
    a commit another program makes (or its checkpoint) changes one of them. A time of
    whole seconds (FAT) can miss a change made within the second the copy ended."""
    try:
        st = path.stat()
    except OSError:
        return None
    try:
        log = Path(f"{path}-wal").stat().st_size
    except OSError:
        log = 0  # none: as an emptied one
    return st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, log


def _source(path: Path, passphrase: str | None) -> Any:
    """``path`` opened with SQLCipher (keyed, or plain with no key) for exporting."""
    if passphrase:
        return store.connect_file(path, passphrase)
    conn = dbapi.cipher().connect(str(path), isolation_level=None)
    searchindex.register(conn)
    conn.execute(f"PRAGMA busy_timeout = {store.BUSY_MS:d}")
    return conn


def _backups(path: Path) -> list[Path]:
    from workbench.core.backup import folders

    found: list[Path] = []
    for where in _names(path):
        found += [b for folder in folders(where) if folder.is_dir()
                  for b in sorted(folder.glob("*.wbproj")) if b not in found]
    for where in _names(path):
        found += sorted(b for b in where.parent.glob(f"{glob.escape(where.name)}.before-upgrade-v*")
                        if not b.name.endswith(_UNFINISHED) and b not in found)
    return found


def _names(path: Path) -> list[Path]:
    """``path``, and the file it leads to when it is a symbolic link: a project opened
    through the link and through its target keeps backups beside both."""
    real = Path(os.path.realpath(path))
    return [path] if real == Path(os.path.abspath(path)) else [path, real]


# What an unfinished copy (``store.copy_to`` stopped midway) is named, with its journal.
_UNFINISHED = (".partial", ".partial-journal")


def _clear_unfinished(path: Path) -> None:
    """Delete the backup copies a stopped process left unfinished.

    A window switched off while it backed the project up leaves ``….wbproj.partial``,
    a copy of the project as it was then, in plaintext for a plain project; encrypting
    left it readable beside the encrypted file (until a later backup an hour on cleared
    it, if the window made one). It is never a backup (it was not finished), and no
    copy can be in progress: the project was just held alone."""
    from workbench.core.backup import clear_stale_partials, folders

    for where in _names(path):
        for folder in folders(where):
            if folder.is_dir():
                clear_stale_partials(folder, where, older_than=-1)
        for b in where.parent.glob(f"{glob.escape(where.name)}.before-upgrade-v*"):
            if b.name.endswith(_UNFINISHED):
                b.unlink(missing_ok=True)


def _convert_backup(backup: Path, old: str | None, new: str) -> bool:
    """Re-key one backup copy; False for one that is not keyed with ``old``."""
    if (old is None) == is_encrypted(backup):
        return False  # plaintext wanted but encrypted, or the other way round
    with contextlib.suppress(WrongPassphrase):
        _export(backup, old, new)
        return True
    return False

