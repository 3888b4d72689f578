"""Editing the codebook: labels, help, choices renamed with their annotations, kinds and
fields retired and restored (core/ops/codebook.py)."""

import io

import pytest

from tests.helpers import add_doc
from workbench.core.errors import ValidationError
from workbench.core.exporters import export
from workbench.core.ops import annotations as ann_ops
from workbench.core.ops import codebook as cb_ops
from workbench.core.ops import history
from workbench.core.project import Project


def _exported(project: Project, fmt: str = "json") -> str:
    out = io.StringIO()
    export(project, fmt, out)
    return out.getvalue()


def _fields(project: Project, ann_id: str) -> dict:
    return project.repo.get("annotation", ann_id)["fields"]


def test_labels_and_help_are_changed_audited_and_undone(project):
    cs = cb_ops.set_kind_label(project, "casualty", "  Victims   count ")
    assert cs.touches("codebook")
    assert project.codebook.kind("casualty").label == "Victims count"
    cb_ops.edit_field(project, "claim", "status", label="Verification", help="As of today.")
    status = project.codebook.kind("claim").field("status")
    assert (status.label, status.help) == ("Verification", "As of today.")
    entry = project.repo.audit(entity_id="claim", limit=1)[0]
    before = {f["name"]: f for f in entry["before"]["spec"]["fields"]}
    after = {f["name"]: f for f in entry["after"]["spec"]["fields"]}
    assert (before["status"]["label"], after["status"]["label"]) == ("Claim status",
                                                                      "Verification")
    history.undo(project)
    assert project.codebook.kind("claim").field("status").label == "Claim status"


def test_arabic_labels_and_choices_are_taken(project):
    cb_ops.set_kind_label(project, "event", "حدث")
    cb_ops.edit_field(project, "event", "location", label="المكان")
    cb_ops.add_choice(project, "event", "event_type", "اشتباك")
    spec = project.codebook.kind("event")
    assert spec.label == "حدث" and spec.field("location").label == "المكان"
    assert spec.field("event_type").choices[-1] == "اشتباك"
    doc = add_doc(project)
    cs = ann_ops.annotate_quote(project, doc, "event", "Artillery fire",
                                {"event_type": "اشتباك"})
    assert _fields(project, cs.result)["event_type"] == "اشتباك"


@pytest.mark.parametrize(("call", "message"), [
    (lambda p: cb_ops.set_kind_label(p, "event", "  "), "label of a kind cannot be empty"),
    (lambda p: cb_ops.set_kind_label(p, "event", "claim"), "claim is already labelled"),
    (lambda p: cb_ops.edit_field(p, "claim", "status", label=""), "cannot be empty"),
    (lambda p: cb_ops.edit_field(p, "claim", "status", label="claimant"),
     "already has a field labelled Claimant"),
    (lambda p: cb_ops.edit_field(p, "claim", "nothing", label="x"), "no field 'nothing'"),
    (lambda p: cb_ops.add_choice(p, "claim", "status", " "), "choice cannot be empty"),
    (lambda p: cb_ops.add_choice(p, "claim", "status", "refuted"), "already has the choice"),
    (lambda p: cb_ops.add_choice(p, "claim", "claimant", "x"), "not a choice field"),
    (lambda p: cb_ops.add_choice(p, "casualty", "qualifier", "roughly"),
     "among exact"),  # the qualifier role reads only the words it knows
    (lambda p: cb_ops.rename_choice(p, "claim", "status", "doubted", "x"), "no choice"),
    (lambda p: cb_ops.rename_choice(p, "claim", "status", "refuted", "retracted"),
     "already has the choice"),
    (lambda p: cb_ops.rename_choice(p, "claim", "status", "refuted", ""), "cannot be empty"),
    (lambda p: cb_ops.retire_field(p, "casualty", "count_low"),
     "Low count is the low count of Casualty figure"),
    (lambda p: cb_ops.retire_field(p, "event", "start_date"), "is the date of Event"),
    (lambda p: cb_ops.retire_field(p, "claim", "proposition", retired=False),
     "is not retired"),
    (lambda p: cb_ops.retire_kind(p, "casualty"),
     "Casualty figure cannot be retired: the suggestion engines write it"),
    (lambda p: cb_ops.retire_kind(p, "statement"), "cannot be retired"),
    # Words that read the same are the same word twice in every list and menu: case,
    # harakat and spaces are folded as search folds them.
    (lambda p: cb_ops.set_kind_label(p, "event", " CLAIM "),
     "The kind claim is already labelled Claim."),
    (lambda p: cb_ops.add_choice(p, "claim", "status", "Refuted"),
     "already has the choice 'refuted'"),
    (lambda p: cb_ops.rename_choice(p, "claim", "status", "contested", "REFUTED"),
     "already has the choice 'refuted'"),
    (lambda p: cb_ops.add_field(p, "event", "side", "enum", choices=("north", "North ")),
     "The choice 'North' is given twice"),
])
def test_refusals_say_why_and_change_nothing(project, call, message):
    before = [k.to_dict() for k in project.codebook.kinds()]
    with pytest.raises(ValidationError, match=message):
        call(project)
    assert [k.to_dict() for k in project.codebook.kinds()] == before


