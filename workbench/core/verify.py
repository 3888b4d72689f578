"""Integrity check: SQLite's own check, every stored value decoded, every original and
text re-hashed, every anchored annotation compared with its document's text, and the
history checked for tampering: the audit and custody hash chains recomputed, every
audited row rebuilt from the audit log and compared with its table, the search index
compared with the texts (issue 12; see docs/integrity.md), and the timeline index with
the annotations and codebook.

Values are read as bytes and decoded one by one, so a damaged value is reported in a
sentence naming its row, and the check goes on with the rest. Rows are streamed table
by table; only one document's text is held at a time.
"""

from __future__ import annotations

import hashlib
import sqlite3  # for type hints: an encrypted project's connection has the same shape
from collections.abc import Callable
from dataclasses import dataclass, field

from workbench.core import dbapi, indexcheck, logchain, rawread, rebuild, timeline_index
from workbench.core.project import Project


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


# The stages of a check, in order, as a progress display names them.
STAGES = ("database structure", "originals", "document texts", "log chains",
          "history against the tables", "search index", "timeline index")

Progress = Callable[[int, int, str], None]


def verify(project: Project, progress: Progress | None = None) -> VerifyReport:
    """Check everything the project holds; ``progress(step, of, stage)`` hears of each stage.

    A check of a large project takes a while (each table is read once or twice), so a
    terminal or the window can say where it is.
    """
    def stage(n: int) -> None:
        if progress is not None:
            progress(n + 1, len(STAGES), STAGES[n])

    report = VerifyReport()
    conn = project.conn
    stage(0)
    try:
        report.problems.extend(f"database: {p}" for p in project.repo.integrity())
    except dbapi.DatabaseError as err:
        report.problems.append(f"database: SQLite cannot check the file ({err})")
        return report
    stage(1)
    for sha, data in project.repo.iter_originals():
        report.originals += 1
        actual = hashlib.sha256(data).hexdigest()
        if actual != sha:
            report.problems.append(f"original {sha[:12]}…: stored bytes hash to {actual[:12]}…")
    # Each table is read once or twice, each value decoded on its own: the damaged-bytes
    # sentences come from the pass that reads the row (chain, rebuild, texts, meta).
    with rawread.bytes_mode(conn):
        _check_meta(conn, report)
        stage(2)
        _check_texts(conn, report)
        stage(3)
        heads, broken = logchain.chain_problems(conn)
        report.log_entries = sum(h.count for h in heads.values())
        report.problems.extend(broken)
        damaged: list[tuple[str, str]] = []
        stage(4)
        changed = [d.sentence() for d in rebuild.differences(conn, damaged=damaged)]
        # A document's damage is named by _check_texts, which reads its whole row.
        report.problems.extend(s for entity, s in damaged if entity != "document")
        report.problems.extend(changed)
        stage(5)
        report.problems.extend(f.problem for f in indexcheck.findings(conn))
    stage(6)
    # Outside bytes mode: the table is compared with what the write path computes, which
    # reads text as text. Damaged rows are skipped there (named by the checks above).
    try:
        report.problems.extend(timeline_index.findings(conn))
    except dbapi.DatabaseError as err:
        report.problems.append(f"timeline index: it could not be checked ({err}).")
    return report


def _check_meta(conn: sqlite3.Connection, report: VerifyReport) -> None:
    """The project's key/value facts decoded; a damaged one named by its key."""
    for raw in rawread.rows(conn, "meta"):
        _, bad = rawread.decode(raw, ())
        if bad:
            report.problems.append(f"project fact {rawread.text(raw['key'])}: "
                                   f"{', '.join(bad)} (the stored bytes are damaged)")


def _check_texts(conn: sqlite3.Connection, report: VerifyReport) -> None:
    """Each document's text against its hash; each live anchored quote against its text."""
    for raw in rawread.rows(conn, "documents", order="id"):
        doc, bad = rawread.decode(raw)
        if doc is None:
            report.problems.append(f"document {raw['id']}: {', '.join(bad)} (the stored "
                                   "bytes are damaged)")
            continue
        report.documents += 1
        text = doc["text"]
        if hashlib.sha256(text.encode("utf-8")).hexdigest() != doc["text_sha256"]:
            report.problems.append(f"document {doc['id']}: its text no longer matches its hash")
        if doc["deleted_at"] is not None:
            continue
        for raw_ann in rawread.live_annotations(conn, doc["id"]):
            ann, bad = rawread.decode(raw_ann, ())
            if ann is None:
                continue  # reported by the rebuild, which reads every annotation
            report.annotations += 1
            if ann["anchor"] != "orphaned" and text[ann["start"] : ann["end"]] != ann["exact"]:
                report.problems.append(
                    f"annotation {ann['id']}: the text at {ann['start']}–{ann['end']} "
                    "differs from its quote"
                )
