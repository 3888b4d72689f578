"""Cleaning up actor records: merging two, trashing and restoring one."""

import pytest

from tests.helpers import add_doc
from workbench.core import actor_refs
from workbench.core.errors import NotFoundError, ValidationError
from workbench.core.incidents import ops as inc_ops
from workbench.core.ops import actors as ops
from workbench.core.ops import annotations as ann_ops
from workbench.core.ops import history

TEXT = ("Fighters of the Free Army Brigade entered Qarawa on Monday. A FAB commander said "
        "the town was taken. Residents said لواء الجيش الحر had set up checkpoints.\n")


def _setup(project):
    fab = ops.add_actor(project, "FAB", actor_type="armed_group").result
    brigade = ops.add_actor(project, "Free Army Brigade", ["the Free Brigade"]).result
    doc = add_doc(project, TEXT)
    ann = ann_ops.annotate_quote(project, doc, "actor", "FAB").result
    inc = inc_ops.create_incident(project, "Qarawa taken", actors=[
        {"actor_id": fab, "name": "FAB", "role": "perpetrator"},
        {"actor_id": brigade, "role": "perpetrator"}]).result
    return fab, brigade, doc, ann, inc


def _fields(project, ann):
    return project.repo.get("annotation", ann)["fields"]


def test_merge_moves_names_and_references_and_trashes_the_merged_record(project):
    fab, brigade, _doc, ann, inc = _setup(project)
    assert _fields(project, ann) == {"actor_id": fab, "name": "FAB"}
    cs = ops.merge_actors(project, fab, brigade)
    kept = ops.get_actor(project, brigade)
    assert kept["name"] == "Free Army Brigade"
    assert kept["aliases"] == ["the Free Brigade", "FAB"]
    assert kept["actor_type"] == "armed_group"  # it had none
    assert _fields(project, ann) == {"actor_id": brigade, "name": "Free Army Brigade"}
    # Both entries of the incident now name one record in one role: one is kept.
    assert project.repo.get("incident", inc)["actors"] == [
        {"actor_id": brigade, "name": "Free Army Brigade", "role": "perpetrator"}]
    with pytest.raises(NotFoundError):
        ops.get_actor(project, fab)
    gone = project.repo.get("actor", fab)
    assert gone["deleted_at"] and actor_refs.merged_into(gone) == brigade
    assert cs.result == 2
    assert {c.entity for c in cs.changes} == {"actor", "annotation", "incident"}
    assert ops.match_actor(project, "FAB")["id"] == brigade
    # Every change went through the audit log, in the merge's one transaction.
    ops_logged = {r[0] for r in project.conn.execute(
        "SELECT op FROM audit_entries WHERE txn = ?", (cs.txn,))}
    assert ops_logged == {"actor:merge:update", "actor:merge:trash"}


def test_merge_is_one_undo_step(project):
    fab, brigade, _doc, ann, inc = _setup(project)
    before = {(e, i): project.repo.get(e, i) for e, i in
              (("actor", fab), ("actor", brigade), ("annotation", ann), ("incident", inc))}
    ops.merge_actors(project, fab, brigade)
    history.undo(project)
    for (entity, key), row in before.items():
        assert project.repo.get(entity, key) == row
    history.redo(project)
    assert _fields(project, ann)["actor_id"] == brigade


def test_a_merge_chain_ends_at_the_last_record(project):
    a = ops.add_actor(project, "Harun Front").result
    b = ops.add_actor(project, "Harun Liberation Front").result
    c = ops.add_actor(project, "جبهة تحرير هارون", ["HLF"]).result
    doc = add_doc(project, "The Harun Front said it fired. جبهة هارون قالت ذلك.\n")
    ann = ann_ops.annotate_quote(project, doc, "actor", "Harun Front").result
    assert _fields(project, ann)["actor_id"] == a
    ops.merge_actors(project, a, b)
    ops.merge_actors(project, b, c)
    last = ops.get_actor(project, c)
    assert last["name"] == "جبهة تحرير هارون"
    assert last["aliases"] == ["HLF", "Harun Liberation Front", "Harun Front"]
    assert _fields(project, ann) == {"actor_id": c, "name": "جبهة تحرير هارون"}
    assert actor_refs.merged_into(project.repo.get("actor", a)) == b
    assert actor_refs.merged_into(project.repo.get("actor", b)) == c
    assert [r["id"] for r in project.repo.actors()] == [c]


def test_arabic_records_merge(project):
    short = ops.add_actor(project, "الجيش الحر").result
    long_ = ops.add_actor(project, "لواء الجيش الحر").result
    doc = add_doc(project, TEXT)
    ann = ann_ops.annotate_quote(project, doc, "actor", "لواء الجيش الحر").result
    assert _fields(project, ann)["actor_id"] == long_
    ops.merge_actors(project, long_, short)
    assert ops.get_actor(project, short)["aliases"] == ["لواء الجيش الحر"]
    assert _fields(project, ann) == {"actor_id": short, "name": "الجيش الحر"}


def test_merge_refusals(project):
    fab, brigade, *_ = _setup(project)
    with pytest.raises(ValidationError, match="cannot be merged into itself"):
        ops.merge_actors(project, fab, fab)
    with pytest.raises(NotFoundError):
        ops.merge_actors(project, fab, "nope")
    ops.trash_actor(project, brigade)
    with pytest.raises(NotFoundError):
        ops.merge_actors(project, fab, brigade)  # not into a record in the trash
    assert project.repo.get("actor", fab)["deleted_at"] is None


