from __future__ import annotations

import time

import pytest

from bench.incident_gold import build, pairwise
from workbench.core.incidents import model, ops
from workbench.core.incidents.suggest import (
    accept_suggestion,
    reject_suggestion,
    store_suggestions,
    suggest_incidents,
)


def test_suggestions_reach_the_gold_grouping(project):
    gold = build(project)
    proposals = suggest_incidents(project)
    p, r, f1 = pairwise([x.ann_ids for x in proposals], gold)
    assert f1 >= 0.8, (p, r, f1)


def test_pairwise_scoring_counts_pairs():
    gold = {"a": "X", "b": "X", "c": "Y"}
    assert pairwise([["a", "b"], ["c"]], gold) == (1.0, 1.0, 1.0)
    assert pairwise([["a", "b", "c"]], gold)[0] == pytest.approx(1 / 3)
    assert pairwise([["a"], ["b"], ["c"]], gold) == (0.0, 0.0, 0.0)


def test_figures_in_an_incident_are_not_suggested_again(project):
    gold = build(project)
    a_ids = [k for k, v in gold.items() if v == "A"]
    ops.create_incident(project, "Market", members=a_ids)
    suggested = {a for p in suggest_incidents(project) for a in p.ann_ids}
    assert suggested and not suggested & set(a_ids)


def test_stored_suggestions_are_reviewed(project):
    build(project)
    ids = store_suggestions(project).result
    assert ids and all(model.get_incident(project, i)["status"] == "suggested" for i in ids)
    assert model.list_incidents(project, model.STATUSES) == []
    accept_suggestion(project, ids[0])
    assert model.get_incident(project, ids[0])["status"] == "open"
    rejected = ids[1]
    freed = model.member_ids(project, rejected)
    reject_suggestion(project, rejected)
    assert all(model.incident_of(project, a) is None for a in freed)
    again = store_suggestions(project).result
    assert again == []  # neither the accepted figures nor the rejected grouping come back


def test_a_real_incident_takes_figures_from_a_suggestion(project):
    gold = build(project)
    store_suggestions(project)
    ann = next(iter(gold))
    inc = ops.create_incident(project, "Mine", members=[ann]).result
    assert model.incident_of(project, ann) == inc


def test_a_restored_rejected_proposal_is_a_proposal_to_review_again(project):
    build(project)
    proposal = store_suggestions(project).result[0]
    members = set(model.member_ids(project, proposal))
    reject_suggestion(project, proposal)
    cs = ops.restore_incident(project, proposal)
    row = model.get_incident(project, proposal)
    # Not a live incident still marked rejected: a proposal, with its figures back.
    assert row["status"] == "suggested"
    assert set(model.member_ids(project, proposal)) == members
    assert cs.result.startswith(f"Incident {proposal} was a rejected proposal; it is back")
    accept_suggestion(project, proposal)
    assert model.get_incident(project, proposal)["status"] == "open"


def test_restoring_a_rejected_proposal_with_the_trash_says_so(project):
    from workbench.core.ops.trash import restore_items

    build(project)
    proposal = store_suggestions(project).result[0]
    reject_suggestion(project, proposal)
    result = restore_items(project, [("incident", proposal)]).result
    assert result.restored == (("incident", proposal),)
    assert model.get_incident(project, proposal)["status"] == "suggested"
    assert any("rejected proposal" in n for n in result.notes)
    # Rejected again, it is remembered as refused once more: not proposed again.
    reject_suggestion(project, proposal)
    assert store_suggestions(project).result == []


def test_a_proposal_rejected_after_a_figure_was_taken_out_does_not_come_back(project):
    """The researcher takes a figure out of a proposal (Delete on its source row), then
    rejects the rest: the suggester proposed the very grouping again, the figure taken
    out included, as the refused set was only the figures left at the rejection."""
    build(project)
    proposal = next(i for i in store_suggestions(project).result
                    if len(model.member_ids(project, i)) > 2)
    members = model.member_ids(project, proposal)
    ops.remove_members(project, proposal, [members[-1]])
    # A person rejects it a moment later: two writes stamped in one millisecond would
    # give the figure taken out the rejection's time, which hid the fault.
    time.sleep(0.01)
    reject_suggestion(project, proposal)
    again = store_suggestions(project).result
    proposed = [set(model.member_ids(project, i)) for i in again]
    assert set(members) not in proposed
    assert not any(set(members[:-1]) <= p for p in proposed)
