"""Restoring a record merged into another: the merge is taken back, as far as it still
stands, from its own entries in the audit log.

``merge_actors`` writes every row it changes in one transaction, and the audit log keeps
each row's image before and after. Restoring the merged-away record reads that
transaction back and undoes what nothing has changed since:

- the kept record loses the spellings the merge gave it (those it still holds), the
  memo line the merge wrote, and a type the merge gave it if it still has that type;
- an annotation still naming the kept record as the merge left it names the restored
  one again (its name field too, if still as the merge wrote it); one a researcher has
  pointed elsewhere since stays where they put it;
- an incident whose actor list is still as the merge left it gets its list back; one
  edited since keeps its list;
- the restored record's memo is as before the merge.

Refused, in one sentence, when the log has no such transaction of this file's own (the
merge was made in another project and arrived by a team merge, or the log was cut), or
when the kept record is in the trash itself (a chain: restore the later record first).
"""

from __future__ import annotations

from typing import Any

from workbench.core import actor_refs
from workbench.core.changes import Row
from workbench.core.errors import ValidationError
from workbench.core.project import Project
from workbench.core.repo import Transaction
from workbench.core.wording import counted

MERGE_TRASH = "actor:merge:trash"


def merged_sentence(name: str, kept: str, moved: int) -> str:
    """What ``merge_actors`` did, for people (``moved``: its ``cs.result``); the command
    line and the window each add what their user can do next."""
    if not moved:
        return f"Merged {name} into {kept}; nothing named {name}."
    return (f"Merged {name} into {kept}: "
            f"{counted(moved, 'annotation or incident', 'annotations or incidents')} "
            f"name{'s' if moved == 1 else ''} {kept} now.")


def restored_sentence(name: str, result: tuple[int, int] | None) -> str:
    """What ``restore_actor`` did, for people (``result``: its ``cs.result``)."""
    if result is None:
        return f"Restored {name}."
    back, left = result
    said = (f"Restored {name} and took back its merge: "
            f"{counted(back, 'annotation or incident', 'annotations or incidents')} "
            f"name{'s' if back == 1 else ''} it again")
    if left:
        said += (f"; {counted(left, 'one', 'others')} changed since the merge "
                 f"stay{'s' if left == 1 else ''} as {'it is' if left == 1 else 'they are'}")
    return said + "."


def _merge_entries(project: Project, row: Row, into: str) -> list[Row] | None:
    """The audit entries of the merge that put ``row`` in the trash merged into ``into``,
    or None when this file's log does not hold them."""
    for entry in project.repo.audit(entity_id=row["id"]):
        if entry["entity"] != "actor":
            continue
        if entry["op"] != MERGE_TRASH:
            continue
        if entry.get("merged_from") or not entry["after"] or \
                actor_refs.merged_into(entry["after"]) != into:
            return None
        return project.repo.audit(txn=entry["txn"])
    return None


def unmerge(project: Project, tx: Transaction, row: Row, into: str) -> tuple[int, int]:
    """Take back the merge of ``row`` into ``into`` (see the module); (rows named by the
    restored record again, rows left as they were changed since)."""
    kept = project.repo.get("actor", into)
    name = row["name"]
    if kept is None or kept["deleted_at"]:
        other = kept["name"] if kept else into
        raise ValidationError(
            f"{name} was merged into {other}, which is in the trash itself: restore "
            f"{other} first, then {name}.")
    entries = _merge_entries(project, row, into)
    if entries is None:
        raise ValidationError(
            f"{name} was merged into {kept['name']} in another project or before this "
            "file's history begins, so what the merge moved is not known here: it "
            "cannot come back on its own (add it again as a new record instead).")
    now = tx.time()
    back = left = 0
    fields_of = actor_refs.record_fields(project.codebook)
    for entry in entries:
        before, after = entry["before"], entry["after"]
        if before is None or after is None:
            continue
        if entry["entity"] == "actor" and entry["entity_id"] == into:
            _unmerge_kept(tx, kept, before, after, row["id"], now)
        elif entry["entity"] == "annotation":
            moved = _unmerge_annotation(project, tx, entry["entity_id"], before, after,
                                        fields_of, now)
            back, left = back + moved, left + (not moved)
        elif entry["entity"] == "incident":
            current = project.repo.get("incident", entry["entity_id"])
            if current is not None and current["actors"] == after["actors"]:
                tx.update("incident", current["id"], {"actors": before["actors"],
                                                      "modified_at": now})
                back += 1
            else:
                left += 1
    tx.update("actor", row["id"], {"deleted_at": None, "modified_at": now,
                                   "memo": _without_line(row["memo"], f"Merged into actor {into} ",
                                                         last=True)})
    return back, left


def _without_line(memo: str | None, start: str, *, last: bool = False) -> str:
    """``memo`` without its lines beginning ``start`` (only the last such, with ``last``)."""
    lines = (memo or "").split("\n")
    hits = [i for i, line in enumerate(lines) if line.startswith(start)]
    drop = set(hits[-1:] if last else hits)
    return "\n".join(line for i, line in enumerate(lines) if i not in drop)


def _unmerge_kept(tx: Transaction, kept: Row, before: Row, after: Row, merged_id: str,
                  now: str) -> None:
    given = [a for a in after["aliases"] if a not in before["aliases"]]
    values: dict[str, Any] = {
        "aliases": [a for a in kept["aliases"] if a not in given],
        "memo": _without_line(kept["memo"], f"Took in actor {merged_id} "),
        "modified_at": now,
    }
    if before["actor_type"] != after["actor_type"] and kept["actor_type"] == after["actor_type"]:
        values["actor_type"] = before["actor_type"]
    tx.update("actor", kept["id"], values)


def _unmerge_annotation(project: Project, tx: Transaction, ann_id: str, before: Row,
                        after: Row, fields_of: dict[str, str], now: str) -> bool:
    current = project.repo.get("annotation", ann_id)
    record = fields_of.get(after["kind"])
    if current is None or record is None or current["kind"] != after["kind"]:
        return False
    fields = dict(current["fields"])
    if fields.get(record) != after["fields"].get(record):
        return False  # pointed elsewhere since: where the researcher put it
    fields[record] = before["fields"].get(record)
    name = project.codebook.kind(after["kind"]).roles.actor_name
    if name and fields.get(name) == after["fields"].get(name):
        fields[name] = before["fields"].get(name)
    tx.update("annotation", ann_id, {"fields": {k: v for k, v in fields.items()
                                                if v is not None}, "modified_at": now})
    return True
