"""Actor records one side merged into another (``ops.actors.merge_actors``), across a
team merge: the merged-away record stays in the trash and nothing names it.

A merge is a researcher's decision about who is who, so in a conflict over a record the
version that merged it away wins whatever the other side did to it, and the spellings
the other side gave it join the record it was merged into. Once every item of a source
is in, each record merged away (its memo says where, ``actor_refs.merged_into``; a
chain A into B into C is followed to C) is made sure to be in the trash, and every
annotation or incident naming it, whichever side made them, names the record it was
merged into: the other side may have coded new mentions of the old record meanwhile.
"""

from __future__ import annotations

from workbench.core import actor_refs
from workbench.core.changes import Row
from workbench.core.merge.context import Context
from workbench.core.wording import counted


def actor_merge_wins(mine: Row, theirs: Row, keep_mine: bool) -> bool:
    """Whether the target keeps its version of an actor both sides changed: the side
    that merged the record away wins; otherwise ``keep_mine`` as for any item."""
    mine_merged = actor_refs.merged_into(mine) is not None
    theirs_merged = actor_refs.merged_into(theirs) is not None
    if mine_merged != theirs_merged:
        return mine_merged
    return keep_mine


def _end(actor_id: str, into: dict[str, str], rows: dict[str, Row]) -> str | None:
    """The live record at the end of ``actor_id``'s merge chain, or None (a record the
    target lacks, one in the trash, or a loop)."""
    seen = {actor_id}
    current = into[actor_id]
    while current in into:
        if current in seen:
            return None
        seen.add(current)
        current = into[current]
    row = rows.get(current)
    return current if row is not None and not row["deleted_at"] else None


def settle_merged_actors(ctx: Context, source: str) -> None:
    """Trash every merged-away record, give its spellings to the record it went into
    (those this merge wrote or lost a conflict over), and move what names it."""
    from workbench.core.ops.actors import clean_aliases

    repo, tx = ctx.target.repo, ctx.tx
    rows = {r["id"]: r for r in repo.all_rows("actor")}
    into = {i: t for i, r in rows.items() if (t := actor_refs.merged_into(r)) is not None}
    if not into:
        return
    written = set(tx.changeset.ids("actor"))
    ends = {i: e for i in into if (e := _end(i, into, rows)) is not None}
    now = tx.time()
    for actor_id, end in ends.items():
        row = rows[actor_id]
        extra = ctx.actor_spellings.pop(actor_id, [])
        if actor_id in written or extra:
            kept = repo.get("actor", end)
            assert kept is not None
            aliases = clean_aliases(kept["name"], [*kept["aliases"], row["name"],
                                                   *row["aliases"], *extra])
            if aliases != kept["aliases"]:
                tx.update("actor", end, {"aliases": aliases, "modified_at": now})
        if not row["deleted_at"]:
            tx.update("actor", actor_id, {"deleted_at": now, "modified_at": now})
    moves = {i: repo.get("actor", e) for i, e in ends.items()}
    moved = actor_refs.repoint(ctx.target, tx, moves, now)  # type: ignore[arg-type]
    if moved:
        ctx.report.notes.append(
            f"{counted(moved, 'annotation or incident', 'annotations or incidents')} from "
            f"{source} or the target named an actor record merged into another; they "
            "name the record it was merged into.")
