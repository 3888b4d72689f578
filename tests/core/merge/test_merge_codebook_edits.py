"""A field's label, a new choice, a renamed choice and a retired field or kind made by a
teammate reach the target through a merge; a choice renamed differently on both sides
is a conflict the report names."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.helpers import add_doc
from workbench.core.merge import merge_projects
from workbench.core.ops import codebook as cb_ops
from workbench.core.ops.annotations import annotate_quote
from workbench.core.project import Project
from workbench.core.verify import verify

NOTE = ("Ministry rejects report on Velm strike\n\nVELM, June 4 - The ministry denied on "
        "Tuesday that its aircraft struck the Velm depot, calling a rights group's report "
        "false. The group stood by its account.\n")


def _lead_and_copy(tmp_path: Path) -> tuple[Path, Path, str]:
    lead, ben = tmp_path / "lead.wbproj", tmp_path / "ben.wbproj"
    with Project.create(lead, coder="lead") as p:
        doc = add_doc(p, NOTE, "velm.txt")
        ann = annotate_quote(p, doc, "claim", "The ministry denied",
                             {"status": "contested"}).result
    shutil.copy(lead, ben)
    return lead, ben, ann


def _status(p: Project):
    return p.codebook.kind("claim").field("status")


def test_labels_new_choices_and_retirements_travel_to_a_coder_who_changed_nothing(tmp_path):
    lead, ben, _ann = _lead_and_copy(tmp_path)
    with Project.open(lead, coder="lead") as p:
        cb_ops.edit_field(p, "claim", "status", label="Verification", help="As of today")
        cb_ops.add_choice(p, "claim", "status", "disputed")
        cb_ops.retire_field(p, "claim", "proposition")
        cb_ops.retire_kind(p, "location")
        cb_ops.set_kind_label(p, "event", "حادثة")
    with Project.open(ben, coder="ben") as p:
        report = merge_projects(p, [lead]).result
        status = _status(p)
        assert (status.label, status.help) == ("Verification", "As of today")
        assert status.choices[-1] == "disputed"
        assert p.codebook.kind("claim").field("proposition").retired
        assert p.codebook.kind("location").retired
        assert p.codebook.kind("event").label == "حادثة"
        assert not report.conflicts
        assert verify(p).ok
    with Project.open(lead, coder="lead") as p:  # and back: nothing to change
        report = merge_projects(p, [ben]).result
        assert not report.conflicts and report.counts["codebook"].updated == 0


def test_a_coders_own_field_label_is_not_undone_by_a_lead_who_changed_nothing(tmp_path):
    lead, ben, _ann = _lead_and_copy(tmp_path)
    with Project.open(ben, coder="ben") as p:
        cb_ops.edit_field(p, "claim", "status", label="Ben's status")
        cb_ops.retire_field(p, "claim", "proposition")
        report = merge_projects(p, [lead]).result
        assert _status(p).label == "Ben's status"
        assert p.codebook.kind("claim").field("proposition").retired
        assert not report.conflicts


def test_a_renamed_choice_travels_with_the_annotations_holding_it(tmp_path):
    lead, ben, ann = _lead_and_copy(tmp_path)
    with Project.open(ben, coder="ben") as p:  # ben codes another claim meanwhile
        doc = p.repo.documents()[0]["id"]
        own = annotate_quote(p, doc, "claim", "The group stood by its account",
                             {"status": "contested"}).result
    with Project.open(lead, coder="lead") as p:
        cb_ops.rename_choice(p, "claim", "status", "contested", "disputed")
    with Project.open(ben, coder="ben") as p:
        report = merge_projects(p, [lead]).result
        assert "contested" not in _status(p).choices
        assert _status(p).choices[2] == "disputed"
        for ann_id in (ann, own):
            assert p.repo.get("annotation", ann_id)["fields"]["status"] == "disputed"
        assert not report.conflicts
        assert verify(p).ok


def test_a_choice_renamed_differently_on_both_sides_is_a_conflict(tmp_path):
    lead, ben, ann = _lead_and_copy(tmp_path)
    with Project.open(lead, coder="lead") as p:
        cb_ops.rename_choice(p, "claim", "status", "contested", "disputed")
    with Project.open(ben, coder="ben") as p:
        cb_ops.rename_choice(p, "claim", "status", "contested", "doubted")
        report = merge_projects(p, [lead]).result
        assert _status(p).choices[2] == "doubted"  # the target's stays
        assert "disputed" not in _status(p).choices
        said = [c.sentence() for c in report.conflicts if c.entity == "codebook"]
        assert said == ["codebook claim.status (lead.wbproj): the choice 'contested' was "
                        "renamed 'disputed' there and 'doubted' here; kept ben.wbproj's; "
                        "lead.wbproj's version is in the audit log"]
        # The annotation both rewrote is a conflict too: ben's stays, and the lead's
        # copy keeps its wording (no choice here) in its memo, as the notes say.
        assert p.repo.get("annotation", ann)["fields"]["status"] == "doubted"
        copy = next(c.copy_id for c in report.conflicts if c.entity == "annotation")
        assert "disputed" in p.repo.get("annotation", copy)["memo"]
        assert any('status: "disputed"' in n and "kept in its memo" in n
                   for n in report.notes)


def test_a_choice_removed_by_the_lead_stays_where_the_coder_used_it(tmp_path):
    lead, ben, _ann = _lead_and_copy(tmp_path)
    with Project.open(lead, coder="lead") as p:
        cb_ops.remove_choice(p, "claim", "status", "retracted")
        cb_ops.remove_choice(p, "claim", "status", "refuted")
    with Project.open(ben, coder="ben") as p:
        doc = p.repo.documents()[0]["id"]
        annotate_quote(p, doc, "claim", "calling a rights group's report false",
                       {"status": "refuted"})
        merge_projects(p, [lead])
        choices = _status(p).choices
        assert "retracted" not in choices and "refuted" in choices


def test_a_kind_restored_by_the_lead_is_restored_in_the_copy_too(tmp_path):
    # Restored, the kind's stored dict has no "retired" key at all: taking the source's
    # settings over the target's kept the target's "retired": true.
    lead, ben, _ann = _lead_and_copy(tmp_path)
    with Project.open(lead, coder="lead") as p:
        cb_ops.retire_kind(p, "location")
    with Project.open(ben, coder="ben") as p:
        merge_projects(p, [lead])
        assert p.codebook.kind("location").retired
    with Project.open(lead, coder="lead") as p:
        cb_ops.retire_kind(p, "location", retired=False)
    with Project.open(ben, coder="ben") as p:
        report = merge_projects(p, [lead]).result
        assert not p.codebook.kind("location").retired and not report.conflicts


def test_a_renamed_actor_type_travels_with_the_records_of_that_type(tmp_path):
    from workbench.core.ops import actors as actor_ops

    lead, ben, _ann = _lead_and_copy(tmp_path)
    with Project.open(lead, coder="lead") as p:
        shared = actor_ops.add_actor(p, "Velm Garrison", [], "state_force").result
    shutil.copy(lead, ben)
    with Project.open(ben, coder="ben") as p:  # ben records another force meanwhile
        own = actor_ops.add_actor(p, "Depot Guard", ["حرس المستودع"], "state_force").result
    with Project.open(lead, coder="lead") as p:
        cb_ops.rename_choice(p, "actor", "actor_type", "state_force", "قوة حكومية")
    with Project.open(ben, coder="ben") as p:
        report = merge_projects(p, [lead]).result
        assert "state_force" not in actor_ops.actor_types(p)
        for record in (shared, own):
            assert p.repo.get("actor", record)["actor_type"] == "قوة حكومية"
        assert not report.conflicts
        assert verify(p).ok
