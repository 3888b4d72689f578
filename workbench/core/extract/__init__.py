"""Rule-based annotation suggestions for conflict news (pure Python, offline).

``extract(text, published)`` returns casualty figures, dates, attributed
statements and responsibility claims, each with code-point offsets into
``text``. The engines are deterministic and never import Qt, so the CLI, the
GUI and tests can all call them.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from .ar import extract_ar, is_arabic
from .casualties import find_casualties
from .claims import find_claims
from .dates import find_dates
from .statements import find_statements

__all__ = ["extract", "extract_jsonl"]


def _sorted(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(items, key=lambda d: (d["start"], d["end"]))


def extract(text: str, published: str | None = None) -> dict[str, list[dict[str, Any]]]:
    """All suggestions for one document; ``published`` is an ISO date or None."""
    if not isinstance(text, str):
        raise TypeError("text must be a str")
    if is_arabic(text):  # never run the English rules on Arabic text
        return extract_ar(text, published)
    return {
        "casualties": _sorted(find_casualties(text)),
        "dates": _sorted(find_dates(text, published)),
        "statements": _sorted(find_statements(text)),
        "claims": _sorted(find_claims(text)),
    }


def extract_jsonl(lines: Iterable[str]) -> Iterator[str]:
    """One JSON result line per input line ``{"doc_id", "text", "published"}``."""
    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            doc = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ValueError(f"line {lineno}: invalid JSON ({exc.msg})") from exc
        if not isinstance(doc, dict) or not isinstance(doc.get("text"), str):
            raise ValueError(f"line {lineno}: expected an object with a string 'text'")
        published = doc.get("published")
        if published is not None and not isinstance(published, str):
            raise ValueError(f"line {lineno}: 'published' must be a string or null")
        result: dict[str, Any] = {"doc_id": doc.get("doc_id")}
        result.update(extract(doc["text"], published))
        yield json.dumps(result, ensure_ascii=False)
