"""A row's own times are its write's one clock reading (``Transaction.time``), so its
audit image stores them as marks, whatever the clock does between two readings."""

from __future__ import annotations

import itertools

import pytest

from tests.helpers import add_doc, make_project
from workbench.core import clock
from workbench.core.ops import actors as actor_ops
from workbench.core.ops import annotations as ann_ops
from workbench.core.ops import documents as doc_ops


@pytest.fixture
def ticking(monkeypatch):
    """A clock that moves on a millisecond at every reading, as a busy machine's does
    between two readings of one write (the flaw showed only now and then before)."""
    times = (f"2026-01-01T00:00:{s:02d}.{ms:03d}Z"
             for s in range(60) for ms in range(1000))
    counter = itertools.count()
    monkeypatch.setattr(clock, "now", lambda: (next(counter), next(times))[1])


def _entry(project):
    row = project.conn.execute(
        "SELECT at, entity, after FROM audit_entries ORDER BY seq DESC LIMIT 1").fetchone()
    return row["at"], row["entity"], row["after"]


def test_an_actor_and_a_link_are_stamped_with_their_entry_time(tmp_path, ticking):
    with make_project(tmp_path) as project:
        doc = add_doc(project)
        actor = actor_ops.add_actor(project, "Northern Front").result
        row = project.repo.get("actor", actor)
        at, entity, _ = _entry(project)
        assert entity == "actor" and row["created_at"] == row["modified_at"] == at
        packed = project.conn.execute(
            "SELECT after FROM audit ORDER BY seq DESC LIMIT 1").fetchone()[0]
        assert at not in packed  # both times stored as marks, not written out again

        a = ann_ops.annotate_quote(project, doc, "claim", "claimed responsibility").result
        b = ann_ops.annotate_quote(project, doc, "casualty", "wounded four troops").result
        link = ann_ops.add_link(project, a, b, "corroborates").result
        at, entity, _ = _entry(project)
        assert entity == "link" and project.repo.get("link", link)["created_at"] == at

        actor_ops.update_actor(project, actor, name="Northern Front (NF)")
        at, _, _ = _entry(project)
        assert project.repo.get("actor", actor)["modified_at"] == at


@pytest.mark.parametrize("what", ["actor", "annotation", "link", "document"])
def test_a_trash_is_dated_by_its_write(tmp_path, ticking, what):
    with make_project(tmp_path) as project:
        doc = add_doc(project)
        a = ann_ops.annotate_quote(project, doc, "claim", "claimed responsibility").result
        if what == "actor":
            key = actor_ops.add_actor(project, "Northern Front").result
            actor_ops.trash_actor(project, key)
        elif what == "annotation":
            key = a
            ann_ops.trash_annotations(project, [a])
        elif what == "link":
            b = ann_ops.annotate_quote(project, doc, "casualty", "wounded four troops").result
            key = ann_ops.add_link(project, a, b, "corroborates").result
            ann_ops.remove_link(project, key)
        else:
            key = doc
            doc_ops.trash_document(project, doc)
        at, _, _ = _entry(project)
        assert project.repo.get(what, key)["deleted_at"] == at


@pytest.mark.parametrize("how", ["batch", "single"])
def test_imported_files_are_stamped_with_their_write_time(tmp_path, ticking, how):
    from workbench.core.ops import batch_import, importing

    paths = []
    for n in range(3):
        paths.append(tmp_path / f"r{n}.txt")
        paths[-1].write_text(f"Report {n}: shelling near the bridge.\n", encoding="utf-8")
    with make_project(tmp_path) as project:
        if how == "batch":
            parsed = list(batch_import.parse_many(paths, jobs=1, sandbox=False))
            results = batch_import.store_batch(project, parsed)
        else:
            results = [importing.import_file(project, p, sandbox=False) for p in paths]
        assert [r.status for r in results] == ["imported"] * 3
        for res in results:
            doc = project.repo.get("document", res.doc_id)
            [entry] = project.conn.execute(
                "SELECT at FROM audit_entries WHERE entity = 'document' AND entity_id = ?",
                (str(res.doc_id),)).fetchall()
            [custody] = project.conn.execute(
                "SELECT at FROM custody WHERE doc_id = ?", (res.doc_id,)).fetchall()
            assert doc["imported_at"] == entry["at"] == custody["at"]
