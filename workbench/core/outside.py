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

from workbench.core import dbapi, logcodes
from workbench.core.changes import Change, ChangeSet
from workbench.core.project import Project
from workbench.core.repo import in_chunks

OP = "outside"  # the ChangeSet's op: another program's commits
# Up to this many entries the ChangeSet carries the rows' images, as a write of the
# window's own does; above it, only what changed (``_coarse``).
DETAILED_UP_TO = 2000


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
                last = _last_seq(conn)
                # Unless another program committed between the pragma and that read:
                # its entries would be taken as seen. Left for the next poll, which
                # sees the version moved and leaves out the own transactions kept.
                if _data_version(conn) == version:
                    self._own_changes = conn.total_changes
                    self.seq = last
                    own.clear()
            return None
        self.version, self._own_changes = version, conn.total_changes
        after = self.seq
        heads = conn.execute("SELECT seq, txn, entity, entity_id, merged_from FROM audit "
                             "WHERE seq > ? ORDER BY seq", (after,)).fetchall()
        if heads:
            self.seq = max(after, int(heads[-1][0]))
        # Its own writes (and those it adopted from a thread) the window has shown;
        # entries a merge carried from other projects are their history, not changes.
        theirs = [h for h in heads if h[1] not in own and not h[4]]
        changes = ChangeSet(OP)
        if len(theirs) > DETAILED_UP_TO:
            changes.changes.extend(_coarse(self.project, theirs))
        elif theirs:
            wanted = {int(h[0]) for h in theirs}
            for entry in self.project.repo.audit(after=after):
                if int(entry["seq"]) in wanted:
                    changes.changes.append(Change(str(entry["entity"]),
                                                  str(entry["entity_id"]),
                                                  entry["before"], entry["after"]))
        own.clear()
        if changes:
            self.project.take_outside(changes)
        return changes


def _coarse(project: Project, heads: list) -> list[Change]:
    """Another program's big write (an import or a merge of thousands of rows) without
    its row images: decoding them cost ~70 ms per 1,000 entries on the window's thread
    (``bench/outside_bench.py``), and a pane reads everything again after so many
    changes anyway. Each entry names its row; each document holding a changed
    annotation is named as changed, so the viewer and the lists read it again."""
    out = [Change(str(logcodes.expand_entity(h[2])), str(h[3]), None, None) for h in heads]
    ann_ids = [c.id for c in out if c.entity == "annotation"]
    docs: set[int] = set()
    for chunk, marks in in_chunks(ann_ids):
        docs.update(int(r[0]) for r in project.conn.execute(
            f"SELECT DISTINCT doc_id FROM annotations WHERE id IN ({marks})", chunk))
    # The incidents whose members changed, as a member's image would name them.
    member_ids = [c.id for c in out if c.entity == "incident_member"]
    incidents: set[str] = set()
    for chunk, marks in in_chunks(member_ids):
        incidents.update(str(r[0]) for r in project.conn.execute(
            f"SELECT DISTINCT incident_id FROM incident_members WHERE id IN ({marks})",
            chunk))
    # An image that is there but says nothing: the row was and is live, as far as the
    # counts know (they are read again after a change this big).
    out.extend(Change("document", str(d), {}, {}) for d in sorted(docs))
    out.extend(Change("incident", i, {}, {}) for i in sorted(incidents))
    return out


def _data_version(conn: object) -> int:
    return int(conn.execute("PRAGMA data_version").fetchone()[0])  # type: ignore[attr-defined]


def _last_seq(conn: object) -> int:
    row = conn.execute("SELECT max(seq) FROM audit").fetchone()  # type: ignore[attr-defined]
    return int(row[0] or 0)

