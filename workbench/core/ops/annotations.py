"""Create, edit, review, trash and link annotations."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from workbench.core import clock
from workbench.core.anchoring import Anchor, find_quote, make_anchor
from workbench.core.changes import ChangeSet
from workbench.core.codebook import LINK_TYPES, STATUSES, KindSpec, is_blank
from workbench.core.errors import NotFoundError, ValidationError
from workbench.core.project import Project
from workbench.core.repo import Transaction


def get_annotation(project: Project, ann_id: str) -> dict[str, Any]:
    """The annotation row, trashed or not; NotFoundError if there is none."""
    row = project.repo.get("annotation", ann_id)
    if row is None:
        raise NotFoundError(f"There is no annotation with id {ann_id}.")
    return row


def blank_memo(memo: str) -> str:
    """A memo of spaces or blank lines only as no memo: it exported as an empty note."""
    return "" if is_blank(memo) else memo


def _check_status(status: str) -> str:
    if status not in STATUSES:
        raise ValidationError(f"Status must be one of {', '.join(STATUSES)}; got {status!r}.")
    return status


def create_annotation(
    project: Project,
    doc_id: int,
    kind: str,
    start: int,
    end: int,
    fields: dict[str, Any] | None = None,
    *,
    status: str = "accepted",
    memo: str = "",
    origin: str = "manual",
    seen: str | None = None,
) -> ChangeSet:
    """Annotate ``text[start:end]`` (code points). ``cs.result`` is the new id.

    ``seen``: the words the user selected there, in the text as it was shown. Another
    program may have replaced the text since (a new version re-imported): the same
    offsets then name other words, and the annotation quoted words nobody selected,
    with fields filled from the ones selected. It is refused instead."""
    def locate(text: str) -> tuple[int, int]:
        if seen is not None and text[start:end] != seen:
            raise ValidationError(
                "Another program replaced this document's text since it was shown, so "
                "nothing was annotated: select the words again.")
        return start, end

    return _create(project, doc_id, kind, locate, fields,
                   status=status, memo=memo, origin=origin)


def _create(project: Project, doc_id: int, kind: str, locate: Callable[[str], tuple[int, int]],
            fields: dict[str, Any] | None, *, status: str = "accepted", memo: str = "",
            origin: str = "manual") -> ChangeSet:
    _check_status(status)
    # The text is read inside the write: another process may re-import it meanwhile.
    with project.write("annotate") as tx:
        # Imported here: ops.documents loads every importer (~0.1-0.4 s), which the
        # window's first paint, importing this module, does not need.
        from workbench.core.ops.documents import get_document

        doc = get_document(project, doc_id)
        refuse_in_trash(project, doc, "annotated")
        start, end = locate(doc["text"])
        spec = project.codebook.kind(kind)
        values = spec.validate(fields or {})
        spec.check_new(values)
        check_record(project, spec, values)
        if spec.roles.actor_record and not spec.value(values, "actor_record"):
            _attach_actor(project, spec, values, doc["text"][start:end])
        anchor = make_anchor(doc["text"], start, end)
        row = new_row(project, doc_id, kind, anchor, values, status=status,
                      memo=blank_memo(memo),
                      origin=origin, now=tx.time())
        tx.insert("annotation", row)
    tx.changeset.result = row["id"]
    return tx.changeset


def refuse_in_trash(project: Project, doc: dict[str, Any], done: str) -> None:
    """ValidationError for a document in the trash: the window hides it, yet the
    command line (or a window still showing it when another program trashed it) added
    and accepted annotations there, work on a document the user had set aside."""
    if doc["deleted_at"]:
        name = doc.get("title") or doc.get("filename")
        raise ValidationError(
            f"Document {doc['id']}{f' ({name})' if name else ''} is in the trash, so "
            f"nothing was {done}: restore it first (`workbench restore "
            f"{project.path.name} {doc['id']}`).")


def _refuse_accepting_in_trash(project: Project, row: dict[str, Any]) -> None:
    """Accepting a suggestion on a trashed document is annotating it."""
    doc = project.repo.get("document", row["doc_id"])
    if doc is not None:
        refuse_in_trash(project, doc, "accepted")


def new_row(project: Project, doc_id: int, kind: str, anchor: Anchor, values: dict[str, Any],
            *, status: str, memo: str = "", origin: str = "manual",
            now: str | None = None) -> dict[str, Any]:
    """A complete annotation row, ready to insert; ``values`` are already validated.

    ``now`` is the write's own time (``tx.time()``): the row's times are then its audit
    entry's, which the entry stores as a mark instead of twice again (``auditimage``).
    """
    now = now or clock.now()
    return {
        "id": clock.new_id(), "doc_id": doc_id, "kind": kind, **anchor.columns(),
        "status": status, "fields": values, "memo": memo, "coder": project.coder,
        "origin": origin, "created_at": now, "modified_at": now,
    }


def check_record(project: Project, spec: KindSpec, values: dict[str, Any],
                 before: dict[str, Any] | None = None) -> None:
    """Refuse an actor-record field naming no live record, unless ``before`` (the row's
    stored fields) already held that id: a record trashed after the annotation named it
    keeps its name until restored, and an id a team merge or an import brought before
    its record is not refused at every edit of another field."""
    name = spec.roles.actor_record
    actor_id = values.get(name) if name else None
    if not actor_id or (before is not None and before.get(name) == actor_id):
        return
    row = project.repo.get("actor", actor_id)
    if row is None:
        raise ValidationError(f"No actor record has the id {actor_id}: choose a record by "
                              "its name, or add one first.")
    if row["deleted_at"]:
        raise ValidationError(f"The actor record {row['name']} is in the trash: restore it "
                              "or choose another record.")


def _attach_actor(project: Project, spec: KindSpec, values: dict[str, Any], mention: str) -> None:
    """Fill the kind's actor-record field with the record its name (or the mention) matches."""
    from workbench.core.ops.actors import match_actor

    name_field = spec.roles.actor_name
    actor = match_actor(project, (values.get(name_field) if name_field else None) or mention)
    if actor is not None:
        values[spec.roles.actor_record] = actor["id"]
        if name_field and not values.get(name_field):
            values[name_field] = actor["name"]


