import sqlite3

import pytest

from tests.helpers import REPORT, add_doc
from workbench.core import ids
from workbench.core.errors import AnchorError, NotFoundError, ValidationError
from workbench.core.ops import annotations as ops
from workbench.core.ops import history


def _casualty(project, doc_id, quote="wounded four troops", **fields):
    values = {"outcome": "wounded", "count_low": "4", "qualifier": "exact", **fields}
    return ops.annotate_quote(project, doc_id, "casualty", quote, values)


def test_annotation_carries_anchor_coder_times_and_typed_fields(project):
    doc = add_doc(project)
    cs = _casualty(project, doc)
    row = project.repo.get("annotation", cs.result)
    assert REPORT[row["start"] : row["end"]] == "wounded four troops"
    assert row["prefix"].endswith("Artillery fire ") and row["suffix"].startswith(" and killed")
    assert row["fields"] == {"outcome": "wounded", "count_low": 4, "qualifier": "exact"}
    assert row["coder"] == "tester" and row["status"] == "accepted"
    assert row["created_at"] == row["modified_at"]
    assert ids.is_compact(row["id"])
    assert cs.annotation_ids == [cs.result] and cs.document_ids == [doc]


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"outcome": "injured"}, "Outcome must be one of"),
        ({"count_low": "many"}, "must be a number"),
        ({"count_low": "-1"}, "at least 0"),
        ({"count_low": "5", "count_high": "3"}, r"high count \(3\) is below the low count"),
        ({"incident_date": "2024-02-30"}, "not a real calendar date"),
        ({"incident_date": "March 3"}, "YYYY-MM-DD"),
        ({"colour": "red"}, "has no field"),
    ],
)
def test_invalid_fields_are_refused_and_nothing_is_written(project, fields, message):
    doc = add_doc(project)
    before = len(project.repo.audit())
    with pytest.raises(ValidationError, match=message):
        ops.annotate_quote(project, doc, "casualty", "wounded four troops", fields)
    assert project.repo.annotations() == []
    assert len(project.repo.audit()) == before


def test_unknown_kind_and_document(project):
    doc = add_doc(project)
    with pytest.raises(ValidationError, match="Unknown annotation kind"):
        ops.annotate_quote(project, doc, "rumour", "four troops")
    with pytest.raises(NotFoundError):
        ops.annotate_quote(project, 99, "casualty", "four troops")
    with pytest.raises(AnchorError):
        ops.annotate_quote(project, doc, "casualty", "nine troops")


def test_every_change_is_in_the_audit_log_with_before_and_after(project):
    doc = add_doc(project)
    ann = _casualty(project, doc).result
    ops.update_annotation(project, ann, fields={"count_low": 5}, memo="checked with OCHA")
    entries = project.repo.audit(entity_id=ann)
    assert [e["op"] for e in entries] == ["edit:update", "annotate:insert"]
    edit = entries[0]
    assert edit["before"]["fields"]["count_low"] == 4
    assert edit["after"]["fields"]["count_low"] == 5
    assert edit["after"]["memo"] == "checked with OCHA"
    assert edit["coder"] == "tester" and edit["at"].endswith("Z")


def test_the_audit_log_is_append_only(project):
    doc = add_doc(project)
    _casualty(project, doc)
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        project.conn.execute("UPDATE audit SET coder = 'someone else'")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        project.conn.execute("DELETE FROM audit")


def test_trash_is_soft_and_restorable(project):
    doc = add_doc(project)
    ann = _casualty(project, doc).result
    cs = ops.trash_annotations(project, [ann])
    assert cs.changes[0].op == "trash"
    assert project.repo.annotations() == []
    assert [r["id"] for r in project.repo.annotations(trashed=True)] == [ann]
    ops.restore_annotations(project, [ann])
    assert [r["id"] for r in project.repo.annotations()] == [ann]


def test_undo_and_redo_of_create_edit_and_trash(project):
    doc = add_doc(project)
    ann = _casualty(project, doc).result
    ops.update_annotation(project, ann, fields={"count_low": 6})
    ops.trash_annotations(project, [ann])
    assert project.repo.annotations() == []

    undone = history.undo(project)
    assert undone.annotation_ids == [ann]
    assert project.repo.get("annotation", ann)["deleted_at"] is None
    history.undo(project)
    assert project.repo.get("annotation", ann)["fields"]["count_low"] == 4
    history.undo(project)
    assert project.repo.get("annotation", ann) is None

    redone = history.redo(project)
    assert redone.changes[0].op == "insert"
    assert project.repo.get("annotation", ann)["fields"]["count_low"] == 4


