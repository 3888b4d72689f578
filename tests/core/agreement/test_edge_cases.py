"""The agreement report on edge cases: a sentence or a dash, never a crash or a NaN."""

from __future__ import annotations

import json

import pytest

from tests.core.agreement.conftest import MARKET, PATROL, add_doc
from workbench.core.agreement import agreement_report
from workbench.core.errors import ValidationError
from workbench.core.ops.annotations import annotate_quote


def ann(project, coder, doc, quote, kind="casualty", **fields):
    project.coder = coder
    return annotate_quote(project, doc, kind, quote, fields or None).result


def strict_json(report) -> dict:
    return json.loads(json.dumps(report.to_json(), allow_nan=False))  # no NaN, no inf


def test_fewer_than_two_coders_is_a_sentence(project):
    doc = add_doc(project, PATROL, "patrol.txt")
    with pytest.raises(ValidationError, match=r"at least two coders.*found none"):
        agreement_report(project)
    ann(project, "amal", doc, "wounded four guards", outcome="wounded", count_best=4)
    with pytest.raises(ValidationError, match="found amal"):
        agreement_report(project)
    with pytest.raises(ValidationError, match="at least two coders"):
        agreement_report(project, coders=["amal", "amal"])


def test_no_document_in_common_gives_an_empty_report(project):
    patrol, market = add_doc(project, PATROL, "patrol.txt"), add_doc(project, MARKET, "m.txt")
    ann(project, "amal", patrol, "wounded four guards", outcome="wounded", count_best=4)
    ann(project, "ben", market, "quiet week", kind="event")
    report = agreement_report(project)
    assert (report.documents, report.measures, report.disagreements) == ([], [], [])
    assert strict_json(report)["measures"] == []


def test_all_agree_and_an_empty_kind_give_no_nan(project):
    doc = add_doc(project, PATROL, "patrol.txt")
    for coder in ("amal", "ben"):
        ann(project, coder, doc, "wounded four guards", outcome="wounded", count_best=4)
    report = agreement_report(project, kinds=["casualty", "claim"])
    got = {(m.kind, m.measure): (m.alpha, m.agreement, m.units) for m in report.measures}
    assert got[("casualty", "presence")] == (1.0, 1.0, got[("casualty", "presence")][2])
    # One value everywhere: alpha is 0/0, shown as a dash; the coders agree fully.
    assert got[("casualty", "outcome")] == (None, 1.0, 1)
    assert got[("casualty", "count_best")] == (None, 1.0, 1)
    # Nobody used the kind: every token is "not annotated" by everyone.
    assert got[("claim", "presence")][:2] == (None, 1.0)
    assert report.disagreements == []
    strict_json(report)


def test_a_value_of_another_type_is_missing_data_not_a_crash(project):
    """A project merged before merging checked field types can hold text in a number
    field; the report stopped with "could not convert string to float"."""
    doc = add_doc(project, PATROL, "patrol.txt")
    ids = [ann(project, coder, doc, "wounded four guards", outcome="wounded", count_best=4)
           for coder in ("amal", "ben", "chen")]
    with project.write("old merge") as tx:  # audited, as a merge of then wrote it
        tx.update("annotation", ids[1], {"fields": {"outcome": "wounded", "count_best": "four"}})
        tx.update("annotation", ids[2], {"fields": {"outcome": ["wounded"],
                                                    "count_best": True}})
    report = agreement_report(project)
    got = {(m.kind, m.measure): m.units for m in report.measures}
    assert ("casualty", "count_best") not in got  # one number left: nothing to pair
    assert got[("casualty", "outcome")] == 1  # amal and ben; chen's list is no value
    strict_json(report)


def test_a_coder_named_twice_is_one_coder(project):
    # Worked by hand: count_best units (4, 4) and (9, 10). Two coders: agreement 1/2;
    # interval alpha 1 - D_o/D_e with D_o = 2/4 and D_e = 246/12 (n_4 = 2, n_9 = n_10 = 1:
    # 2*(2*25 + 2*36 + 1)), so 1 - 0.5/20.5 = 40/41. Named twice, amal's row was a third
    # coder agreeing with her: agreement 4/6, and both figures listed as "missing".
    doc = add_doc(project, PATROL, "patrol.txt")
    for coder, nine in (("amal", 9), ("ben", 10)):
        ann(project, coder, doc, "wounded four guards", outcome="wounded", count_best=4)
        ann(project, coder, doc, "at least nine villagers were killed", outcome="killed",
            count_best=nine)
    report = agreement_report(project, coders=["amal", "ben", "amal"], kinds=["casualty"])
    assert report.coders == ["amal", "ben"]
    best = next(m for m in report.measures if m.measure == "count_best")
    assert (best.agreement, best.units) == (0.5, 2)
    assert best.alpha == pytest.approx(40 / 41)
    assert [d.what for d in report.disagreements] == ["count_best"]


def test_a_misspelt_coder_is_a_sentence_not_an_empty_report(project):
    doc = add_doc(project, PATROL, "patrol.txt")
    for coder in ("amal", "ben"):
        ann(project, coder, doc, "wounded four guards", outcome="wounded", count_best=4)
    with pytest.raises(ValidationError, match=r"by bne; its coders are amal, ben"):
        agreement_report(project, coders=["amal", "bne"])
    # A coder with annotations elsewhere but none counted here is missing data, as before.
    ann(project, "carl", add_doc(project, MARKET, "m.txt"), "quiet week", kind="event")
    report = agreement_report(project, coders=["amal", "ben", "carl"], kinds=["casualty"])
    assert report.coders == ["amal", "ben", "carl"] and report.documents == [doc]


