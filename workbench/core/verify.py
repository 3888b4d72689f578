"""Integrity check: SQLite's own check, every stored value decoded, every original and
text re-hashed, every anchored annotation compared with its document's text.

Values are read as bytes and decoded one by one, so a damaged value is reported in a
sentence naming its row, and the check goes on with the rest.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

from workbench.core import dbapi
from workbench.core.project import Project
from workbench.core.repo import JSON_COLUMNS, TABLES

# Tables whose values are checked, each with the name its rows are called by.
_CHECKED = {table: (entity.replace("_", " "), pk) for entity, (table, pk) in TABLES.items()}
_CHECKED.update({"audit": ("audit entry", "seq"), "custody": ("custody entry", "seq"),
                 "meta": ("project fact", "key")})
_SINGULAR = {"documents": "document", "annotations": "annotation"}


@dataclass
class VerifyReport:
    originals: int = 0
    documents: int = 0
    annotations: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def _decoded(row: dict[str, Any], label: str, problems: list[str]) -> dict[str, Any] | None:
    """The row with its text decoded and JSON parsed; None (and a problem) if damaged."""
    out, bad = {}, []
    for col, value in row.items():
        if isinstance(value, bytes) and col not in ("data",):
            try:
                value = value.decode("utf-8")
            except UnicodeDecodeError:
                bad.append(f"its {col} is not valid UTF-8")
                continue
            if col in JSON_COLUMNS or col in ("before", "after"):
                try:
                    value = json.loads(value) if value else None
                except ValueError:
                    bad.append(f"its {col} is not valid JSON")
                    continue
        out[col] = value
    if bad:
        problems.append(f"{label}: {', '.join(bad)} (the stored bytes are damaged)")
        return None
    return out


def verify(project: Project) -> VerifyReport:
    report = VerifyReport()
    repo = project.repo
    try:
        report.problems.extend(f"database: {p}" for p in repo.integrity())
    except dbapi.DatabaseError as err:
        report.problems.append(f"database: SQLite cannot check the file ({err})")
        return report
    rows: dict[str, dict[Any, dict[str, Any]]] = {}
    for table, (name, pk) in _CHECKED.items():
        kept = rows.setdefault(table, {})  # documents and annotations, for the checks below
        for raw in repo.raw_rows(table):
            key = raw[pk].decode("utf-8", "replace") if isinstance(raw[pk], bytes) else raw[pk]
            row = _decoded(raw, f"{_SINGULAR.get(table, name)} {key}", report.problems)
            if row is not None and table in ("documents", "annotations"):
                kept[key] = row  # the rest only needed to decode
    for sha, data in repo.iter_originals():
        report.originals += 1
        actual = hashlib.sha256(data).hexdigest()
        if actual != sha:
            report.problems.append(f"original {sha[:12]}…: stored bytes hash to {actual[:12]}…")
    texts = {}
    for doc_id, doc in rows["documents"].items():
        report.documents += 1
        texts[doc_id] = doc["text"]
        if hashlib.sha256(doc["text"].encode("utf-8")).hexdigest() != doc["text_sha256"]:
            report.problems.append(f"document {doc_id}: its text no longer matches its hash")
    live_docs = {i for i, d in rows["documents"].items() if d["deleted_at"] is None}
    for ann in rows["annotations"].values():
        if ann["deleted_at"] is not None or ann["doc_id"] not in live_docs:
            continue
        report.annotations += 1
        text = texts.get(ann["doc_id"], "")
        if ann["anchor"] != "orphaned" and text[ann["start"] : ann["end"]] != ann["exact"]:
            report.problems.append(
                f"annotation {ann['id']}: the text at {ann['start']}–{ann['end']} "
                "differs from its quote"
            )
    return report
