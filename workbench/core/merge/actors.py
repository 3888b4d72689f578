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
    now = tx.time()
    for loop in _loops(into, rows):
        _break_loop(ctx, source, loop, rows, into, now)
    written = set(tx.changeset.ids("actor"))
    ends = {i: e for i in into if (e := _end(i, into, rows)) is not None}
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


def _loops(into: dict[str, str], rows: dict[str, Row]) -> list[list[str]]:
    """Records merged into each other in a ring (A into B on one side, B into A on the
    other, or through more), each ring once, in the order its merges run."""
    loops: list[list[str]] = []
    done: set[str] = set()
    for start in sorted(into):
        path: list[str] = []
        current: str | None = start
        while current in into and current not in done and current not in path:
            path.append(current)
            current = into[current]
        if current in path and all(i in rows for i in path):
            loops.append(path[path.index(current):])
        done.update(path)
    return loops


def _break_loop(ctx: Context, source: str, loop: list[str], rows: dict[str, Row],
                into: dict[str, str], now: str) -> None:
    """Keep the oldest record of a ring live, with every name of the others.

    Each side's merge won its conflict, so every record of the ring went to the trash
    "merged into" the next and the group was left with no live record: its mentions
    matched nothing and what named it named a trashed record. Which one the coders
    meant cannot be known; the oldest (then the smallest id) is a choice that does not
    depend on the order of the merges.
    """
    from workbench.core.ops.actors import clean_aliases

    kept_id = min(loop, key=lambda i: (rows[i]["created_at"], i))
    kept = rows[kept_id]
    others = [rows[i] for i in loop if i != kept_id]
    names = [n for r in others for n in (r["name"], *r["aliases"])]
    lines = [ln for ln in (kept["memo"] or "").split("\n")
             if actor_refs.merged_into({"memo": ln}) not in loop]
    lines.append(f"Kept live on {now[:10]}: merged into another record in one project "
                 "while that one was merged into it in another.")
    rows[kept_id] = ctx.tx.update("actor", kept_id, {
        "deleted_at": None, "modified_at": now,
        "aliases": clean_aliases(kept["name"], [*kept["aliases"], *names]),
        "memo": "\n".join(ln for ln in lines if ln)})
    del into[kept_id]
    ctx.report.notes.append(
        f"{source}: the actor records {', '.join(r['name'] for r in [kept, *others])} were "
        "each merged into the other (in different projects), which left none of them; "
        f"{kept['name']}, the oldest, is kept with all their names and the others merged "
        "into it: merge them by hand the other way if that was meant.")
