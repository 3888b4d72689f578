"""A row's own times are its write's one clock reading (``Transaction.time``), so its
audit image stores them as marks, whatever the clock does between two readings."""

from __future__ import annotations

import itertools

import pytest

from tests.helpers import REPORT, add_doc, make_project
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


def _times_of_last_write(project) -> tuple[set[str], set[str]]:
    """The last write's audit times, and every time it wrote into a row: the ``*_at``
    columns it changed, and the time of a best figure it set."""
    entries = project.repo.log_rows("audit")
    last = [e for e in entries if e["txn"] == entries[-1]["txn"]]
    written: set[str] = set()
    for e in last:
        before = project.repo.audit_image(e, "before") or {}
        after = project.repo.audit_image(e, "after") or {}
        for key, value in after.items():
            if key.endswith("_at") and value and value != before.get(key):
                written.add(value)
        for key, best in (after.get("best") or {}).items():
            if best != (before.get("best") or {}).get(key):
                written.add(best["at"])
    return {e["at"] for e in last}, written


def _figures(project, doc):
    return [ann_ops.annotate_quote(project, doc, "casualty", words).result
            for words in ("wounded four troops", "killed at least 12 civilians")]


def test_a_trash_and_a_restore_of_several_items_keep_one_time(tmp_path, ticking):
    from workbench.core import trash
    from workbench.core.incidents import ops as inc_ops
    from workbench.core.ops.trash import restore_items, trash_items

    with make_project(tmp_path) as project:
        doc = add_doc(project)
        other = add_doc(project, REPORT.replace("Port Halden", "Port Velna"), "velna.txt")
        a, b = _figures(project, doc)
        incident = inc_ops.create_incident(project, "Market shelling", members=[a, b]).result
        items = [("document", other), ("annotation", a), ("incident", incident)]
        trash_items(project, items)
        audit, written = _times_of_last_write(project)
        assert len(audit) == 1 and written == audit
        assert {item.trashed_at for item in trash.listed(project)} == audit
        restore_items(project, items)
        audit, written = _times_of_last_write(project)
        assert len(audit) == 1 and written <= audit
        assert project.repo.get("incident", incident)["deleted_at"] is None
        assert len(inc_ops.model.live_membership(project, incident)) == 2


@pytest.mark.parametrize("what", ["create", "edit", "remove", "merge", "best", "accept",
                                  "reject", "suggest"])
def test_an_incident_write_keeps_one_time(tmp_path, ticking, what):
    from workbench.core.incidents import ops as inc_ops
    from workbench.core.incidents import suggest as inc_suggest

    with make_project(tmp_path) as project:
        doc = add_doc(project)
        a, b = _figures(project, doc)
        if what in ("accept", "reject", "suggest"):
            from bench.incident_gold import build

            build(project)
            made = inc_suggest.store_suggestions(project).result
            assert made
            if what != "suggest":
                getattr(inc_suggest, f"{what}_suggestion")(project, made[0])
        elif what == "create":
            inc_ops.create_incident(project, "Market shelling", members=[a, b])
        else:
            one = inc_ops.create_incident(project, "Market shelling", members=[a]).result
            if what == "edit":
                inc_ops.update_incident(project, one, memo="Two sources agree.")
            elif what == "remove":
                inc_ops.remove_members(project, one, [a])
            elif what == "merge":
                two = inc_ops.create_incident(project, "Port Halden", members=[b]).result
                inc_ops.merge_incidents(project, one, two)
            else:
                inc_ops.set_best(project, one, "killed", 12, "The provincial figure.")
        audit, written = _times_of_last_write(project)
        assert len(audit) == 1 and written and written == audit


def test_a_suggested_link_is_stamped_with_its_write_time(tmp_path, ticking):
    from workbench.core.suggest import suggest_documents as suggest

    text = ("Truck Bomb Kills 7 in Velna\n"
            "A truck bomb went off by the grain market on Tuesday, killing seven people "
            "and wounding 11 others, medics said.\n")
    with make_project(tmp_path) as project:
        add_doc(project, text, "velna.txt", published="2026-03-04")
        suggest(project)
        links = project.conn.execute("SELECT created_at FROM links").fetchall()
        audit, written = _times_of_last_write(project)
        assert links and {r[0] for r in links} == written == audit
