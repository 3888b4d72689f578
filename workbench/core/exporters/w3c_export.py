"""W3C Web Annotation JSON-LD: one AnnotationCollection, code-point selectors."""

from __future__ import annotations

from typing import TextIO

from workbench.core.project import Project
from workbench.core.query import annotations
from workbench.core.shapes import write_json

CONTEXT = "http://www.w3.org/ns/anno.jsonld"


def _source(doc: dict) -> str:
    return doc.get("url") or f"urn:uuid:{doc['uuid']}"


def annotation_to_w3c(row: dict, doc: dict) -> dict:
    return {
        "id": f"urn:uuid:{row['id']}",
        "type": "Annotation",
        "motivation": "tagging" if row["kind"] in ("actor", "location", "date") else "classifying",
        "created": row["created_at"],
        "modified": row["modified_at"],
        "creator": {"type": "Person", "name": row["coder"]},
        "body": [
            {"type": "TextualBody", "purpose": "tagging", "value": row["kind"]},
            {
                "type": "Dataset",
                "purpose": "describing",
                "format": "application/json",
                # Review status under its own key: a claim's "status" field must not
                # overwrite it.
                "value": {**row["fields"], "review_status": row["status"]},
            },
            *(
                [{"type": "TextualBody", "purpose": "commenting", "value": row["memo"]}]
                if row["memo"] else []
            ),
        ],
        "target": {
            "source": _source(doc),
            "selector": [
                {
                    "type": "TextQuoteSelector",
                    "exact": row["exact"],
                    "prefix": row["prefix"],
                    "suffix": row["suffix"],
                },
                # Positions count Unicode code points, as the model specifies.
                {"type": "TextPositionSelector", "start": row["start"], "end": row["end"]},
            ],
        },
    }


def write(project: Project, out: TextIO) -> int:
    docs = {d["id"]: d for d in project.repo.documents()}
    items = [annotation_to_w3c(r, docs[r["doc_id"]]) for r in annotations(project)]
    payload = {
        "@context": CONTEXT,
        "type": "AnnotationCollection",
        "label": project.path.stem,
        "total": len(items),
        "first": {"type": "AnnotationPage", "startIndex": 0, "items": items},
    }
    write_json(payload, out, indent=2)
    out.write("\n")
    return len(items)
