"""Move documents, annotations and incidents to the trash, or restore them from it,
together: one write, so one undo step takes them all back (``trash ID...`` and
``restore ID...``, and the window's trash of several rows).

Every id is read inside the write before it moves: an id that names nothing refuses
the whole call and nothing is written (a mistyped last id trashed the ones before it).

Each item comes back as its own operation brings it back (``restore_document``,
``restore_annotations``, ``restore_incident``); an item not in the trash is left alone
and named in the result's sentences, and so is an annotation whose document is still
in the trash (restored, it stays out of sight until the document comes back).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from workbench.core.changes import ChangeSet
from workbench.core.errors import ValidationError
from workbench.core.incidents.model import get_incident
from workbench.core.incidents.ops import restore_incident_in, trash_incident_in
from workbench.core.ops.annotations import get_annotation
from workbench.core.ops.documents import get_document
from workbench.core.project import Project
from workbench.core.trash import ENTITIES, described, restored_on_trashed_document
from workbench.core.wording import counted


@dataclass(frozen=True)
class Restored:
    """What :func:`restore_items` did (the ChangeSet's ``result``)."""

    restored: tuple[tuple[str, Any], ...]  # (entity, id) brought back, in the order given
    notes: tuple[str, ...]  # sentences about items left as they were or out of sight
    unchanged: tuple[tuple[str, Any], ...] = ()  # named, but not in the trash

    def sentence(self) -> str:
        """One paragraph for the user: how many came back, then each note."""
        n = len(self.restored)
        head = (f"Restored {counted(n, 'item')} from the trash." if n
                else "Nothing was restored.")
        return " ".join([head, *self.notes])


def restore_items(project: Project, items: Iterable[tuple[str, Any]]) -> ChangeSet:
    """Bring every (entity, id) of ``items`` back from the trash in one write.

    Documents are restored first, so an annotation restored with its document is not
    said to be out of sight. An unknown id refuses the whole call (NotFoundError,
    nothing written), as each single restore refuses it."""
    items = _checked(items)
    done: list[tuple[str, Any]] = []
    left: list[tuple[str, Any]] = []
    notes: list[str] = []
    ordered = sorted(items, key=lambda k: ENTITIES.index(k[0]))
    with project.write("restore") as tx:  # every row read inside the write
        for entity, id_ in ordered:
            row = _row(project, entity, id_)
            if row["deleted_at"] is None:
                notes.append(f"{_name(entity, id_)} was not in the trash; it is as it was.")
                left.append((entity, id_))
                continue
            if entity == "document":
                tx.update("document", int(id_), {"deleted_at": None})
            elif entity == "annotation":
                tx.update("annotation", str(id_), {"deleted_at": None})
                doc = get_document(project, int(row["doc_id"]))
                if doc["deleted_at"]:
                    notes.append(restored_on_trashed_document(
                        str(row["exact"]), int(doc["id"]), doc.get("title") or ""))
            else:
                back = restore_incident_in(project, tx, str(id_))
                notes += [back] if back else []
            done.append((entity, id_))
    order = {k: n for n, k in enumerate(items)}
    tx.changeset.result = Restored(tuple(sorted(done, key=order.__getitem__)), tuple(notes),
                                   tuple(sorted(left, key=order.__getitem__)))
    return tx.changeset


@dataclass(frozen=True)
class Trashed:
    """What :func:`trash_items` did (the ChangeSet's ``result``)."""

    trashed: tuple[tuple[str, Any], ...]  # (entity, id) moved, in the order given
    notes: tuple[str, ...]  # sentences about items left as they were
    unchanged: tuple[tuple[str, Any], ...] = ()  # named, but in the trash already

    def sentence(self) -> str:
        """One paragraph for the user: what went (one item by name: "Moved 1 to the
        trash." did not say whether 1 was a document), then each note."""
        n = len(self.trashed)
        if n == 1:
            entity, id_ = self.trashed[0]
            head = f"Moved {entity} {id_} to the trash."
        else:
            head = (f"Moved {counted(n, 'item')} to the trash." if n
                    else "Nothing was moved to the trash.")
        return " ".join([head, *self.notes])


def trash_items(project: Project, items: Iterable[tuple[str, Any]]) -> ChangeSet:
    """Move every (entity, id) of ``items`` to the trash in one write.

    An item already in the trash is left as it was (its time and who trashed it kept)
    and named in the notes. An unknown id refuses the whole call (NotFoundError,
    nothing written)."""
    items = _checked(items)
    done: list[tuple[str, Any]] = []
    left: list[tuple[str, Any]] = []
    notes: list[str] = []
    with project.write("trash") as tx:  # every row read inside the write
        for entity, id_ in items:
            if _row(project, entity, id_)["deleted_at"] is not None:
                notes.append(f"{_name(entity, id_)} was already in the trash; it is as "
                             "it was.")
                left.append((entity, id_))
                continue
            if entity == "incident":
                trash_incident_in(project, tx, str(id_))
            else:
                tx.update(entity, int(id_) if entity == "document" else str(id_),
                          {"deleted_at": tx.time()})
            done.append((entity, id_))
    tx.changeset.result = Trashed(tuple(done), tuple(notes), tuple(left))
    return tx.changeset


def result_json(project: Project, result: Trashed | Restored) -> dict[str, Any]:
    """What a trash or restore did, for scripts (``trash --json``, ``restore --json``):
    the items moved (``trashed`` or ``restored``) and those named but left as they were
    (``unchanged``), each as ``described`` gives it; the ``notes`` and the whole
    ``message`` are the sentences said to people."""
    moved = "trashed" if isinstance(result, Trashed) else "restored"
    done = result.trashed if isinstance(result, Trashed) else result.restored
    return {moved: described(project, done), "unchanged": described(project, result.unchanged),
            "notes": list(result.notes), "message": result.sentence()}


def _checked(items: Iterable[tuple[str, Any]]) -> list[tuple[str, Any]]:
    """``items`` without repeats, each of an entity the trash holds."""
    items = list(dict.fromkeys((e, i) for e, i in items))
    for entity, _id in items:
        if entity not in ENTITIES:
            raise ValidationError(f"The trash holds documents, annotations and incidents, "
                                  f"not {entity!r}.")
    return items


def _row(project: Project, entity: str, id_: Any) -> dict[str, Any]:
    """The item's row, trashed or not (NotFoundError when there is none)."""
    if entity == "document":
        return get_document(project, int(id_))
    if entity == "annotation":
        return get_annotation(project, str(id_))
    return get_incident(project, str(id_), live=False)


def _name(entity: str, id_: Any) -> str:
    return f"{entity.capitalize()} {id_}"