def test_trashed_annotations_are_moved_too(project):
    fab, brigade, _doc, ann, _inc = _setup(project)
    ann_ops.trash_annotations(project, [ann])
    ops.merge_actors(project, fab, brigade)
    ann_ops.restore_annotations(project, [ann])
    assert _fields(project, ann)["actor_id"] == brigade


def test_trash_counts_references_and_restore_brings_the_record_back(project):
    fab, _brigade, _doc, ann, _inc = _setup(project)
    cs = ops.trash_actor(project, fab)
    assert cs.result == (1, 1)
    assert actor_refs.describe(cs.result).startswith("1 annotation and 1 incident name it")
    assert _fields(project, ann)["actor_id"] == fab  # kept for the restore
    assert project.repo.actors()[0]["name"] == "Free Army Brigade"
    ops.restore_actor(project, fab)
    assert ops.get_actor(project, fab)["name"] == "FAB"
    with pytest.raises(ValidationError, match="not in the trash"):
        ops.restore_actor(project, fab)
    history.undo(project)  # the restore
    history.undo(project)  # the trashing
    assert ops.get_actor(project, fab)["name"] == "FAB"
    assert actor_refs.describe((0, 0)) == ""
    assert actor_refs.describe((3, 0)).startswith("3 annotations name it")


def test_restoring_a_merged_record_takes_the_merge_back(project):
    fab, brigade, _doc, ann, inc = _setup(project)
    before = {e: project.repo.get(e, i) for e, i in
              (("actor", fab), ("actor", brigade), ("annotation", ann), ("incident", inc))}
    ops.merge_actors(project, fab, brigade)
    ops.update_actor(project, brigade, add_aliases=["FAB-North"])  # an edit since
    cs = ops.restore_actor(project, fab)
    assert cs.result == (2, 0)
    assert project.repo.get("annotation", ann)["fields"] == before["annotation"]["fields"]
    assert project.repo.get("incident", inc)["actors"] == before["incident"]["actors"]
    back = ops.get_actor(project, fab)
    assert (back["memo"], back["aliases"], back["deleted_at"]) == ("", [], None)
    kept = ops.get_actor(project, brigade)
    assert kept["aliases"] == ["the Free Brigade", "FAB-North"]  # the edit since stays
    assert (kept["memo"], kept["actor_type"]) == ("", None)
    assert ops.match_actor(project, "FAB")["id"] == fab
    history.undo(project)  # the restore is one step too
    assert project.repo.get("annotation", ann)["fields"]["actor_id"] == brigade
    assert actor_refs.merged_into(project.repo.get("actor", fab)) == brigade


def test_a_reference_moved_since_the_merge_stays_where_it_was_put(project):
    fab, brigade, _doc, ann, inc = _setup(project)
    other = ops.add_actor(project, "لواء الجيش الحر").result
    ops.merge_actors(project, fab, brigade)
    ann_ops.update_annotation(project, ann, fields={"actor_id": other})
    inc_ops.update_incident(project, inc, actors=[{"actor_id": other, "role": "target"}])
    assert ops.restore_actor(project, fab).result == (0, 2)
    assert _fields(project, ann)["actor_id"] == other
    assert project.repo.get("incident", inc)["actors"] == [{"actor_id": other,
                                                            "role": "target"}]
    assert ops.get_actor(project, fab)["deleted_at"] is None


def test_a_chain_comes_apart_from_its_last_link(project):
    a = ops.add_actor(project, "Harun Front").result
    b = ops.add_actor(project, "Harun Liberation Front").result
    c = ops.add_actor(project, "جبهة تحرير هارون").result
    doc = add_doc(project, "The Harun Front said it fired.\n")
    ann = ann_ops.annotate_quote(project, doc, "actor", "Harun Front").result
    ops.merge_actors(project, a, b)
    ops.merge_actors(project, b, c)
    with pytest.raises(ValidationError, match="in the trash itself: restore Harun "
                                               "Liberation Front first, then Harun Front"):
        ops.restore_actor(project, a)
    ops.restore_actor(project, b)
    assert _fields(project, ann)["actor_id"] == b
    assert ops.get_actor(project, c)["aliases"] == []
    assert ops.get_actor(project, b)["aliases"] == ["Harun Front"]
    ops.restore_actor(project, a)
    assert _fields(project, ann) == {"actor_id": a, "name": "Harun Front"}
    assert ops.get_actor(project, b)["aliases"] == []
    with pytest.raises(ValidationError, match="not in the trash"):
        ops.restore_actor(project, a)


def test_restore_refusals(project):
    with pytest.raises(NotFoundError):
        ops.restore_actor(project, "nope")


def test_the_merge_sentence_agrees_with_its_count():
    """It said "0 annotations or incidents now name X" when nothing named the record, and
    "1 annotation or incident now name X" for one."""
    from workbench.core.actor_unmerge import merged_sentence

    assert merged_sentence("FAB", "Free Army Brigade", 0) == (
        "Merged FAB into Free Army Brigade; nothing named FAB.")
    assert merged_sentence("FAB", "Free Army Brigade", 1) == (
        "Merged FAB into Free Army Brigade: 1 annotation or incident names Free Army "
        "Brigade now.")
    assert merged_sentence("FAB", "Free Army Brigade", 3) == (
        "Merged FAB into Free Army Brigade: 3 annotations or incidents name Free Army "
        "Brigade now.")
