"""Incidents under review: every write audited and undoable, stopped writes leave no
trace, figures edited, trashed or orphaned by a trashed report after being placed, bad
values refused, and two coders' incidents over one event merged."""

from __future__ import annotations

import shutil

import pytest

from tests.core.incidents.helpers import figure, report
from tests.core.interrupt import each_stop, stopped_at
from tests.core.merge.conftest import tables
from tests.helpers import make_project
from workbench.core import dbapi
from workbench.core.errors import StorageError, ValidationError
from workbench.core.incidents import model, ops
from workbench.core.incidents.tally import tally
from workbench.core.merge import merge_projects
from workbench.core.ops.actors import add_actor
from workbench.core.ops.annotations import trash_annotations, update_annotation
from workbench.core.ops.documents import restore_document, trash_document
from workbench.core.ops.history import redo, undo
from workbench.core.project import Project
from workbench.core.verify import verify

A = "Shelling killed 12 civilians and wounded 30 in Port Halden.\n"
B = "The toll rose: at least 15 civilians were killed in Port Halden.\n"


def _event(project: Project) -> dict:
    a = report(project, A, name="a.txt")
    b = report(project, B, name="b.txt", published="2026-03-05")
    ids = {"a": a, "b": b,
           "k1": figure(project, a, "killed 12 civilians", count_low=12, group="civilians"),
           "k2": figure(project, b, "at least 15 civilians were killed", count_low=15,
                        qualifier="at_least", group="civilians"),
           "w": figure(project, a, "wounded 30", "wounded", count_low=30)}
    ids["inc"] = ops.create_incident(project, "Port Halden market",
                                     members=[ids["k1"], ids["k2"], ids["w"]]).result
    ids["other"] = ops.create_incident(project, "Second look").result
    return ids


def _rows(project: Project) -> dict:
    """Every table but the logs, which an undo extends rather than rewinds."""
    return {k: v for k, v in tables(project).items() if k not in ("audit", "audit_ops")}


def test_every_incident_write_is_audited_and_undoable(project):
    ids = _event(project)
    actor = add_actor(project, "Crescent Brigade").result
    inc, other = ids["inc"], ids["other"]
    writes = [
        lambda: ops.update_incident(project, inc, place_name="Port Halden", latitude=1.5,
                                    actors=[{"actor_id": actor, "role": "perpetrator"}]),
        lambda: ops.remove_members(project, inc, [ids["w"]]),
        lambda: ops.add_members(project, inc, [ids["w"]]),
        lambda: ops.move_members(project, inc, other, [ids["w"]]),
        lambda: ops.set_best(project, inc, "killed", 13, "the hospital list"),
        lambda: ops.include_source(project, inc, ids["a"]),
        lambda: ops.merge_incidents(project, inc, other),
        lambda: ops.trash_incident(project, inc),
        lambda: ops.restore_incident(project, inc),
        lambda: ops.add_incident_type(project, "sniper_fire"),
    ]
    for write in writes:
        before, logged = _rows(project), len(project.repo.audit())
        changes = write()
        after = _rows(project)
        assert changes.changes and len(project.repo.audit()) == logged + len(changes.changes)
        undo(project)
        assert _rows(project) == before
        redo(project)
        assert _rows(project) == after
    assert verify(project).ok


def test_figures_edited_or_trashed_after_placing_move_the_tally(project):
    ids = _event(project)
    cell = tally(project, ids["inc"]).cell("killed", "civilians")
    assert (cell.low, cell.high, cell.conflict) == (12, 15, True)  # 12 exact vs at least 15
    update_annotation(project, ids["k2"], fields={"count_low": 8})
    cell = tally(project, ids["inc"]).cell("killed", "civilians")
    # best: the later report's figure (rule 8), within 8..12
    assert (cell.low, cell.best, cell.high, cell.conflict) == (8, 8, 12, False)
    trash_annotations(project, [ids["k1"]])
    cell = tally(project, ids["inc"]).cell("killed", "civilians")
    assert (cell.low, cell.best, cell.high) == (8, 8, 8)
    assert [s.doc_id for s in cell.sources] == [ids["b"]]
    undo(project)
    cell = tally(project, ids["inc"]).cell("killed", "civilians")
    assert (cell.low, cell.high) == (8, 12)


