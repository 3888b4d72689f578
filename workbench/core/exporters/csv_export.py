"""One row per annotation, fields spread into columns (event-data style)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, TextIO

from workbench.core.exporters.csvsafe import SafeWriter
from workbench.core.project import Project
from workbench.core.query import AnnotationFilter, iter_annotations

BASE = ["annotation_id", "doc_id", "doc_title", "publisher", "published", "source_reliability",
        "source_credibility", "kind", "status", "start", "end", "exact", "coder", "memo",
        "created_at", "modified_at"]


def write(project: Project, out: TextIO, flt: AnnotationFilter | None = None, *,
          raw: bool = False) -> int:
    """One row per live annotation (those ``flt`` lists); ``raw`` writes formula-like
    cells unprotected."""
    field_names: list[str] = []
    for kind in project.codebook.kinds():
        for f in kind.fields:
            if f.name not in field_names:
                field_names.append(f.name)
    docs = {d["id"]: d for d in project.repo.documents()}
    writer = SafeWriter(out, raw=raw)
    # A field named like a base column (a claim's own "status") gets a prefix, so no two
    # columns share a name and review status is never confused with it.
    writer.writerow(BASE + [f"field_{n}" if n in BASE else n for n in field_names])
    count = 0

    def rows() -> Iterator[list[Any]]:
        # One row at a time from the cursor to the file: memory stays flat however many.
        nonlocal count
        for r in iter_annotations(project, flt):
            count += 1
            d = docs.get(r["doc_id"], {})
            fields = r["fields"]
            yield [r["id"], r["doc_id"], d.get("title"), d.get("publisher"),
                   d.get("published"), d.get("reliability"), d.get("credibility"), r["kind"],
                   r["status"], r["start"], r["end"], r["exact"], r["coder"], r["memo"],
                   r["created_at"], r["modified_at"],
                   *[("; ".join(v) if isinstance(v, list) else v)
                     for v in map(fields.get, field_names)]]

    writer.writerows(rows())
    return count
