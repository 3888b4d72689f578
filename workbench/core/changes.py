"""What a write changed: row images before and after, for panes, the audit log and undo."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

Row = dict[str, Any]


@dataclass(frozen=True)
class Change:
    """One row's images before and after a write (None: the row did not exist)."""
    entity: str  # document, annotation, link, actor, codebook
    id: str
    before: Row | None
    after: Row | None

    @property
    def op(self) -> str:
        """The kind of change for the audit log: insert, delete, trash, restore or update."""
        if self.before is None:
            return "insert"
        if self.after is None:
            return "delete"
        if not self.before.get("deleted_at") and self.after.get("deleted_at"):
            return "trash"
        if self.before.get("deleted_at") and not self.after.get("deleted_at"):
            return "restore"
        return "update"


@dataclass
class ChangeSet:
    """Every row one operation touched, in the order it touched them."""

    op: str
    changes: list[Change] = field(default_factory=list)
    txn: int | None = None
    # Free-form result of the operation (e.g. the id it created).
    result: Any = None

    def __bool__(self) -> bool:
        return bool(self.changes)

    def ids(self, entity: str) -> list[str]:
        """Ids of the rows of this entity that changed, once each, in first-touched order."""
        seen: dict[str, None] = {}
        for c in self.changes:
            if c.entity == entity:
                seen[c.id] = None
        return list(seen)

    @property
    def annotation_ids(self) -> list[str]:
        """Ids of the annotations that changed."""
        return self.ids("annotation")

    @property
    def document_ids(self) -> list[int]:
        """Documents that changed or that hold an annotation that changed."""
        docs = {int(i) for i in self.ids("document")}
        for c in self.changes:
            if c.entity == "annotation":
                for img in (c.before, c.after):
                    if img:
                        docs.add(int(img["doc_id"]))
        return sorted(docs)

    def touches(self, entity: str) -> bool:
        """Whether any row of this entity changed."""
        return any(c.entity == entity for c in self.changes)

    def live_delta(self, entity: str) -> int:
        """Rows of ``entity`` outside the trash after this write, minus before it: what a
        count of live rows moves by (inserts, deletions, trashing, restoring). A row
        touched twice adds up step by step to its net change."""
        n = 0
        for c in self.changes:
            if c.entity == entity:
                was = c.before is not None and not c.before.get("deleted_at")
                now = c.after is not None and not c.after.get("deleted_at")
                n += int(now) - int(was)
        return n
