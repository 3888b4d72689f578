"""Matching weighs shared words, as docs/team.md says, not shared characters."""

from __future__ import annotations

from tests.core.agreement.conftest import add_doc
from workbench.core.agreement import agreement_report
from workbench.core.agreement.matching import match, tokens
from workbench.core.ops.annotations import annotate_quote

TEXT = "Shelling killed 4 in Kfarmishkiyeh and wounded 9 there.\n"


def _ann(coder, quote):
    start = TEXT.index(quote)
    return {"id": f"{coder}:{quote}", "coder": coder, "start": start,
            "end": start + len(quote)}


def test_a_long_word_does_not_outweigh_shared_words():
    # Ben's span "killed 4 in Kfarmishkiyeh" (4 words, 25 characters) overlaps both of
    # Amal's: "killed 4" shares 2 of the 4 words the two cover (0.5) but only 8 of 25
    # characters (0.32); "Kfarmishkiyeh and wounded 9" shares 1 of 7 words (0.14) but 13
    # of 39 characters (0.33). By words Ben's figure goes with Amal's "killed 4".
    anns = [_ann("amal", "killed 4"), _ann("amal", "Kfarmishkiyeh and wounded 9"),
            _ann("ben", "killed 4 in Kfarmishkiyeh")]
    groups = match(anns, tokens(TEXT))
    assert [sorted(a["id"] for a in g.values()) for g in groups] == [
        ["amal:killed 4", "ben:killed 4 in Kfarmishkiyeh"],
        ["amal:Kfarmishkiyeh and wounded 9"]]


def test_the_report_compares_the_figures_sharing_most_words(project):
    doc = add_doc(project, TEXT, "shelling.txt")
    project.coder = "amal"
    annotate_quote(project, doc, "casualty", "killed 4",
                   {"outcome": "killed", "count_best": 4, "qualifier": "exact"})
    annotate_quote(project, doc, "casualty", "Kfarmishkiyeh and wounded 9",
                   {"outcome": "wounded", "count_best": 9, "qualifier": "exact"})
    project.coder = "ben"
    annotate_quote(project, doc, "casualty", "killed 4 in Kfarmishkiyeh",
                   {"outcome": "killed", "count_best": 4, "qualifier": "exact"})
    report = agreement_report(project, kinds=["casualty"])
    outcome = next(m for m in report.measures if m.measure == "outcome")
    # One matched figure, both coders "killed": nothing varies, so alpha is undefined
    # (shown as a dash) and the coders agree on every pair (it was alpha 0, agreement 0:
    # Ben's killed figure compared with Amal's wounded one).
    assert (outcome.alpha, outcome.agreement, outcome.units) == (None, 1.0, 1)
    assert sorted(d.what for d in report.disagreements) == ["missing", "span"]


def test_spans_touching_on_a_space_are_two_figures(project):
    # Amal dragged "killed 4 " with the space after it, Ben " and wounded 9" with the
    # space before: the spans overlap on one space and share no word. They are two
    # figures, each missing for the other coder, not one figure whose outcome differs.
    text = "Gunmen killed 4 and wounded 9 at the gate.\n"
    doc = add_doc(project, text, "gate.txt")
    from workbench.core.ops.annotations import create_annotation

    project.coder = "amal"
    k = text.index("killed 4 ")
    create_annotation(project, doc, "casualty", k, k + len("killed 4 "),
                      {"outcome": "killed", "count_best": 4, "qualifier": "exact"})
    project.coder = "ben"
    w = text.index(" and wounded 9")
    create_annotation(project, doc, "casualty", w, w + len(" and wounded 9"),
                      {"outcome": "wounded", "count_best": 9, "qualifier": "exact"})
    report = agreement_report(project, kinds=["casualty"])
    assert sorted(d.what for d in report.disagreements) == ["missing", "missing"]
    assert not any(m.measure == "outcome" for m in report.measures)  # nothing matched