def annotate_quote(
    project: Project,
    doc_id: int,
    kind: str,
    quote: str,
    fields: dict[str, Any] | None = None,
    *,
    occurrence: int | None = None,
    **kw: Any,
) -> ChangeSet:
    """Like create_annotation, but located by the quoted words instead of offsets."""
    return _create(project, doc_id, kind, lambda text: find_quote(text, quote, occurrence),
                   fields, **kw)


def update_annotation(
    project: Project,
    ann_id: str,
    *,
    fields: dict[str, Any] | None = None,
    replace_fields: bool = False,
    status: str | None = None,
    memo: str | None = None,
    kind: str | None = None,
) -> ChangeSet:
    """Change fields (merged unless ``replace_fields``), status, memo or kind.

    The row is read, merged and written in one transaction: two people editing
    different fields of one annotation at once must both keep their change. A memo of
    spaces only is stored empty. An edit that changes nothing writes nothing (no audit
    entry, no undo step, the row's modified time kept): the changeset is empty.
    """
    if status is not None:
        _check_status(status)
    with project.write("edit") as tx:
        apply_update(project, tx, ann_id, fields=fields, replace_fields=replace_fields,
                     status=status, memo=memo, kind=kind)
    return tx.changeset


def apply_update(project: Project, tx: Transaction, ann_id: str, *,
                 fields: dict[str, Any] | None = None, replace_fields: bool = False,
                 status: str | None = None, memo: str | None = None,
                 kind: str | None = None) -> None:
    """``update_annotation``'s change, written in the open write ``tx`` (an operation
    that changes an annotation with other rows, as one undo step)."""
    row = get_annotation(project, ann_id)
    values: dict[str, Any] = {}
    if fields is not None or kind is not None:
        spec = project.codebook.kind(kind or row["kind"])
        merged = {} if replace_fields else dict(row["fields"])
        if kind is not None and kind != row["kind"]:
            merged = {k: v for k, v in merged.items()
                      if any(f.name == k for f in spec.fields)}
        merged.update(fields or {})
        values["fields"] = {k: v for k, v in spec.validate(merged).items() if v is not None}
        check_record(project, spec, values["fields"], row["fields"])
    if kind is not None:
        values["kind"] = kind
    if status is not None:
        if status == "accepted" and row["status"] != status:
            _refuse_accepting_in_trash(project, row)
        values["status"] = status
    if memo is not None:
        values["memo"] = blank_memo(memo)
    values = {k: v for k, v in values.items() if row.get(k) != v}
    if values:
        values["modified_at"] = tx.time()  # the entry's time: stored as a mark
        tx.update("annotation", ann_id, values)


