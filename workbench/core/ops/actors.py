"""Actors: canonical names with their aliases, and matching a mention to one.

The same militia is spelled five ways across sources; an actor record gathers
the spellings, and an actor mention annotated without a record is attached to the
record one of them matches (the timeline's actor lanes are the names as written).
"""

from __future__ import annotations

from typing import Any

from rapidfuzz import fuzz, process

from workbench.core import actor_refs, clock
from workbench.core.actor_lanes import spelling_key
from workbench.core.changes import ChangeSet
from workbench.core.errors import NotFoundError, ValidationError
from workbench.core.project import Project
from workbench.core.repo import Transaction
from workbench.core.textnorm import normalise

# Spelling variants ("Harouni" for "Harun") score in the high 80s; unrelated names far lower.
MATCH_SCORE = 88.0
# Two records scoring within this of each other for one mention: neither is chosen.
TIE_MARGIN = 2.0


def get_actor(project: Project, actor_id: str) -> dict[str, Any]:
    """The live actor record; NotFoundError if it is missing or in the trash."""
    row = project.repo.get("actor", actor_id)
    if row is None or row["deleted_at"]:
        raise NotFoundError(f"There is no actor with id {actor_id}.")
    return row


def clean_aliases(name: str, aliases: list[str]) -> list[str]:
    """``aliases`` stripped, each spelling once (folded), none equal to ``name``."""
    seen = {normalise(name)}
    out = []
    for alias in aliases:
        alias = alias.strip()
        if alias and normalise(alias) not in seen:
            seen.add(normalise(alias))
            out.append(alias)
    return out


def add_actor(
    project: Project, name: str, aliases: list[str] | None = None, actor_type: str | None = None
) -> ChangeSet:
    """Create an actor record; ``cs.result`` is its id."""
    name = name.strip()
    if not name:
        raise ValidationError("An actor needs a name.")
    if actor_type is not None:
        project.codebook.kind("actor").field("actor_type").coerce(actor_type)
    with project.write("actor") as tx:
        actor_id = _insert_actor(tx, name, aliases, actor_type)
    tx.changeset.result = actor_id
    return tx.changeset


def _insert_actor(tx: Transaction, name: str, aliases: list[str] | None,
                  actor_type: str | None) -> str:
    now = tx.time()  # the audit entry's own time: its image marks it (auditimage)
    row = {
        "id": clock.new_id(),
        "name": name,
        "aliases": clean_aliases(name, aliases or []),
        "actor_type": actor_type,
        "created_at": now,
        "modified_at": now,
    }
    tx.insert("actor", row)
    return str(row["id"])


def add_actor_for(project: Project, ann_id: str, name: str | None = None) -> ChangeSet:
    """Create an actor record and make the annotation ``ann_id`` name it: one write, so
    one undo step takes both back (a record left behind by undoing only the naming
    would be a stray the researcher never meant to keep). The record is named ``name``,
    else the annotation's quoted words; the annotation's empty name field takes the
    record's name, as matching a mention does. ``cs.result`` is the record's id."""
    from workbench.core.ops.annotations import apply_update, get_annotation

    with project.write("actor:attach") as tx:
        ann = get_annotation(project, ann_id)
        spec = project.codebook.kind(ann["kind"])
        field = spec.roles.actor_record
        if not field:
            raise ValidationError(f"A {spec.label} annotation names no actor record.")
        if ann["deleted_at"]:
            raise ValidationError("The annotation is in the trash; restore it before "
                                  "giving it an actor record.")
        chosen = " ".join((name or ann["exact"]).split())
        if not chosen:
            raise ValidationError("An actor needs a name.")
        actor_id = _insert_actor(tx, chosen, [], None)
        changes: dict[str, Any] = {field: actor_id}
        name_field = spec.roles.actor_name
        if name_field and not ann["fields"].get(name_field):
            changes[name_field] = chosen
        apply_update(project, tx, ann_id, fields=changes)
    tx.changeset.result = actor_id
    return tx.changeset


def update_actor(
    project: Project,
    actor_id: str,
    *,
    name: str | None = None,
    add_aliases: list[str] | None = None,
    remove_aliases: list[str] | None = None,
) -> ChangeSet:
    """Rename an actor or change its aliases; a replaced name becomes an alias."""
    if name is not None and not name.strip():
        # "   " was stored as a name of nothing (the old name moved to the aliases),
        # which add_actor refuses; "" was ignored without a word.
        raise ValidationError("An actor needs a name.")
    with project.write("actor") as tx:  # read and merge the aliases inside the write
        row = get_actor(project, actor_id)
        new_name = (name or row["name"]).strip()
        drop = {normalise(a) for a in remove_aliases or []}
        aliases = ([a for a in row["aliases"] if normalise(a) not in drop]
                   + list(add_aliases or []))
        if name and row["name"] != new_name:
            aliases.append(row["name"])  # the old name stays findable
        tx.update("actor", actor_id, {
            "name": new_name,
            "aliases": clean_aliases(new_name, aliases),
            "modified_at": tx.time(),
        })
    return tx.changeset


