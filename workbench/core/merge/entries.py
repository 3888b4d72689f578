"""One log entry per row a merge changed, whatever the order of its sources.

A merge of several sources takes them one after the other inside one write, and a row
two of them bring was written twice: a figure Amal added and Ben corrected since was
inserted as Amal's and then updated to Ben's when she was named first, and inserted as
Ben's, once, when he was. The project ended the same either way, but its log (and the
undo step) held one more entry in one order than in the other, a step that never stood
in any project. The merge's changes are folded into one per row, from the row as it was
before the merge to what the merge left, and put in one fixed order: parents before
the rows that refer to them (an undo goes back through the list from its end, a redo
from its start), then, of one kind, the rows it takes out of use (trashed or deleted)
before the rest, then by key.

A figure is in one live incident at a time (a partial unique index): a membership a
coder moved is the old one trashed and a new one made. By key alone the new one came
first when its id sorted first (made on a laptop whose clock was behind, or beside the
UUIDs of a project made before compact ids), and the undo put the old one back while
the new one was still live: refused, the merge could no longer be undone.
"""

from __future__ import annotations

from workbench.core.changes import Change, Row

# Parents first: a document before its annotations, a kind before the annotations of
# it, an incident type before its incidents, an annotation before its links and
# incident members, an incident before its members.
_RANK = {entity: i for i, entity in enumerate((
    "document", "codebook", "incident_type", "actor", "annotation", "link", "incident",
    "incident_member"))}


def one_per_row(changes: list[Change]) -> list[Change]:
    """``changes`` folded into one change per row, in a fixed order; a row the merge put
    back as it was before has none."""
    first: dict[tuple[str, str], Row | None] = {}
    last: dict[tuple[str, str], Row | None] = {}
    for change in changes:
        key = (change.entity, change.id)
        first.setdefault(key, change.before)
        last[key] = change.after
    folded = [Change(entity, key, first[entity, key], last[entity, key])
              for entity, key in first if first[entity, key] != last[entity, key]]
    return sorted(folded, key=_place)


def _place(change: Change) -> tuple[int, int, bool, str]:
    # Document keys are numbers: 10 after 9, as they were made.
    number = int(change.id) if change.entity == "document" else 0
    return (_RANK.get(change.entity, len(_RANK)), number, _in_use(change.after), change.id)


def _in_use(row: Row | None) -> bool:
    """Whether a change leaves its row in use: neither deleted nor in the trash."""
    return row is not None and not row.get("deleted_at")
