"""Which merges of a project were undone, read from its audit log.

A merge carries the source's log entries over, and the log is append-only: an undo
puts the items back but leaves those entries. Read as held, they made the version the
merge brought the common one, so the undo looked like this project's own change since
and the same source merged again brought nothing, without a word. An undo is no
decision about the work: the entries of an undone merge (those it carried and those it
wrote) are no part of the project's history for the next merge, which carries the
entries again. A redo makes the merge count again.

Only the project's own undo and redo entries count: one carried over from another
project reverses a step of that project, numbered there, and read here it named
whichever of this project's steps last wrote its item (the lead's merge of amal read
as undone because ben had undone his). A source's undone merges are its own to leave
out: its entries of them are not carried (``LogCarrier.new_rows``), or what ben merged
from amal and undid would reach the lead as held, and amal's work merged from amal
herself would read as already seen.

The undo and redo entries do not name the step they reverse. An undo reverses the
latest step still standing that wrote the item of its first entry (steps undone since
and the writes of other undos passed over: undo is last in, first out, and refused when
anything else wrote the item since, ``ops/history``); a redo, the step the undo it
follows reversed. Entries carried over are no writes of an item.

Custody entries have no transaction: a merge names its own in the ``merged_from`` of
each custody entry it carries (``Transaction.append_foreign_custody``), and those of an
undone merge are found by it (:func:`undone_custody`). Entries carried before merges
named it are taken as standing, as every carried custody entry once was.
"""

from __future__ import annotations

import json

from workbench.core import logcodes
from workbench.core.repo import CARRIED_IN, Repo


def undone_merges(repo: Repo, ops: logcodes.Ops | None = None) -> set[int]:
    """The transaction numbers of the merges whose undo stands in ``repo``'s log."""
    ops = ops or logcodes.Ops(repo.conn)
    conn = repo.conn
    codes = ops.codes_starting("undo:", "redo:")
    marks = ",".join("?" * len(codes)) or "NULL"
    steps = conn.execute(
        f"SELECT txn, min(seq) FROM audit WHERE merged_from IS NULL AND (op IN ({marks}) "
        "OR op GLOB 'undo:*' OR op GLOB 'redo:*') GROUP BY txn ORDER BY min(seq)",
        codes).fetchall()
    if not steps:
        return set()
    origin: dict[int, int] = {}  # an undo or redo step -> the step it reverses
    merges: set[int] = set()
    undone: set[int] = set()  # every step undone now, merges or not
    for txn, seq in steps:
        first = logcodes.readable(dict(conn.execute(
            "SELECT op, entity, entity_id FROM audit WHERE seq = ?", (seq,)).fetchone()), ops)
        undo = str(first["op"]).startswith("undo:")
        earlier = conn.execute(
            "SELECT txn, op, entity FROM audit WHERE entity_id = ? AND seq < ? "
            "AND merged_from IS NULL ORDER BY seq DESC", (first["entity_id"], seq))
        for before, stored_op, entity in earlier:
            if logcodes.expand_entity(entity) != first["entity"]:
                continue  # another kind of item of the same id
            step, op = origin.get(before, before), str(ops.expand(stored_op))
            put_back = before in origin and op.startswith("undo:")
            if undo and (put_back or step in undone):
                continue  # put back by an undo, or written by a step undone since
            origin[txn] = step
            if op.startswith("merge:"):
                merges.add(step)
            if undo:
                undone.add(step)
            else:
                undone.discard(step)
            break
    return undone & merges


def undone_custody(repo: Repo, undone: set[int] | frozenset[int]) -> set[int]:
    """The ``seq`` of the custody entries that the merges ``undone`` (their transaction
    numbers, :func:`undone_merges`) carried into ``repo``."""
    if not undone:
        return set()
    return {r[0] for r in repo.conn.execute(
        "SELECT seq FROM custody WHERE merged_from IS NOT NULL AND "
        f"json_extract(merged_from, '$.{CARRIED_IN}') IN (SELECT value FROM json_each(?))",
        (json.dumps(sorted(undone)),))}


def carried_in(row: dict) -> int | None:
    """The transaction that carried a custody entry into its project, if it says."""
    if not row.get("merged_from"):
        return None
    found = json.loads(row["merged_from"]).get(CARRIED_IN)
    return found if isinstance(found, int) else None
