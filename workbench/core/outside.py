"""What other programs changed in an open project, and whether its file is still there.

A window stays open for hours while the command line (an import, a merge, a
re-import) or a second window writes the same file. SQLite's ``PRAGMA data_version``
on the window's own connection moves when, and only when, another connection has
committed: one tiny query tells whether anything happened. When it moved, the audit
log says what: every write appends its row images there under a transaction number,
so the entries after the last one seen, less this program's own transactions, are
another program's changes, as a ChangeSet the panes already know how to follow.

A file watcher alone was not used: a write in WAL mode changes the ``-wal`` file and
not the project file, and a watcher on a removable drive is not reliable anyway.

Qt-free: the window's timer asks :meth:`Watch.poll` and shows what it returns.
"""

from __future__ import annotations

from workbench.core import dbapi
from workbench.core.changes import Change, ChangeSet
from workbench.core.project import Project

OP = "outside"  # the ChangeSet's op: another program's commits


def gone_sentence(project: Project) -> str | None:
    """One sentence when the file at the project's path is no longer the one opened
    (moved, renamed, deleted, its drive removed) or can no longer be read; None while it
    is in place. Writes are refused meanwhile (``Project.check_in_place``)."""
    gone = project.whereabouts()
    if gone is None:
        return None
    return (f"{project.path.name} {gone}. What was saved is in the file; changes wait "
            "until it is back (or open it from where it is now).")


# What SQLite says when the file's bytes cannot be reached (a drive pulled, a share
# gone): not damage, and not a bug to show as a traceback.
_UNREACHABLE = ("disk i/o error", "unable to open database file")


def read_failure(err: BaseException, project: Project) -> str | None:
    """One sentence for a database error that means the file cannot be reached (it is
    gone, or its drive fails); None for any other error, which keeps its traceback."""
    if not isinstance(err, dbapi.Error):
        return None
    gone = gone_sentence(project)
    if gone is not None:
        return gone
    if any(s in str(err).lower() for s in _UNREACHABLE):
        return (f"{project.path.name} could not be read ({err}): its drive may have been "
                "removed or be failing. What was saved before is in the file; open the "
                "project again once the drive is back.")
    return None


class Watch:
    """Another program's commits to ``project`` since the last :meth:`poll`."""

    def __init__(self, project: Project) -> None:
        self.project = project
        conn = project.conn
        self.version = _data_version(conn)
        self.seq = _last_seq(conn)
        self._own_changes = conn.total_changes

    def poll(self) -> ChangeSet | None:
        """None when no other connection committed since the last poll (one pragma);
        else the audited changes they made, oldest first (empty when they changed
        nothing the panes show, such as a backup's custody entry)."""
        conn = self.project.conn
        version = _data_version(conn)
        own = self.project.own_txns
        if version == self.version:
            if conn.total_changes != self._own_changes:
                # This program wrote meanwhile, nobody else did: its entries are known.
                self._own_changes = conn.total_changes
                self.seq = _last_seq(conn)
                own.clear()
            return None
        self.version, self._own_changes = version, conn.total_changes
        changes = ChangeSet(OP)
        for entry in self.project.repo.audit(after=self.seq):
            self.seq = max(self.seq, int(entry["seq"]))
            # Its own writes (and those it adopted from a thread) the window has shown;
            # entries a merge carried from other projects are their history, not changes.
            if entry["txn"] in own or entry.get("merged_from"):
                continue
            changes.changes.append(Change(str(entry["entity"]), str(entry["entity_id"]),
                                          entry["before"], entry["after"]))
        own.clear()
        if changes:
            self.project.take_outside(changes)
        return changes


def _data_version(conn: object) -> int:
    return int(conn.execute("PRAGMA data_version").fetchone()[0])  # type: ignore[attr-defined]


def _last_seq(conn: object) -> int:
    row = conn.execute("SELECT max(seq) FROM audit").fetchone()  # type: ignore[attr-defined]
    return int(row[0] or 0)

