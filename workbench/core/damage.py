"""Telling the user a project file is damaged, in one sentence with what to do next.

Every place that finds damage (the repo's decoding, the command line, the window)
words it through :func:`damaged`, so the advice is written once: it points to
``workbench verify`` and, when the project has backups beside it, names the latest good
one and how to put it back.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from workbench.core import dbapi
from workbench.core.errors import DamagedProject

# What sqlite3 says when the bytes it reads are not what it wrote.
_SQLITE_DAMAGE = ("could not decode", "malformed", "not a database", "corrupt")


def advice(path: str | Path | None) -> str:
    """What to do about a damaged project: verify it, and restore its latest good backup."""
    target = f"workbench verify {Path(path).name}" if path else "workbench verify PROJECT"
    text = f"Run `{target}` to list what is damaged."
    found = _latest_backup(Path(path)) if path else None
    if found is not None:
        backup, checked = found
        name = f"{backup.parent.name}/{backup.name}"
        text += (f" The latest {'good ' if checked else ''}backup is {name}: "
                 f"`workbench restore-backup {Path(path).name} {name}` puts it back "
                 "(the damaged file is kept).")
    return text


def _latest_backup(path: Path) -> tuple[Path, bool] | None:
    from workbench.core.backup import latest_good

    try:
        found = latest_good(path)
    except (OSError, *dbapi.Error):  # advice must never fail in its turn
        return None
    return (found[0], found[1].ok) if found else None


def damaged(path: str | Path | None, detail: str) -> DamagedProject:
    """The error for a damaged project: what was found, then what to do."""
    name = Path(path).name if path else "The project"
    return DamagedProject(f"{name} is damaged: {detail}. {advice(path)}", detail)


def path_of(conn: sqlite3.Connection) -> str | None:
    """The file a connection reads, for naming it in a message."""
    try:
        row = conn.execute("PRAGMA database_list").fetchone()
    except dbapi.Error:
        return None
    return row[2] if row and row[2] else None


def translate(err: BaseException, path: str | Path | None) -> DamagedProject | None:
    """``err`` as a DamagedProject when it means stored bytes are damaged, else None."""
    if isinstance(err, DamagedProject):
        return damaged(path, err.detail) if path and err.detail else err
    if isinstance(err, json.JSONDecodeError):
        return damaged(path, "a stored value is not valid JSON")
    if isinstance(err, UnicodeDecodeError):
        return damaged(path, "a stored text is not valid UTF-8")
    if isinstance(err, dbapi.DatabaseError):
        reason = str(err).lower()
        if any(s in reason for s in _SQLITE_DAMAGE):
            what = ("a stored text is not valid UTF-8" if "decode" in reason
                    else f"SQLite reports: {err}")
            return damaged(path, what)
    return None
