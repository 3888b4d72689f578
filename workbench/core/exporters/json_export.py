"""The whole project as one JSON document (originals are referenced by hash)."""

from __future__ import annotations

from typing import TextIO

from workbench.core.project import Project
from workbench.core.query import AnnotationFilter, annotations_json
from workbench.core.shapes import document_json, write_json


def write(project: Project, out: TextIO, flt: AnnotationFilter | None = None) -> int:
    anns = annotations_json(project, flt)
    # A filtered export carries the documents its annotations quote, not the whole project.
    wanted = {a["doc_id"] for a in anns} if flt is not None else None
    docs = []
    for row in project.repo.documents():
        if wanted is not None and row["id"] not in wanted:
            continue
        d = document_json(row)
        d["text"] = project.repo.get("document", row["id"])["text"]
        docs.append(d)
    payload = {
        "format": "workbench-export",
        "version": 1,
        "codebook": [k.to_dict() for k in project.codebook.kinds()],
        "documents": docs,
        "annotations": anns,
        "actors": project.repo.actors(),
    }
    write_json(payload, out, indent=2)
    out.write("\n")
    return len(anns)
