"""Small fictional documents and project builders shared by the tests."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from workbench.core import schema, searchindex
from workbench.core.ops.importing import import_bytes
from workbench.core.project import Project

REPORT = (
    "Shelling hits market in Port Halden\n"
    "\n"
    "PORT HALDEN, March 3 (Northgate Wire) - Artillery fire wounded four troops and killed "
    "at least 12 civilians on Sunday, a provincial official said. The Crescent Brigade "
    "claimed responsibility for the attack, while the army denied any involvement.\n"
    "\n"
    "“We heard three explosions,” said a shopkeeper, Amal Rashed.\n"
)
ARABIC = "قالَ المتحدثُ 😀 إنّ ثلاثةَ مدنيين قُتِلوا في القصف.\n"


def make_project(tmp_path: Path, name: str = "p.wbproj") -> Project:
    return Project.create(tmp_path / name, coder="tester")


def add_doc(project: Project, text: str = REPORT, name: str = "report.txt", **meta) -> int:
    res = import_bytes(project, text.encode("utf-8"), name, meta, sandbox=False)
    assert res.status in ("imported", "duplicate"), res.message
    return res.doc_id


def raw_connect(path: Path | str, **kwargs: Any) -> sqlite3.Connection:
    """Plain sqlite3 on a project file, as someone holding the file and Workbench's
    folding function could use it: an annotation written this way keeps its search
    index entry in step (without the function SQLite refuses the write)."""
    conn = sqlite3.connect(path, **kwargs)
    searchindex.register(conn)
    return conn


def quotes_in_full(conn: Any, ids: list[str] | None = None) -> int:
    """Store derived quotes (schema 20, ``core/quotes.py``) in full again, as a file of an
    earlier schema or a re-anchored row stores them: for tests that take a file back
    to an older schema, or that change a quote or span behind the program's back and
    expect the quote check to see it. Only the rows ``ids`` when given; how many."""
    rows = conn.execute("SELECT id, exact, prefix, suffix FROM annotation_quotes "
                        "WHERE derived").fetchall()
    rows = [r for r in rows if ids is None or r[0] in ids]
    conn.executemany("UPDATE annotations SET exact = ?, prefix = ?, suffix = ? WHERE id = ?",
                     [(r[1], r[2], r[3], r[0]) for r in rows])
    return len(rows)


def before_derived_quotes(conn: Any) -> None:
    """Undo what migration 20 (derived quotes) made, so a test can take a file back to
    an earlier schema: quotes in full, its index and view dropped."""
    quotes_in_full(conn)
    conn.execute("DROP VIEW IF EXISTS annotation_quotes")
    conn.execute("DROP INDEX IF EXISTS documents_text_hash")


class SchemaBefore:
    """Makes projects as the schema before ``version`` did, from when it is made until
    :meth:`stop` (which puts the current migrations back); for tests of a migration."""

    def __init__(self, monkeypatch: Any, version: int) -> None:
        from workbench.core import schema

        self._monkeypatch = monkeypatch
        monkeypatch.setattr(schema, "MIGRATIONS",
                            tuple(m for m in schema.MIGRATIONS if m.version < version))

    def stop(self) -> None:
        self._monkeypatch.undo()


def stored_rows(path: Path, sql: str, *params: object) -> list[tuple]:
    """What the file at ``path`` holds for ``sql``, read by plain sqlite3 (as another
    tool would see it), the connection closed after."""
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def crash_in_migration(monkeypatch: Any, version: int, crash: Any) -> None:
    """Make migration ``version`` run ``crash(conn)`` instead of its own step, for tests
    that a migration stopped midway leaves the file as it was."""
    from workbench.core import schema

    monkeypatch.setattr(schema, "MIGRATIONS", tuple(
        m if m.version != version else schema.Migration(m.version, m.name, crash)
        for m in schema.MIGRATIONS))


def edited_copy(built: Path, tmp_path: Path, *statements: str) -> Path:
    """A copy of a built project with the log's append-only guards dropped and the given
    SQL run on it: how the tamper tests change what a program never would."""
    path = tmp_path / "copy.wbproj"
    path.write_bytes(built.read_bytes())
    conn = sqlite3.connect(path, isolation_level=None)
    for t in schema.LOG_TRIGGERS:
        conn.execute(f"DROP TRIGGER {t}")
    for sql in statements:
        conn.execute(sql)
    conn.close()
    return path


class Watched:
    """A project's connection, with ``before(sql)`` called ahead of each statement."""

    def __init__(self, conn: Any, before: Any) -> None:
        object.__setattr__(self, "_conn", conn)
        object.__setattr__(self, "_before", before)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._conn, name)

    def __setattr__(self, name: str, value: Any) -> None:
        setattr(self._conn, name, value)

    def execute(self, sql: str, *args: Any) -> Any:
        self._before(sql)
        return self._conn.execute(sql, *args)


@contextmanager
def write_before(project: Project, fragment: str, write: Any, nth: int = 1
                 ) -> Iterator[list[str]]:
    """Run ``write()`` (another program's commit) just before the ``nth`` statement of
    ``project``'s connection whose SQL holds ``fragment``: a moment placed by hand
    inside a reader. Yields the statements seen so far, to check the moment came."""
    seen: list[str] = []

    def before(sql: str) -> None:
        if fragment in sql:
            seen.append(sql)
            if len(seen) == nth:
                write()

    real = project.conn
    project.conn = project.repo.conn = Watched(real, before)  # type: ignore[assignment]
    try:
        yield seen
    finally:
        project.conn = project.repo.conn = real


def fts_merging_off(project: Project) -> None:
    """Stop FTS5 merging its segments, so that every segment written stays to be counted."""
    for option, value in (("automerge", 0), ("crisismerge", 64)):
        project.conn.execute("INSERT INTO search(search, rank) VALUES (?, ?)",
                             (option, value))


def fts_segments(project: Project) -> int:
    """The search index's segments."""
    return project.conn.execute("SELECT count(DISTINCT segid) FROM search_idx").fetchone()[0]


class _NoInode:
    """A file's status as a file system without inodes gives it (0)."""

    def __init__(self, info: Any) -> None:
        self._info = info

    st_ino = 0

    def __getattr__(self, name: str) -> Any:
        return getattr(self._info, name)


def stat_without_inodes(monkeypatch: Any) -> None:
    """Every ``os.stat`` from now on answers as a disk without inode numbers does (some
    FAT and network file systems give every file 0)."""
    import os

    real_stat = os.stat
    monkeypatch.setattr(os, "stat", lambda *a, **k: _NoInode(real_stat(*a, **k)))