def test_a_choice_in_use_is_renamed_with_its_annotations_in_one_undo_step(project):
    doc = add_doc(project)
    used = ann_ops.annotate_quote(project, doc, "claim", "claimed responsibility",
                                  {"status": "contested"}).result
    other = ann_ops.annotate_quote(project, doc, "claim", "denied any involvement",
                                   {"status": "refuted"}).result
    trashed = ann_ops.annotate_quote(project, doc, "claim", "Artillery fire",
                                     {"status": "contested"}).result
    ann_ops.trash_annotations(project, [trashed])
    cs = cb_ops.rename_choice(project, "claim", "status", "contested", "disputed")
    assert cs.result == 2
    assert {c.entity for c in cs.changes} == {"codebook", "annotation"}
    choices = project.codebook.kind("claim").field("status").choices
    assert choices == ("unverified", "corroborated", "disputed", "refuted", "retracted")
    assert _fields(project, used)["status"] == "disputed"
    assert _fields(project, trashed)["status"] == "disputed"  # valid once restored
    assert _fields(project, other)["status"] == "refuted"
    logged = project.repo.audit(entity_id=used, limit=1)[0]
    assert (logged["before"]["fields"]["status"], logged["after"]["fields"]["status"]) == (
        "contested", "disputed")
    history.undo(project)
    assert _fields(project, used)["status"] == "contested"
    assert "contested" in project.codebook.kind("claim").field("status").choices


def test_a_choice_in_use_is_not_removed_and_the_sentence_counts_its_annotations(project):
    doc = add_doc(project)
    for quote in ("claimed responsibility", "denied any involvement"):
        ann_ops.annotate_quote(project, doc, "claim", quote, {"status": "retracted"})
    with pytest.raises(ValidationError) as refused:
        cb_ops.remove_choice(project, "claim", "status", "retracted")
    assert str(refused.value).startswith(
        "2 annotations of Claim use the choice 'retracted' of Claim status")
    cb_ops.remove_choice(project, "claim", "status", "corroborated")
    assert "corroborated" not in project.codebook.kind("claim").field("status").choices
    cb_ops.add_field(project, "claim", "tone", "enum", choices=("calm",))
    with pytest.raises(ValidationError, match="only choice"):
        cb_ops.remove_choice(project, "claim", "tone", "calm")


