"""Fictional reports and figure builders for the incident tests."""

from __future__ import annotations

from typing import Any

from tests.helpers import add_doc
from workbench.core.ops.annotations import create_annotation
from workbench.core.ops.documents import grade_source
from workbench.core.project import Project


def report(project: Project, body: str, *, name: str, published: str = "2026-03-04",
           grade: tuple[str | None, int | None] | None = None, publisher: str = "Wire") -> int:
    doc_id = add_doc(project, body, name=name, published=published, publisher=publisher,
                     title=name)
    if grade:
        grade_source(project, doc_id, *grade)
    return doc_id


def figure(project: Project, doc_id: int, quote: str, outcome: str = "killed",
           occurrence: int | None = None, **fields: Any) -> str:
    from workbench.core.anchoring import find_quote
    from workbench.core.ops.documents import get_document

    start, end = find_quote(get_document(project, doc_id)["text"], quote, occurrence)
    cs = create_annotation(project, doc_id, "casualty", start, end,
                           {"outcome": outcome, **fields})
    return cs.result
