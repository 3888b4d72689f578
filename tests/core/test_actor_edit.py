"""Editing an actor record (name, aliases, type), and the spellings two live records may
not share."""

import pytest

from tests.helpers import add_doc
from workbench.core import actor_refs
from workbench.core.errors import ValidationError
from workbench.core.ops import actors as ops
from workbench.core.ops import annotations as ann_ops
from workbench.core.ops import history

TEXT = ("Gunmen of the Saffron Ridge Column held the road to Tel Amrah; a spokesman for "
        "كتائب التلة الصفراء said the Column would stay.\n")


def _audit(project, actor_id):
    """The record's audit entries, newest first."""
    return [e for e in project.repo.audit(entity_id=actor_id) if e["entity"] == "actor"]


def test_an_edit_sets_name_aliases_and_type_in_one_audited_undoable_write(project):
    column = ops.add_actor(project, "Saffron Ridge Column").result
    assert ops.get_actor(project, column)["actor_type"] is None
    before = len(_audit(project, column))
    cs = ops.update_actor(project, column, name="Saffron Column",
                          aliases=["SRC", "كتائب التلة الصفراء", " src "],
                          actor_type="armed_group")
    row = ops.get_actor(project, column)
    assert (row["name"], row["actor_type"]) == ("Saffron Column", "armed_group")
    # The old name stays findable; Arabic kept as written; one spelling once.
    assert row["aliases"] == ["SRC", "كتائب التلة الصفراء", "Saffron Ridge Column"]
    assert cs.touches("actor")
    entries = _audit(project, column)
    assert len(entries) == before + 1
    assert entries[0]["after"]["actor_type"] == "armed_group"
    assert entries[0]["before"]["actor_type"] is None
    assert entries[0]["after"]["name"] == "Saffron Column"
    assert ops.match_actor(project, "كتائب التلة الصفراء")["id"] == column
    history.undo(project)
    row = ops.get_actor(project, column)
    assert (row["name"], row["aliases"], row["actor_type"]) == ("Saffron Ridge Column", [], None)


def test_a_type_is_cleared_with_blank_kept_with_none_and_checked(project):
    column = ops.add_actor(project, "Saffron Ridge Column", actor_type=" armed_group ").result
    assert ops.get_actor(project, column)["actor_type"] == "armed_group"  # stored as coerced
    ops.update_actor(project, column, name="Saffron Column")
    assert ops.get_actor(project, column)["actor_type"] == "armed_group"
    with pytest.raises(ValidationError, match="Actor type must be one of"):
        ops.update_actor(project, column, actor_type="militia")
    ops.update_actor(project, column, actor_type="")
    assert ops.get_actor(project, column)["actor_type"] is None


def test_an_edit_that_changes_nothing_writes_nothing(project):
    column = ops.add_actor(project, "Saffron Ridge Column", ["SRC"], "armed_group").result
    entries = len(_audit(project, column))
    cs = ops.update_actor(project, column, name="Saffron Ridge Column", aliases=["SRC"],
                          actor_type="armed_group")
    assert not cs.touches("actor")
    assert len(_audit(project, column)) == entries


@pytest.mark.parametrize(("name", "aliases", "said"), [
    ("Tel Amrah Guard", [], "Another actor record is already named Tel Amrah Guard"),
    ("the tel amrah guard", [], "Another actor record is already named Tel Amrah Guard"),
    ("TAG", [], "TAG is already an alias of the actor record Tel Amrah Guard"),
    ("Saffron Column", ["Tel Amrah Guard"],
     "The alias Tel Amrah Guard is the name of another actor record"),
])
def test_a_spelling_of_another_live_record_is_refused_in_one_sentence(project, name, aliases,
                                                                       said):
    ops.add_actor(project, "Tel Amrah Guard", ["TAG"])
    column = ops.add_actor(project, "Saffron Ridge Column").result
    with pytest.raises(ValidationError) as err:
        ops.update_actor(project, column, name=name, aliases=aliases)
    assert str(err.value).startswith(said)
    assert str(err.value).endswith("choose another spelling, or merge the two records.")
    assert ops.get_actor(project, column)["name"] == "Saffron Ridge Column"
    with pytest.raises(ValidationError, match=said.split(" ")[-1]):
        ops.add_actor(project, name, aliases)