def test_a_retired_field_keeps_its_values_shown_and_exported_and_is_restorable(project):
    doc = add_doc(project)
    ann = ann_ops.annotate_quote(project, doc, "casualty", "wounded four troops",
                                 {"reported_by": "a provincial official"}).result
    cb_ops.retire_field(project, "casualty", "reported_by")
    spec = project.codebook.kind("casualty")
    assert spec.field("reported_by").retired
    assert "reported_by" not in {f.name for f in spec.active_fields()}
    assert _fields(project, ann)["reported_by"] == "a provincial official"
    # Its value can still be corrected on the annotation that holds it ...
    ann_ops.update_annotation(project, ann, fields={"reported_by": "the army"})
    assert _fields(project, ann)["reported_by"] == "the army"
    out = _exported(project)
    assert '"reported_by": "the army"' in out
    header, *rows = _exported(project, "csv").splitlines()
    assert "reported_by" in header.split(",") and "the army" in rows[0]
    # ... but a new annotation cannot be given one.
    with pytest.raises(ValidationError, match="Reported by of Casualty figure is retired"):
        ann_ops.annotate_quote(project, doc, "casualty", "killed", {"reported_by": "x"})
    cb_ops.retire_field(project, "casualty", "reported_by", retired=False)
    ann_ops.annotate_quote(project, doc, "casualty", "killed", {"reported_by": "x"})


def test_a_retired_kind_leaves_new_annotations_and_keys_but_keeps_its_own(project):
    doc = add_doc(project)
    ann = ann_ops.annotate_quote(project, doc, "event", "Artillery fire",
                                 {"event_type": "battle"}).result
    cb_ops.retire_kind(project, "event")
    assert "event" not in [k.name for k in project.codebook.active()]
    assert project.codebook.by_key("E", active=True) is None
    assert project.codebook.by_key("E").name == "event"  # its key stays its own
    with pytest.raises(ValidationError, match="key E is already used by Event"):
        cb_ops.add_kind(project, "raid", "Raid", "E")
    with pytest.raises(ValidationError, match="Event is retired"):
        ann_ops.annotate_quote(project, doc, "event", "claimed")
    assert project.repo.get("annotation", ann)["kind"] == "event"
    assert '"event_type": "battle"' in _exported(project)
    cb_ops.retire_kind(project, "event", retired=False)
    ann_ops.annotate_quote(project, doc, "event", "claimed")


def test_a_kind_never_retired_is_stored_as_before(project):
    """Stored without the flag, a kind's history compares equal across versions."""
    stored = project.repo.get("codebook", "claim")["spec"]
    assert "retired" not in stored
    assert all("retired" not in f for f in stored["fields"])
    cb_ops.retire_field(project, "claim", "proposition")
    cb_ops.retire_field(project, "claim", "proposition", retired=False)
    assert project.repo.get("codebook", "claim")["spec"] == stored


def test_a_retired_field_takes_no_role(project):
    cb_ops.retire_field(project, "casualty", "reported_by")
    with pytest.raises(ValidationError, match=r"raw words of Casualty figure cannot be "
                       r"Reported by \(reported_by\): it is retired; restore it first"):
        cb_ops.set_roles(project, "casualty", raw="reported_by")
    assert project.codebook.kind("casualty").roles.raw == "raw"


@pytest.mark.parametrize("call", [
    lambda p: cb_ops.rename_choice(p, "casualty", "outcome", "killed", "dead"),
    lambda p: cb_ops.rename_choice(p, "casualty", "outcome", "killed", "قتلى"),
    lambda p: cb_ops.remove_choice(p, "casualty", "outcome", "displaced"),
])
def test_the_outcomes_the_tallies_count_keep_their_words(project, call):
    # The incidents' tally counts a figure only under an outcome it knows: a renamed
    # "killed" took every killed figure out of every incident without a word.
    from workbench.core.incidents import ops as incident_ops
    from workbench.core.incidents.tally import tally

    doc = add_doc(project)
    fig = ann_ops.annotate_quote(project, doc, "casualty", "killed at least 12 civilians",
                                 {"outcome": "killed", "count_low": 12,
                                  "qualifier": "at_least"}).result
    incident = incident_ops.create_incident(project, "Market shelling", members=[fig]).result
    before = project.codebook.kind("casualty").to_dict()
    with pytest.raises(ValidationError, match="is an outcome the incidents' tallies count"):
        call(project)
    assert project.codebook.kind("casualty").to_dict() == before
    assert _fields(project, fig)["outcome"] == "killed"
    assert tally(project, incident).cells[("killed", "all")].low == 12


