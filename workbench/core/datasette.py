"""A Datasette metadata file for sharing a project read-only in a browser.

Datasette shows each table with the descriptions given here, so a colleague can browse
the evidence without Workbench. Every table of the schema must be described here (a
test checks it); the search index's and SQLite's own tables are marked hidden.
"""

from __future__ import annotations

from typing import Any

from workbench.core.project import Project

_WHEN = "when it happened (UTC, ISO 8601)"
_TRASHED = "when it was moved to the trash; empty while it is live"
_CODER = "who made the change (the coder's name)"
_CHAINED = ("SHA-256 of the entry before's hash and this entry (tamper-evident chain): "
            "64 hex characters, or from schema 17 its 32 bytes (the *_entries view "
            "shows it as hex)")

# table -> (description, {column: description})
TABLES: dict[str, tuple[str, dict[str, str]]] = {
    "documents": ("The sources: one row per imported document, with its working text.", {
        "id": "document number", "uuid": "stable identifier across projects",
        "title": "title", "url": "where it was published", "publisher": "publisher",
        "author": "author", "published": "publication date (YYYY-MM-DD)",
        "imported_at": "when it was imported", "language": "language code",
        "direction": "text direction, ltr or rtl", "filename": "imported file's name",
        "media_type": "imported file's media type", "encoding": "detected encoding",
        "original_sha256": "SHA-256 of the imported file (see originals)",
        "text": "working text that annotations point into (offsets in code points)",
        "text_sha256": "SHA-256 of the working text (UTF-8)",
        "importer": "importer that read the file", "importer_version": "its version",
        "page_starts": "code-point offsets where each PDF page starts (JSON)",
        "reliability": "Admiralty source reliability, A (reliable) to F (cannot be judged)",
        "credibility": "Admiralty information credibility, 1 (confirmed) to 6 (cannot be "
                       "judged)",
        "memo": "researcher's memo", "deleted_at": _TRASHED}),
    "originals": ("The bytes of every imported file, keyed by their SHA-256.", {
        "sha256": "SHA-256 of the bytes", "data": "the file's bytes", "size": "bytes"}),
    "annotations": ("Statements, claims, casualty figures, events, dates, actors and "
                    "locations marked in the documents.", {
        "id": "annotation id", "doc_id": "document number (documents.id)",
        "kind": "annotation kind (codebook.name)", "start": "first code point of the span",
        "end": "code point after the span",
        "exact": "the quoted words; an empty blob where they are derived from the "
                 "document's text (see the annotation_quotes view)",
        "prefix": "up to 32 characters before the quote ('' where derived)",
        "suffix": "up to 32 after it ('' where derived)",
        "anchor": "anchored, reanchored (found again after a re-import) or orphaned",
        "status": "suggested, accepted or rejected",
        "fields": "the kind's field values (JSON), e.g. outcome and counts",
        "memo": "coder's memo", "coder": "who annotated",
        "origin": "manual, or the engine that suggested it",
        "created_at": "when it was made", "modified_at": "when it last changed",
        "deleted_at": _TRASHED}),
    "links": ("Typed links between annotations (attributed_to, corroborates, ...).", {
        "id": "link id", "source_id": "annotation the link starts from",
        "target_id": "annotation it points to", "type": "kind of link",
        "coder": "who linked them", "created_at": "when", "deleted_at": _TRASHED}),
    "actors": ("Canonical actors with the spellings under which they appear.", {
        "id": "actor id", "name": "canonical name", "aliases": "other spellings (JSON)",
        "actor_type": "state force, armed group, civilian, ...", "memo": "memo",
        "created_at": "when added", "modified_at": "when last changed",
        "deleted_at": _TRASHED}),
    "codebook": ("The annotation kinds of this project and their typed fields.", {
        "name": "kind name", "position": "order in the codebook",
        "spec": "label, key, colour, fields and roles (JSON)"}),
    "incidents": ("Incidents: one event as reported by any number of sources.", {
        "id": "incident id", "title": "title", "start_date": "first day",
        "end_date": "last day", "date_precision": "day, week, month or year",
        "place_name": "place", "country": "country", "admin1": "region or province",
        "latitude": "latitude", "longitude": "longitude",
        "geo_precision": "1 exact place, 2 near it, 3 region only",
        "incident_type": "incident type (incident_types.name)",
        "status": "open, confirmed, disputed, suggested or rejected", "memo": "memo",
        "best": "chosen best figures per outcome (JSON)", "actors": "actors involved (JSON)",
        "included_docs": "documents counted in the tally (JSON)", "coder": "who made it",
        "created_at": "when made", "modified_at": "when last changed",
        "deleted_at": _TRASHED}),
    "incident_members": ("Which annotations belong to which incident.", {
        "id": "membership id", "incident_id": "incident (incidents.id)",
        "annotation_id": "annotation (annotations.id)", "coder": "who added it",
        "added_at": "when", "deleted_at": _TRASHED}),
    "incident_types": ("The kinds of incident a project uses.", {
        "name": "type name", "label": "label", "position": "display order",
        "builtin": "1 if it ships with Workbench"}),
    "audit": ("Append-only log of every change: the row before and after, per transaction.", {
        "seq": "entry number", "txn": "transaction number (one user action)", "at": _WHEN,
        "coder": _CODER, "op": "operation and change, e.g. annotate:insert; from schema "
                               "17 a number naming its text in audit_ops (the "
                               "audit_entries view shows the text)",
        "entity": "document, annotation, link, ...; from schema 17 a number (1 document, "
                  "2 annotation, 3 link, 4 actor, 5 codebook, 6 incident, 7 incident "
                  "member, 8 incident type; the audit_entries view shows the name)",
        "entity_id": "the row's id",
        "before": "row before (JSON; document text by hash): an object of its columns, "
                  "or, from schema 14, an array of its values in the table's column "
                  "order, without its key; from schema 15 true stands for a time equal "
                  "to the entry's own, and for a quote and context its document's text "
                  "gives at its span; from schema 18 a mark or a column's default "
                  "may be one control character (\\u0001 true, \\u0002 anchored, "
                  "\\u0003 accepted, \\u0004 manual, \\u0005 empty, \\u0006 ltr, "
                  "\\u0007 open); the audit_entries view shows them written out",
        "after": "row after, as before",
        "merged_from": "empty for this project's own rows; for a row carried over by a "
                       "merge, the project it came from and its number there (JSON)",
        "hash": _CHAINED}),
    "custody": ("Append-only chain of custody: who imported what, when, with which "
                "importer.", {
        "seq": "entry number", "at": _WHEN, "coder": _CODER,
        "action": "import, reimport, ...", "doc_id": "document number",
        "sha256": "SHA-256 of the file's bytes", "filename": "file name",
        "importer": "importer", "importer_version": "its version", "detail": "details",
        "merged_from": "empty for this project's own rows; for a row carried over by a "
                       "merge, the project it came from and its number there, and "
                       "carried_in_txn, the audit transaction of the merge that carried "
                       "it here (JSON)",
        "hash": _CHAINED}),
    "past_texts": ("Document texts replaced or removed since schema 15, kept because "
                   "older audit entries derive quotes from them.", {
        "sha256": "SHA-256 of the text (UTF-8), as the audit log names it",
        "text": "the text"}),
    "audit_ops": ("The text of each operation code the audit log stores (schema 17 on).",
                  {"code": "the number audit.op holds", "op": "the operation, e.g. "
                                                               "annotate:insert"}),
    "meta": ("Facts about the project file itself.", {"key": "fact", "value": "value"}),
    "migrations": ("Schema upgrades applied to this file.", {
        "version": "schema version", "name": "what it changed", "applied_at": "when"}),
}
# Machinery: the full-text index (and the documents' folded text) and SQLite's bookkeeping.
HIDDEN = {
    "search": "Full-text index of texts and annotations (reading its body column needs "
              "Workbench's folding function).",
    "search_config": "Full-text index internals.",
    "search_data": "Full-text index internals.",
    "search_docsize": "Full-text index internals.",
    "search_idx": "Full-text index internals.",
    "search_documents": "The folded text of each document, as the full-text index reads it.",
    "search_source": "What the full-text index reads (needs Workbench's folding function).",
    "sqlite_sequence": "SQLite's counters for AUTOINCREMENT keys.",
    "timeline_index": "The timeline's days, counts and actors per dated annotation, "
                      "derived from annotations and codebook.",
}


