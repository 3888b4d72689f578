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
        if kw.keys() == {"indent"} and isinstance(kw["indent"], int | str):
            indent = kw["indent"]
            text = _indented(data, indent if isinstance(indent, str) else " " * indent)
        else:
            text = json.dumps(data, ensure_ascii=False, allow_nan=False, **kw)
    except ValueError:
        raise ValidationError(
            "The project holds a number that is not finite (NaN or infinity); find it with "
            "`workbench annotations` and correct it with `workbench edit` before exporting."
        ) from None
    out.write(text)


_SCALARS = frozenset({str, int, float, bool, type(None)})
_STR = frozenset({str})
_CONTAINERS = frozenset({dict, list})


def _indented(value: Any, step: str) -> str:
    """``json.dumps(value, ensure_ascii=False, allow_nan=False, indent=step)``, the same
    text, with the shapes that cost most written by the C encoder: with an indent
    ``json`` writes everything in Python (~66 M instructions for an import's 2,000
    results). An object of plain scalars is one C call (its separators carry the
    indent), and so is a list of them; an object whose values are all containers (an
    export's payload) is joined here, each value's text indented one step by putting
    ``step`` after each of its newlines (a JSON string holds no raw newline). Anything
    else is left to ``json`` whole: taken apart, an object of scalars and containers
    (an annotation with its fields and links) cost twice what ``json`` takes."""
    import json

    cls = value.__class__
    if cls is list and value and all(map(_is_flat, value)):
        # A list of flat objects (an import's results, a table's rows): one C call for
        # all, the objects' items indented two steps, their ends and starts fixed after
        # (a "}" before a separator and a "{" is only ever one object ending and the
        # next starting: a JSON string holds no raw newline, a flat object no "}").
        twice = step + step
        text = _flat(twice).encode(value)[2:-2]  # less the outer "[{" and "}]"
        text = text.replace("},\n" + twice + "{", "\n" + step + "},\n" + step + "{\n" + twice)
        return "[\n" + step + "{\n" + twice + text + "\n" + step + "}\n]"
    if _is_flat(value):
        return "{\n" + step + _flat(step).encode(value)[1:-1] + "\n}"
    if (cls is dict and value and _STR.issuperset(map(type, value))
            and _CONTAINERS.issuperset(map(type, value.values()))):
        key = json.encoder.encode_basestring
        inner = (",\n" + step).join([key(k) + ": " + _indented(v, step).replace("\n", "\n" + step)
                                     for k, v in value.items()])
        return "{\n" + step + inner + "\n}"
    return json.dumps(value, ensure_ascii=False, allow_nan=False, indent=step)


def _is_flat(value: Any) -> bool:
    """An object that is not empty, its keys strings and its values plain scalars."""
    return (value.__class__ is dict and bool(value) and _STR.issuperset(map(type, value))
            and _SCALARS.issuperset(map(type, value.values())))  # two loops in C


_ENCODERS: dict[str, Any] = {}


def _flat(step: str) -> Any:
    """A C encoder whose item separator ends a line and indents the next item by
    ``step``, made once per indent."""
    encoder = _ENCODERS.get(step)
    if encoder is None:
        import json

        encoder = _ENCODERS[step] = json.JSONEncoder(
            ensure_ascii=False, allow_nan=False, separators=(",\n" + step, ": "))
    return encoder
