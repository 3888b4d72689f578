"""Carrying a source project's audit and custody logs into the target.

A log row is the same event wherever it sits, so a row the target already holds (its
own, or carried over by an earlier merge, directly or through another project) is
recognised by its content and not written again.
"""

from __future__ import annotations

import hashlib
import json
from array import array

from workbench.core import logcodes
from workbench.core.auditimage import Layout
from workbench.core.changes import Row
from workbench.core.derived import DocTexts, annotation_layout, unquoted
from workbench.core.merge.undone import carried_in, undone_custody, undone_merges
from workbench.core.repo import Repo, Transaction, in_chunks

_AUDIT = ("at", "coder", "op", "entity", "entity_id", "before", "after")
_CUSTODY = ("at", "coder", "action", "doc_id", "sha256", "filename", "importer",
            "importer_version", "detail")


def fingerprint(table: str, row: Row) -> str:
    """What makes a log row the same event: everything but its number and origin."""
    cols = _AUDIT if table == "audit" else _CUSTODY
    text = json.dumps([row.get(c) for c in cols], ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class LogCarrier:
    """Knows the target's log rows and appends a source's rows it does not hold yet.

    Two projects of a team share the start of their logs: both were copied from one
    project, and every later merge carries the other's rows over. A source's entry whose
    chain hash is the one the target holds at the same place is the same event, and so
    is every entry before it (a hash covers the one before it, and each covers its own
    ``seq``): those entries are skipped without being read out. Only the rest of the
    source's log, the coder's work since the copy, is compared by content, with the
    target's entries made after the shared start and those of the same moment (``at``)
    before it. A year's log is hundreds of thousands of entries; written out and
    fingerprinted whole on both sides, it was half of a merge's time
    (docs/performance.md, "Team work at scale").
    """

    def __init__(self, target: Repo, undone: set[int] | None = None):
        self.target = target
        # The target's logs as they stand before the merge writes anything: each log's
        # last ``seq`` and every ``seq`` in order (8 bytes an entry; its rows are read
        # from the file when needed, never held: a year's log is hundreds of MB).
        self.upto: dict[str, int] = {}
        self.seqs: dict[str, array[int]] = {}
        for t in ("audit", "custody"):
            self.seqs[t] = array("q", (r[0] for r in target.conn.execute(
                f"SELECT seq FROM {t} ORDER BY seq")))
            self.upto[t] = self.seqs[t][-1] if self.seqs[t] else 0
        self.ops = logcodes.Ops(target.conn)
        # Entries an undone merge carried are carried again (``undone``), custody
        # entries as audit entries (``undone_custody``: the custody entries' seqs).
        self.undone = undone_merges(target, self.ops) if undone is None else undone
        self.undone_custody = undone_custody(target, self.undone)
        self.seen: dict[str, set[str]] = {t: set() for t in self.seqs}
        self._read: dict[str, set[int]] = {t: set() for t in self.seqs}  # seqs in seen
        # Read before the merge writes anything, as the whole log once was.
        self._layout = (DocTexts(target.conn), annotation_layout(target.conn))

    def new_rows(self, table: str, source: Repo,
                 undone: set[int] | frozenset[int] = frozenset()) -> list[Row]:
        """The source's rows of ``table`` the target does not hold, oldest first; an
        audit row's quote marks written out (they name the source's documents), so a
        row is recognised whether its quote was marked or not. Rows the source's
        undone merges (``undone``, their transactions) wrote or carried are left out."""
        shared = self._shared(table, source)
        tail = self._undone_here(table, source, shared) + _log_rows(
            source, table, "seq > ?", (shared,))
        if undone and table == "audit":
            tail = [r for r in tail if r["txn"] not in undone]
        elif undone:
            tail = [r for r in tail if carried_in(r) not in undone]
        moments = sorted({r["at"] for r in tail})
        # The target's entries after the shared start, and those of the same moments
        # before it: one pass over the log in SQL, only the matches read out.
        self._know(_log_rows(self.target, table,
                             "seq <= ? AND (seq > ? OR at IN (SELECT value FROM json_each(?)))",
                             (self.upto[table], shared, json.dumps(moments)), self.ops), table)
        out = []
        for row in _written_out(table, source, tail):
            key = fingerprint(table, row)
            if key not in self.seen[table]:
                self.seen[table].add(key)
                out.append(row)
        return out

    def _undone_here(self, table: str, source: Repo, shared: int) -> list[Row]:
        """The source's entries, in the start both logs share, that the target holds only
        as carried by a merge undone since: a copy of the target taken while that merge
        stood holds them as standing, and skipped with the rest of the shared start
        they were never carried again, though the merge of that copy brought their
        work back (its documents' custody too)."""
        if not self.undone or not shared:
            return []
        if table == "audit":
            marks = ",".join("?" * len(self.undone))
            seqs = [r[0] for r in self.target.conn.execute(
                f"SELECT seq FROM audit WHERE txn IN ({marks}) AND merged_from IS NOT NULL "
                "AND seq <= ? ORDER BY seq", (*self.undone, shared))]
        else:
            seqs = sorted(s for s in self.undone_custody if s <= shared)
        return [row for chunk, in_marks in in_chunks(seqs) for row in _log_rows(
            source, table, f"seq IN ({in_marks})", tuple(chunk))]

    def _know(self, rows: list[Row], table: str) -> None:
        """Put the fingerprints of these target rows in ``seen`` (each once)."""
        fresh = [r for r in rows if r["seq"] not in self._read[table]
                 and not self._in_undone(table, r)]
        self._read[table].update(r["seq"] for r in fresh)
        self.seen[table].update(fingerprint(table, r) for r in _written_out(
            table, self.target, fresh, self._layout))

    def _in_undone(self, table: str, row: Row) -> bool:
        """Whether the target holds this row only as carried by a merge undone since."""
        if table == "audit":
            return bool(row.get("merged_from")) and row.get("txn") in self.undone
        return row["seq"] in self.undone_custody

    def _shared(self, table: str, source: Repo) -> int:
        """The last ``seq`` up to which the source's log is the target's, entry for
        entry (0 when they share nothing, or an entry has no hash)."""
        seqs = self.seqs[table]

        def same(i: int) -> bool:
            mine = self.target.conn.execute(f"SELECT hash FROM {table} WHERE seq = ?",
                                            (seqs[i],)).fetchone()
            found = source.conn.execute(f"SELECT hash FROM {table} WHERE seq = ?",
                                        (seqs[i],)).fetchone()
            # Stored as text or as 32 bytes (``logcodes``): compared as text.
            return (bool(mine[0]) and found is not None
                    and logcodes.hex_hash(found[0]) == logcodes.hex_hash(mine[0]))

        lo, hi = 0, len(seqs)  # seqs[:lo] are shared; seqs[hi:] are not
        while lo < hi:
            mid = (lo + hi) // 2
            if same(mid):
                lo = mid + 1
            else:
                hi = mid
        return seqs[lo - 1] if lo else 0

    @staticmethod
    def write(tx: Transaction, audit: list[Row], custody: list[Row],
              origin: dict[str, str]) -> None:
        """Append the rows through the repository's one door for foreign log rows."""
        text = json.dumps(origin, ensure_ascii=False, sort_keys=True)
        tx.append_foreign_audit(audit, text)
        tx.append_foreign_custody(custody, text)


def _log_rows(repo: Repo, table: str, where: str, params: tuple,
              ops: logcodes.Ops | None = None) -> list[Row]:
    """The rows of a log matching ``where``, oldest first, as ``Repo.log_rows`` reads
    them (op, entity and hash as the chain reads them)."""
    ops = ops or logcodes.Ops(repo.conn)
    return [logcodes.readable(dict(r), ops) for r in repo.conn.execute(
        f"SELECT * FROM {table} WHERE {where} ORDER BY seq", params)]


def _written_out(table: str, repo: Repo, rows: list[Row],
                 layout: tuple[DocTexts, Layout] | None = None) -> list[Row]:
    if table != "audit":
        return rows
    texts, cols = layout or (DocTexts(repo.conn), annotation_layout(repo.conn))
    return [unquoted(r, cols, texts) for r in rows]
