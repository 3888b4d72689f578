"""The agreement report on scripted projects: known agreement in, known alpha out."""

from __future__ import annotations

import pytest

from tests.core.agreement.conftest import (
    KRIPPENDORFF,
    LEDGER,
    MARKET,
    PATROL,
    VILLAGES,
    add_doc,
)
from workbench.core.agreement import agreement_report
from workbench.core.agreement.matching import match, tokens
from workbench.core.agreement.report import PRESENCE
from workbench.core.codebook import OUTCOMES
from workbench.core.errors import ValidationError
from workbench.core.ops.annotations import annotate_quote, set_status, update_annotation


def as_coder(project, coder, *args, **kw):
    project.coder = coder
    return annotate_quote(project, *args, **kw).result


def measure(report, kind, what):
    return next(m for m in report.measures if (m.kind, m.measure) == (kind, what))


def code_patrol(project, doc, coder, *, outcome="wounded", skip_killed=False):
    ids = {
        "wounded": as_coder(project, coder, doc, "casualty", "wounded four guards",
                            {"outcome": outcome, "count_best": 4, "qualifier": "exact"}),
        "claim": as_coder(project, coder, doc, "claim", "denied any role in the attack",
                          {"claim_type": "denial", "status": "unverified"}),
    }
    if not skip_killed:
        ids["killed"] = as_coder(project, coder, doc, "casualty",
                                 "at least nine villagers were killed",
                                 {"outcome": "killed", "count_low": 9, "qualifier": "at_least"})
    return ids


def test_worked_example_through_annotations(project):
    """Four coders code twelve stretches; outcome and count give Krippendorff's figures."""
    doc = add_doc(project, LEDGER, "ledger.txt")
    for coder, values in KRIPPENDORFF.items():
        for village, value in zip(VILLAGES, values, strict=True):
            if value is not None:
                as_coder(project, coder, doc, "casualty", f"In {village}",
                         {"outcome": OUTCOMES[value - 1], "count_best": value})
    report = agreement_report(project)
    assert report.coders == ["A", "B", "C", "D"]
    outcome = measure(report, "casualty", "outcome")
    assert (outcome.level, outcome.units) == ("nominal", 11)
    assert outcome.alpha == pytest.approx(0.743, abs=5e-4)
    best = measure(report, "casualty", "count_best")
    assert best.level == "interval"
    assert best.alpha == pytest.approx(0.849, abs=5e-4)


def test_identical_work_agrees_perfectly(project):
    doc = add_doc(project, PATROL, "patrol.txt")
    code_patrol(project, doc, "amal")
    code_patrol(project, doc, "ben")
    report = agreement_report(project)
    assert report.documents == [doc]
    for m in report.measures:
        assert m.agreement == 1.0, m
        assert m.alpha in (1.0, None), m  # None: a field with one value everywhere
    assert measure(report, "casualty", PRESENCE).alpha == 1.0
    assert measure(report, "casualty", "outcome").alpha == 1.0
    assert report.disagreements == []


def test_one_changed_outcome_is_measured_and_listed(project):
    doc = add_doc(project, PATROL, "patrol.txt")
    a = code_patrol(project, doc, "amal")
    b = code_patrol(project, doc, "ben", outcome="killed")
    report = agreement_report(project)
    outcome = measure(report, "casualty", "outcome")
    assert outcome.alpha < 1.0 and outcome.agreement == 0.5 and outcome.units == 2
    assert measure(report, "casualty", PRESENCE).alpha == 1.0
    (diff,) = report.disagreements
    assert (diff.what, diff.doc_id, diff.kind) == ("outcome", doc, "casualty")
    assert diff.annotations == {"amal": a["wounded"], "ben": b["wounded"]}
    assert diff.values == {"amal": "wounded", "ben": "killed"}
    assert PATROL[diff.start:diff.end] == "wounded four guards"
    assert diff.first_annotation() == a["wounded"]


def test_a_figure_only_one_coder_saw(project):
    doc = add_doc(project, PATROL, "patrol.txt")
    a = code_patrol(project, doc, "amal")
    code_patrol(project, doc, "ben", skip_killed=True)
    report = agreement_report(project, kinds=["casualty"])
    assert {m.kind for m in report.measures} == {"casualty"}
    presence = measure(report, "casualty", PRESENCE)
    assert presence.alpha < 1.0
    assert presence.units == len(tokens(PATROL))
    (diff,) = report.disagreements
    assert diff.what == "missing"
    assert diff.annotations == {"amal": a["killed"], "ben": None}


