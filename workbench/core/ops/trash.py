"""Restore documents, annotations and incidents from the trash together: one write, so
one undo step takes them all back (the window restores the rows chosen in its trash).

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
from workbench.core.incidents.ops import restore_incident_in
from workbench.core.ops.annotations import get_annotation
from workbench.core.ops.documents import get_document
from workbench.core.project import Project
from workbench.core.trash import ENTITIES, restored_on_trashed_document
from workbench.core.wording import counted


@dataclass(frozen=True)
class Restored:
    """What :func:`restore_items` did (the ChangeSet's ``result``)."""

    restored: tuple[tuple[str, Any], ...]  # (entity, id) brought back, in the order given
    notes: tuple[str, ...]  # sentences about items left as they were or out of sight

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
    items = list(dict.fromkeys((e, i) for e, i in items))
    for entity, _id in items:
        if entity not in ENTITIES:
            raise ValidationError(f"The trash holds documents, annotations and incidents, "
                                  f"not {entity!r}.")
    done: list[tuple[str, Any]] = []
    notes: list[str] = []
    ordered = sorted(items, key=lambda k: ENTITIES.index(k[0]))
    with project.write("restore") as tx:  # every row read inside the write
        for entity, id_ in ordered:
            if entity == "document":
                row = get_document(project, int(id_))
            elif entity == "annotation":
                row = get_annotation(project, str(id_))
            else:
                row = get_incident(project, str(id_), live=False)
            if row["deleted_at"] is None:
                notes.append(f"{_name(entity, id_)} was not in the trash; it is as it was.")
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
                restore_incident_in(project, tx, str(id_))
            done.append((entity, id_))
    order = {k: n for n, k in enumerate(items)}
    tx.changeset.result = Restored(tuple(sorted(done, key=order.__getitem__)), tuple(notes))
    return tx.changeset


def _name(entity: str, id_: Any) -> str:
    return f"{entity.capitalize()} {id_}"
