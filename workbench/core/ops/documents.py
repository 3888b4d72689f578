"""Import, re-import, grade, describe and trash documents."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from workbench.core import clock, importers
from workbench.core.anchoring import Anchor, reanchor
from workbench.core.changes import ChangeSet
from workbench.core.codebook import RELIABILITY
from workbench.core.errors import ImportRejected, NotFoundError, ValidationError
from workbench.core.importers import detect_direction, detect_language
from workbench.core.project import Project

EDITABLE_METADATA = ("title", "url", "publisher", "author", "published", "language", "memo")


@dataclass
class ImportResult:
    path: str
    status: str  # imported | duplicate | rejected
    doc_id: int | None = None
    message: str = ""
    changes: ChangeSet = field(default_factory=lambda: ChangeSet("import"))

    def to_json(self) -> dict[str, Any]:
        return {"file": self.path, "status": self.status, "doc_id": self.doc_id,
                "message": self.message}


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def get_document(project: Project, doc_id: int) -> dict[str, Any]:
    row = project.repo.get("document", doc_id)
    if row is None:
        raise NotFoundError(f"There is no document with id {doc_id}.")
    return row


def check_date(value: str | None, what: str = "The publication date") -> str | None:
    if value in (None, ""):
        return None
    import datetime as dt

    try:
        return dt.date.fromisoformat(str(value)).isoformat()
    except ValueError:
        raise ValidationError(f"{what} must be written YYYY-MM-DD; got {value!r}.") from None


def read_file(path: Path) -> bytes:
    try:
        return Path(path).read_bytes()
    except IsADirectoryError:
        raise ImportRejected(f"{path}: this is a folder, not a file.") from None
    except FileNotFoundError:
        raise ImportRejected(f"{path}: no such file.") from None
    except PermissionError:
        raise ImportRejected(f"{path}: permission denied.") from None
    except OSError as err:
        raise ImportRejected(f"{path}: the file could not be read ({err.strerror}).") from None


def import_file(
    project: Project, path: str | Path, overrides: dict[str, Any] | None = None
) -> ImportResult:
    """Import one file. Never raises for a bad file: the result says what happened."""
    path = Path(path)
    try:
        data = read_file(path)
        return import_bytes(project, data, path.name, overrides, source_path=str(path))
    except ImportRejected as err:
        return ImportResult(str(path), "rejected", message=str(err))


def import_bytes(
    project: Project,
    data: bytes,
    filename: str,
    overrides: dict[str, Any] | None = None,
    *,
    source_path: str | None = None,
    parse: Any = None,
) -> ImportResult:
    overrides = {k: v for k, v in (overrides or {}).items() if v not in (None, "")}
    label = source_path or filename
    digest = sha256(data)
    existing = project.repo.document_ids_by_original(digest)
    if existing:
        return ImportResult(label, "duplicate", existing[0],
                            f"{filename}: already in the project as document {existing[0]}.")
    if not data:
        raise ImportRejected(f"{filename}: the file is empty.")
    published = check_date(overrides.get("published"))
    parsed = (parse or importers.parse_file)(data, filename)
    text = parsed.text
    now = clock.now()
    row = {
        "uuid": clock.new_id(),
        "title": overrides.get("title") or parsed.title or Path(filename).stem,
        "url": overrides.get("url") or parsed.url,
        "publisher": overrides.get("publisher") or parsed.publisher,
        "author": overrides.get("author") or parsed.author,
        "published": published or date_or_none(parsed.published),
        "imported_at": now,
        "language": overrides.get("language") or parsed.language or detect_language(text),
        "direction": detect_direction(text),
        "filename": filename,
        "media_type": parsed.media_type,
        "encoding": parsed.encoding,
        "original_sha256": digest,
        "text": text,
        "text_sha256": sha256(text.encode("utf-8")),
        "importer": parsed.importer,
        "importer_version": parsed.importer_version,
        "page_starts": list(parsed.page_starts),
    }
    with project.write("import") as tx:
        tx.add_original(digest, data)
        doc = tx.insert("document", row)
        tx.add_custody(
            "import",
            doc_id=doc["id"],
            sha256=digest,
            filename=label,
            importer=parsed.importer,
            importer_version=parsed.importer_version,
        )
    tx.changeset.result = doc["id"]
    return ImportResult(label, "imported", doc["id"], "", tx.changeset)


def date_or_none(value: str | None) -> str | None:
    """An ISO date, or None for anything that is not one (metadata found in files)."""
    try:
        return check_date(value)
    except ValidationError:
        return None


def reimport(project: Project, doc_id: int, path: str | Path) -> ChangeSet:
    """Replace a document's text with a new version of its file and re-anchor.

    Annotations that cannot be found again are marked orphaned, never dropped.
    """
    doc = get_document(project, doc_id)
    path = Path(path)
    data = read_file(path)
    parsed = importers.parse_file(data, path.name)
    digest = sha256(data)
    text = parsed.text
    with project.write("reimport") as tx:
        tx.add_original(digest, data)
        tx.update("document", doc_id, {
            "text": text,
            "text_sha256": sha256(text.encode("utf-8")),
            "original_sha256": digest,
            "importer": parsed.importer,
            "importer_version": parsed.importer_version,
            "page_starts": list(parsed.page_starts),
            "direction": detect_direction(text),
            "encoding": parsed.encoding,
        })
        for ann in project.repo.annotations(doc_id=doc_id):
            old = Anchor(ann["start"], ann["end"], ann["exact"], ann["prefix"], ann["suffix"])
            new = reanchor(text, old)
            state = new.state
            if state == "anchored" and (new.start, new.end) == (ann["start"], ann["end"]):
                state = ann["anchor"] if ann["anchor"] != "orphaned" else "anchored"
            tx.update("annotation", ann["id"], {**new.columns(), "anchor": state})
        tx.add_custody("reimport", doc_id=doc_id, sha256=digest, filename=str(path),
                       importer=parsed.importer, importer_version=parsed.importer_version,
                       detail=f"replaced text {doc['text_sha256']}")
    return tx.changeset


def update_metadata(project: Project, doc_id: int, **values: Any) -> ChangeSet:
    get_document(project, doc_id)
    unknown = set(values) - set(EDITABLE_METADATA)
    if unknown:
        raise ValidationError(f"Unknown document field(s): {', '.join(sorted(unknown))}.")
    if "published" in values:
        values["published"] = check_date(values["published"])
    with project.write("describe") as tx:
        tx.update("document", doc_id, values)
    return tx.changeset


def grade_source(
    project: Project, doc_id: int, reliability: str | None, credibility: int | None
) -> ChangeSet:
    """Admiralty grading: reliability A–F of the source, credibility 1–6 of the report."""
    get_document(project, doc_id)
    if reliability is not None and reliability.upper() not in RELIABILITY:
        raise ValidationError(f"Reliability must be a letter A to F; got {reliability!r}.")
    if credibility is not None and not 1 <= int(credibility) <= 6:
        raise ValidationError(f"Credibility must be a number 1 to 6; got {credibility!r}.")
    with project.write("grade") as tx:
        tx.update("document", doc_id, {
            "reliability": reliability.upper() if reliability else None,
            "credibility": int(credibility) if credibility is not None else None,
        })
    return tx.changeset


def trash_document(project: Project, doc_id: int) -> ChangeSet:
    get_document(project, doc_id)
    with project.write("trash") as tx:
        tx.update("document", doc_id, {"deleted_at": clock.now()})
    return tx.changeset


def restore_document(project: Project, doc_id: int) -> ChangeSet:
    get_document(project, doc_id)
    with project.write("restore") as tx:
        tx.update("document", doc_id, {"deleted_at": None})
    return tx.changeset
