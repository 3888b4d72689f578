"""An actor record as a researcher reads it: its name, never its id.

An annotation names its record by id (the kind's ``actor_record`` role); the window
shows that id as the record's name, as "trashed record: NAME" when the record is in the
trash (the id is kept: restoring the record makes it whole), and as "unknown record ID:
..." when no record has it (a team merge or an import may bring ids whose records are
not here yet). Choosing a record by typing finds it by its name or any alias, folded as
search folds (case, diacritics, Arabic letter variants).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from workbench.core.actor_refs import merged_into
from workbench.core.project import Project
from workbench.core.textnorm import normalise

TRASHED = "trashed record: {name}"
UNKNOWN = "unknown record ID: {id}"


def label_of(row: dict[str, Any] | None, actor_id: str) -> str:
    """How the record ``row`` (None: no record has ``actor_id``) is named on screen."""
    if row is None:
        return UNKNOWN.format(id=actor_id)
    if row.get("deleted_at"):
        return TRASHED.format(name=row["name"])
    return str(row["name"])


def record_label(project: Project, actor_id: str) -> str:
    """The name shown for the record ``actor_id``."""
    return label_of(project.repo.get("actor", actor_id), actor_id)


def merged_label(project: Project, row: dict[str, Any]) -> str | None:
    """Where the trashed record ``row`` went, named as it is now: "Free Army Brigade",
    or along a chain "Free Army Brigade, itself merged into لواء الجيش الحر"; None for a
    record that was trashed, not merged. The kept record's current name, not the one
    the memo line wrote down on the day of the merge."""
    into = merged_into(row) if row.get("deleted_at") else None
    if into is None:
        return None
    kept = project.repo.get("actor", into)
    if kept is None:
        return UNKNOWN.format(id=into)
    seen = {row["id"], into}
    end = kept
    while end["deleted_at"] and (nxt := merged_into(end)) and nxt not in seen:
        seen.add(nxt)
        found = project.repo.get("actor", nxt)
        if found is None:
            break
        end = found
    if end is kept:
        return label_of(kept, into)
    return f"{kept['name']}, itself merged into {label_of(end, end['id'])}"


class RecordNames:
    """Every record's label, read once (two reads of the actor table) and kept until
    :meth:`forget`: the annotation table asks for one per painted cell."""

    def __init__(self, project: Project) -> None:
        self.project = project
        self._labels: dict[str, str] | None = None

    def forget(self) -> None:
        """Read the records again at the next lookup (after a write to them)."""
        self._labels = None

    def read(self) -> RecordNames:
        """Read the records now (for a lookup on another thread, which must not use the
        project's connection); the labels are kept until :meth:`forget`."""
        self(None)
        return self

    def __call__(self, actor_id: Any) -> str:
        if self._labels is None:
            repo = self.project.repo
            self._labels = {r["id"]: label_of(r, r["id"])
                            for r in (*repo.actors(trashed=True), *repo.actors())}
        key = str(actor_id)
        return self._labels.get(key) or UNKNOWN.format(id=key)


@dataclass(frozen=True)
class Choice:
    """A live record as the chooser offers it."""

    id: str
    name: str
    aliases: tuple[str, ...]


def choices(project: Project) -> list[Choice]:
    """The live records, by name."""
    return [Choice(r["id"], r["name"], tuple(r["aliases"] or ())) for r in project.repo.actors()]


def search(records: list[Choice], typed: str) -> list[tuple[Choice, str | None]]:
    """The records whose name or an alias holds ``typed`` (folded), each once, with the
    alias that matched when the name did not; names that begin with it come first."""
    key = normalise(typed).strip()
    if not key:
        return [(c, None) for c in records]
    first: list[tuple[Choice, str | None]] = []
    rest: list[tuple[Choice, str | None]] = []
    for choice in records:
        for spelling in (choice.name, *choice.aliases):
            folded = normalise(spelling)
            if key in folded:
                found = (choice, None if spelling == choice.name else spelling)
                (first if folded.startswith(key) else rest).append(found)
                break
    return first + rest


def exact(records: list[Choice], typed: str) -> Choice | None:
    """The one record whose name or an alias is ``typed`` (folded); None if none is, or
    if two are (a researcher picks between them from the list)."""
    key = normalise(typed).strip()
    found = [c for c in records if key and any(normalise(s).strip() == key
                                               for s in (c.name, *c.aliases))]
    return found[0] if len(found) == 1 else None
