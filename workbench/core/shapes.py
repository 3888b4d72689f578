"""The stable JSON shapes of documents and annotations (documented in the README)."""

from __future__ import annotations

from typing import Any, TextIO

from workbench.core.errors import ValidationError

DOCUMENT_KEYS = (
    "id", "uuid", "title", "url", "publisher", "author", "published", "imported_at",
    "language", "direction", "filename", "media_type", "encoding", "original_sha256",
    "text_sha256", "importer", "importer_version", "reliability", "credibility", "memo",
    "length", "annotations",
)
ANNOTATION_KEYS = (
    "id", "doc_id", "kind", "start", "end", "exact", "prefix", "suffix", "status", "anchor",
    "fields", "memo", "coder", "origin", "created_at", "modified_at",
)


def document_json(row: dict[str, Any]) -> dict[str, Any]:
    out = {k: row.get(k) for k in DOCUMENT_KEYS}
    if out["length"] is None and "text" in row:
        out["length"] = len(row["text"])
    return out


def annotation_json(row: dict[str, Any], links: list[dict[str, Any]] | None = None) -> dict:
    out = {k: row.get(k) for k in ANNOTATION_KEYS}
    out["links"] = [
        {"id": lk["id"], "type": lk["type"], "source": lk["source_id"], "target": lk["target_id"]}
        for lk in (links or [])
    ]
    return out


def write_json(data: Any, out: TextIO, **kw: Any) -> None:
    """Write strict JSON: a NaN or infinity (stored before they were refused) is an error
    that says so, never a bare ``NaN`` other programs cannot read."""
    import json

    try:
        text = json.dumps(data, ensure_ascii=False, allow_nan=False, **kw)
    except ValueError:
        raise ValidationError(
            "The project holds a number that is not finite (NaN or infinity); find it with "
            "`workbench annotations` and correct it with `workbench edit` before exporting."
        ) from None
    out.write(text)
