"""What the trash holds, as the window lists it: documents, annotations and incidents,
filtered, sorted and read a page at a time; and what moving a document there takes
with it, in one sentence.

The listing counts and orders keys once (:func:`snapshot`, one SQL statement over the
three tables) and reads the rows of a page only when they are shown (:func:`page`), so a
trash of thousands of rows opens as fast as one of ten. Listed are the documents in the
trash, the annotations moved there themselves (an annotation on a trashed document that
was not trashed itself goes and comes back with its document, as ``trash --list`` says)
and the incidents moved there (a rejected proposal is not listed: it is the memory that
a grouping was refused, not something a researcher deleted).

Who moved an item to the trash is read from the audit log: the newest entry for the
item whose operation trashed it (its own trash, an undone restore, a merge's).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

from workbench.core import logcodes, quotes, summary
from workbench.core.actor_names import RecordNames
from workbench.core.ann_pages import sort_fold
from workbench.core.errors import NotFoundError, ValidationError
from workbench.core.project import Project
from workbench.core.query import text_matches, text_needle
from workbench.core.wording import agrees, counted

ENTITIES = ("document", "annotation", "incident")
# The columns the window sorts by, in its order.
SORT_KEYS = ("what", "words", "document", "details", "trashed", "by")

Key = tuple[str, Any]  # (entity, id): a document's id is its number


@dataclass(frozen=True)
class TrashListing:
    """Which part of the trash to list and in which order.

    ``what``: None for everything, an entity of :data:`ENTITIES`, or ``kind:NAME`` for
    the annotations of one kind. ``text``: words the item's title, quote, memo or a
    field holds (folded as the annotation table's text filter folds them)."""

    what: str | None = None
    text: str = ""
    sort: str = "trashed"
    descending: bool = True


@dataclass(frozen=True)
class TrashItem:
    """One listed row, ready to show."""

    entity: str
    id: Any
    what: str  # "Document", a kind's label, "Incident"
    words: str  # a title or an annotation's quote
    details: str  # the key fields, what a document holds, an incident's figures
    trashed_at: str
    trashed_by: str
    doc_id: int | None = None  # an annotation's document
    document: str = ""  # that document's title
    document_trashed: bool = False  # the annotation's document is in the trash too
    annotations: int | None = None  # a document's annotations that go and come with it
    kind: str = ""  # an annotation's kind (its name; ``what`` is the label)
    figures: int | None = None  # an incident's figures trashed with it

    @property
    def trashed_minute(self) -> str:
        """When it was trashed as a reader scans a list: "2026-03-04 10:15" (UTC, as
        stored)."""
        return self.trashed_at[:16].replace("T", " ")

    @property
    def key(self) -> Key:
        """(entity, id), what :func:`workbench.core.ops.trash.restore_items` takes."""
        return (self.entity, self.id)

    def to_json(self) -> dict[str, Any]:
        """The item for scripts (``trash --list --json``); the keys are documented in
        the README and kept: a key only ever joins them."""
        annotation = self.entity == "annotation"
        return {"entity": self.entity, "id": self.id, "what": self.what,
                "kind": self.kind or None, "words": self.words, "details": self.details,
                "trashed_at": self.trashed_at or None, "trashed_by": self.trashed_by or None,
                "doc_id": self.doc_id if annotation else None,
                "document": self.document if annotation else None,
                "document_trashed": self.document_trashed if annotation else None,
                "annotations": self.annotations, "figures": self.figures}


def _register(project: Project, needle: str) -> None:
    conn = project.repo.conn

    def matches(words: Any, memo: Any, fields: Any) -> int:
        values = json.loads(fields).values() if fields else ()
        return int(text_matches(needle, str(words or ""), str(memo or ""), values))

    names = RecordNames(project)

    def details(entity: str, kind: str, fields: Any, held: Any) -> str:
        if entity == "annotation":
            return _key_fields(project, kind, fields, names).casefold()
        return f"{int(held or 0):012d}"  # counts in number order

    conn.create_function("wb_trash_text", 3, matches, deterministic=True)
    conn.create_function("wb_trash_fold", 1, sort_fold, deterministic=True)
    conn.create_function("wb_trash_details", 4, details)


def _key_fields(project: Project, kind: str, fields: Any,
                names: RecordNames | None = None) -> str:
    cb = project.codebook
    spec = cb.kind(kind) if kind in cb else None
    values = json.loads(fields) if isinstance(fields, str) else (fields or {})
    return summary.key_summary(spec, values, names)


def _trash_ops(project: Project) -> list[Any]:
    """Every stored spelling of an audit op that moved a row to the trash: its text
    and, in a file that codes ops, its code."""
    conn = project.repo.conn
    ops: list[Any] = []
    if logcodes.compact(conn):
        for code, op in conn.execute(f"SELECT code, op FROM {logcodes.OPS}"):
            if str(op).endswith(":trash"):
                ops += [str(code), op]
    ops += [r[0] for r in conn.execute(
        "SELECT DISTINCT op FROM audit WHERE op LIKE '%:trash'")] if not ops else []
    return ops or ["-"]


def _by_sql(ops: list[Any]) -> str:
    """SQL for who trashed the row ``x`` (entity, rid: its id as text)."""
    marks = ",".join("?" * len(ops))
    return (f"(SELECT coder FROM audit WHERE entity_id = x.rid AND op IN ({marks}) "
            "AND entity IN (x.entity, x.code) ORDER BY seq DESC LIMIT 1)")


_EXACT = quotes.sql("a", "exact")
# One row per listed item: what the filters and every sort key read.
_UNION = f"""
    SELECT 'document' AS entity, CAST(d.id AS TEXT) AS rid, '1' AS code, d.id AS num,
           '' AS kind, coalesce(d.title, d.filename, '') AS words, d.memo AS memo,
           '' AS fields, '' AS doc_title,
           d.deleted_at AS at,
           (SELECT count(*) FROM annotations WHERE doc_id = d.id AND deleted_at IS NULL)
               AS held
      FROM documents d WHERE d.deleted_at IS NOT NULL
    UNION ALL
    SELECT 'annotation', a.id, '2', NULL, a.kind, {_EXACT}, a.memo, a.fields,
           (SELECT coalesce(title, filename, '') FROM documents WHERE id = a.doc_id),
           a.deleted_at, 0
      FROM annotations a WHERE a.deleted_at IS NOT NULL
    UNION ALL
    SELECT 'incident', i.id, '6', NULL, '', i.title, i.memo, '', '', i.deleted_at,
           (SELECT count(*) FROM incident_members m
             WHERE m.incident_id = i.id AND m.deleted_at = i.deleted_at)
      FROM incidents i WHERE i.deleted_at IS NOT NULL AND i.status != 'rejected'
"""


def _where(project: Project, listing: TrashListing) -> tuple[str, list[Any]]:
    where: list[str] = []
    params: list[Any] = []
    what = listing.what
    if what in ENTITIES:
        where.append("x.entity = ?")
        params.append(what)
    elif what and what.startswith("kind:"):
        # "+": the trashed rows' index (schema.TRASHED_INDEX) finds them; the index of
        # kinds would visit every row of that kind.
        where.append("x.entity = 'annotation' AND +x.kind = ?")
        params.append(what[len("kind:"):])
    elif what:
        raise ValueError(f"no part of the trash called {what!r}")
    if listing.text.strip():  # wb_trash_text: registered by the caller (``_register``)
        where.append("wb_trash_text(x.words, x.memo, x.fields)")
    return (" AND ".join(where) or "1"), params


def _order(project: Project, listing: TrashListing) -> tuple[str, list[Any]]:
    sort = listing.sort
    params: list[Any] = []
    if sort == "what":
        labels = [(k.name, k.label.casefold()) for k in project.codebook.kinds()]
        whens = " ".join("WHEN ? THEN ?" for _ in labels)
        term = (f"CASE x.entity WHEN 'document' THEN 'document' WHEN 'incident' THEN "
                f"'incident' ELSE {f'CASE x.kind {whens} ELSE x.kind END' if labels else 'x.kind'}"
                " END")
        params += [v for pair in labels for v in pair]
    elif sort == "words":
        term = "wb_trash_fold(x.words)"
    elif sort == "document":
        term = "wb_trash_fold(x.doc_title)"
    elif sort == "details":
        term = "wb_trash_details(x.entity, x.kind, x.fields, x.held)"
    elif sort == "trashed":
        term = "x.at"
    elif sort == "by":
        ops = _trash_ops(project)
        term = f"coalesce({_by_sql(ops)}, '')"
        params += ops
    else:
        raise ValueError(f"no sort key {sort!r}")
    way = " DESC" if listing.descending else ""
    # Ties by when the item was trashed, then by entity and id: the order is total.
    return f"{term}{way}, x.at{way}, x.entity, x.rid", params


def snapshot(project: Project, listing: TrashListing) -> list[Key]:
    """Every listed item's key, in the listing's order (one statement)."""
    _register(project, text_needle(listing.text.strip()))
    where, params = _where(project, listing)
    order, oparams = _order(project, listing)
    rows = project.repo.conn.execute(
        f"SELECT x.entity, x.rid, x.num FROM ({_UNION}) x WHERE {where} ORDER BY {order}",
        [*params, *oparams]).fetchall()
    return [(e, int(n) if e == "document" else rid) for e, rid, n in rows]


def count(project: Project, listing: TrashListing | None = None) -> int:
    """How many items the listing has (the whole trash without one)."""
    listing = listing or TrashListing()
    _register(project, text_needle(listing.text.strip()))
    where, params = _where(project, listing)
    return int(project.repo.conn.execute(
        f"SELECT count(*) FROM ({_UNION}) x WHERE {where}", params).fetchone()[0])


def page(project: Project, keys: Iterable[Key]) -> list[TrashItem]:
    """The items of ``keys`` (a page of a :func:`snapshot`), in that order; a key no
    longer in the trash is left out."""
    keys = list(keys)
    if not keys:
        return []
    conn = project.repo.conn
    ops = _trash_ops(project)
    names = RecordNames(project)
    found: dict[Key, TrashItem] = {}
    by_entity: dict[str, list[str]] = {}
    for entity, id_ in keys:
        by_entity.setdefault(entity, []).append(str(id_))
    for entity, ids in by_entity.items():
        marks = ",".join("?" * len(ids))
        rows = conn.execute(
            f"SELECT x.entity, x.rid, x.num, x.kind, x.words, x.fields, x.doc_title, x.at, "
            f"x.held, {_by_sql(ops)} FROM ({_UNION}) x "
            f"WHERE x.entity = ? AND x.rid IN ({marks})", [*ops, entity, *ids]).fetchall()
        for ent, rid, num, kind, words, fields, doc_title, at, held, by in rows:
            key: Key = (ent, int(num) if ent == "document" else rid)
            found[key] = _item(project, ent, key[1], kind, words, fields, doc_title, at,
                               held, by or "", names)
    _place_documents(project, found)
    return [found[k] for k in keys if k in found]


def _item(project: Project, entity: str, id_: Any, kind: str, words: Any, fields: Any,
          doc_title: Any, at: str, held: int, by: str, names: RecordNames) -> TrashItem:
    text = words.decode("utf-8", "replace") if isinstance(words, bytes) else str(words or "")
    if entity == "document":
        return TrashItem(entity, id_, "Document", text or f"document {id_}",
                         counted(int(held), "annotation"), at, by, doc_id=int(id_),
                         annotations=int(held))
    if entity == "incident":
        return TrashItem(entity, id_, "Incident", text,
                         counted(int(held), "figure") if held else "", at, by,
                         figures=int(held or 0))
    cb = project.codebook
    label = cb.kind(kind).label if kind in cb else kind
    return TrashItem(entity, id_, label, text, _key_fields(project, kind, fields, names),
                     at, by, document=str(doc_title or ""), kind=str(kind))


def _place_documents(project: Project, found: dict[Key, TrashItem]) -> None:
    """Fill in each annotation's document number and whether it is in the trash too."""
    ann_ids = [k[1] for k in found if k[0] == "annotation"]
    if not ann_ids:
        return
    marks = ",".join("?" * len(ann_ids))
    for ann_id, doc_id, gone in project.repo.conn.execute(
            f"SELECT a.id, a.doc_id, d.deleted_at IS NOT NULL FROM annotations a "
            f"JOIN documents d ON d.id = a.doc_id WHERE a.id IN ({marks})", ann_ids):
        item = found[("annotation", ann_id)]
        found[("annotation", ann_id)] = replace(item, doc_id=int(doc_id),
                                                document_trashed=bool(gone))


# Items read in one statement when a whole listing is read (``listed``): below SQLite's
# limit of bound values, and few statements for a trash of thousands.
_READ_AT_ONCE = 500
_PLURALS = {"documents": "document", "annotations": "annotation", "incidents": "incident"}


def listed(project: Project, listing: TrashListing | None = None) -> list[TrashItem]:
    """Every item ``listing`` selects, in its order, read as one state of the project
    (another program restoring meanwhile cannot leave a key without its row)."""
    from workbench.core.rawread import one_snapshot

    with one_snapshot(project.repo.conn):
        keys = snapshot(project, listing or TrashListing())
        items: list[TrashItem] = []
        for start in range(0, len(keys), _READ_AT_ONCE):
            items += page(project, keys[start:start + _READ_AT_ONCE])
    return items


def part_named(project: Project, name: str) -> str | None:
    """The :attr:`TrashListing.what` a typed word names: ``document``, ``annotation`` or
    ``incident`` (or their plurals), else a kind of annotation by its name or label;
    None for everything ("", "all")."""
    word = " ".join(name.split())
    folded = word.casefold()
    if folded in ("", "all", "everything"):
        return None
    folded = _PLURALS.get(folded, folded)
    if folded in ENTITIES:
        return folded
    cb = project.codebook
    for kind in dict.fromkeys([*cb.names(), *_trashed_kinds(project)]):
        label = cb.kind(kind).label if kind in cb else kind
        if folded in (kind.casefold(), label.casefold()):
            return f"kind:{kind}"
    raise ValidationError(
        f"The trash holds documents, annotations and incidents, and no kind is called "
        f"{word!r}; name one of: document, annotation, incident, {', '.join(cb.names())}.")


def key_of(project: Project, ref: str) -> Key:
    """The item a typed reference names: a number is a document; other text an
    annotation's id, else an incident's id or an unambiguous start or end of it (as
    ``incident ... restore`` takes it: ``incidents`` shows a compact id's end)."""
    from workbench.core.incidents.model import resolve_incident

    ref = ref.strip()
    if ref.isdigit():
        return ("document", int(ref))
    if project.repo.get("annotation", ref) is not None:
        return ("annotation", ref)
    try:
        return ("incident", resolve_incident(project, ref))
    except NotFoundError as err:
        if str(err) != f"There is no incident with id {ref}.":
            raise  # the start of several incidents' ids: that sentence says so
        raise NotFoundError(f"There is no annotation or incident with id {ref}.") from None


def described(project: Project, keys: Iterable[Key]) -> list[dict[str, Any]]:
    """Each item of ``keys`` in or out of the trash, in the keys of ``TrashItem.to_json``
    that say what it is: ``entity``, ``id``, ``what`` (its kind's label), ``kind`` (an
    annotation's), ``words`` (a title, or the quoted words, as the listing shows them)
    and ``doc_id`` (an annotation's document; null for the others). A key with no row
    is left out."""
    cb = project.codebook
    conn = project.repo.conn
    out: list[dict[str, Any]] = []
    for entity, id_ in keys:
        kind, doc_id = None, None
        if entity == "document":  # not repo.get: that reads the document's whole text
            row = conn.execute("SELECT coalesce(title, filename, '') FROM documents "
                               "WHERE id = ?", (int(id_),)).fetchone()
            words, what = (row[0] or f"document {id_}", "Document") if row else ("", "")
        elif entity == "incident":
            row = conn.execute("SELECT title FROM incidents WHERE id = ?", (id_,)).fetchone()
            words, what = (row[0] if row else ""), "Incident"
        else:
            row = project.repo.get("annotation", str(id_))
            if row is not None:
                kind, doc_id, words = str(row["kind"]), int(row["doc_id"]), row["exact"]
                what = cb.kind(kind).label if kind in cb else kind
        if row is None:
            continue
        out.append({"entity": entity, "id": id_, "what": what, "kind": kind,
                    "words": str(words or ""), "doc_id": doc_id})
    return out


def _trashed_kinds(project: Project) -> list[str]:
    """The kinds that have annotations in the trash."""
    # "+kind": by the index of trashed rows (schema.TRASHED_INDEX), not every row's kind.
    return [r[0] for r in project.repo.conn.execute(
        "SELECT DISTINCT +kind FROM annotations WHERE deleted_at IS NOT NULL")]


def parts(project: Project) -> list[tuple[str, str]]:
    """What the trash can be narrowed to, as (``TrashListing.what``, label): everything,
    each entity, then each kind that has annotations in the trash."""
    cb = project.codebook
    named = sorted(((cb.kind(k).label if k in cb else k), k) for k in _trashed_kinds(project))
    return [("", "Everything"), ("document", "Documents"), ("annotation", "Annotations"),
            ("incident", "Incidents"), *((f"kind:{k}", f"Annotations: {label}")
                                        for label, k in named)]


def document_leaving(project: Project, doc_id: int) -> str:
    """What moving document ``doc_id`` to the trash takes with it and leaves, one
    paragraph: its annotations go with it (out of every listing, the timeline and the
    exports until it is restored); incidents stay, and those holding its figures count
    them no more meanwhile."""
    conn = project.repo.conn
    row = conn.execute("SELECT coalesce(title, filename, ''), deleted_at FROM documents "
                       "WHERE id = ?", (doc_id,)).fetchone()
    if row is None:
        return f"There is no document with id {doc_id}."
    title, gone = row
    name = _document_named(doc_id, title)
    if gone:
        return f"{name[0].upper()}{name[1:]} is in the trash already."
    anns = conn.execute("SELECT count(*) FROM annotations WHERE doc_id = ? AND "
                        "deleted_at IS NULL", (doc_id,)).fetchone()[0]
    figures, incidents = conn.execute(
        "SELECT count(DISTINCT m.annotation_id), count(DISTINCT m.incident_id) "
        "FROM incident_members m JOIN incidents i ON i.id = m.incident_id "
        "JOIN annotations a ON a.id = m.annotation_id "
        "WHERE a.doc_id = ? AND a.deleted_at IS NULL AND m.deleted_at IS NULL "
        "AND i.deleted_at IS NULL", (doc_id,)).fetchone()
    text = (f"Moving {name} to the trash takes its {counted(anns, 'annotation')} with it: "
            "out of the lists, the timeline and the exports until it is restored."
            if anns else f"Moving {name} to the trash: it has no annotations.")
    if incidents:
        text += (f" {counted(incidents, 'incident')} {agrees(incidents, 'stays', 'stay')} "
                 f"and {agrees(incidents, 'keeps', 'keep')} {figures:,} of its figures, "
                 f"which {agrees(figures, 'leaves', 'leave')} "
                 f"{agrees(incidents, 'its tally', 'their tallies')} until the document "
                 "is restored.")
    return text


def restored_on_trashed_document(words: str, doc_id: int, title: str = "") -> str:
    """Said of an annotation (named by its quoted ``words``) restored onto a document
    still in the trash: restored, it stays out of sight until its document comes back."""
    words = " ".join(words.split())
    quoted = f"“{words[:40]}…”" if len(words) > 40 else f"“{words}”"
    name = _document_named(doc_id, title)
    return (f"The annotation {quoted} is restored, but it is on {name}, which is still "
            "in the trash: restore that too to see it.")


def _document_named(doc_id: int, title: str) -> str:
    """"document 3 (Title)", or "document 3" when it has no title."""
    return f"document {doc_id}" + (f" ({title})" if title else "")
