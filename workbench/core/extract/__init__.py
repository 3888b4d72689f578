"""Rule-based annotation suggestions for conflict news (pure Python, offline).

``extract(text, published)`` returns casualty figures, dates, attributed
statements and responsibility claims, each with code-point offsets into
``text``. The engines are deterministic and never import Qt, so the CLI, the
GUI and tests can all call them.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from operator import itemgetter
from typing import Any

from .ar.normalise import is_arabic
from .case_outliers import fold_case_outliers
from .registry import DATED_KINDS, KINDS, engines_for, preparation_for
from .rejoin import restore

__all__ = ["extract", "extract_jsonl"]


_SPAN = itemgetter("start", "end")


def _sorted(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(items, key=_SPAN)  # itemgetter: no Python call per item


def extract(text: str, published: str | None = None,
            language: str | None = None) -> dict[str, list[dict[str, Any]]]:
    """All suggestions for one document; ``published`` is an ISO date or None.

    ``language`` is the document's language code as detected on import; the
    engines registered for it run. Without one, the script decides: text whose Arabic
    letters outnumber its Latin ones is Arabic, anything else English.
    """
    if not isinstance(text, str):
        raise TypeError("text must be a str")
    if language is None:
        language = "ar" if is_arabic(text) else "en"
    engines = engines_for(language)
    prepare = preparation_for(language)
    joined = prepare(text) if prepare is not None else None
    source = fold_case_outliers(joined.text if joined else text)
    folded = source is not (joined.text if joined else text)
    out: dict[str, list[dict[str, Any]]] = {}
    for kind in KINDS:
        fn = engines.get(kind)
        if fn is None:
            found: list[dict[str, Any]] = []
        elif kind in DATED_KINDS:
            found = fn(source, published)
        else:
            found = fn(source)
        if joined:
            restore(found, text, joined)
        elif folded:
            for item in found:  # the same offsets: the text as the document writes it
                item["text"] = text[item["start"]:item["end"]]
        out[kind] = _sorted(found)
    return out


def extract_jsonl(lines: Iterable[str]) -> Iterator[str]:
    """One JSON result line per input line ``{"doc_id", "text", "published"[, "language"]}``;
    without a language the text's script chooses the engines, as ``extract`` does."""
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
        # Without a "language" (or "lang", as the gold files spell it) the script decides,
        # as for one file and in eval; defaulting to English found nothing in Arabic lines.
        language = doc.get("language", doc.get("lang"))
        if language is not None and not isinstance(language, str):
            raise ValueError(f"line {lineno}: 'language' must be a string or null")
        result.update(extract(doc["text"], published, language))
        yield json.dumps(result, ensure_ascii=False)
