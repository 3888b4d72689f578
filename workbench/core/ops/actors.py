"""Actors: canonical names with their aliases, and matching a mention to one.

The same militia is spelled five ways across sources; an actor record gathers
the spellings so that mentions, filters and the timeline's actor lanes agree.
"""

from __future__ import annotations

from typing import Any

from rapidfuzz import fuzz, process

from workbench.core import clock
from workbench.core.changes import ChangeSet
from workbench.core.errors import NotFoundError, ValidationError
from workbench.core.project import Project
from workbench.core.textnorm import normalise

# Spelling variants ("Harouni" for "Harun") score in the high 80s; unrelated names far lower.
MATCH_SCORE = 88.0


def get_actor(project: Project, actor_id: str) -> dict[str, Any]:
    """The live actor record; NotFoundError if it is missing or in the trash."""
    row = project.repo.get("actor", actor_id)
    if row is None or row["deleted_at"]:
        raise NotFoundError(f"There is no actor with id {actor_id}.")
    return row


def _clean_aliases(name: str, aliases: list[str]) -> list[str]:
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
        now = tx.time()  # the audit entry's own time: its image marks it (auditimage)
        row = {
            "id": clock.new_id(),
            "name": name,
            "aliases": _clean_aliases(name, aliases or []),
            "actor_type": actor_type,
            "created_at": now,
            "modified_at": now,
        }
        tx.insert("actor", row)
    tx.changeset.result = row["id"]
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
            "aliases": _clean_aliases(new_name, aliases),
            "modified_at": tx.time(),
        })
    return tx.changeset


def trash_actor(project: Project, actor_id: str) -> ChangeSet:
    """Put an actor record in the trash."""
    with project.write("trash") as tx:
        get_actor(project, actor_id)
        tx.update("actor", actor_id, {"deleted_at": tx.time()})
    return tx.changeset


def match_actor(project: Project, mention: str) -> dict[str, Any] | None:
    """The actor whose name or an alias matches ``mention`` best, if close enough."""
    key = normalise(mention).strip()
    if not key:
        return None
    choices: dict[tuple[str, int], str] = {}
    actors = project.repo.actors()
    for i, actor in enumerate(actors):
        for j, spelling in enumerate([actor["name"], *actor["aliases"]]):
            choices[(actor["id"], i * 1000 + j)] = normalise(spelling)
    best = process.extractOne(key, choices, scorer=fuzz.WRatio, score_cutoff=MATCH_SCORE)
    if best is None:
        return None
    actor_id = best[2][0]
    return next(a for a in actors if a["id"] == actor_id)