# Views for reading without Workbench: each log as its hash chain defines it.
VIEWS = {
    "audit_entries": "The audit log as its hash chain reads it: each op and entity as its "
                     "text and each hash as hex, whichever way the entry was stored.",
    "custody_entries": "The custody log with each hash as hex, whichever way it was "
                       "stored.",
    "annotation_quotes": "Every annotation with its quote and context as Workbench reads "
                         "them: where the row stores them derived (derived = 1), cut from "
                         "its document's text at its span.",
}


def metadata(project: Project) -> dict[str, Any]:
    """Datasette metadata for ``project``: every table and column described.

    Tables the schema has but this module does not describe are listed with an empty
    description rather than left out, so sharing never fails; the test suite is what
    insists on a description.
    """
    tables: dict[str, Any] = {}
    for name, columns in project.repo.schema_tables().items():
        if name in HIDDEN:
            tables[name] = {"description": HIDDEN[name], "hidden": True}
            continue
        description, described = TABLES.get(name, ("", {}))
        tables[name] = {"description": description,
                        "columns": {c: described.get(c, "") for c in columns}}
    for name in project.repo.schema_views():  # Datasette lists views beside the tables
        tables[name] = {"description": HIDDEN.get(name) or VIEWS.get(name, ""),
                        "hidden": name in HIDDEN}
    title = project.path.stem
    return {
        "title": f"Workbench project {title}",
        "description": "Sources, annotations and their history from a Workbench project, "
                       "shared read-only. Offsets count Unicode code points.",
        "databases": {title: {"tables": tables}},
    }