def trash_actor(project: Project, actor_id: str) -> ChangeSet:
    """Put an actor record in the trash. What names it keeps its id (restoring the
    record makes it whole again); ``cs.result`` is (annotations, incidents) outside the
    trash that name it, which ``actor_refs.describe`` puts in a sentence."""
    with project.write("actor:trash") as tx:
        get_actor(project, actor_id)
        tx.update("actor", actor_id, {"deleted_at": tx.time()})
    tx.changeset.result = actor_refs.references(project, [actor_id]).live()
    return tx.changeset


def restore_actor(project: Project, actor_id: str) -> ChangeSet:
    """Bring an actor record back from the trash.

    A record merged into another comes back with the merge taken back as far as it
    still stands (``actor_unmerge``): what it moved and nothing has changed since names
    the restored record again, and the kept record loses its spellings. ``cs.result``
    is then (rows naming it again, rows left as changed since); None for a plain restore.
    """
    from workbench.core.actor_unmerge import unmerge

    with project.write("actor:restore") as tx:
        row = project.repo.get("actor", actor_id)
        if row is None:
            raise NotFoundError(f"There is no actor with id {actor_id}.")
        if not row["deleted_at"]:
            raise ValidationError(f"The actor {row['name']} is not in the trash.")
        into = actor_refs.merged_into(row)
        if into is None:
            tx.update("actor", actor_id, {"deleted_at": None})
            result = None
        else:
            result = unmerge(project, tx, row, into)
    tx.changeset.result = result
    return tx.changeset


def merge_actors(project: Project, merged_id: str, into_id: str) -> ChangeSet:
    """Merge the record ``merged_id`` into ``into_id``, in one step (one undo).

    The kept record takes the other's name and aliases as aliases (and its type if it
    has none); every annotation and incident naming the merged record names the kept one
    (``actor_refs.repoint``); the merged record goes to the trash with a memo line
    saying where it went (restoring it takes the merge back: ``restore_actor``).
    ``cs.result`` is how many annotations and incidents were rewritten.
    """
    if merged_id == into_id:
        raise ValidationError("An actor record cannot be merged into itself.")
    with project.write("actor:merge") as tx:  # both read and merged inside the write
        gone, kept = get_actor(project, merged_id), get_actor(project, into_id)
        now = tx.time()
        values: dict[str, Any] = {
            "aliases": clean_aliases(kept["name"], [*kept["aliases"], gone["name"],
                                                     *gone["aliases"]]),
            "memo": actor_refs.add_line(
                kept["memo"], f"Took in actor {merged_id} ({gone['name']}) on {now[:10]}."),
            "modified_at": now,
        }
        if not kept["actor_type"] and gone["actor_type"]:
            values["actor_type"] = gone["actor_type"]
        kept = tx.update("actor", into_id, values)
        moved = actor_refs.repoint(project, tx, {merged_id: kept}, now)
        tx.update("actor", merged_id, {
            "deleted_at": now, "modified_at": now,
            "memo": actor_refs.add_line(
                gone["memo"], actor_refs.merged_note(into_id, kept["name"], now[:10])),
        })
    tx.changeset.result = moved
    return tx.changeset


# One folding for matching and for the timeline's lanes by record.
_key = spelling_key


def match_actor(project: Project, mention: str) -> dict[str, Any] | None:
    """The actor whose name or an alias matches ``mention`` best, if close enough and
    no other actor matches about as well.

    A mention that is a piece of a longer name ("East", "Brigade", "army") is no match
    of it: the partial matching that lets "the Eastern Brigade" find "Eastern Brigade"
    gave such pieces 90 too, so "army" went to whichever army came first. And a mention
    two records fit alike is attached to neither: a wrong record is worse than none.
    """
    key = _key(mention)
    if not key:
        return None
    choices: dict[tuple[str, int], str] = {}
    actors = project.repo.actors()
    for i, actor in enumerate(actors):
        for j, spelling in enumerate([actor["name"], *actor["aliases"]]):
            choices[(actor["id"], i * 1000 + j)] = _key(spelling)
    best: dict[str, float] = {}
    for spelling, score, (actor_id, _) in process.extract(
            key, choices, scorer=fuzz.WRatio, score_cutoff=MATCH_SCORE, limit=None):
        if len(key) < len(spelling) and fuzz.ratio(key, spelling) < MATCH_SCORE:
            continue  # the mention is a fragment of this spelling
        best[actor_id] = max(best.get(actor_id, 0.0), score)
    if not best:
        return None
    ranked = sorted(best.values(), reverse=True)
    if len(ranked) > 1 and (ranked[1] == 100 or (ranked[0] < 100
                                                 and ranked[1] >= ranked[0] - TIE_MARGIN)):
        return None  # two records fit about as well: which one is for the researcher
    actor_id = max(best, key=lambda a: best[a])
    return next(a for a in actors if a["id"] == actor_id)
