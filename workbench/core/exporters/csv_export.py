"""One row per annotation, fields spread into columns (event-data style)."""

from __future__ import annotations

from typing import TextIO

from workbench.core.exporters.csvsafe import SafeWriter
from workbench.core.project import Project
from workbench.core.query import AnnotationFilter, annotations

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
    rows = annotations(project, flt)
    for r in rows:
        d = docs.get(r["doc_id"], {})
        values = [r["id"], r["doc_id"], d.get("title"), d.get("publisher"), d.get("published"),
                  d.get("reliability"), d.get("credibility"), r["kind"], r["status"], r["start"],
                  r["end"], r["exact"], r["coder"], r["memo"], r["created_at"], r["modified_at"]]
        for name in field_names:
            v = r["fields"].get(name)
            values.append("; ".join(v) if isinstance(v, list) else v)
        writer.writerow(values)
    return len(rows)
