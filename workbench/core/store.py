"""Open and create project files: one SQLite file, WAL, synchronous=FULL, foreign keys."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from workbench.core import clock, schema
from workbench.core.errors import ProjectError

SQLITE_HEADER = b"SQLite format 3\x00"


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
    except BaseException:
        conn.close()
        for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            leftover.unlink(missing_ok=True)
        raise
    return conn


def open_existing(path: Path, *, upto: int = schema.LATEST) -> sqlite3.Connection:
    """Open a project, upgrading it (after a backup copy) if it is older."""
    path = Path(path)
    if not path.is_file():
        raise ProjectError(f"{path}: no such project file.")
    with path.open("rb") as fh:
        header = fh.read(16)
    if header != SQLITE_HEADER:
        raise ProjectError(f"{path.name} is not a Workbench project (it is not a SQLite file).")
    try:
        conn = _connect(path)
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = schema.current_version(conn)
    except sqlite3.DatabaseError as err:
        raise ProjectError(f"{path.name} is damaged and cannot be opened ({err}).") from None
    if app_id != schema.APPLICATION_ID:
        conn.close()
        raise ProjectError(f"{path.name} is a SQLite file but not a Workbench project.")
    if version > schema.LATEST:
        conn.close()
        raise ProjectError(
            f"{path.name} was made by a newer Workbench (schema {version}); "
            f"this version reads up to schema {schema.LATEST}."
        )
    if version < upto:
        _backup(conn, path, version)
        try:
            schema.migrate(conn, upto=upto, now=clock.now())
        except sqlite3.DatabaseError as err:
            conn.close()
            raise ProjectError(f"{path.name} could not be upgraded ({err}).") from None
    return conn
