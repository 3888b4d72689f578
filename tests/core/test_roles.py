"""Roles a user sets on their own kinds: stored, audited, checked, and used everywhere."""

import io
import json

import pytest

from tests.helpers import add_doc, make_project
from workbench.core import query
from workbench.core.codebook import Roles
from workbench.core.errors import ValidationError
from workbench.core.exporters import export
from workbench.core.ops import actors as actor_ops
from workbench.core.ops import annotations as ann_ops
from workbench.core.ops import codebook as cb_ops
from workbench.core.ops import history
from workbench.core.project import Project

TEXT = ("Police detained between 4 and 7 students on Monday; the Harun Liberation Movement "
        "condemned the arrests and HLM fighters marched.\n")


def _arrests(project: Project) -> None:
    cb_ops.add_kind(project, "arrests", "Arrests", "R")
    for name, type_ in (("low", "int"), ("high", "int"), ("when", "date"), ("until", "date"),
                        ("who", "text"), ("by", "list"), ("note", "text")):
        cb_ops.add_field(project, "arrests", name, type_)


@pytest.fixture
def project(tmp_path):
    p = make_project(tmp_path)
    _arrests(p)
    yield p
    p.close()


def test_roles_are_stored_audited_and_undone(project, tmp_path):
    cs = cb_ops.set_roles(project, "arrests", count_low="low", count_high="high", date="when",
                          end_date="until", group="who", actors="by", symbol="s")
    assert cs.touches("codebook")
    spec = project.codebook.kind("arrests")
    assert (spec.date_field, spec.roles.count_low, spec.roles.actors) == ("when", "low", ("by",))
    entry = project.repo.audit(entity_id="arrests", limit=1)[0]
    assert entry["before"]["spec"]["roles"]["count_low"] is None
    assert entry["after"]["spec"]["roles"]["count_low"] == "low"
    cb_ops.set_roles(project, "arrests", symbol="")  # an empty value clears a role
    assert project.codebook.kind("arrests").roles.symbol == "o"
    history.undo(project)
    assert project.codebook.kind("arrests").roles.symbol == "s"
    project.close()
    with Project.open(tmp_path / "p.wbproj") as again:
        assert again.codebook.kind("arrests").roles.count_high == "high"


def test_a_user_kind_with_count_roles_is_checked_and_plotted_like_casualties(project):
    cb_ops.set_roles(project, "arrests", count_low="low", count_high="high", date="when",
                     end_date="until", actors=["by"])
    doc = add_doc(project, TEXT, "a.txt")
    with pytest.raises(ValidationError, match=r"The high \(4\) is below the low \(7\)"):
        ann_ops.annotate_quote(project, doc, "arrests", "between 4 and 7 students",
                               {"low": 7, "high": 4})
    with pytest.raises(ValidationError, match="end date 2026-03-01 is before"):
        ann_ops.annotate_quote(project, doc, "arrests", "between 4 and 7 students",
                               {"when": "2026-03-02", "until": "2026-03-01"})
    ann_ops.annotate_quote(project, doc, "arrests", "between 4 and 7 students",
                           {"low": 4, "high": 7, "when": "2026-03-02", "until": "2026-03-05",
                            "by": ["Police", "Army"]})
    (item,) = query.timeline_items(project)
    assert (item.count_low, item.count_high, item.actors) == (4, 7, ("Police", "Army"))
    assert (item.start.isoformat(), item.end.isoformat()) == ("2026-03-02", "2026-03-05")


def test_kinds_without_count_or_actor_roles_give_the_timeline_neither(project):
    cb_ops.set_roles(project, "arrests", date="when")
    doc = add_doc(project, TEXT, "a.txt")
    ann_ops.annotate_quote(project, doc, "arrests", "between 4 and 7 students",
                           {"low": 4, "high": 7, "when": "2026-03-02", "by": ["Police"]})
    (item,) = query.timeline_items(project)
    assert (item.count_low, item.count_high, item.actors) == (None, None, ())
    assert item.start == item.end


