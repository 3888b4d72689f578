"""The bulk annotation path stores exactly what one create_annotation per row stores."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from tests.helpers import REPORT, add_doc, make_project
from workbench.core import clock
from workbench.core.errors import ValidationError
from workbench.core.ops import annotations as ann_ops
from workbench.core.ops.actors import add_actor
from workbench.core.ops.bulk import NewAnnotation, create_annotations


def _span(words: str) -> tuple[int, int]:
    start = REPORT.index(words)
    return start, start + len(words)


ITEMS = [
    NewAnnotation(1, "casualty", *_span("wounded four troops"),
                  {"outcome": "wounded", "count_best": 4}),
    NewAnnotation(1, "claim", *_span("The Crescent Brigade claimed"),
                  {"claimant": "Crescent Brigade"}, memo="cf. post"),
    NewAnnotation(1, "actor", *_span("Crescent Brigade"), {}),  # finds its actor record
    NewAnnotation(1, "statement", 250, 270, {}, status="suggested", origin="engine"),
    NewAnnotation(2, "location", 0, 11, {"name": "Port Halden", "latitude": 3.5}),
]


@pytest.fixture
def steady_clock(monkeypatch):
    """Ids and times that repeat from one project to the next."""
    counter = itertools.count()
    monkeypatch.setattr(clock, "new_id", lambda: f"id-{next(counter):06d}")
    monkeypatch.setattr(clock, "new_uuid", lambda: f"uuid-{next(counter):06d}")  # documents
    monkeypatch.setattr(clock, "now", lambda: "2026-01-02T03:04:05.000Z")

    def restart() -> None:
        nonlocal counter
        counter = itertools.count()
    return restart


def _build(tmp_path: Path, name: str, bulk: bool):
    project = make_project(tmp_path, name)
    add_doc(project)
    add_doc(project, REPORT.replace("Shelling", "Shells"), "second.txt")
    add_actor(project, "Crescent Brigade")
    if bulk:
        create_annotations(project, ITEMS)
    else:
        for it in ITEMS:
            ann_ops.create_annotation(project, it.doc_id, it.kind, it.start, it.end, it.fields,
                                      status=it.status, memo=it.memo, origin=it.origin)
    return project


def _rows(project, sql):
    return [tuple(r) for r in project.conn.execute(sql)]


def test_bulk_rows_match_single_writes(tmp_path, steady_clock):
    single = _build(tmp_path, "single.wbproj", bulk=False)
    steady_clock()
    bulk = _build(tmp_path, "bulk.wbproj", bulk=True)
    for sql in (
        "SELECT * FROM annotations ORDER BY id",
        # Transaction numbers and times differ; every row image must not.
        "SELECT coder, op, entity, entity_id, before, after FROM audit_entries ORDER BY seq",
        "SELECT rid, body FROM search_source ORDER BY rid",
        "SELECT id, sz FROM search_docsize ORDER BY id",
    ):
        assert _rows(bulk, sql) == _rows(single, sql), sql
    assert _rows(bulk, "SELECT count(*) FROM annotations")[0][0] == len(ITEMS)
    actor, = bulk.repo.annotations(kinds=["actor"])  # found its record by its words
    assert actor["fields"]["name"] == "Crescent Brigade" and actor["fields"]["actor_id"]
    single.close()
    bulk.close()


def test_bulk_call_is_one_undo_step_and_refuses_as_a_whole(tmp_path):
    from workbench.core.ops.history import undo

    with make_project(tmp_path) as project:
        add_doc(project)
        cs = create_annotations(project, ITEMS[:2])
        assert len(cs.result) == 2 and len({c.id for c in cs.changes}) == 2
        bad = [ITEMS[0], NewAnnotation(1, "casualty", 0, 5, {"count_best": "many"})]
        with pytest.raises(ValidationError):
            create_annotations(project, bad)
        assert project.repo.stats()["annotations"] == 2
        undo(project)
        assert project.repo.stats()["annotations"] == 0
        assert project.conn.execute("SELECT count(*) FROM search_docsize WHERE id > 0"
                                    ).fetchone()[0] == 0
