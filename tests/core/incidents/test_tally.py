from __future__ import annotations

import pytest

from tests.core.incidents.helpers import figure, report
from workbench.core.incidents import ops
from workbench.core.incidents.tally import figure_range, tally
from workbench.core.ops.annotations import add_link, set_status


def _incident(project, *ann_ids):
    return ops.create_incident(project, "Market attack", members=list(ann_ids)).result


@pytest.mark.parametrize(("qualifier", "low", "high", "expected"), [
    ("exact", 10, None, (10, 10, 10, "")),
    (None, 10, None, (10, 10, 10, "")),
    ("at_least", 12, None, (12, None, 12, "")),
    ("more_than", 12, None, (13, None, 13, "")),
    ("up_to", 12, None, (None, 12, 12, "")),
    ("about", 50, None, (45, 55, 50, "approximate")),
    ("about", 4, None, (3, 5, 4, "approximate")),
    ("range", 7, 9, (7, 9, 7, "")),
    ("vague", 24, None, (24, None, 24, "vague")),
])
def test_each_qualifier_gives_its_range(qualifier, low, high, expected):
    assert figure_range(qualifier, low, None, high) == expected


def test_a_toll_repeated_in_one_report_counts_once(project):
    doc = report(project, "12 killed in market blast\n\nThe blast killed 12 people.\n",
                 name="a.txt")
    a = figure(project, doc, "12 killed", count_low=12, qualifier="exact")
    b = figure(project, doc, "killed 12 people", count_low=12, qualifier="exact")
    cell = tally(project, _incident(project, a, b)).cell("killed")
    assert (cell.low, cell.best, cell.high) == (12, 12, 12)


def test_an_updated_toll_supersedes_the_earlier_one(project):
    doc = report(project, "Officials said 40 were killed. The toll later rose to 35.\n",
                 name="a.txt")
    first = figure(project, doc, "40 were killed", count_low=40)
    later = figure(project, doc, "rose to 35", count_low=35)
    cell = tally(project, _incident(project, first, later)).cell("killed")
    assert (cell.low, cell.high) == (35, 35)
    notes = {f.annotation_id: f.note for f in cell.sources[0].figures}
    assert notes[first] == "superseded by an updated toll"


def test_a_figure_part_of_another_is_not_added(project):
    doc = report(project, "Eleven people were killed, including two soldiers.\n", name="a.txt")
    whole = figure(project, doc, "Eleven people were killed", count_low=11, group="people")
    part = figure(project, doc, "two soldiers", count_low=2, group="soldiers")
    inc = _incident(project, whole, part)
    assert tally(project, inc).cell("killed").low == 13  # without the link: added
    add_link(project, part, whole, "part_of")
    t = tally(project, inc)
    assert t.cell("killed").low == 11
    assert t.cell("killed", "combatants") is not None


def test_categories_are_tallied_apart_and_added_per_source(project):
    doc = report(project, "Shelling killed 5 civilians and 3 soldiers.\n", name="a.txt")
    c = figure(project, doc, "5 civilians", count_low=5, group="civilians")
    s = figure(project, doc, "3 soldiers", count_low=3, group="soldiers")
    t = tally(project, _incident(project, c, s))
    assert t.cell("killed", "civilians").low == 5
    assert t.cell("killed", "combatants").low == 3
    assert t.cell("killed").low == 8


def test_low_is_the_lowest_source_and_high_the_highest(project):
    a = report(project, "The strike killed 7 people.\n", name="a.txt", published="2026-03-04")
    b = report(project, "Nine people were killed in the strike.\n", name="b.txt",
               published="2026-03-05")
    fa = figure(project, a, "killed 7 people", count_low=7)
    fb = figure(project, b, "Nine people were killed", count_low=9)
    cell = tally(project, _incident(project, fa, fb)).cell("killed")
    assert (cell.low, cell.high) == (7, 9)
    assert cell.best == 9  # both ungraded: the latest report
    assert "latest report" in cell.best_rule


