"""Integrity check: SQLite's own check, then every stored original and text re-hashed."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from workbench.core.project import Project


@dataclass
class VerifyReport:
    originals: int = 0
    documents: int = 0
    annotations: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def verify(project: Project) -> VerifyReport:
    report = VerifyReport()
    report.problems.extend(f"database: {p}" for p in project.repo.integrity())
    for sha, data in project.repo.iter_originals():
        report.originals += 1
        actual = hashlib.sha256(data).hexdigest()
        if actual != sha:
            report.problems.append(f"original {sha[:12]}…: stored bytes hash to {actual[:12]}…")
    texts = {}
    for doc_id, text, text_sha in project.repo.iter_texts():
        report.documents += 1
        texts[doc_id] = text
        if hashlib.sha256(text.encode("utf-8")).hexdigest() != text_sha:
            report.problems.append(f"document {doc_id}: its text no longer matches its hash")
    for ann in project.repo.annotations():
        report.annotations += 1
        text = texts.get(ann["doc_id"], "")
        if ann["anchor"] != "orphaned" and text[ann["start"] : ann["end"]] != ann["exact"]:
            report.problems.append(
                f"annotation {ann['id']}: the text at {ann['start']}–{ann['end']} "
                "differs from its quote"
            )
    return report