def test_orphans_are_not_compared(project, tmp_path):
    # Both coders marked the nine villagers; a corrected copy cut the sentence, and the
    # two orphans (a point each, at 142) were listed as two "missing" lines.
    from workbench.core.ops.documents import reimport

    doc = add_doc(project, PATROL, "patrol.txt")
    for coder in ("amal", "ben"):
        ann(project, coder, doc, "wounded four guards", outcome="wounded", count_best=4)
        ann(project, coder, doc, "at least nine villagers were killed", outcome="killed",
            count_best=9)
    path = tmp_path / "patrol.txt"
    path.write_text(PATROL.replace("Two days later at least nine villagers were killed "
                                   "near the Ossel bridge. ", ""), encoding="utf-8")
    assert reimport(project, doc, path).result.orphaned == 2
    report = agreement_report(project)
    assert report.documents == [doc] and report.disagreements == []
    units = {m.measure: m.units for m in report.measures}
    assert units["count_best"] == 1  # the four guards alone


def test_a_document_that_is_not_there_is_named(project):
    """`--doc 99` (a typo) said "Agreement needs at least two coders with annotations;
    found none." of a project two coders had coded: the document is what is missing."""
    from workbench.core.errors import NotFoundError
    from workbench.core.ops.documents import trash_document

    patrol, market = add_doc(project, PATROL, "patrol.txt"), add_doc(project, MARKET, "m.txt")
    for coder in ("amal", "ben"):
        ann(project, coder, patrol, "wounded four guards", outcome="wounded", count_best=4)
    with pytest.raises(NotFoundError, match=r"^There is no document with id 99\.$"):
        agreement_report(project, doc_ids=[patrol, 99])
    trash_document(project, market)
    with pytest.raises(NotFoundError, match=rf"^Document {market} is in the trash"):
        agreement_report(project, doc_ids=[market])
    assert agreement_report(project, doc_ids=[patrol]).documents == [patrol]


def test_the_disagreements_list_compares_values_as_alpha_does(project):
    """12 and 12.0 were listed as a disagreement (their text differs) while alpha counted
    the two coders as agreeing; a value alpha leaves out as missing was listed too."""
    doc = add_doc(project, PATROL, "patrol.txt")
    ids = [ann(project, coder, doc, "wounded four guards", outcome="wounded", count_best=12)
           for coder in ("amal", "ben", "chen")]
    with project.write("imported values") as tx:  # as a merge or an exchange can store them
        tx.update("annotation", ids[1], {"fields": {"outcome": "wounded", "count_best": 12.0}})
        tx.update("annotation", ids[2], {"fields": {"outcome": "wounded",
                                                    "count_best": "twelve"}})
    report = agreement_report(project)
    got = {(m.kind, m.measure): (m.agreement, m.units) for m in report.measures}
    assert got[("casualty", "count_best")] == (1.0, 1)
    assert [d.what for d in report.disagreements] == []
    # A real difference is still listed, with the values alpha compared.
    with project.write("edit") as tx:
        tx.update("annotation", ids[1], {"fields": {"outcome": "wounded", "count_best": 13.0}})
    report = agreement_report(project)
    (listed,) = report.disagreements
    assert (listed.what, listed.values) == ("count_best", {"amal": 12, "ben": 13.0})


def test_coders_with_nothing_in_common_are_told_why_in_one_sentence(project):
    patrol, market = add_doc(project, PATROL, "patrol.txt"), add_doc(project, MARKET, "m.txt")
    ann(project, "amal", patrol, "wounded four guards", outcome="wounded", count_best=4)
    ann(project, "ben", market, "quiet week", kind="event")
    reason = agreement_report(project).nothing_to_compare()
    assert reason is not None and reason.startswith(
        "There is nothing to compare: amal and ben have annotated no document in common")
    assert "Have them code the same documents" in reason
    assert strict_json(agreement_report(project))["nothing_to_compare"] == reason
    ann(project, "ben", patrol, "wounded four guards", outcome="wounded", count_best=4)
    report = agreement_report(project)
    assert report.nothing_to_compare() is None
    assert strict_json(report)["nothing_to_compare"] is None


def test_nothing_in_common_among_the_documents_asked_for_is_not_said_of_the_project(project):
    # Asked about two documents each coded by one of them, the sentence said the coders
    # "have annotated no document in common" though they had both coded a third, and
    # told them to code the same documents.
    patrol, market = add_doc(project, PATROL, "patrol.txt"), add_doc(project, MARKET, "m.txt")
    bulletin = add_doc(project, "Evening bulletin: a convoy was stopped near Tarn.\n", "b.txt")
    for coder in ("amal", "ben"):
        ann(project, coder, patrol, "wounded four guards", outcome="wounded", count_best=4)
    ann(project, "amal", market, "quiet week", kind="event")
    ann(project, "ben", bulletin, "convoy was stopped", kind="event")
    assert agreement_report(project).documents == [patrol]
    reason = agreement_report(project, doc_ids=[market, bulletin]).nothing_to_compare()
    assert reason is not None and reason.startswith(
        f"There is nothing to compare: amal and ben have annotated none of the documents "
        f"asked for ({market}, {bulletin}) in common")
    assert "no document in common" not in reason