def test_an_open_source_raises_the_high_by_what_it_asserts(project):
    a = report(project, "At least 20 were killed.\n", name="a.txt")
    b = report(project, "Twelve were killed.\n", name="b.txt")
    fa = figure(project, a, "At least 20 were killed", count_low=20, qualifier="at_least")
    fb = figure(project, b, "Twelve were killed", count_low=12)
    cell = tally(project, _incident(project, fa, fb)).cell("killed")
    assert (cell.low, cell.high) == (12, 20)


def test_best_comes_from_the_best_graded_source_and_can_be_overridden(project):
    a = report(project, "The strike killed 7 people.\n", name="a.txt", published="2026-03-04",
               grade=("A", 2))
    b = report(project, "Nine people were killed.\n", name="b.txt", published="2026-03-09",
               grade=("C", 3))
    fa = figure(project, a, "killed 7 people", count_low=7)
    fb = figure(project, b, "Nine people were killed", count_low=9)
    inc = _incident(project, fa, fb)
    assert tally(project, inc).cell("killed").best == 7
    ops.set_best(project, inc, "killed", 8, "morgue register lists eight")
    cell = tally(project, inc).cell("killed")
    assert cell.best == 8
    assert "morgue register" in cell.best_rule


def test_poorly_graded_sources_are_left_out_unless_included(project):
    a = report(project, "The strike killed 7 people.\n", name="a.txt", grade=("B", 2))
    b = report(project, "Ninety people were killed.\n", name="b.txt", grade=("E", 5))
    fa = figure(project, a, "killed 7 people", count_low=7)
    fb = figure(project, b, "Ninety people were killed", count_low=90)
    inc = _incident(project, fa, fb)
    cell = tally(project, inc).cell("killed")
    assert cell.high == 7
    assert [s.included for s in cell.sources if s.doc_id == b] == [False]
    ops.include_source(project, inc, b)
    assert tally(project, inc).cell("killed").high == 90


def test_rejected_figures_do_not_count(project):
    a = report(project, "The strike killed 7 people.\n", name="a.txt")
    b = report(project, "Ninety people were killed.\n", name="b.txt")
    fa = figure(project, a, "killed 7 people", count_low=7)
    fb = figure(project, b, "Ninety people were killed", count_low=90)
    inc = _incident(project, fa, fb)
    set_status(project, [fb], "rejected")
    assert tally(project, inc).cell("killed").high == 7


def test_conflict_when_sources_disagree_beyond_their_qualifiers(project):
    a = report(project, "Exactly 10 were killed.\n", name="a.txt")
    b = report(project, "At least 12 were killed.\n", name="b.txt")
    c = report(project, "At least 8 were killed.\n", name="c.txt")
    fa = figure(project, a, "10 were killed", count_low=10, qualifier="exact")
    fb = figure(project, b, "At least 12 were killed", count_low=12, qualifier="at_least")
    fc = figure(project, c, "At least 8 were killed", count_low=8, qualifier="at_least")
    agree = tally(project, _incident(project, fa, fc)).cell("killed")
    assert not agree.conflict
    inc = ops.create_incident(project, "B", members=[fb]).result
    from workbench.core.incidents.model import incident_of

    ops.move_members(project, incident_of(project, fa), inc, [fa])
    disagree = tally(project, inc).cell("killed")
    assert disagree.conflict
    assert sorted(disagree.conflicting) == sorted([a, b])


def test_vague_figures_are_flagged(project):
    a = report(project, "Dozens were wounded.\n", name="a.txt")
    fa = figure(project, a, "Dozens were wounded", "wounded", count_low=24, qualifier="vague")
    cell = tally(project, _incident(project, fa)).cell("wounded")
    assert cell.vague and cell.low == 24


