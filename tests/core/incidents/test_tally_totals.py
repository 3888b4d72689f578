"""A document's total for an outcome: its categories are added, but a toll said twice in
two categories ("Nine killed" in the headline, "killed nine civilians" in the body), a
revised toll, and a part of a figure that is not counted must not change the total."""

from __future__ import annotations

import pytest

from tests.core.incidents.helpers import figure, report
from tests.helpers import make_project
from workbench.core.incidents import ops
from workbench.core.incidents.tally import tally
from workbench.core.ops.annotations import add_link, remove_link, set_status, trash_annotations

HEADLINE = ("Nine killed in strike on Tarsin market\n\n"
            "A drone strike on the market in Tarsin killed nine civilians on Monday, "
            "the district council said. The nine civilians were buried on Tuesday.\n")


@pytest.fixture
def project(tmp_path):
    with make_project(tmp_path) as p:
        yield p


def _incident(project, *ann_ids):
    return ops.create_incident(project, "Tarsin market", members=list(ann_ids)).result


def _killed(project, inc, category="all"):
    cell = tally(project, inc).cell("killed", category)
    return None if cell is None else (cell.low, cell.best, cell.high)


def _headline_and_body(project):
    doc = report(project, HEADLINE, name="a.txt")
    head = figure(project, doc, "Nine killed", count_low=9)
    body = figure(project, doc, "killed nine civilians", count_low=9, group="civilians")
    return doc, head, body


def test_a_toll_linked_same_as_across_categories_counts_once(project):
    _, head, body = _headline_and_body(project)
    inc = _incident(project, head, body)
    add_link(project, body, head, "same_as")  # as the engine links a repeated toll
    assert _killed(project, inc) == (9, 9, 9)
    # Each category still shows what the report says of it.
    assert _killed(project, inc, "civilians") == (9, 9, 9)
    assert _killed(project, inc, "unknown") == (9, 9, 9)
    assert "killed 9 · 1 source" in tally(project, inc).describe()


def test_a_same_as_chain_counts_once_and_a_removed_link_adds_again(project):
    doc, head, body = _headline_and_body(project)
    third = figure(project, doc, "The nine civilians", count_low=9, group="civilians")
    inc = _incident(project, head, body, third)
    add_link(project, body, head, "same_as")
    link = add_link(project, third, body, "same_as").result
    assert _killed(project, inc) == (9, 9, 9)
    remove_link(project, link)  # still one link between the categories
    assert _killed(project, inc) == (9, 9, 9)
    links = [x["id"] for x in project.repo.links([body]) if x["target_id"] == head]
    remove_link(project, links[0])  # no link left: the categories are different people
    assert _killed(project, inc) == (18, 18, 18)


def test_a_rejected_or_trashed_link_end_leaves_the_other_figure_counted(project):
    _, head, body = _headline_and_body(project)
    inc = _incident(project, head, body)
    add_link(project, body, head, "same_as")
    set_status(project, [head], "rejected")
    assert _killed(project, inc) == (9, 9, 9)
    set_status(project, [head], "accepted")
    trash_annotations(project, [body])
    assert _killed(project, inc) == (9, 9, 9)


def test_same_as_across_documents_changes_nothing(project):
    a = report(project, "Nine killed in Tarsin.\n", name="a.txt", published="2026-03-02")
    b = report(project, "The strike killed eleven civilians.\n", name="b.txt",
               published="2026-03-03")
    fa = figure(project, a, "Nine killed", count_low=9)
    fb = figure(project, b, "killed eleven civilians", count_low=11, group="civilians")
    inc = _incident(project, fa, fb)
    before = _killed(project, inc)
    add_link(project, fb, fa, "same_as")
    assert _killed(project, inc) == before == (9, 11, 11)


def test_a_revised_toll_without_a_group_replaces_the_earlier_categories_in_the_total(
        project):
    doc = report(project, "Five civilians and three soldiers were killed in the shelling "
                 "of Vell. By evening the toll had risen to 12.\n", name="a.txt")
    civ = figure(project, doc, "Five civilians", count_low=5, group="civilians")
    sol = figure(project, doc, "three soldiers", count_low=3, group="soldiers")
    new = figure(project, doc, "the toll had risen to 12", count_low=12)
    inc = _incident(project, civ, sol, new)
    assert _killed(project, inc) == (12, 12, 12)
    assert _killed(project, inc, "civilians") == (5, 5, 5)
    assert _killed(project, inc, "combatants") == (3, 3, 3)
    notes = {f.annotation_id: f.note
             for s in tally(project, inc).cell("killed").sources for f in s.figures}
    assert notes[civ] == notes[sol] == "superseded by an updated toll"


def test_a_revised_toll_of_one_category_leaves_the_others_added(project):
    doc = report(project, "Five civilians were killed. The number of soldiers killed "
                 "later rose to 4.\n", name="a.txt")
    civ = figure(project, doc, "Five civilians were killed", count_low=5, group="civilians")
    sol = figure(project, doc, "soldiers killed later rose to 4", count_low=4,
                 group="soldiers")
    inc = _incident(project, civ, sol)
    assert _killed(project, inc) == (9, 9, 9)


def test_a_part_counts_when_the_figure_it_is_part_of_does_not(project):
    doc = report(project, "Eleven people were killed, including two soldiers.\n",
                 name="a.txt")
    whole = figure(project, doc, "Eleven people were killed", count_low=11, group="people")
    part = figure(project, doc, "two soldiers", count_low=2, group="soldiers")
    add_link(project, part, whole, "part_of")
    inc = _incident(project, whole, part)
    assert _killed(project, inc) == (11, 11, 11)
    set_status(project, [whole], "rejected")  # "eleven" was misread: the two remain
    assert _killed(project, inc) == (2, 2, 2)
    set_status(project, [whole], "suggested")
    counted = tally(project, inc, ("accepted",)).cell("killed")
    assert (counted.low, counted.high) == (2, 2)
    set_status(project, [whole], "accepted")
    trash_annotations(project, [whole])
    assert _killed(project, inc) == (2, 2, 2)


def test_a_part_of_a_figure_outside_the_incident_counts(project):
    doc = report(project, "Eleven people were killed, including two soldiers.\n",
                 name="a.txt")
    whole = figure(project, doc, "Eleven people were killed", count_low=11, group="people")
    part = figure(project, doc, "two soldiers", count_low=2, group="soldiers")
    add_link(project, part, whole, "part_of")
    inc = _incident(project, part)
    assert _killed(project, inc) == (2, 2, 2)
