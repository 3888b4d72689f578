"""Open and create project files: one SQLite file, WAL, synchronous=FULL, foreign keys."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from workbench.core import clock, schema, walcheck
from workbench.core.errors import ProjectError

SQLITE_HEADER = walcheck.SQLITE_HEADER


def _connect(path: Path) -> sqlite3.Connection:
    # Autocommit mode: every write goes through an explicit BEGIN IMMEDIATE.
    conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA busy_timeout = 5000")
    conn.execute("PRAGMA foreign_keys = ON")
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if mode.lower() != "wal":
        raise ProjectError(f"{path.name}: the project could not be opened for writing.")
    # Field laptops lose power: NORMAL can drop the last commits, FULL cannot.
    conn.execute("PRAGMA synchronous = FULL")
    return conn


def _backup(conn: sqlite3.Connection, path: Path, version: int) -> Path:
    target = path.with_name(f"{path.name}.before-upgrade-v{version}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.before-upgrade-v{version}.{n}")
    dest = sqlite3.connect(str(target))
    with dest:
        conn.backup(dest)
    dest.close()
    return target


def create(path: Path) -> sqlite3.Connection:
    """A connection to a new project file at the latest schema; refuses to overwrite."""
    path = Path(path)
    if path.exists():
        raise ProjectError(f"{path}: a file of that name already exists; choose another name.")
    if not path.parent.exists():
        raise ProjectError(f"{path}: the folder {path.parent} does not exist.")
    conn = _connect(path)
    try:
        conn.execute(f"PRAGMA application_id = {schema.APPLICATION_ID:d}")
        schema.migrate(conn, now=clock.now())
        conn.execute(
            "INSERT INTO meta(key, value) VALUES ('created_at', ?), ('created_by', 'workbench')",
            (clock.now(),),
        )
        # Put the header (application id, schema version) into the file itself at once,
        # so the file is recognised as a project even with its log lost.
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except BaseException:
        conn.close()
        for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            leftover.unlink(missing_ok=True)
        raise
    return conn


def writable(path: Path) -> bool:
    """Whether the project and its folder can be written (SQLite's WAL needs both)."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def _connect_read_only(path: Path) -> sqlite3.Connection:
    # immutable=1 also skips the -shm file, which a read-only folder cannot hold; it is
    # only safe when no -wal holds commits that the file itself lacks.
    has_wal = Path(f"{path}-wal").exists()
    immutable = not os.access(path.parent, os.W_OK) and not has_wal
    uri = f"{path.resolve().as_uri()}?{'immutable=1' if immutable else 'mode=ro'}"
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA busy_timeout = 5000")
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def _set_aside_foreign_wal(path: Path, header: walcheck.Header, notices: list[str]) -> None:
    """Move a ``-wal`` that another database wrote out of the way, saying so."""
    wal = Path(f"{path}-wal")
    if not wal.is_file():
        return
    why = walcheck.foreign_wal(wal, header, schema.APPLICATION_ID)
    if why is None:
        return
    stamp = clock.now().replace(":", "").replace("-", "")
    target = wal.with_name(f"{wal.name}.orphaned-{stamp}")
    wal.rename(target)
    shm = Path(f"{path}-shm")
    if shm.exists():  # its index describes the moved log
        shm.rename(shm.with_name(f"{shm.name}.orphaned-{stamp}"))
    notices.append(f"{wal.name} did not belong to this project ({why}); it was moved "
                   f"aside to {target.name} and the project opened without it.")


def open_existing(path: Path, *, upto: int = schema.LATEST, read_only: bool | None = None,
                  notices: list[str] | None = None) -> sqlite3.Connection:
    """Open a project, upgrading it (after a backup copy) if it is older.

    The header is read first, without SQLite, so that a file which is not a project is
    left byte for byte as it was. ``read_only`` None means: read-only when the file or
    its folder cannot be written. ``notices`` receives sentences for the user.
    """
    path = Path(path)
    notices = notices if notices is not None else []
    if not path.is_file():
        raise ProjectError(f"{path}: no such project file.")
    try:
        header = walcheck.read_header(path)
    except OSError as err:
        raise ProjectError(f"{path.name} could not be read ({err.strerror}).") from None
    if header is None:
        raise ProjectError(f"{path.name} is not a Workbench project (it is not a SQLite file).")
    if not header.sane:
        raise ProjectError(f"{path.name} is damaged and cannot be opened (its header is not "
                           "that of a SQLite file).")
    if header.application_id != schema.APPLICATION_ID:
        # A crash before the first checkpoint leaves the newest page 1 only in the log.
        logged = walcheck.logged_header(Path(f"{path}-wal"), header)
        if logged is not None and logged.application_id == schema.APPLICATION_ID:
            header = logged
    if header.application_id != schema.APPLICATION_ID:
        raise ProjectError(f"{path.name} is a SQLite file but not a Workbench project.")
    if header.user_version > schema.LATEST:
        raise ProjectError(
            f"{path.name} was made by a newer Workbench (schema {header.user_version}); "
            f"this version reads up to schema {schema.LATEST}."
        )
    if read_only is None:
        read_only = not writable(path)
    if not read_only:
        _set_aside_foreign_wal(path, header, notices)
    try:
        conn = _connect_read_only(path) if read_only else _connect(path)
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = schema.current_version(conn)
    except sqlite3.DatabaseError as err:
        raise ProjectError(f"{path.name} is damaged and cannot be opened ({err}).") from None
    if app_id != schema.APPLICATION_ID:  # a replayed log changed it: checked again
        conn.close()
        raise ProjectError(f"{path.name} is a SQLite file but not a Workbench project.")
    if version < upto and read_only:
        conn.close()
        raise ProjectError(f"{path.name} is read-only and needs an upgrade to be opened by "
                           "this version; copy it somewhere writable first.")
    if version < upto:
        _backup(conn, path, version)
        try:
            schema.migrate(conn, upto=upto, now=clock.now())
        except sqlite3.DatabaseError as err:
            conn.close()
            raise ProjectError(f"{path.name} could not be upgraded ({err}).") from None
    return conn
