"""The partial status index (migration partial_status_index): entries only for the
annotations that are not accepted, read by every status filter that leaves accepted out,
and every filter lists what it listed before."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.helpers import add_doc, make_project
from workbench.core import ann_pages, schema
from workbench.core.ann_pages import Listing
from workbench.core.ops import annotations as ann_ops
from workbench.core.project import Project
from workbench.core.query import AnnotationFilter
from workbench.core.repo import Repo

PARTIAL = next(m.version for m in schema.MIGRATIONS if m.name == "partial_status_index")
FILTERS = [None, [], ["suggested"], ["rejected"], ["suggested", "rejected"], ["accepted"],
           ["accepted", "suggested"], ["accepted", "suggested", "rejected"]]
QUOTES = ("wounded four troops", "killed", "claimed responsibility", "denied any involvement",
          "three explosions", "Artillery fire")


def _statuses(project: Project) -> dict[str, str]:
    doc = add_doc(project)
    ids = [ann_ops.annotate_quote(project, doc, "claim", q).result for q in QUOTES]
    ann_ops.set_status(project, ids[:2], "suggested")
    ann_ops.set_status(project, ids[2:3], "rejected")
    return {r[0]: r[1] for r in project.conn.execute("SELECT id, status FROM annotations")}


def _index_sql(conn: sqlite3.Connection) -> str:
    return conn.execute("SELECT sql FROM sqlite_master WHERE name = 'annotations_status'"
                        ).fetchone()[0]


def _plan(conn: sqlite3.Connection, where: str, params: list) -> str:
    return " ".join(r[3] for r in conn.execute(
        f"EXPLAIN QUERY PLAN SELECT a.id FROM annotations a WHERE {where}", params))


def test_the_index_holds_only_the_annotations_not_accepted(tmp_path):
    with make_project(tmp_path) as project:
        status = _statuses(project)
        assert "WHERE status <> 'accepted'" in _index_sql(project.conn)
        held = project.conn.execute(
            "SELECT count(*) FROM annotations INDEXED BY annotations_status "
            "WHERE status <> 'accepted'").fetchone()[0]
        assert held == sum(s != "accepted" for s in status.values()) == 3


@pytest.mark.parametrize("statuses", FILTERS)
def test_every_status_filter_lists_what_it_did(tmp_path, statuses):
    with make_project(tmp_path) as project:
        status = _statuses(project)
        wanted = {i for i, s in status.items() if statuses is None or s in statuses}
        listed = {a["id"] for a in project.repo.annotations(statuses=statuses)}
        assert listed == wanted
        # An iterator of statuses is read once for the filter and once for the index.
        again = {a["id"] for a in project.repo.iter_annotations(
            statuses=iter(statuses) if statuses is not None else None)}
        assert again == wanted
        listing = Listing(AnnotationFilter(statuses=statuses))
        assert ann_pages.count(project, listing) == len(wanted)
        for sort in (None, "status", "kind"):
            snap = ann_pages.snapshot(project, Listing(listing.flt, sort=sort))
            assert {r["id"] for r in ann_pages.page(project, snap, 0, 50)} == wanted


@pytest.mark.parametrize("statuses", [["suggested"], ["rejected"], ["suggested", "rejected"]])
def test_a_filter_leaving_accepted_out_reads_the_index(tmp_path, statuses):
    with make_project(tmp_path) as project:
        _statuses(project)
        where, params = Repo._annotation_where(None, None, statuses, None, None, False)
        assert "annotations_status" in _plan(project.conn, where, params)
        listing = Listing(AnnotationFilter(statuses=statuses))
        where, params = ann_pages._where(listing)
        assert "annotations_status" in _plan(project.conn, where, params)


def test_a_filter_with_accepted_states_nothing_more(tmp_path):
    where, _ = Repo._annotation_where(None, None, ["accepted", "rejected"], None, None, False)
    assert "<>" not in where
    where, _ = Repo._annotation_where(None, None, [], None, None, False)
    assert "<>" not in where


def _older(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    with monkeypatch.context() as old:
        old.setattr(schema, "MIGRATIONS",
                    tuple(m for m in schema.MIGRATIONS if m.version < PARTIAL))
        with Project.create(tmp_path / "old.wbproj", coder="tester") as project:
            _statuses(project)
            assert "WHERE" not in _index_sql(project.conn)
            return project.path


def test_an_older_project_gets_the_partial_index(tmp_path, monkeypatch):
    path = _older(tmp_path, monkeypatch)
    with Project.open(path) as project:
        assert "WHERE status <> 'accepted'" in _index_sql(project.conn)
        assert len(project.repo.annotations(statuses=["suggested"])) == 2


def test_a_crash_in_the_migration_keeps_the_full_index(tmp_path, monkeypatch):
    path = _older(tmp_path, monkeypatch)
    apply = next(m.apply for m in schema.MIGRATIONS if m.version == PARTIAL)

    def crash(conn: sqlite3.Connection) -> None:
        apply(conn)
        raise KeyboardInterrupt

    with monkeypatch.context() as patched:
        patched.setattr(schema, "MIGRATIONS", tuple(
            m if m.version != PARTIAL else schema.Migration(m.version, m.name, crash)
            for m in schema.MIGRATIONS))
        with pytest.raises(KeyboardInterrupt):
            Project.open(path)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == PARTIAL - 1
    assert "WHERE" not in _index_sql(conn)
    conn.close()