@pytest.mark.parametrize(
    ("roles", "message"),
    [
        ({"count_low": "nope"}, r"Arrests has no field 'nope' \(fields: low, high, when"),
        ({"count_low": "who"},
         r"The low count of Arrests must be a whole-number or decimal field; "
         r"Who \(who\) is a text field\."),
        ({"end_date": "low"}, r"The end date of Arrests must be a date field; Low \(low\) is a "
                              r"whole-number field\."),
        ({"date": "who"}, r"The date of Arrests must be a date field"),
        ({"summary": "who,ghost"}, r"Arrests has no field 'ghost'"),
        ({"actors": ["when"]}, r"The actors of Arrests must be a text, choice or list field"),
        ({"symbol": "heart"}, r"A timeline symbol must be one of o, s, d, .*; got 'heart'\."),
        ({"colour": "low"}, r"There is no role 'colour'; roles are date, precision, end_date"),
        ({"tagging": "perhaps"}, r"must be yes or no"),
        ({}, r"Name at least one role"),
    ],
)
def test_bad_roles_are_refused_with_a_sentence(project, roles, message):
    before = project.codebook.kind("arrests")
    with pytest.raises(ValidationError, match=message):
        cb_ops.set_roles(project, "arrests", **roles)
    assert project.codebook.kind("arrests") == before


def test_choice_roles_need_choices_the_program_understands(project):
    cb_ops.add_field(project, "arrests", "how_many", "enum", choices=("exact", "roughly"))
    with pytest.raises(ValidationError, match=r"among exact, at_least.*other choices: roughly"):
        cb_ops.set_roles(project, "arrests", qualifier="how_many")
    cb_ops.add_field(project, "arrests", "exactness", "enum", choices=("exact", "about"))
    cb_ops.set_roles(project, "arrests", qualifier="exactness")
    cb_ops.add_field(project, "arrests", "grain", "enum", choices=("day", "fortnight"))
    with pytest.raises(ValidationError, match="date precision of Arrests"):
        cb_ops.set_roles(project, "arrests", precision="grain")


def test_a_refused_role_stores_none_of_the_others(project):
    with pytest.raises(ValidationError):
        cb_ops.set_roles(project, "arrests", count_low="low", symbol="heart")
    assert project.codebook.kind("arrests").roles == Roles()


def test_a_user_kind_with_an_actor_record_role_attaches_mentions(project):
    hlm = actor_ops.add_actor(project, "Harun Liberation Movement", ["HLM"]).result
    cb_ops.add_kind(project, "militia", "Militia", "M")
    cb_ops.add_field(project, "militia", "called", "text")
    cb_ops.add_field(project, "militia", "record", "text")
    doc = add_doc(project, TEXT, "a.txt")
    plain = ann_ops.annotate_quote(project, doc, "militia", "HLM").result
    assert project.repo.get("annotation", plain)["fields"] == {}
    cb_ops.set_roles(project, "militia", actor_record="record", actor_name="called")
    ann = ann_ops.annotate_quote(project, doc, "militia", "HLM", occurrence=1).result
    assert project.repo.get("annotation", ann)["fields"] == {
        "record": hlm, "called": "Harun Liberation Movement"}


def test_the_w3c_export_tags_with_kinds_that_say_they_tag(project):
    doc = add_doc(project, TEXT, "a.txt")
    ann_ops.annotate_quote(project, doc, "location", "Police")
    ann_ops.annotate_quote(project, doc, "arrests", "students")
    ann_ops.annotate_quote(project, doc, "statement", "condemned the arrests")

    def motivations():
        out = io.StringIO()
        export(project, "w3c", out)
        items = json.loads(out.getvalue())["first"]["items"]
        return {i["body"][0]["value"]: i["motivation"] for i in items}

    assert motivations() == {"location": "tagging", "arrests": "classifying",
                             "statement": "classifying"}
    cb_ops.set_roles(project, "arrests", tagging="yes")
    assert motivations()["arrests"] == "tagging"