def test_suggestions_and_rejections_do_not_count(project):
    doc = add_doc(project, PATROL, "patrol.txt")
    code_patrol(project, doc, "amal")
    b = code_patrol(project, doc, "ben")
    # An engine's suggestion waiting for review and a rejected figure are not judgements.
    as_coder(project, "ben", doc, "casualty", "Gunmen", {"outcome": "killed"},
             status="suggested", origin="casualty-engine")
    project.coder = "ben"
    set_status(project, [b["killed"]], "rejected")
    report = agreement_report(project, kinds=["casualty"])
    assert [d.what for d in report.disagreements] == ["missing"]
    assert report.disagreements[0].annotations["ben"] is None


def test_a_document_one_coder_has_not_finished_is_left_out(project):
    doc = add_doc(project, PATROL, "patrol.txt")
    other = add_doc(project, MARKET, "market.txt")
    code_patrol(project, doc, "amal")
    code_patrol(project, doc, "ben")
    as_coder(project, "amal", other, "statement", "Traders reported no incidents")
    report = agreement_report(project)
    assert report.documents == [doc]
    assert report.disagreements == []
    # Limiting to that document leaves one coder: nothing to compare.
    with pytest.raises(ValidationError, match="two coders"):
        agreement_report(project, doc_ids=[other])


def test_coders_option_and_unknown_kind(project):
    doc = add_doc(project, PATROL, "patrol.txt")
    code_patrol(project, doc, "amal")
    code_patrol(project, doc, "ben", outcome="killed")
    code_patrol(project, doc, "chen")
    report = agreement_report(project, coders=["amal", "chen"])
    assert report.coders == ["amal", "chen"] and report.disagreements == []
    with pytest.raises(ValidationError, match="Unknown annotation kind"):
        agreement_report(project, kinds=["rumour"])


def test_field_edit_changes_the_report(project):
    doc = add_doc(project, PATROL, "patrol.txt")
    code_patrol(project, doc, "amal")
    b = code_patrol(project, doc, "ben")
    project.coder = "ben"
    update_annotation(project, b["killed"], fields={"count_low": 12})
    report = agreement_report(project, kinds=["casualty"])
    low = measure(report, "casualty", "count_low")
    assert low.units == 1 and low.level == "interval"
    assert [(d.what, d.values) for d in report.disagreements] == [
        ("count_low", {"amal": 9, "ben": 12})]


def _ann(coder, start, end):
    return {"id": f"{coder}{start}", "coder": coder, "start": start, "end": end}


def test_matching_prefers_the_best_overlap():
    # Ben's long span touches both of Amal's; it belongs with the one it shares most with.
    anns = [_ann("amal", 0, 10), _ann("amal", 12, 40), _ann("ben", 8, 40)]
    groups = match(anns)
    assert [sorted(a["id"] for a in g.values()) for g in groups] == [
        ["amal0"], ["amal12", "ben8"]]


def test_matching_keeps_one_annotation_per_coder():
    anns = [_ann("amal", 0, 10), _ann("ben", 0, 10), _ann("ben", 2, 9)]
    groups = match(anns)
    assert sorted(len(g) for g in groups) == [1, 2]


def test_a_coder_missing_a_figure_does_not_hide_the_others_disagreement(project):
    """Three coders: chen did not mark the wounded guards, amal and ben did and differ on
    the outcome. The outcome's alpha counts that difference, so the list names it too."""
    doc = add_doc(project, PATROL, "patrol.txt")
    a = code_patrol(project, doc, "amal")
    b = code_patrol(project, doc, "ben", outcome="killed")
    project.coder = "chen"
    annotate_quote(project, doc, "claim", "denied any role in the attack",
                   {"claim_type": "denial", "status": "unverified"})
    report = agreement_report(project, kinds=["casualty"])
    wounded = [d for d in report.disagreements
               if PATROL[d.start:d.end] == "wounded four guards"]
    assert sorted(d.what for d in wounded) == ["missing", "outcome"]
    (diff,) = [d for d in wounded if d.what == "outcome"]
    assert diff.values == {"amal": "wounded", "ben": "killed"}
    assert diff.annotations == {"amal": a["wounded"], "ben": b["wounded"], "chen": None}