def test_a_trashed_report_leaves_listing_members_and_tally_alike(project):
    ids = _event(project)
    trash_document(project, ids["b"])
    t = tally(project, ids["inc"])
    assert t.source_count == 1 and t.cell("killed").high == 12
    # Before: the listing (and the incidents export's members column) still counted
    # the trashed report's figure, and member_ids still named it.
    (row,) = [r for r in model.list_incidents(project) if r["id"] == ids["inc"]]
    assert row["members"] == 2
    assert sorted(model.member_ids(project, ids["inc"])) == sorted([ids["k1"], ids["w"]])
    restore_document(project, ids["b"])
    assert len(model.member_ids(project, ids["inc"])) == 3
    assert tally(project, ids["inc"]).cell("killed").high == 15
    assert verify(project).ok


@pytest.mark.parametrize("value", [True, 10_000_001, 10**20, -1, 2.5])
def test_a_best_figure_that_is_no_count_is_refused(project, value):
    # Before: True and 10**20 were stored ("killed 12 (best True)").
    ids = _event(project)
    with pytest.raises(ValidationError, match="whole number from 0 to 10,000,000"):
        ops.set_best(project, ids["inc"], "killed", value, "a memo")
    assert model.get_incident(project, ids["inc"])["best"] == {}


def test_included_documents_and_actor_records_must_exist(project):
    ids = _event(project)
    before = _rows(project)
    # Before: "x" raised a bare ValueError, and document 999 and actor "nope" were stored.
    for bad in (["x"], [999], [True]):
        with pytest.raises(ValidationError, match="document"):
            ops.update_incident(project, ids["inc"], included_docs=bad)
    with pytest.raises(ValidationError, match="no document 999"):
        ops.include_source(project, ids["inc"], 999)
    with pytest.raises(ValidationError, match="no actor with id 'nope'"):
        ops.update_incident(project, ids["inc"], actors=[{"actor_id": "nope",
                                                          "role": "perpetrator"}])
    assert _rows(project) == before
    ops.include_source(project, ids["inc"], str(ids["b"]))  # a number as text is fine
    assert model.get_incident(project, ids["inc"])["included_docs"] == [ids["b"]]


def test_an_incident_merge_stopped_anywhere_is_whole_or_absent(tmp_path):
    with make_project(tmp_path, "base.wbproj") as p:
        ids = _event(p)
        ops.move_members(p, ids["inc"], ids["other"], [ids["w"]])
    shutil.copy(tmp_path / "base.wbproj", tmp_path / "whole.wbproj")
    with Project.open(tmp_path / "whole.wbproj", coder="tester") as p:
        before = _rows(p)
        with stopped_at(p.conn, None) as count:
            ops.merge_incidents(p, ids["inc"], ids["other"])
        after = {n: len(r) for n, r in _rows(p).items()}

    def attempt(step: int) -> bool:
        path = tmp_path / f"s{step}.wbproj"
        shutil.copy(tmp_path / "base.wbproj", path)
        stopped = False
        with Project.open(path, coder="tester") as p:
            with stopped_at(p.conn, step):
                try:
                    ops.merge_incidents(p, ids["inc"], ids["other"])
                except (*dbapi.DatabaseError, StorageError) as err:
                    assert "interrupted" in str(err)
                    stopped = True
            if stopped:
                assert _rows(p) == before
                assert len(model.member_ids(p, ids["inc"])) == 2
            else:
                assert {n: len(r) for n, r in _rows(p).items()} == after
                assert len(model.member_ids(p, ids["inc"])) == 3
        with Project.open(path, coder="tester") as p:
            assert verify(p).ok
        return stopped

    assert each_stop(count.calls, 10, attempt) >= 8


