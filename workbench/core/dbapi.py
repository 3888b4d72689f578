"""The two SQLite builds a project can be opened with, and their errors as one.

A plain project is opened with Python's own ``sqlite3``; an encrypted one with
``sqlcipher3`` (SQLCipher 4), for everything: one file is never held open by two SQLite
builds in one process (their locks do not see each other). Each build has its own
exception classes, so code that catches a database error catches the tuples here.
"""

from __future__ import annotations

import sqlite3
from types import ModuleType

try:  # wheels exist for every packaged platform; a source install may lack it
    from sqlcipher3 import dbapi2 as _cipher
except ImportError:  # pragma: no cover - the encryption commands then say so
    _cipher = None

_BUILDS: tuple[ModuleType, ...] = (sqlite3,) if _cipher is None else (sqlite3, _cipher)

Error: tuple[type[Exception], ...] = tuple(m.Error for m in _BUILDS)
DatabaseError: tuple[type[Exception], ...] = tuple(m.DatabaseError for m in _BUILDS)
OperationalError: tuple[type[Exception], ...] = tuple(m.OperationalError for m in _BUILDS)
IntegrityError: tuple[type[Exception], ...] = tuple(m.IntegrityError for m in _BUILDS)


def cipher() -> ModuleType:
    """The SQLCipher build, or a ProjectError saying it is missing."""
    if _cipher is None:
        from workbench.core.errors import ProjectError

        raise ProjectError("Encrypted projects need the sqlcipher3 package, which this "
                           "installation lacks.")
    return _cipher


def available() -> bool:
    """Whether this installation can open encrypted projects (sqlcipher3 is there)."""
    return _cipher is not None


def quote(text: str) -> str:
    """``text`` as an SQL string literal (PRAGMA key takes no bound parameters)."""
    return "'" + text.replace("'", "''") + "'"


def is_cipher(conn: object) -> bool:
    """Whether ``conn`` belongs to the SQLCipher build (an encrypted project)."""
    return _cipher is not None and isinstance(conn, _cipher.Connection)
