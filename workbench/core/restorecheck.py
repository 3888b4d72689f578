"""A backup checked the way ``verify`` checks a project, before a restore trusts it.

``backup.check`` asks SQLite whether a backup is sound, which a backup edited with
``sqlite3`` (a casualty count raised, an annotation deleted, a log entry rewritten)
still is: restored, such a file silently became the evidence. So a restore first
copies the backup beside the project (the file it will rename in), checks that copy
as ``verify`` checks a project (the logs' hash chains, every audited row against the
audit log, texts, originals, quotes and indexes) and refuses it, naming the first
finding, unless the user asked to restore it anyway; a forced restore is written into
the restored file's custody log before it takes the project's name.
"""

from __future__ import annotations

import glob
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from workbench.core import clock, dbapi, schema, store
from workbench.core.errors import ProjectError, WorkbenchError
from workbench.core.project import Project
from workbench.core.wording import counted

if TYPE_CHECKING:
    from workbench.core.verify import VerifyReport


class BackupNotVerified(ProjectError):
    """A backup that SQLite calls sound but ``verify`` does not; nothing was changed."""

    def __init__(self, reason: str, advice: str, problems: list[str]) -> None:
        super().__init__(f"{reason} {advice}")
        self.reason = reason  # what is wrong, for a window that asks instead of advising
        self.problems = problems  # every finding, for a caller that lists them


class RestoreCancelled(WorkbenchError):
    """The restore was stopped while its backup was copied or checked; nothing changed."""


# What a restore reports before the check's own stages (``verify.STAGES``).
COPYING = "copying the backup beside the project"
Progress = Callable[[int, int, str], None]


def first_finding(problems: list[str]) -> str:
    """The first finding, and how many more: the part of a sentence that names them."""
    more = len(problems) - 1
    tail = f" (and {counted(more, 'more finding')})" if more else ""
    return f"{problems[0].rstrip('.')}{tail}"


def refusal(project: str, backup: str, problems: list[str]) -> BackupNotVerified:
    """What a restore of a backup that does not verify is refused with: one sentence
    naming the first finding, and the command that restores it anyway."""
    return BackupNotVerified(
        f"{backup} was not restored, because it is not what {project} wrote: "
        f"{first_finding(problems)}; {project} is as it was.",
        f"To restore it anyway (recorded in the project's custody log), run "
        f"`workbench restore-backup {project} {backup} --force`.", problems)


FORCED = ("{backup} did not verify ({finding}); it was restored anyway, as asked, and the "
          "custody log of {project} records it.")


def single_file(copy: Path, passphrase: str | None) -> None:
    """Make ``copy`` (a restore's own copy) one file without a log, so that reading it
    leaves no ``-wal`` or ``-shm`` beside it. A byte copy of a project (a kept replaced
    file) is in WAL mode, and a read-only connection to one makes both files."""
    if passphrase is None:
        with copy.open("rb") as fh:
            fh.seek(18)
            if fh.read(1) != b"\x02":  # SQLite's write version: 2 is WAL
                return
    conn = store.connect_file(copy, passphrase)
    try:
        conn.execute("PRAGMA journal_mode = DELETE")
    finally:
        conn.close()


def checked(copy: Path, passphrase: str | None = None,
            progress: Progress | None = None) -> VerifyReport:
    """``verify``'s report on ``copy`` (a restore's single-file copy of a backup), with
    SQLite's own findings apart (``damaged``): the only run of its integrity check in
    a restore. ``progress(step, of, stage)`` hears of each of its stages, as
    ``verify``'s does.

    A copy of this schema is read as it is, read-only, with the second connection and
    process ``verify`` uses on a project; an older one through an upgraded private copy,
    as a merge reads an older source, so that it is checked as this version reads it."""
    from workbench.core.merge.sources import open_source, verify_source

    conn = store.open_existing(copy, upto=0, read_only=True, passphrase=passphrase)
    if schema.current_version(conn) >= schema.LATEST:
        source = Project(copy, conn, read_only=True)
    else:
        conn.close()
        source = open_source(copy, passphrase=passphrase)
    try:
        return verify_source(source, progress)
    finally:
        source.close()


def record_forced(copy: Path, passphrase: str | None, backup: str, problems: list[str],
                  coder: str | None = None) -> None:
    """Write into ``copy``'s custody log that it was restored although it did not verify.

    Written before the copy takes the project's name, so a restore said done always
    carries its record. An older copy is upgraded here (its backup is the copy from
    before the upgrade), as opening the restored project would have done."""
    from workbench.core.repo import append_log

    conn = store.open_existing(copy, passphrase=passphrase)
    try:
        conn.execute("BEGIN IMMEDIATE")
        append_log(conn, "custody", [{
            "at": clock.now(), "coder": clock.resolve_coder(coder), "action": "restore",
            "filename": backup,
            "detail": (f"restored from {backup} although it did not verify, as asked "
                       f"(--force): {first_finding(problems)}")}])
        conn.execute("COMMIT")
    except dbapi.DatabaseError:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    finally:
        conn.close()
    for kept in copy.parent.glob(f"{glob.escape(copy.name)}.before-upgrade-v*"):
        kept.unlink(missing_ok=True)  # the backup itself is the copy from before it
