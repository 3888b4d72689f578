"""Undo and redo: put rows back to their images before (or after) an operation."""

from __future__ import annotations

from collections.abc import Iterable

from workbench.core.changes import Change, ChangeSet, Row
from workbench.core.errors import ValidationError
from workbench.core.project import Project


def can_undo(project: Project) -> bool:
    """Whether there is an operation to undo."""
    return bool(project.undo_stack)


def can_redo(project: Project) -> bool:
    """Whether there is an undone operation to redo."""
    return bool(project.redo_stack)


def undo(project: Project) -> ChangeSet:
    """Reverse the latest operation; an empty ChangeSet when there is nothing to undo.

    Refused (ValidationError, nothing changed, the step dropped from the history) when
    another window or program has changed one of its rows since: putting the row back
    would wipe that acknowledged change.
    """
    if not project.undo_stack:
        return ChangeSet("undo")
    original = project.undo_stack[-1]
    with project.write("undo") as tx:  # rows compared inside the write, under its lock
        moved = _changed_since(project, ((c, c.after) for c in original.changes))
        if moved is None:
            for change in reversed(original.changes):
                tx.restore_image(change.entity, _key(change.entity, change.id), change.before)
    project.undo_stack.pop()
    if moved is not None:
        raise _refused("undone", original, moved)
    project.redo_stack.append(original)
    tx.changeset.result = original.op
    return tx.changeset


def redo(project: Project) -> ChangeSet:
    """Apply the latest undone operation again; an empty ChangeSet when there is none.
    Refused, as ``undo`` is, when one of its rows was changed elsewhere since the undo."""
    if not project.redo_stack:
        return ChangeSet("redo")
    original = project.redo_stack[-1]
    with project.write("redo") as tx:
        moved = _changed_since(project, ((c, c.before) for c in reversed(original.changes)))
        if moved is None:
            for change in original.changes:
                tx.restore_image(change.entity, _key(change.entity, change.id), change.after)
    project.redo_stack.pop()
    if moved is not None:
        raise _refused("redone", original, moved)
    project.undo_stack.append(original)
    tx.changeset.result = original.op
    return tx.changeset


def _changed_since(project: Project, images: Iterable[tuple[Change, Row | None]]
                   ) -> Change | None:
    """The first change whose row is no longer as this process left it (``images``: each
    change with the image its row should have now; the last given for a row counts)."""
    expected: dict[tuple[str, str], tuple[Change, Row | None]] = {}
    for change, image in images:
        expected[(change.entity, change.id)] = (change, image)
    for (entity, id_), (change, image) in expected.items():
        if project.repo.get(entity, _key(entity, id_)) != image:
            return change
    return None


def _refused(done: str, original: ChangeSet, moved: Change) -> ValidationError:
    return ValidationError(
        f"The {moved.entity} {moved.id} was changed since by another window or program, so "
        f"'{original.op}' was not {done} (that would overwrite the later change); it is "
        f"taken off the undo history.")


def _key(entity: str, id_: str) -> int | str:
    return int(id_) if entity == "document" else id_