def set_status(project: Project, ann_ids: list[str], status: str, *,
               only_from: str | None = None) -> ChangeSet:
    """Accept or reject many annotations in one step (one undo). Those that already have
    the status are left as they are (their modified time too): accepting accepted rows
    wrote an entry each and made an undo step that undid nothing.

    ``only_from``: the status the caller saw them in (a review of suggestions), live.
    One another window or program reviewed or moved to the trash since is left as it is,
    and its id is in the ChangeSet's ``result`` (a list): accepted over a colleague's
    rejection made a moment before, the rejection was gone without a word, and one
    trashed meanwhile was reviewed in the trash, where no listing showed it."""
    _check_status(status)
    left: list[str] = []
    with project.write(f"review:{status}") as tx:
        for ann_id in ann_ids:
            ann = get_annotation(project, ann_id)
            now = ann["status"]
            if now == status and (only_from is None or ann["deleted_at"] is None):
                continue
            if only_from is not None and (now != only_from or ann["deleted_at"] is not None):
                left.append(ann_id)
                continue
            if status == "accepted":
                _refuse_accepting_in_trash(project, get_annotation(project, ann_id))
            tx.update("annotation", ann_id, {"status": status, "modified_at": tx.time()})
    tx.changeset.result = left
    return tx.changeset


def trash_annotations(project: Project, ann_ids: list[str]) -> ChangeSet:
    """Soft delete: the rows stay, marked, and can be restored."""
    with project.write("trash") as tx:
        for ann_id in ann_ids:
            if get_annotation(project, ann_id)["deleted_at"] is None:
                tx.update("annotation", ann_id, {"deleted_at": tx.time()})
    return tx.changeset


def restore_annotations(project: Project, ann_ids: list[str]) -> ChangeSet:
    """Take annotations out of the trash; live ones are left alone."""
    with project.write("restore") as tx:
        for ann_id in ann_ids:
            if get_annotation(project, ann_id)["deleted_at"] is not None:
                tx.update("annotation", ann_id, {"deleted_at": None})
    return tx.changeset


def add_link(project: Project, source_id: str, target_id: str, type_: str) -> ChangeSet:
    """Link two annotations with a typed relation; an existing identical link is reused."""
    if type_ not in LINK_TYPES:
        raise ValidationError(f"Link type must be one of {', '.join(LINK_TYPES)}; got {type_!r}.")
    if source_id == target_id:
        raise ValidationError("An annotation cannot be linked to itself.")
    with project.write("link") as tx:
        row = {
            "id": clock.new_id(),
            "source_id": source_id,
            "target_id": target_id,
            "type": type_,
            "coder": project.coder,
            "created_at": tx.time(),  # the audit entry's own time (auditimage marks it)
        }
        for ann_id in (source_id, target_id):
            if get_annotation(project, ann_id)["deleted_at"] is not None:
                # A link to the trash was written, shown nowhere (listings hide links of
                # trashed annotations), and written again at each try: the check below
                # for an identical link reads live links only.
                raise ValidationError(f"Annotation {ann_id} is in the trash; restore it "
                                      "before linking it.")
        if type_ == "part_of" and within(project, target_id, source_id):
            # Each a part of the other: the tally left both out of the total, and an
            # incident of "killed 12, including 5 children" read "no figures".
            raise ValidationError(f"{target_id} is already part of {source_id}; a figure "
                                  "cannot be part of its own part.")
        for link in project.repo.links([source_id]):
            if (link["source_id"], link["target_id"], link["type"]) == (source_id, target_id,
                                                                        type_):
                tx.changeset.result = link["id"]
                return tx.changeset  # nothing written: the commit is empty
        tx.insert("link", row)
    tx.changeset.result = row["id"]
    return tx.changeset


def within(project: Project, part: str, whole: str) -> bool:
    """Whether live part_of links lead from ``part`` up to ``whole`` (or it is it)."""
    seen, todo = {part}, [part]
    while todo:
        here = todo.pop()
        if here == whole:
            return True
        for (up,) in project.conn.execute(
                "SELECT target_id FROM links WHERE type = 'part_of' AND deleted_at IS NULL "
                "AND source_id = ?", (here,)):
            if up not in seen:
                seen.add(up)
                todo.append(up)
    return False


def remove_link(project: Project, link_id: str) -> ChangeSet:
    """Put a link in the trash (undo brings it back)."""
    with project.write("unlink") as tx:
        if project.repo.get("link", link_id) is None:
            raise NotFoundError(f"There is no link with id {link_id}.")
        tx.update("link", link_id, {"deleted_at": tx.time()})
    return tx.changeset
