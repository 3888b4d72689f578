"""A kind's label, key and roles changed in one project reach the other through a merge;
changed in both, the target keeps its own and the report says so."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.helpers import add_doc
from workbench.core.merge import merge_projects
from workbench.core.ops import history
from workbench.core.ops.annotations import annotate_quote, update_annotation
from workbench.core.ops.codebook import add_field, add_kind, set_key, set_roles
from workbench.core.project import Project
from workbench.core.verify import verify

RALLY = ("Crowd gathers at Ostrel square\n\nOSTREL, May 2 - Some 400 people marched to the "
         "governor's office on Friday, organisers said.\n")


def _lead_and_copy(tmp_path: Path) -> tuple[Path, Path]:
    lead, ben = tmp_path / "lead.wbproj", tmp_path / "ben.wbproj"
    with Project.create(lead, coder="lead") as p:
        add_kind(p, "protest", "Protest", "P")
        add_field(p, "protest", "crowd", "int")
        doc = add_doc(p, RALLY, "rally.txt")
        annotate_quote(p, doc, "protest", "Some 400 people marched", {"crowd": 400})
    shutil.copy(lead, ben)
    return lead, ben


def test_roles_and_a_key_set_by_the_lead_reach_a_coder_who_merges_them_in(tmp_path):
    # Before: the coder's kind stayed as it was, counted "unchanged", with no conflict.
    lead, ben = _lead_and_copy(tmp_path)
    with Project.open(lead, coder="lead") as p:
        set_roles(p, "protest", count_low="crowd", symbol="s")
        set_key(p, "protest", "R")
    with Project.open(ben, coder="ben") as p:
        report = merge_projects(p, [lead]).result
        kind = p.codebook.kind("protest")
        assert (kind.key, kind.roles.count_low, kind.roles.symbol) == ("R", "crowd", "s")
        assert report.counts["codebook"].updated == 1 and not report.conflicts
        assert verify(p).ok
    with Project.open(lead, coder="lead") as p:  # and back: nothing to change
        report = merge_projects(p, [ben]).result
        assert p.codebook.kind("protest").key == "R" and not report.conflicts


def test_a_coder_who_changed_nothing_does_not_undo_nor_contest_the_leads_roles(tmp_path):
    lead, ben = _lead_and_copy(tmp_path)
    with Project.open(lead, coder="lead") as p:
        set_roles(p, "protest", count_low="crowd")
        report = merge_projects(p, [ben]).result
        assert p.codebook.kind("protest").roles.count_low == "crowd"
        assert not report.conflicts and report.counts["codebook"].updated == 0


def test_roles_changed_on_both_sides_stay_the_targets_and_are_a_conflict(tmp_path):
    lead, ben = _lead_and_copy(tmp_path)
    with Project.open(lead, coder="lead") as p:
        set_roles(p, "protest", count_low="crowd")
    with Project.open(ben, coder="ben") as p:
        set_roles(p, "protest", symbol="d")
        report = merge_projects(p, [lead]).result
        kind = p.codebook.kind("protest")
        assert (kind.roles.count_low, kind.roles.symbol) == (None, "d")
        assert [c.id for c in report.conflicts] == ["protest"]


def test_a_key_taken_here_is_not_taken_over(tmp_path):
    lead, ben = _lead_and_copy(tmp_path)
    with Project.open(lead, coder="lead") as p:
        set_key(p, "protest", "R")
        set_roles(p, "protest", symbol="s")
    with Project.open(ben, coder="ben") as p:
        add_kind(p, "raid", "Raid", "R")
        report = merge_projects(p, [lead]).result
        kind = p.codebook.kind("protest")
        assert (kind.key, kind.roles.symbol) == ("P", "s")
        assert any("protest" in n and "keeps P" in n for n in report.notes)


def test_a_built_in_kinds_roles_travel_too(tmp_path):
    lead, ben = _lead_and_copy(tmp_path)
    with Project.open(lead, coder="lead") as p:
        set_roles(p, "casualty", symbol="s")
    with Project.open(ben, coder="ben") as p:
        report = merge_projects(p, [lead]).result
        assert p.codebook.kind("casualty").roles.symbol == "s" and not report.conflicts


def test_a_merge_that_brought_a_kind_a_field_and_their_annotations_is_undone(tmp_path):
    """Undo read the merge's own annotations as another window's use of the kind it
    brought, and refused: "the codebook checkpoint was changed or used since by another
    window", the whole merge left in place and off the undo history."""
    lead, ben = _lead_and_copy(tmp_path)
    with Project.open(ben, coder="ben") as p:
        add_kind(p, "checkpoint", "Checkpoint", "Q")
        add_field(p, "protest", "banner", "text")
        doc = p.repo.documents()[0]["id"]
        annotate_quote(p, doc, "checkpoint", "governor's office")
        (rally,) = [a["id"] for a in p.repo.annotations() if a["kind"] == "protest"]
        update_annotation(p, rally, fields={"banner": "Bread and water"})
    with Project.open(lead, coder="lead") as p:
        before = ({a["id"]: a["fields"] for a in p.repo.annotations()},
                  [k.to_dict() for k in p.codebook.kinds()])
        merge_projects(p, [ben])
        assert "checkpoint" in p.codebook
        history.undo(p)
        assert ({a["id"]: a["fields"] for a in p.repo.annotations()},
                [k.to_dict() for k in p.codebook.kinds()]) == before
        history.redo(p)
        assert "checkpoint" in p.codebook and len(p.repo.annotations()) == 2
        assert verify(p).ok
