"""The whole project as one JSON document (originals are referenced by hash)."""

from __future__ import annotations

from typing import TextIO

from workbench.core.project import Project
from workbench.core.query import annotations_json
from workbench.core.shapes import document_json, write_json


def write(project: Project, out: TextIO) -> int:
    docs = []
    for row in project.repo.documents():
        d = document_json(row)
        d["text"] = project.repo.get("document", row["id"])["text"]
        docs.append(d)
    anns = annotations_json(project)
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