def test_undo_redo_sequence_is_exact(project):
    doc = add_doc(project)
    project.undo_stack.clear()
    ann = _casualty(project, doc).result
    ops.update_annotation(project, ann, fields={"count_low": 6})
    history.undo(project)
    assert project.repo.get("annotation", ann)["fields"]["count_low"] == 4
    history.redo(project)
    assert project.repo.get("annotation", ann)["fields"]["count_low"] == 6
    history.undo(project)
    history.undo(project)
    assert project.repo.get("annotation", ann) is None
    assert not history.can_undo(project)
    history.redo(project)
    assert project.repo.get("annotation", ann)["fields"]["count_low"] == 4
    # A new operation after an undo forgets the redo branch.
    ops.update_annotation(project, ann, memo="new branch")
    assert not history.can_redo(project)
    # Undo and redo are in the audit log too.
    ops_logged = [e["op"] for e in project.repo.audit(entity_id=ann)]
    assert "undo:delete" in ops_logged and "redo:insert" in ops_logged


def test_links_between_annotations(project):
    doc = add_doc(project)
    claim = ops.annotate_quote(
        project, doc, "claim", "claimed responsibility for the attack",
        {"claimant": "Crescent Brigade", "claim_type": "responsibility", "status": "unverified"},
    ).result
    denial = ops.annotate_quote(
        project, doc, "claim", "denied any involvement", {"claim_type": "denial"}
    ).result
    link = ops.add_link(project, denial, claim, "contradicts").result
    assert ops.add_link(project, denial, claim, "contradicts").result == link  # no duplicate
    assert [lk["type"] for lk in project.repo.links([claim])] == ["contradicts"]
    with pytest.raises(ValidationError, match="Link type"):
        ops.add_link(project, denial, claim, "likes")
    with pytest.raises(ValidationError, match="itself"):
        ops.add_link(project, claim, claim, "same_as")
    ops.remove_link(project, link)
    assert project.repo.links([claim]) == []


def test_a_link_to_a_trashed_annotation_is_refused(project):
    # It was written, listed nowhere (links of trashed annotations are hidden), and
    # written again at each try: three tries left three links.
    doc = add_doc(project)
    claim = ops.annotate_quote(project, doc, "claim", "claimed responsibility for the attack",
                               {"claim_type": "responsibility"}).result
    denial = ops.annotate_quote(project, doc, "claim", "denied any involvement",
                                {"claim_type": "denial"}).result
    ops.trash_annotations(project, [claim])
    for source, target in ((denial, claim), (claim, denial), (denial, claim)):
        with pytest.raises(ValidationError, match=f"{claim} is in the trash"):
            ops.add_link(project, source, target, "contradicts")
    assert project.conn.execute("SELECT count(*) FROM links").fetchone()[0] == 0
    ops.restore_annotations(project, [claim])
    link = ops.add_link(project, denial, claim, "contradicts").result
    assert [lk["id"] for lk in project.repo.links([claim])] == [link]


def test_a_figure_cannot_be_made_part_of_its_own_part(project):
    # "killed 12 people, including 5 children" linked both ways: the tally left both out
    # of the total and the incident read "no figures".
    from workbench.core.incidents import ops as incident_ops
    from workbench.core.incidents.tally import tally

    doc = add_doc(project, "Shelling killed 12 people, including 5 children, on Sunday.\n",
                  "toll.txt")
    whole = ops.annotate_quote(project, doc, "casualty", "killed 12 people",
                               {"outcome": "killed", "count_low": 12}, status="accepted").result
    part = ops.annotate_quote(project, doc, "casualty", "5 children",
                              {"outcome": "killed", "count_low": 5, "group": "children"},
                              status="accepted").result
    ops.add_link(project, part, whole, "part_of")
    with pytest.raises(ValidationError, match="cannot be part of its own part"):
        ops.add_link(project, whole, part, "part_of")
    # Through a third figure too.
    third = ops.annotate_quote(project, doc, "casualty", "killed 12",
                               {"outcome": "killed", "count_low": 12}, status="accepted").result
    ops.add_link(project, whole, third, "part_of")
    with pytest.raises(ValidationError, match="cannot be part of its own part"):
        ops.add_link(project, third, part, "part_of")
    ops.add_link(project, part, whole, "same_as")  # other types are not walked
    inc = incident_ops.create_incident(project, "Toll", members=[whole, part]).result
    assert tally(project, inc, ("accepted",)).describe() == "killed 12 · 1 source"


def test_set_status_reviews_many_in_one_undo_step(project):
    doc = add_doc(project)
    a = ops.annotate_quote(project, doc, "casualty", "wounded four troops", status="suggested")
    b = ops.annotate_quote(project, doc, "casualty", "at least 12 civilians", status="suggested")
    ops.set_status(project, [a.result, b.result], "accepted")
    assert {r["status"] for r in project.repo.annotations()} == {"accepted"}
    history.undo(project)
    assert {r["status"] for r in project.repo.annotations()} == {"suggested"}
    with pytest.raises(ValidationError):
        ops.set_status(project, [a.result], "maybe")


def test_changing_kind_drops_fields_the_new_kind_lacks(project):
    doc = add_doc(project)
    ann = _casualty(project, doc).result
    ops.update_annotation(project, ann, kind="event", fields={"event_type": "battle"})
    row = project.repo.get("annotation", ann)
    assert row["kind"] == "event" and row["fields"] == {"event_type": "battle"}


