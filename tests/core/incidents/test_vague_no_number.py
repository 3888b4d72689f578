"""A vague figure coded with no number ("dozens" with no count given) in an incident's
tally: listed, flagged vague, giving no number; the low is not raised, and the high is
open, since the report's uncounted victims may be more than any number given."""

from __future__ import annotations

from tests.core.incidents.helpers import figure, report
from workbench.core.incidents import ops
from workbench.core.incidents.tally import figure_range, tally


def _incident(project, *ann_ids):
    return ops.create_incident(project, "Ferry landing shelling", members=list(ann_ids)).result


def test_a_vague_figure_with_no_number_is_flagged_and_asserts_no_range():
    assert figure_range("vague", None, None, None) == (None, None, None, "vague")
    assert figure_range("exact", None, None, None) == (None, None, None, "")


def test_alone_it_says_there_is_no_number_rather_than_no_figures(project):
    doc = report(project, "Dozens were killed at the ferry landing of Orlenza.\n",
                 name="a.txt")
    k = figure(project, doc, "Dozens were killed", qualifier="vague")
    t = tally(project, _incident(project, k))
    cell = t.cell("killed")
    assert (cell.low, cell.best, cell.high) == (None, None, None)
    assert cell.vague and cell.high_open and cell.no_number == [doc]
    assert t.describe() == "killed, no number (vague) · 1 source"
    fig = cell.sources[0].figures[0]
    assert fig.used and fig.no_number
    assert t.outcomes_with_figures() == []


def test_beside_a_counted_report_the_low_stays_and_the_high_opens(project):
    a = report(project, "Five people were killed at the landing.\n", name="a.txt",
               published="2026-03-04")
    b = report(project, "Dozens died when shells hit the landing.\n", name="b.txt",
               published="2026-03-04")
    five = figure(project, a, "Five people were killed", count_low=5, qualifier="exact")
    dozens = figure(project, b, "Dozens died", qualifier="vague")
    t = tally(project, _incident(project, five, dozens))
    cell = t.cell("killed")
    assert (cell.low, cell.best, cell.high) == (5, 5, 5)
    assert cell.high_open and cell.vague and cell.no_number == [b]
    assert not cell.conflict
    assert t.describe() == "killed 5 or more (vague, a report gives no number) · 2 sources"


def test_a_number_the_same_report_gives_stands_for_it(project):
    doc = report(project, "Dozens killed at landing\n\nShelling killed 31 people there.\n",
                 name="a.txt")
    head = figure(project, doc, "Dozens killed", qualifier="vague")
    body = figure(project, doc, "killed 31 people", count_low=31, qualifier="exact")
    cell = tally(project, _incident(project, head, body)).cell("killed")
    assert (cell.low, cell.high, cell.high_open, cell.no_number) == (31, 31, False, [])


def test_a_group_with_no_number_leaves_the_total_open(project):
    doc = report(project, "Four soldiers and dozens of civilians were killed.\n",
                 name="a.txt")
    soldiers = figure(project, doc, "Four soldiers", count_low=4, qualifier="exact",
                      group="soldiers")
    civilians = figure(project, doc, "dozens of civilians", qualifier="vague",
                       group="civilians")
    t = tally(project, _incident(project, soldiers, civilians))
    total = t.cell("killed")
    assert (total.low, total.high, total.high_open, total.vague) == (4, 4, True, True)
    assert t.cell("killed", "civilians").no_number == [doc]
    assert total.no_number == [doc]


def test_a_number_given_is_counted_as_before(project):
    doc = report(project, "Dozens were killed at the landing.\n", name="a.txt")
    k = figure(project, doc, "Dozens were killed", count_low=24, qualifier="vague")
    t = tally(project, _incident(project, k))
    assert t.cell("killed").no_number == []
    assert t.describe() == "killed 24 or more (vague) · 1 source"
