"""Undo and redo: put rows back to their images before (or after) an operation."""

from __future__ import annotations

from workbench.core.changes import ChangeSet
from workbench.core.project import Project


def can_undo(project: Project) -> bool:
    """Whether there is an operation to undo."""
    return bool(project.undo_stack)


def can_redo(project: Project) -> bool:
    """Whether there is an undone operation to redo."""
    return bool(project.redo_stack)


def undo(project: Project) -> ChangeSet:
    """Reverse the latest operation; an empty ChangeSet when there is nothing to undo."""
    if not project.undo_stack:
        return ChangeSet("undo")
    original = project.undo_stack[-1]
    with project.write("undo") as tx:
        for change in reversed(original.changes):
            tx.restore_image(change.entity, _key(change.entity, change.id), change.before)
    project.undo_stack.pop()
    project.redo_stack.append(original)
    tx.changeset.result = original.op
    return tx.changeset


def redo(project: Project) -> ChangeSet:
    """Apply the latest undone operation again; an empty ChangeSet when there is none."""
    if not project.redo_stack:
        return ChangeSet("redo")
    original = project.redo_stack[-1]
    with project.write("redo") as tx:
        for change in original.changes:
            tx.restore_image(change.entity, _key(change.entity, change.id), change.after)
    project.redo_stack.pop()
    project.undo_stack.append(original)
    tx.changeset.result = original.op
    return tx.changeset


def _key(entity: str, id_: str) -> int | str:
    return int(id_) if entity == "document" else id_