def test_an_outcome_of_ones_own_is_renamed_and_removed(project):
    cb_ops.add_choice(project, "casualty", "outcome", "abducted")
    cb_ops.rename_choice(project, "casualty", "outcome", "abducted", "مخطوفون")
    cb_ops.remove_choice(project, "casualty", "outcome", "مخطوفون")
    assert "مخطوفون" not in project.codebook.kind("casualty").field("outcome").choices


def test_a_renamed_actor_type_renames_the_records_of_that_type_in_one_undo_step(project):
    # The actor kind's type field lists the records' types: renamed, it left every
    # record typed so with a type the codebook no longer offered (the window's form then
    # showed none, and saving the record cleared its type).
    from workbench.core.ops import actors as actor_ops

    brigade = actor_ops.add_actor(project, "Crescent Brigade", ["لواء الهلال"],
                                  "armed_group").result
    gone = actor_ops.add_actor(project, "Harbour Militia", [], "armed_group").result
    guard = actor_ops.add_actor(project, "Port Guard", [], "state_force").result
    actor_ops.trash_actor(project, gone)
    cb_ops.rename_choice(project, "actor", "actor_type", "armed_group", "فصيل مسلح")
    types = {a: project.repo.get("actor", a)["actor_type"] for a in (brigade, gone, guard)}
    assert types == {brigade: "فصيل مسلح", gone: "فصيل مسلح", guard: "state_force"}
    assert "فصيل مسلح" in actor_ops.actor_types(project)
    history.undo(project)
    assert project.repo.get("actor", brigade)["actor_type"] == "armed_group"
    assert project.repo.get("actor", gone)["actor_type"] == "armed_group"
    assert "armed_group" in actor_ops.actor_types(project)


def test_an_actor_type_a_record_has_is_not_removed(project):
    from workbench.core.ops import actors as actor_ops

    gone = actor_ops.add_actor(project, "Harbour Militia", [], "armed_group").result
    actor_ops.trash_actor(project, gone)
    with pytest.raises(ValidationError, match="1 actor record has the type 'armed_group' "
                                              r"\(trashed ones included\)"):
        cb_ops.remove_choice(project, "actor", "actor_type", "armed_group")
    assert "armed_group" in actor_ops.actor_types(project)
    cb_ops.remove_choice(project, "actor", "actor_type", "media")
    assert "media" not in actor_ops.actor_types(project)


def test_a_choice_is_one_line_and_may_be_respelt_in_its_own_case(project):
    cb_ops.add_choice(project, "claim", "status", "  under\treview\n ")
    cb_ops.rename_choice(project, "claim", "status", "contested", "Contested")
    assert project.codebook.kind("claim").field("status").choices[2:] == (
        "Contested", "refuted", "retracted", "under review")


def test_arabic_words_that_differ_only_in_harakat_are_one_word(project):
    cb_ops.set_kind_label(project, "event", "حَدَث")
    with pytest.raises(ValidationError, match="The kind event is already labelled حَدَث"):
        cb_ops.set_kind_label(project, "location", "حدث")
    cb_ops.add_choice(project, "event", "event_type", "اشتِباك")
    with pytest.raises(ValidationError, match="already has the choice 'اشتِباك'"):
        cb_ops.add_choice(project, "event", "event_type", "اشتباك")
    assert project.codebook.kind("location").label == "Location"
    assert project.codebook.kind("event").field("event_type").choices[-1] == "اشتِباك"
