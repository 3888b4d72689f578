"""Where actor records are named by id, and moving those names from one record to another.

Two things hold an actor record's id: an annotation of a kind whose ``actor_record`` role
names a field (the built-in actor kind's ``actor_id``), and an incident's actor list
(``{"actor_id": ..., "role": ...}``). Links join annotations, never records, so they
follow their annotations and are never rewritten. Annotations in the trash are moved
too: restored later, they must not name a record that was merged away.

A record merged into another says so in its memo, in one line the core writes and
reads back (:func:`merged_into`): the memo travels with the record through a team merge
and shows in every listing of the trash, where a column of its own would need a schema
change for one fact.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from workbench.core.changes import Row
from workbench.core.codebook import Codebook
from workbench.core.project import Project
from workbench.core.repo import Transaction
from workbench.core.wording import counted

_MERGED = re.compile(r"^Merged into actor (\S+) \(", re.MULTILINE)


def merged_note(into_id: str, into_name: str, day: str) -> str:
    """The memo line of a record merged into ``into_id`` (read by :func:`merged_into`)."""
    return f"Merged into actor {into_id} ({into_name}) on {day}."


def merged_into(row: Row) -> str | None:
    """The id of the record ``row`` was merged into (its latest merge), or None."""
    found = _MERGED.findall(row.get("memo") or "")
    return found[-1] if found else None


def add_line(memo: str | None, line: str) -> str:
    return f"{memo}\n{line}" if memo else line


def record_fields(codebook: Codebook) -> dict[str, str]:
    """kind -> the field holding an actor record's id, for every kind that has one."""
    return {k.name: k.roles.actor_record for k in codebook.kinds() if k.roles.actor_record}


@dataclass
class References:
    """The rows that name some actor records by id."""

    annotations: list[Row] = field(default_factory=list)
    incidents: list[Row] = field(default_factory=list)

    def live(self) -> tuple[int, int]:
        """(annotations, incidents) outside the trash."""
        return (sum(1 for r in self.annotations if not r["deleted_at"]),
                sum(1 for r in self.incidents if not r["deleted_at"]))


def references(project: Project, actor_ids: list[str]) -> References:
    """Every annotation and incident, trashed or not, naming one of ``actor_ids``."""
    repo = project.repo
    return References(repo.annotations_naming_actors(record_fields(project.codebook), actor_ids),
                      repo.incidents_naming_actors(actor_ids))


def counts(project: Project, actor_ids: list[str]) -> dict[str, tuple[int, int]]:
    """actor id -> (annotations, incidents) outside the trash naming it, for each of
    ``actor_ids`` (one read of each for all of them)."""
    fields_of = record_fields(project.codebook)
    refs = references(project, actor_ids)
    anns = {i: 0 for i in actor_ids}
    incs = dict(anns)
    for ann in refs.annotations:
        if not ann["deleted_at"]:
            anns[ann["fields"][fields_of[ann["kind"]]]] += 1
    for inc in refs.incidents:
        if not inc["deleted_at"]:
            for named in {a.get("actor_id") for a in inc["actors"]} & incs.keys():
                incs[named] += 1
    return {i: (anns[i], incs[i]) for i in actor_ids}


def describe(counts: tuple[int, int]) -> str:
    """What trashing a record named ``counts`` times does to those names, one sentence
    (empty when nothing names it)."""
    anns, incs = counts
    if not anns and not incs:
        return ""
    parts = [p for p in (counted(anns, "annotation") if anns else "",
                         counted(incs, "incident") if incs else "") if p]
    verb = "names" if anns + incs == 1 else "name"
    return (f"{' and '.join(parts)} {verb} it: they keep pointing at it while it is in "
            "the trash (the timeline shows their names as written) and are whole again "
            "when it is restored.")


def repoint(project: Project, tx: Transaction, moves: dict[str, Row], now: str) -> int:
    """Make every annotation and incident naming a key of ``moves`` name its value (a
    live actor record) instead; how many rows were rewritten. An annotation's name field
    holding the old record's name (as attaching it wrote) takes the new name; an
    incident naming both records in one role keeps one entry."""
    if not moves:
        return 0
    gone_names = {i: (tx.repo.get("actor", i) or {}).get("name") for i in moves}
    fields_of = record_fields(project.codebook)
    refs = references(project, list(moves))
    for ann in refs.annotations:
        spec = project.codebook.kind(ann["kind"])
        fields = dict(ann["fields"])
        old = fields[fields_of[ann["kind"]]]
        target = moves[old]
        fields[fields_of[ann["kind"]]] = target["id"]
        name_field = spec.roles.actor_name
        if name_field and fields.get(name_field) == gone_names[old]:
            fields[name_field] = target["name"]
        tx.update("annotation", ann["id"], {"fields": fields, "modified_at": now})
    for inc in refs.incidents:
        actors: list[dict[str, Any]] = []
        seen: set[tuple[Any, Any]] = set()
        for item in inc["actors"]:
            old = item.get("actor_id")
            if old in moves:
                item = {**item, "actor_id": moves[old]["id"]}
                if item.get("name") == gone_names[old]:
                    item["name"] = moves[old]["name"]
            key = (item.get("actor_id") or item.get("name"), item.get("role"))
            if key not in seen:
                seen.add(key)
                actors.append(item)
        tx.update("incident", inc["id"], {"actors": actors, "modified_at": now})
    return len(refs.annotations) + len(refs.incidents)
