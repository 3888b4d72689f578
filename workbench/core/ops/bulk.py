"""Many annotations in one transaction: the path for bulk coding and for building big
projects (benchmarks, engines storing many suggestions).

Each annotation is checked and built exactly as :func:`create_annotation` builds it
(codebook validation, actor matching, quote selector), and stored with its own audit
row and search-index row; only the round trips are shared. One call is one undo step.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from workbench.core.anchoring import make_anchor
from workbench.core.changes import ChangeSet
from workbench.core.ops.annotations import _attach_actor, _check_status, check_record, new_row
from workbench.core.ops.documents import get_document
from workbench.core.project import Project


@dataclass(frozen=True)
class NewAnnotation:
    """One annotation to create: what ``create_annotation`` takes, as a value."""

    doc_id: int
    kind: str
    start: int
    end: int
    fields: dict[str, Any] = field(default_factory=dict)
    status: str = "accepted"
    memo: str = ""
    origin: str = "manual"


def create_annotations(project: Project, items: Iterable[NewAnnotation]) -> ChangeSet:
    """Create every annotation in one transaction; ``cs.result`` is their ids in order.

    Any invalid item (unknown kind, bad field, span outside its document) refuses the
    whole call and nothing is written, as a single create would refuse its one row.
    """
    with project.write("annotate") as tx:
        texts: dict[int, str] = {}  # read inside the write, once per document
        rows = []
        for item in items:
            _check_status(item.status)
            if item.doc_id not in texts:
                texts[item.doc_id] = get_document(project, item.doc_id)["text"]
            text = texts[item.doc_id]
            spec = project.codebook.kind(item.kind)
            values = spec.validate(dict(item.fields))
            spec.check_new(values)
            check_record(project, spec, values)
            if spec.roles.actor_record and not spec.value(values, "actor_record"):
                _attach_actor(project, spec, values, text[item.start : item.end])
            anchor = make_anchor(text, item.start, item.end)
            rows.append(new_row(project, item.doc_id, item.kind, anchor, values,
                                status=item.status, memo=item.memo, origin=item.origin,
                                now=tx.time()))
        tx.insert_many("annotation", rows)
    tx.changeset.result = [r["id"] for r in rows]
    return tx.changeset