def test_cached_document_annotations_follow_every_write_and_undo(project):
    doc = add_doc(project)
    ann = _casualty(project, doc).result
    assert project.repo.annotations(doc_id=doc)[0]["fields"]["count_low"] == 4
    ops.update_annotation(project, ann, fields={"count_low": 7})
    assert project.repo.annotations(doc_id=doc)[0]["fields"]["count_low"] == 7
    history.undo(project)
    assert project.repo.annotations(doc_id=doc)[0]["fields"]["count_low"] == 4
    ops.trash_annotations(project, [ann])
    assert project.repo.annotations(doc_id=doc) == []
    # A caller changing its copy does not change what the next caller sees.
    history.undo(project)
    project.repo.annotations(doc_id=doc)[0]["exact"] = "tampered"
    assert project.repo.annotations(doc_id=doc)[0]["exact"] == "wounded four troops"


def test_a_documents_live_count_is_read_once_until_a_write(project):
    doc = add_doc(project)
    repo = project.repo
    assert repo.live_annotation_count(doc) == 0
    counted: list[str] = []
    repo.conn.set_trace_callback(lambda sql: counted.append(sql) if "count(*)" in sql else None)
    assert repo.live_annotation_count(doc) == 0  # the viewer's and the table's ask: once
    assert counted == []
    ann = _casualty(project, doc).result  # a write: counted again
    assert repo.live_annotation_count(doc) == 1
    ops.trash_annotations(project, [ann])
    assert repo.live_annotation_count(doc) == 0
    history.undo(project)
    assert repo.live_annotation_count(doc) == 1
    repo.conn.set_trace_callback(None)


def test_an_edit_that_changes_nothing_writes_nothing(project):
    doc = add_doc(project)
    ann = _casualty(project, doc).result
    before = project.repo.get("annotation", ann)
    steps, logged = len(project.undo_stack), len(project.repo.audit(entity_id=ann))
    # The same values again, a field already absent cleared, the memo it has.
    for change in ({"fields": {"count_low": 4, "outcome": "wounded"}},
                   {"fields": {"count_high": None}}, {"memo": ""}, {"status": "accepted"},
                   {"kind": "casualty"}):
        cs = ops.update_annotation(project, ann, **change)
        assert cs.changes == [], change
    # No undo step that would undo nothing, no audit entry, the modified time kept.
    assert len(project.undo_stack) == steps
    assert len(project.repo.audit(entity_id=ann)) == logged
    assert project.repo.get("annotation", ann) == before


@pytest.mark.parametrize("blank", ["   ", "\t", " \n "])
def test_a_field_of_spaces_is_cleared_like_an_empty_one(project, blank):
    doc = add_doc(project)
    ann = ops.annotate_quote(project, doc, "statement", "a provincial official said",
                             {"speaker": "An official", "date": "2024-03-03"}).result
    ops.update_annotation(project, ann, fields={"speaker": blank})
    fields = project.repo.get("annotation", ann)["fields"]
    assert fields == {"date": "2024-03-03"}  # no speaker: no actor lane without a name
    # A date or a number of spaces is cleared, not refused as "not a date".
    ops.update_annotation(project, ann, fields={"date": blank})
    assert project.repo.get("annotation", ann)["fields"] == {}
    cas = _casualty(project, doc).result
    ops.update_annotation(project, cas, fields={"count_low": blank})
    assert "count_low" not in project.repo.get("annotation", cas)["fields"]


def test_a_memo_of_spaces_only_is_stored_empty(project):
    doc = add_doc(project)
    ann = _casualty(project, doc).result
    ops.update_annotation(project, ann, memo="Checked against the hospital list.")
    cs = ops.update_annotation(project, ann, memo="  \n  ")
    assert [c.id for c in cs.changes] == [ann]
    assert project.repo.get("annotation", ann)["memo"] == ""
    history.undo(project)
    assert project.repo.get("annotation", ann)["memo"] == "Checked against the hospital list."
    made = ops.annotate_quote(project, doc, "statement", "a provincial official said",
                              memo=" ").result
    assert project.repo.get("annotation", made)["memo"] == ""
    # A memo with words keeps its spaces and lines as typed.
    ops.update_annotation(project, ann, memo="  first line\nsecond  ")
    assert project.repo.get("annotation", ann)["memo"] == "  first line\nsecond  "


def test_reviewing_rows_that_already_have_the_status_writes_only_the_others(project):
    doc = add_doc(project)
    a = ops.annotate_quote(project, doc, "casualty", "wounded four troops").result
    b = ops.annotate_quote(project, doc, "casualty", "at least 12 civilians",
                           status="suggested").result
    stamp = project.repo.get("annotation", a)["modified_at"]
    steps = len(project.undo_stack)
    cs = ops.set_status(project, [a, b], "accepted")
    assert [c.id for c in cs.changes] == [b]  # a was accepted already
    assert project.repo.get("annotation", a)["modified_at"] == stamp
    assert ops.set_status(project, [a, b], "accepted").changes == []
    assert len(project.undo_stack) == steps + 1  # one step, undoing b's acceptance
    history.undo(project)
    assert project.repo.get("annotation", b)["status"] == "suggested"
    assert project.repo.get("annotation", a)["status"] == "accepted"
