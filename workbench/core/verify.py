"""Integrity check: SQLite's own check, every stored value decoded, every original and
text re-hashed, every anchored annotation compared with its document's text, and the
history checked for tampering: the audit and custody hash chains recomputed, every
audited row rebuilt from the audit log and compared with its table, and the search index
compared with the texts (issue 12; see docs/integrity.md).

Values are read as bytes and decoded one by one, so a damaged value is reported in a
sentence naming its row, and the check goes on with the rest. Rows are streamed table
by table; only one document's text is held at a time.
"""

from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import dataclass, field

from workbench.core import indexcheck, logchain, rawread, rebuild
from workbench.core.project import Project
from workbench.core.repo import TABLES

# Tables whose values are checked, each with the name its rows are called by.
_CHECKED = {table: (entity.replace("_", " "), pk) for entity, (table, pk) in TABLES.items()}
_CHECKED.update({"audit": ("audit entry", "seq"), "custody": ("custody entry", "seq"),
                 "meta": ("project fact", "key")})


@dataclass
class VerifyReport:
    originals: int = 0
    documents: int = 0
    annotations: int = 0
    log_entries: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def verify(project: Project) -> VerifyReport:
    report = VerifyReport()
    conn = project.conn
    try:
        report.problems.extend(f"database: {p}" for p in project.repo.integrity())
    except sqlite3.DatabaseError as err:
        report.problems.append(f"database: SQLite cannot check the file ({err})")
        return report
    _check_values(conn, report)
    for sha, data in project.repo.iter_originals():
        report.originals += 1
        actual = hashlib.sha256(data).hexdigest()
        if actual != sha:
            report.problems.append(f"original {sha[:12]}…: stored bytes hash to {actual[:12]}…")
    _check_texts(conn, report)
    heads, broken = logchain.chain_problems(conn)
    report.log_entries = sum(h.count for h in heads.values())
    report.problems.extend(broken)
    report.problems.extend(d.sentence() for d in rebuild.differences(conn))
    report.problems.extend(f.problem for f in indexcheck.findings(conn))
    return report


def _check_values(conn: sqlite3.Connection, report: VerifyReport) -> None:
    """Every stored value decoded; a damaged one named with its row."""
    for table, (name, pk) in _CHECKED.items():
        for raw in rawread.rows(conn, table):
            _, bad = rawread.decode(raw, ("before", "after"))
            if bad:
                label = f"{name} {rawread.text(raw[pk])}"
                report.problems.append(f"{label}: {', '.join(bad)} (the stored bytes are "
                                       "damaged)")


def _check_texts(conn: sqlite3.Connection, report: VerifyReport) -> None:
    """Each document's text against its hash; each live anchored quote against its text."""
    cols = ["id", "text", "text_sha256", "deleted_at"]
    for raw in rawread.rows(conn, "documents", cols=cols, order="id"):
        doc, bad = rawread.decode(raw)
        if doc is None or bad:
            continue
        report.documents += 1
        text = doc["text"]
        if hashlib.sha256(text.encode("utf-8")).hexdigest() != doc["text_sha256"]:
            report.problems.append(f"document {doc['id']}: its text no longer matches its hash")
        if doc["deleted_at"] is not None:
            continue
        for raw_ann in rawread.live_annotations(conn, doc["id"]):
            ann, bad = rawread.decode(raw_ann)
            if ann is None or bad:
                continue
            report.annotations += 1
            if ann["anchor"] != "orphaned" and text[ann["start"] : ann["end"]] != ann["exact"]:
                report.problems.append(
                    f"annotation {ann['id']}: the text at {ann['start']}–{ann['end']} "
                    "differs from its quote"
                )
