"""A record as the window names it, and finding one by a piece of a name or alias."""

from __future__ import annotations

from workbench.core import actor_names
from workbench.core.codebook import BUILTIN_KINDS
from workbench.core.ops import actors as ops
from workbench.core.ops import codebook as cb_ops
from workbench.core.summary import key_summary


def test_labels_name_live_trashed_and_unknown_records(project):
    front = ops.add_actor(project, "Qasr Hills Front").result
    guard = ops.add_actor(project, "Dunes Guard").result
    ops.trash_actor(project, guard)
    assert actor_names.record_label(project, front) == "Qasr Hills Front"
    assert actor_names.record_label(project, guard) == "trashed record: Dunes Guard"
    assert actor_names.record_label(project, "act_8f3k") == "unknown record ID: act_8f3k"
    names = actor_names.RecordNames(project)
    assert [names(i) for i in (front, guard, "act_8f3k")] == [
        "Qasr Hills Front", "trashed record: Dunes Guard", "unknown record ID: act_8f3k"]
    ops.update_actor(project, front, name="Front of the Qasr Hills")
    assert names(front) == "Qasr Hills Front"  # kept until told
    names.forget()
    assert names(front) == "Front of the Qasr Hills"


def test_search_finds_names_and_aliases_folded_arabic_included(project):
    ops.add_actor(project, "Qasr Hills Front", ["QHF", "جَبْهَةُ تِلالِ القَصْر"])
    ops.add_actor(project, "Marsa Dunes Guard", ["حرس الكثبان"])
    ops.add_actor(project, "Hills Brigade")
    records = actor_names.choices(project)
    assert [c.name for c in records] == ["Hills Brigade", "Marsa Dunes Guard",
                                         "Qasr Hills Front"]

    def found(typed):
        return [(c.name, alias) for c, alias in actor_names.search(records, typed)]

    # Names that begin with the typed words first, then those holding them.
    assert found("hills") == [("Hills Brigade", None), ("Qasr Hills Front", None)]
    assert found("qhf") == [("Qasr Hills Front", "QHF")]
    # The bare word finds the vocalised alias, and alef forms fold.
    assert found("جبهة تلال") == [("Qasr Hills Front", "جَبْهَةُ تِلالِ القَصْر")]
    assert found("الكثبان") == [("Marsa Dunes Guard", "حرس الكثبان")]
    assert found("Harun") == []
    assert len(found("  ")) == 3
    assert actor_names.exact(records, "qhf").name == "Qasr Hills Front"
    assert actor_names.exact(records, "جبهة تلال القصر").name == "Qasr Hills Front"
    assert actor_names.exact(records, "Hills") is None


def test_exact_leaves_a_spelling_two_records_share_to_the_researcher(project):
    ops.add_actor(project, "Qasr Hills Front", ["the Front"])
    ops.add_actor(project, "Dunes Front", ["the Front"])
    assert actor_names.exact(actor_names.choices(project), "the front") is None


def test_the_summary_names_the_record_where_the_kind_shows_it(project):
    front = ops.add_actor(project, "Qasr Hills Front").result
    cb_ops.set_roles(project, "actor", summary=("actor_id", "actor_type"))
    spec = project.codebook.kind("actor")
    fields = {"name": "the Front", "actor_id": front, "actor_type": "armed_group"}
    names = actor_names.RecordNames(project)
    assert key_summary(spec, fields, names) == "Qasr Hills Front · armed_group"
    assert key_summary(spec, {**fields, "actor_id": "gone1"}, names) == (
        "unknown record ID: gone1 · armed_group")
    assert key_summary(spec, {"actor_type": "armed_group"}, names) == "armed_group"
    assert key_summary(spec, fields) == f"{front} · armed_group"  # no lookup given
    builtin = next(k for k in BUILTIN_KINDS if k.roles.actor_record)
    assert key_summary(builtin, fields, names) == "the Front · armed_group"
