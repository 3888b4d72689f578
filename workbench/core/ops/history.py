"""Undo and redo: put rows back to their images before (or after) an operation."""

from __future__ import annotations

from collections.abc import Iterable

from workbench.core import actor_refs, dbapi
from workbench.core.changes import Change, ChangeSet, Row
from workbench.core.errors import ValidationError
from workbench.core.project import Project
from workbench.core.repo import Transaction
from workbench.core.wording import step_name


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
    try:
        with project.write("undo") as tx:  # rows compared inside the write, under its lock
            moved = _changed_since(project, ((c, c.after) for c in original.changes))
            if moved is None:
                removed = _removals(project, ((c, c.before) for c in original.changes))
                tx.restore_images((change.entity, _key(change.entity, change.id),
                                   change.before) for change in reversed(original.changes))
                _check_unused(project, removed)  # rolls the write back if still used
                _document_custody(tx, original, undoing=True)
    except dbapi.IntegrityError as err:  # a row it deletes is referred to from elsewhere
        project.undo_stack.pop()
        raise _refused("undone", original, None) from err
    except _InUse as used:
        project.undo_stack.pop()
        raise _refused("undone", original, used.change) from None
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
    try:
        with project.write("redo") as tx:
            moved = _changed_since(project,
                                   ((c, c.before) for c in reversed(original.changes)))
            if moved is None:
                removed = _removals(project, ((c, c.after) for c in original.changes))
                tx.restore_images((change.entity, _key(change.entity, change.id),
                                   change.after) for change in original.changes)
                _check_unused(project, removed)
                _document_custody(tx, original, undoing=False)
    except dbapi.IntegrityError as err:
        project.redo_stack.pop()
        raise _refused("redone", original, None) from err
    except _InUse as used:
        project.redo_stack.pop()
        raise _refused("redone", original, used.change) from None
    project.redo_stack.pop()
    if moved is not None:
        raise _refused("redone", original, moved)
    project.undo_stack.append(original)
    tx.changeset.result = original.op
    return tx.changeset


TAKEN_OUT = "taken out of the project by {doing}"
BROUGHT_BACK = "back in the project by {doing}"
FILE_BACK = "made from this file again by {doing}"


def _document_custody(tx: Transaction, step: ChangeSet, *, undoing: bool) -> None:
    """One custody entry for each document the undo (or redo) of ``step`` takes out of
    the project, brings back, or puts back on another file (a re-import undone). The
    custody log tells where each imported file is: an undone merge or import took its
    documents away without a word there, so the log still showed them copied in."""
    ends: dict[str, tuple[Row | None, Row | None]] = {}  # doc -> (first before, last after)
    for change in step.changes:
        if change.entity == "document":
            first = ends[change.id][0] if change.id in ends else change.before
            ends[change.id] = (first, change.after)
    doing = f"{'undoing' if undoing else 'redoing'} {step_name(step.op)}"
    entries = []
    for doc_id, (first, last) in ends.items():
        now, then = (last, first) if undoing else (first, last)
        if now is None and then is None:
            continue  # made and taken away inside the step: never in the project
        if then is None:
            row, said = now, TAKEN_OUT
        elif now is None:
            row, said = then, BROUGHT_BACK
        elif now.get("original_sha256") != then.get("original_sha256"):
            row, said = then, FILE_BACK
        else:
            continue  # its details or text changed, not the file it was made from
        assert row is not None
        entries.append(tx.custody_row(
            "undo" if undoing else "redo", doc_id=int(doc_id), sha256=row["original_sha256"],
            filename=row["filename"], importer=row["importer"],
            importer_version=row["importer_version"], detail=said.format(doing=doing)))
    if entries:
        tx.append_log("custody", entries)


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


class _InUse(Exception):
    """A kind or field the step takes out of the codebook is still used once its other
    rows are back: raised inside the write, so that it is rolled back."""

    def __init__(self, change: Change) -> None:
        super().__init__(change.id)
        self.change = change


def _removals(project: Project, images: Iterable[tuple[Change, Row | None]]
              ) -> list[tuple[Change, list[str] | None]]:
    """The kinds (None), fields (their names) and choices (``field=choice``) the step
    would take out of the codebook, and the actor records it would delete (None), read
    before its rows are put back."""
    out: list[tuple[Change, list[str] | None]] = []
    for change, image in images:
        if change.entity == "actor":
            if image is None:  # the step made the record: taken back, the row goes
                out.append((change, None))
            continue
        if change.entity != "codebook":
            continue
        if image is None:
            out.append((change, None))
            continue
        now = project.repo.get("codebook", change.id)
        kept = {f["name"]: f for f in (image.get("spec") or {}).get("fields", [])}
        dropped: list[str] = []
        for f in ((now or {}).get("spec") or {}).get("fields", []):
            if f["name"] not in kept:
                dropped.append(f["name"])
                continue
            # A choice the step takes away (one it added, or the new wording of one it
            # renamed) must not be held by an annotation written since.
            gone = set(f.get("choices") or ()) - set(kept[f["name"]].get("choices") or ())
            dropped += [f"{f['name']}={c}" for c in sorted(gone)]
        if dropped:
            out.append((change, dropped))
    return out


def _check_unused(project: Project, removals: list[tuple[Change, list[str] | None]]) -> None:
    """Raise _InUse when, the step's rows put back, an annotation still has a kind or a
    field value the step takes out of the codebook, or an annotation or incident names
    an actor record the step deletes (made since in another window): it
    would be left with a kind nobody can edit, or a value shown nowhere that the editor
    could neither show nor clear. Checked after the rows are back, so the step's own
    annotations (a merge's, undone with it) do not count.
    (Rows SQLite's foreign keys guard, such as an incident with members, raise there.)"""
    conn = project.conn
    for change, fields in removals:
        if change.entity == "actor":
            # An actor record another window named since (an annotation's record field,
            # an incident's actors): deleted, they named a record that was nowhere.
            refs = actor_refs.references(project, [change.id])
            if refs.annotations or refs.incidents:
                raise _InUse(change)
            continue
        if fields is None:
            if conn.execute("SELECT 1 FROM annotations WHERE kind = ? LIMIT 1",
                            (change.id,)).fetchone():
                raise _InUse(change)
            continue
        for name in fields:
            if "=" in name:  # a choice, field=choice (no field name holds "=")
                field, choice = name.split("=", 1)
                if project.repo.annotations_holding(change.id, field, [choice]):
                    raise _InUse(change)
                continue
            if conn.execute("SELECT 1 FROM annotations WHERE kind = ? AND "
                            "json_extract(fields, ?) IS NOT NULL LIMIT 1",
                            (change.id, f'$."{name}"')).fetchone():
                raise _InUse(change)


def _refused(done: str, original: ChangeSet, moved: Change | None) -> ValidationError:
    what = f"the {moved.entity} {moved.id}" if moved is not None else "what it changed"
    # In the words the window's "Undid …" uses, not the history's name ("review:accepted").
    step = step_name(original.op)
    return ValidationError(
        f"{step[:1].upper()}{step[1:]} was not {done}: {what} was changed or used since by another "
        f"window or program, which it would overwrite; the step is taken off the undo "
        f"history.")


def _key(entity: str, id_: str) -> int | str:
    return int(id_) if entity == "document" else id_
