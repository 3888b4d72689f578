"""A team merge where one side merged two actor records: the merged-away record stays in
the trash and every name of it, from either side, ends at the record it went into."""

from __future__ import annotations

import shutil

import pytest

from tests.helpers import add_doc
from workbench.core import actor_refs
from workbench.core.merge import merge_projects
from workbench.core.ops import actors as ops
from workbench.core.ops import annotations as ann_ops
from workbench.core.ops import history
from workbench.core.project import Project

TEXT = ("Fighters of the Free Army Brigade entered Qarawa on Monday. A FAB commander said "
        "the town was taken, and the Free Brigade's radio repeated it.\n")


def _two_copies(tmp_path):
    """amal's and ben's copies of one project with the actors FAB and Free Army Brigade
    and an annotation coding FAB: (amal, ben, fab, brigade, doc, ann)."""
    base = tmp_path / "base.wbproj"
    with Project.create(base, coder="lead") as p:
        fab = ops.add_actor(p, "FAB").result
        brigade = ops.add_actor(p, "Free Army Brigade").result
        doc = add_doc(p, TEXT)
        ann = ann_ops.annotate_quote(p, doc, "actor", "FAB").result
    amal, ben = tmp_path / "amal.wbproj", tmp_path / "ben.wbproj"
    shutil.copy(base, amal)
    shutil.copy(base, ben)
    return amal, ben, fab, brigade, doc, ann


@pytest.fixture
def pair(tmp_path):
    """base -> amal's copy (who merges FAB into Free Army Brigade) and ben's copy."""
    amal, ben, fab, brigade, doc, ann = _two_copies(tmp_path)
    with Project.open(amal, coder="amal") as p:
        ops.merge_actors(p, fab, brigade)
    with Project.open(ben, coder="ben") as p:
        # ben, meanwhile, gave FAB a spelling and coded a new mention of it.
        ops.update_actor(p, fab, add_aliases=["F.A.B."])
        at = TEXT.index("Free Brigade")
        new = ann_ops.create_annotation(p, doc, "actor", at, at + len("Free Brigade"),
                                        {"actor_id": fab, "name": "FAB"}).result
    return {"amal": amal, "ben": ben, "fab": fab, "brigade": brigade, "ann": ann, "new": new}


def _check(project, ids):
    fab = project.repo.get("actor", ids["fab"])
    assert fab["deleted_at"] and actor_refs.merged_into(fab) == ids["brigade"]
    assert [a["id"] for a in project.repo.actors()] == [ids["brigade"]]
    kept = project.repo.get("actor", ids["brigade"])
    assert set(kept["aliases"]) == {"FAB", "F.A.B."}
    for ann in (ids["ann"], ids["new"]):
        assert project.repo.get("annotation", ann)["fields"]["actor_id"] == ids["brigade"]
    assert actor_refs.references(project, [ids["fab"]]).annotations == []


@pytest.mark.parametrize("into", ["ben", "amal"])
def test_the_merged_record_is_not_resurrected_and_no_name_is_lost(pair, into):
    other = "amal" if into == "ben" else "ben"
    with Project.open(pair[into], coder=into) as project:
        cs = merge_projects(project, [pair[other]])
        _check(project, pair)
        assert any("merged into another" in n for n in cs.result.notes)
        history.undo(project)  # the whole team merge is one step
        if into == "ben":
            assert project.repo.get("actor", pair["fab"])["deleted_at"] is None


def test_merging_again_changes_nothing(pair):
    with Project.open(pair["ben"], coder="ben") as project:
        merge_projects(project, [pair["amal"]])
        again = merge_projects(project, [pair["amal"]])
        _check(project, pair)
        assert not again.touches("actor") and not again.touches("annotation")


def test_a_merge_made_in_another_project_is_not_taken_back_here(pair):
    from workbench.core.errors import ValidationError

    with Project.open(pair["ben"], coder="ben") as project:
        merge_projects(project, [pair["amal"]])
        with pytest.raises(ValidationError, match="merged into Free Army Brigade in another "
                                                  "project"):
            ops.restore_actor(project, pair["fab"])
    with Project.open(pair["amal"], coder="amal") as project:
        merge_projects(project, [pair["ben"]])
        # amal made the merge: restoring takes it back for what it moved itself (the
        # annotation ben coded later was moved by the team merge and stays).
        assert ops.restore_actor(project, pair["fab"]).result == (1, 0)
        assert project.repo.get("annotation", pair["ann"])["fields"]["actor_id"] == pair["fab"]
        assert project.repo.get("annotation", pair["new"])["fields"]["actor_id"] == \
            pair["brigade"]


@pytest.fixture
def crossed(tmp_path):
    """amal merges FAB into Free Army Brigade; ben, on his copy, the Brigade into FAB."""
    amal, ben, fab, brigade, _doc, ann = _two_copies(tmp_path)
    with Project.open(amal, coder="amal") as p:
        ops.merge_actors(p, fab, brigade)
    with Project.open(ben, coder="ben") as p:
        ops.merge_actors(p, brigade, fab)
    return {"amal": amal, "ben": ben, "fab": fab, "brigade": brigade, "ann": ann}


@pytest.mark.parametrize("into", ["amal", "ben"])
def test_records_merged_into_each_other_leave_one_live_record(crossed, into):
    # Each merged-away version won its conflict, so both records ended in the trash,
    # each "merged into" the other: the group had no live record, its mentions matched
    # nothing and the annotation named a trashed record.
    other = "amal" if into == "ben" else "ben"
    with Project.open(crossed[into], coder=into) as project:
        cs = merge_projects(project, [crossed[other]])
        live = project.repo.actors()
        assert [a["id"] for a in live] == [crossed["fab"]]  # the older record, either way
        assert set(live[0]["aliases"]) == {"Free Army Brigade"}
        assert actor_refs.merged_into(live[0]) is None
        gone = project.repo.get("actor", crossed["brigade"])
        assert gone["deleted_at"] and actor_refs.merged_into(gone) == crossed["fab"]
        assert project.repo.get("annotation", crossed["ann"])["fields"]["actor_id"] == \
            crossed["fab"]
        assert any("each merged into the other" in n for n in cs.result.notes)
        again = merge_projects(project, [crossed[other]])
        assert not again.touches("actor") and not again.touches("annotation")