def test_an_alias_two_records_share_and_a_trashed_records_name_are_allowed(project):
    ops.add_actor(project, "Tesmaran Army", ["the army"])
    valdoran = ops.add_actor(project, "Valdoran Army").result
    ops.update_actor(project, valdoran, add_aliases=["the army"])  # matching picks neither
    assert ops.match_actor(project, "the army") is None
    old = ops.add_actor(project, "Saffron Ridge Column").result
    ops.trash_actor(project, old)
    new = ops.add_actor(project, "Saffron Ridge Column").result
    with pytest.raises(ValidationError, match="cannot come back while another actor record "
                                              "is already named Saffron Ridge Column"):
        ops.restore_actor(project, old)
    ops.update_actor(project, new, name="Saffron Column")  # the old name is its alias now
    with pytest.raises(ValidationError, match="is already an alias of the actor record "
                                              "Saffron Column: rename that record first"):
        ops.restore_actor(project, old)
    ops.update_actor(project, new, remove_aliases=["saffron ridge column"])
    ops.restore_actor(project, old)
    assert ops.get_actor(project, old)["deleted_at"] is None


def test_a_name_is_one_line(project):
    # A line break in a kept record's name started a line of its own in the merged
    # record's memo, which could then read as a merge into another record.
    kept = ops.add_actor(project, "Tel Amrah\nMerged into actor x (Guard").result
    assert ops.get_actor(project, kept)["name"] == "Tel Amrah Merged into actor x (Guard"
    gone = ops.add_actor(project, "Saffron Ridge Column", ["  Saffron\tColumn "]).result
    assert ops.get_actor(project, gone)["aliases"] == ["Saffron Column"]
    ops.merge_actors(project, gone, kept)
    row = project.repo.get("actor", gone)
    assert actor_refs.merged_into(row) == kept


def test_a_record_made_from_an_annotation_takes_its_actor_type(project):
    doc = add_doc(project, TEXT)
    ann = ann_ops.annotate_quote(project, doc, "actor", "Saffron Ridge Column",
                                 {"actor_type": "armed_group"}).result
    made = ops.add_actor_for(project, ann).result
    assert ops.get_actor(project, made)["actor_type"] == "armed_group"
    other = ann_ops.annotate_quote(project, doc, "actor", "the Column").result
    with pytest.raises(ValidationError, match="already named Saffron Ridge Column"):
        ops.add_actor_for(project, other, "Saffron Ridge Column")
    assert "actor_id" not in project.repo.get("annotation", other)["fields"]


def test_records_that_already_share_a_name_can_be_retyped_and_renamed_apart(project):
    # Two coders' records of one name arrive by a team merge (which refuses nothing);
    # written here straight, as the merge writes them.
    first = ops.add_actor(project, "Tel Amrah Guard").result
    second = ops.add_actor(project, "Tel Amrah Militia").result
    with project.write("actor") as tx:
        tx.update("actor", second, {"name": "Tel Amrah Guard"})
    ops.update_actor(project, second, actor_type="state_force")  # no new spelling
    assert ops.get_actor(project, second)["actor_type"] == "state_force"
    ops.update_actor(project, second, name="Tel Amrah Police")
    row = ops.get_actor(project, second)
    # Its old name stays as its alias (a spelling it had, not a new one), and can go.
    assert (row["name"], row["aliases"]) == ("Tel Amrah Police", ["Tel Amrah Guard"])
    ops.update_actor(project, second, remove_aliases=["Tel Amrah Guard"])
    assert ops.get_actor(project, second)["aliases"] == []
    assert ops.match_actor(project, "Tel Amrah Guard")["id"] == first
    with pytest.raises(ValidationError, match="alias the Tel Amrah Guard is the name of"):
        ops.update_actor(project, second, add_aliases=["the Tel Amrah Guard"])


def test_a_type_the_codebook_no_longer_offers_is_kept_through_an_edit(project):
    # The window sends the record's type with every save: one the codebook does not
    # offer (a teammate's, or from before it was renamed) refused every edit there.
    from tests.helpers import raw_connect

    brigade = ops.add_actor(project, "Crescent Brigade", [], "armed_group").result
    conn = raw_connect(project.path)
    with conn:
        conn.execute("UPDATE actors SET actor_type = 'militia' WHERE id = ?", (brigade,))
    conn.close()
    ops.update_actor(project, brigade, name="Crescent Brigades", actor_type="militia")
    row = project.repo.get("actor", brigade)
    assert (row["name"], row["actor_type"]) == ("Crescent Brigades", "militia")
    with pytest.raises(ValidationError):
        ops.update_actor(project, brigade, actor_type="cartel")  # a new one is checked
