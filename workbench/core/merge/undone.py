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

The undo and redo entries do not name the step they reverse; the step is the one that
last wrote the item of the undo's first entry (an undo is refused when anything else
wrote it since, ``ops/history``). Entries carried over are no writes of an item.
"""

from __future__ import annotations

from workbench.core import logcodes
from workbench.core.repo import Repo


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
    origin: dict[int, int] = {}  # an undo or redo step -> the step it first reversed
    merges: set[int] = set()
    undone: set[int] = set()
    for txn, seq in steps:
        first = logcodes.readable(dict(conn.execute(
            "SELECT op, entity, entity_id FROM audit WHERE seq = ?", (seq,)).fetchone()), ops)
        found = conn.execute(
            "SELECT txn, op FROM audit WHERE entity_id = ? AND seq < ? AND merged_from IS NULL "
            f"AND {logcodes.entity_in(first['entity'])} ORDER BY seq DESC LIMIT 1",
            (first["entity_id"], seq)).fetchone()
        if found is None:
            continue
        reversed_txn, op = found[0], str(ops.expand(found[1]))
        origin[txn] = origin.get(reversed_txn, reversed_txn)
        if op.startswith("merge:"):
            merges.add(reversed_txn)
        if origin[txn] not in merges:
            continue
        if str(first["op"]).startswith("undo:"):
            undone.add(origin[txn])
        else:
            undone.discard(origin[txn])
    return undone
