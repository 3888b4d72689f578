"""Two figures of one report that disagree (a headline's "12 killed", the body's "at
least 14") are flagged as a conflict inside the source, as two sources disagreeing
are; a revision, a same_as pair and a sub-group are not conflicts. Worked out by hand
from docs/incidents.md (rules 3 and 9)."""

from __future__ import annotations

from tests.core.incidents.helpers import figure, report
from workbench.core.incidents import ops
from workbench.core.incidents.tally import tally
from workbench.core.ops.annotations import add_link


def _incident(project, *ann_ids):
    return ops.create_incident(project, "Bus station attack", members=list(ann_ids)).result


def _headline_and_body(project, body_quote, **body):
    doc = report(project, f"12 killed at the bus station\n\n{body_quote} on Friday.\n",
                 name="friday.txt")
    head = figure(project, doc, "12 killed", count_low=12, qualifier="exact")
    rest = figure(project, doc, body_quote, **body)
    return doc, head, rest


def test_a_headline_and_a_body_that_disagree_are_flagged(project):
    # "12 killed" and "at least 14 were killed": 14 is above 12's ceiling. The range
    # stays rule 3's (the larger floor, open), and the cell says a report disagrees
    # with itself, naming it, where it kept the larger silently.
    doc, head, body = _headline_and_body(project, "at least 14 were killed",
                                         count_low=14, qualifier="at_least")
    t = tally(project, _incident(project, head, body))
    for category in ("all", "unknown"):
        c = t.cell("killed", category)
        assert (c.low, c.high, c.conflict) == (14, 14, True)
        assert (c.conflicting, c.self_conflicting, c.sources_disagree) == ([doc], [doc], False)
    (row,) = t.cell("killed", "unknown").sources
    assert row.disagrees
    assert t.describe() == "killed 14 or more (a report's figures disagree) · 1 source"


def test_a_headline_of_12_and_a_body_of_13_disagree(project):
    doc, head, body = _headline_and_body(project, "13 people were killed", count_low=13,
                                         qualifier="exact")
    c = tally(project, _incident(project, head, body)).cell("killed")
    assert (c.low, c.high, c.conflict, c.self_conflicting) == (13, 13, True, [doc])


def test_restatements_their_qualifiers_allow_do_not_disagree(project):
    # "12 killed" and "at least 12" (or "about 13", 12–14): one toll said twice.
    for quote, fields in (("at least 12 were killed", {"qualifier": "at_least",
                                                       "count_low": 12}),
                          ("about 13 were killed", {"qualifier": "about", "count_low": 13})):
        _doc, head, body = _headline_and_body(project, quote, **fields)
        c = tally(project, _incident(project, head, body)).cell("killed")
        assert not c.conflict and c.self_conflicting == []


def test_a_revision_in_the_same_report_is_not_a_conflict(project):
    _doc, head, body = _headline_and_body(project, "the toll rose to 14", count_low=14,
                                          qualifier="exact")
    c = tally(project, _incident(project, head, body)).cell("killed")
    assert (c.low, c.high, c.conflict) == (14, 14, False)


def test_a_same_as_pair_is_one_toll_not_a_conflict(project):
    # The researcher linked the two as one toll: not weighed against each other.
    _doc, head, body = _headline_and_body(project, "at least 14 were killed",
                                          count_low=14, qualifier="at_least")
    inc = _incident(project, head, body)
    assert tally(project, inc).cell("killed").conflict
    add_link(project, body, head, "same_as")
    t = tally(project, inc)
    assert not t.cell("killed").conflict
    assert not t.cell("killed", "unknown").conflict


def test_a_sub_group_is_not_a_conflict(project):
    # "Twelve people were killed, among them five children" and, later in the report,
    # "three civilians": the five children are a floor of the civilians (part_of the
    # twelve), not a count the three contradicts.
    doc = report(project, "Twelve people were killed, among them five children. Three "
                 "civilians died in the second blast.\n", name="a.txt")
    whole = figure(project, doc, "Twelve people were killed", count_low=12, group="people")
    part = figure(project, doc, "five children", count_low=5, group="children")
    three = figure(project, doc, "Three civilians", count_low=3, group="civilians")
    inc = _incident(project, whole, part, three)
    # Without the link the five children and the three civilians disagree.
    assert tally(project, inc).cell("killed", "civilians").self_conflicting == [doc]
    add_link(project, part, whole, "part_of")
    t = tally(project, inc)
    assert not t.cell("killed", "civilians").conflict
    assert t.cell("killed", "civilians").self_conflicting == []


def test_a_groups_own_disagreement_flags_the_total_and_sources_still_say_so(project):
    # One report: "five civilians" and later "seven civilians" (no revision word); a
    # second report says five people were killed: below the seven civilians, so the
    # sources disagree too.
    a = report(project, "Five civilians were killed. Seven civilians died in all.\n",
               name="a.txt", published="2026-03-02")
    b = report(project, "Five people were killed.\n", name="b.txt", published="2026-03-02")
    five = figure(project, a, "Five civilians", count_low=5, group="civilians")
    seven = figure(project, a, "Seven civilians", count_low=7, group="civilians")
    other = figure(project, b, "Five people", count_low=5)
    t = tally(project, _incident(project, five, seven, other))
    civ = t.cell("killed", "civilians")
    assert (civ.low, civ.high, civ.self_conflicting, civ.sources_disagree) == (
        7, 7, [a], False)
    total = t.cell("killed")
    assert total.conflict and total.sources_disagree
    assert total.self_conflicting == [a] and total.conflicting == [a, b]
    assert t.describe() == ("killed 5–7 (best 5, sources disagree, a report's figures "
                            "disagree) · 2 sources")


def test_the_report_names_the_report_that_disagrees_with_itself(project):
    from workbench.core.report import report_html

    doc, head, body = _headline_and_body(project, "at least 14 were killed",
                                         count_low=14, qualifier="at_least")
    inc = _incident(project, head, body)
    page = report_html(project, [inc], figure_statuses=None)
    assert f"conflict (documents {doc}; own figures disagree in {doc})" in page
    assert "a report&#x27;s figures disagree" in page
