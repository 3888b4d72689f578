"""W3C Web Annotation JSON-LD: one AnnotationCollection, code-point selectors."""

from __future__ import annotations

from typing import TextIO

from workbench.core import ids
from workbench.core.project import Project
from workbench.core.query import AnnotationFilter, annotations
from workbench.core.shapes import write_json

CONTEXT = "http://www.w3.org/ns/anno.jsonld"


def _urn(ident: str) -> str:
    # A compact id is no UUID: it goes out as the version 8 UUID that reads back to it.
    return f"urn:uuid:{ids.as_guid(ident)}"


def _source(doc: dict) -> str:
    return doc.get("url") or f"urn:uuid:{doc['uuid']}"


def annotation_to_w3c(row: dict, doc: dict, *, tagging: bool = False) -> dict:
    """One annotation as a W3C Annotation; ``tagging`` if its kind tags an entity."""
    return {
        "id": _urn(row["id"]),
        "type": "Annotation",
        "motivation": "tagging" if tagging else "classifying",
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
                # Positions count Unicode code points, as the model specifies. An
                # orphan's words are no longer in the text: its span is an empty point
                # there, which a reader would anchor it to, so it goes by its quote only.
                *([] if row.get("anchor") == "orphaned" else [
                    {"type": "TextPositionSelector", "start": row["start"], "end": row["end"]}]),
            ],
        },
    }


def link_to_w3c(link: dict) -> dict:
    """A typed link as a linking Annotation: its target is the link's source annotation."""
    return {
        "id": _urn(link["id"]),
        "type": "Annotation",
        "motivation": "linking",
        "created": link.get("created_at"),
        "creator": {"type": "Person", "name": link.get("coder")},
        "body": [
            {"type": "TextualBody", "purpose": "classifying", "value": link["type"]},
            {"id": _urn(link["target_id"])},
        ],
        "target": _urn(link["source_id"]),
    }


def write(project: Project, out: TextIO, flt: AnnotationFilter | None = None) -> int:
    docs = {d["id"]: d for d in project.repo.documents()}
    cb = project.codebook
    tagging = {k.name for k in cb.kinds() if k.roles.tagging}
    rows = annotations(project, flt)
    items = [annotation_to_w3c(r, docs[r["doc_id"]], tagging=r["kind"] in tagging)
             for r in rows]
    exported = {r["id"] for r in rows}
    items += [link_to_w3c(lk) for lk in project.repo.links()
              if lk["source_id"] in exported and lk["target_id"] in exported]
    payload = {
        "@context": CONTEXT,
        "type": "AnnotationCollection",
        "label": project.path.stem,
        "total": len(items),
        "first": {"type": "AnnotationPage", "startIndex": 0, "items": items},
    }
    write_json(payload, out, indent=2)
    out.write("\n")
    return len(rows)