def test_describe_gives_the_researchers_line(project):
    a = report(project, "The strike killed at least 7 people and wounded at least 150.\n",
               name="a.txt", published="2026-03-04")
    b = report(project, "Nine were killed and 173 wounded.\n", name="b.txt",
               published="2026-03-05")
    ids = [figure(project, a, "killed at least 7 people", count_low=7, qualifier="at_least"),
           figure(project, a, "wounded at least 150", "wounded", count_low=150,
                  qualifier="at_least"),
           figure(project, b, "Nine were killed", count_low=9),
           figure(project, b, "173 wounded", "wounded", count_low=173)]
    inc = _incident(project, *ids)
    assert tally(project, inc).describe() == (
        "killed 7–9 (best 9) · wounded 150–173 (best 173) · 2 sources")
    c = report(project, "Four were killed.\n", name="c.txt", published="2026-03-06")
    ops.add_members(project, inc, [figure(project, c, "Four were killed", count_low=4)])
    assert tally(project, inc).describe().startswith("killed 4–9 (best 4, sources disagree)")
    empty = ops.create_incident(project, "nothing yet").result
    assert tally(project, empty).describe() == "no figures · 0 sources"


def _stored_link(project, source, target):
    """A part_of link written as an older project or a merge could have stored it:
    ``add_link`` refuses one that closes a loop."""
    from workbench.core import clock
    with project.write("link") as tx:
        tx.insert("link", {"id": clock.new_id(), "source_id": source, "target_id": target,
                           "type": "part_of", "coder": project.coder,
                           "created_at": tx.time()})


def test_a_part_of_loop_already_stored_keeps_its_figures_and_says_so(project):
    # Each a part of the other: both were parts of a counted figure, both left out of the
    # total, and the incident read "no figures". The largest figure of the loop is taken
    # as the whole, and the tally says which links loop.
    doc = report(project, "Shelling killed 12 people, including five children, and "
                 "wounded 3 guards.\n", name="a.txt")
    toll = figure(project, doc, "killed 12 people", count_low=12, qualifier="exact")
    kids = figure(project, doc, "five children", count_low=5, group="children",
                  qualifier="exact")
    inc = _incident(project, toll, kids)
    add_link(project, kids, toll, "part_of")
    _stored_link(project, toll, kids)
    t = tally(project, inc)
    assert t.describe() == "killed 12 · 1 source"  # it read "no figures · 1 source"
    assert t.cell("killed", "civilians").low == 5
    # Named by their words and document, as the pane and the report show them: the
    # annotations' ids are shown nowhere a researcher could match them.
    assert t.notes == [
        f"Figures “killed 12 people” (document {doc}), “five children” (document {doc}) "
        "are linked part_of one another in a loop; "
        f"“killed 12 people” (document {doc}), the largest, is counted as the whole: "
        "remove the link that is wrong."]
    assert toll not in t.notes[0] and kids not in t.notes[0]
    assert t.to_dict()["notes"] == t.notes


def test_a_part_of_loop_through_a_third_figure_keeps_the_largest_as_the_whole(project):
    doc = report(project, "The blast killed 20 people, among them 9 women and 4 girls.\n",
                 name="a.txt")
    toll = figure(project, doc, "killed 20 people", count_low=20, qualifier="exact")
    women = figure(project, doc, "9 women", count_low=9, group="women", qualifier="exact")
    girls = figure(project, doc, "4 girls", count_low=4, group="girls", qualifier="exact")
    inc = _incident(project, toll, women, girls)
    add_link(project, girls, women, "part_of")
    add_link(project, women, toll, "part_of")
    _stored_link(project, toll, girls)
    t = tally(project, inc)
    assert (t.cell("killed").low, t.cell("killed").high) == (20, 20)
    assert len(t.notes) == 1
    # Without the loop nothing is said.
    assert tally(project, _incident(project)).notes == []


def test_the_report_prints_what_the_tally_says_of_a_loop(project):
    from workbench.core.report import report_html
    doc = report(project, "Shelling killed 12 people, including five children.\n",
                 name="a.txt")
    toll = figure(project, doc, "killed 12 people", count_low=12, qualifier="exact")
    kids = figure(project, doc, "five children", count_low=5, group="children",
                  qualifier="exact")
    set_status(project, [toll, kids], "accepted")
    inc = _incident(project, toll, kids)
    add_link(project, kids, toll, "part_of")
    _stored_link(project, toll, kids)
    page = report_html(project, [inc])
    assert "<p class='flag'>Figures " in page and "in a loop" in page
