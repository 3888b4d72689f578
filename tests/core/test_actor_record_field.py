"""An annotation's actor-record field names a live record, or the core refuses it; a
new record made from an annotation is one undo step."""

from __future__ import annotations

import pytest

from tests.helpers import add_doc
from workbench.core.errors import ValidationError
from workbench.core.ops import actors as ops
from workbench.core.ops import annotations as ann_ops
from workbench.core.ops import history
from workbench.core.ops.bulk import NewAnnotation, create_annotations

TEXT = ("Gunmen of the Qasr Hills Front stormed a checkpoint near Marsa Dunes on Sunday, "
        "and a spokesman for جبهة تلال القصر said the Front had lost two fighters.\n")


def _quote(text: str, words: str) -> tuple[int, int]:
    at = text.index(words)
    return at, at + len(words)


def _count(project) -> tuple[int, int]:
    return (len(project.repo.actors()) + len(project.repo.actors(trashed=True)),
            len(project.repo.annotations()))


def test_an_id_that_names_no_record_is_refused_in_one_sentence(project):
    doc = add_doc(project, TEXT)
    before, steps = _count(project), len(project.undo_stack)
    with pytest.raises(ValidationError) as err:
        ann_ops.create_annotation(project, doc, "actor", *_quote(TEXT, "Qasr Hills Front"),
                                  {"actor_id": "act_8f3k"})
    assert str(err.value) == ("No actor record has the id act_8f3k: choose a record by its "
                              "name, or add one first.")
    with pytest.raises(ValidationError, match="No actor record"):
        create_annotations(project, [NewAnnotation(doc, "actor", 0, 6, {"actor_id": "x1"})])
    assert _count(project) == before
    assert len(project.undo_stack) == steps


def test_a_trashed_record_is_refused_for_a_new_choice(project):
    doc = add_doc(project, TEXT)
    front = ops.add_actor(project, "Qasr Hills Front").result
    ops.trash_actor(project, front)
    with pytest.raises(ValidationError, match="Qasr Hills Front is in the trash"):
        ann_ops.create_annotation(project, doc, "actor", 0, 6, {"actor_id": front})
    ann = ann_ops.create_annotation(project, doc, "actor", 0, 6).result
    with pytest.raises(ValidationError, match="restore it or choose another"):
        ann_ops.update_annotation(project, ann, fields={"actor_id": front})
    assert "actor_id" not in project.repo.get("annotation", ann)["fields"]


def test_a_live_record_is_taken_and_none_clears_it(project):
    doc = add_doc(project, TEXT)
    front = ops.add_actor(project, "Qasr Hills Front", ["جبهة تلال القصر"]).result
    ann = ann_ops.create_annotation(project, doc, "actor", 0, 6, {"actor_id": front}).result
    assert project.repo.get("annotation", ann)["fields"]["actor_id"] == front
    ann_ops.update_annotation(project, ann, fields={"actor_id": None})
    assert "actor_id" not in project.repo.get("annotation", ann)["fields"]


def test_an_id_already_stored_does_not_block_other_edits(project):
    # A record trashed after the annotation named it, and an id a team merge wrote before
    # its record came: the stored id is kept, and editing the memo or another field works.
    doc = add_doc(project, TEXT)
    front = ops.add_actor(project, "Qasr Hills Front").result
    ann = ann_ops.annotate_quote(project, doc, "actor", "Qasr Hills Front").result
    assert project.repo.get("annotation", ann)["fields"]["actor_id"] == front
    ops.trash_actor(project, front)
    ann_ops.update_annotation(project, ann, fields={"actor_type": "armed_group"},
                              memo="Named in the second paragraph.")
    fields = project.repo.get("annotation", ann)["fields"]
    assert (fields["actor_id"], fields["actor_type"]) == (front, "armed_group")
    with project.repo.transaction("merge", "lead") as tx:  # as a team merge writes it
        tx.update("annotation", ann, {"fields": {**fields, "actor_id": "from_elsewhere"}})
    ann_ops.update_annotation(project, ann, fields={"actor_type": "state_force"})
    ann_ops.update_annotation(project, ann, fields={"actor_type": None}, replace_fields=False)
    assert project.repo.get("annotation", ann)["fields"]["actor_id"] == "from_elsewhere"


def test_a_kind_without_the_role_is_not_checked(project):
    doc = add_doc(project, TEXT)
    ann = ann_ops.create_annotation(project, doc, "location", *_quote(TEXT, "Marsa Dunes"),
                                    {"name": "act_8f3k"}).result
    assert project.repo.get("annotation", ann)["fields"]["name"] == "act_8f3k"


def test_a_new_record_from_an_annotation_is_one_undo_step(project):
    doc = add_doc(project, TEXT)
    ann = ann_ops.create_annotation(project, doc, "actor",
                                    *_quote(TEXT, "جبهة تلال القصر")).result
    steps = len(project.undo_stack)
    cs = ops.add_actor_for(project, ann)
    made = project.repo.get("actor", cs.result)
    assert made["name"] == "جبهة تلال القصر"
    fields = project.repo.get("annotation", ann)["fields"]
    assert fields == {"actor_id": cs.result, "name": "جبهة تلال القصر"}
    assert len(project.undo_stack) == steps + 1
    history.undo(project)
    assert project.repo.get("actor", cs.result) is None
    assert project.repo.get("annotation", ann)["fields"] == {}
    history.redo(project)
    assert project.repo.get("annotation", ann)["fields"]["actor_id"] == cs.result


def test_a_new_record_takes_the_typed_name_and_keeps_a_given_name_field(project):
    doc = add_doc(project, TEXT)
    ann = ann_ops.create_annotation(project, doc, "actor", *_quote(TEXT, "the Front"),
                                    {"name": "Qasr Hills Front"}).result
    cs = ops.add_actor_for(project, ann, "  Qasr  Hills Front ")
    assert project.repo.get("actor", cs.result)["name"] == "Qasr Hills Front"
    assert project.repo.get("annotation", ann)["fields"]["name"] == "Qasr Hills Front"


def test_a_new_record_is_refused_where_it_cannot_go(project):
    doc = add_doc(project, TEXT)
    place = ann_ops.create_annotation(project, doc, "location",
                                      *_quote(TEXT, "Marsa Dunes")).result
    with pytest.raises(ValidationError, match="names no actor record"):
        ops.add_actor_for(project, place)
    mention = ann_ops.create_annotation(project, doc, "actor", 0, 6).result
    with pytest.raises(ValidationError, match="needs a name"):
        ops.add_actor_for(project, mention, "   ")
    ann_ops.trash_annotations(project, [mention])
    with pytest.raises(ValidationError, match="in the trash"):
        ops.add_actor_for(project, mention)
    assert project.repo.actors() == []