def test_two_coders_incidents_over_one_event_merge_without_a_figure_in_two(tmp_path):
    """From a shared copy, amal and ben each took the same figure out of the shared
    incident: amal into her second look, ben into an incident of his own with a figure
    of his. The figure stays in amal's incident and the merge names the conflict; ben's
    incident arrives with his figure; merging again changes nothing."""
    with make_project(tmp_path, "amal.wbproj") as p:
        ids = _event(p)
    shutil.copy(tmp_path / "amal.wbproj", tmp_path / "ben.wbproj")
    with Project.open(tmp_path / "ben.wbproj", coder="ben") as p:
        k3 = figure(p, ids["b"], "Port Halden", count_low=15, group="civilians")
        mine = ops.create_incident(p, "Market shelling (ben)", members=[k3]).result
        ops.move_members(p, ids["inc"], mine, [ids["k1"]])
    with Project.open(tmp_path / "amal.wbproj", coder="amal") as target:
        ops.move_members(target, ids["inc"], ids["other"], [ids["k1"]])
        report_ = merge_projects(target, [tmp_path / "ben.wbproj"]).result
        holders = [i["id"] for i in model.list_incidents(target)
                   if ids["k1"] in model.member_ids(target, i["id"])]
        assert holders == [ids["other"]]  # one figure, one incident: the target's choice
        assert model.incident_of(target, k3) == mine
        assert [c.entity for c in report_.conflicts] == ["incident_member"]
        assert ids["k1"] in report_.conflicts[0].what
        assert tally(target, mine).cell("killed", "civilians").low == 15
        assert tally(target, ids["other"]).cell("killed", "civilians").low == 12
        assert verify(target).ok
        before = tables(target)
        merge_projects(target, [tmp_path / "ben.wbproj"])
        assert tables(target) == before


def test_a_best_set_by_hand_that_the_figures_no_longer_hold_is_said(project):
    """The researcher set killed/civilians best 14 when the sources gave 12–15; then the
    15 was trashed. Before: the tally showed "killed 12 (best 14)" with nothing said."""
    ids = _event(project)
    ops.set_best(project, ids["inc"], "killed", 14, "hospital list", category="civilians")
    cell = tally(project, ids["inc"]).cell("killed", "civilians")
    assert (cell.best, cell.best_outside) == (14, False)
    trash_annotations(project, [ids["k2"]])
    t = tally(project, ids["inc"])
    cell = t.cell("killed", "civilians")
    assert (cell.low, cell.best, cell.high, cell.best_outside) == (12, 14, 12, True)
    assert cell.best_rule.endswith("(outside the range the sources now give, 12–12)")
    assert "best set by hand, outside the sources' range" not in t.describe()  # all cell
    ops.set_best(project, ids["inc"], "killed", 14, "hospital list")
    assert "best set by hand, outside the sources' range" in tally(project,
                                                                   ids["inc"]).describe()


def test_a_trashed_figure_or_a_figure_of_a_trashed_report_cannot_join(project):
    """Before: both were added, and no listing, member list or tally showed them."""
    ids = _event(project)
    ops.remove_members(project, ids["inc"], [ids["k1"], ids["k2"]])
    trash_annotations(project, [ids["k1"]])
    trash_document(project, ids["b"])
    before = _rows(project)
    for ann in (ids["k1"], ids["k2"]):
        with pytest.raises(ValidationError, match="is in the trash"):
            ops.add_members(project, ids["inc"], [ann])
        with pytest.raises(ValidationError, match="is in the trash"):
            ops.create_incident(project, "Another", members=[ann])
    assert _rows(project) == before
    restore_document(project, ids["b"])
    ops.add_members(project, ids["inc"], [ids["k2"]])
    assert ids["k2"] in model.member_ids(project, ids["inc"])
