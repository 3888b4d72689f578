"""An open high ("at least 5") is said as open on every surface: the tally's cell and
line, `workbench tally`, the report and the exports. Expectations worked out by hand
from docs/incidents.md (rules 2, 6 and "Open highs")."""

from __future__ import annotations

import csv
import io

import pytest

from tests.core.incidents.helpers import figure, report
from workbench.core.exporters import export
from workbench.core.incidents import ops
from workbench.core.incidents.tally import tally
from workbench.core.report import report_html


def _one(project, quote, **fields):
    doc = report(project, f"{quote} near the bridge on Sunday.\n", name="a.txt",
                 published="2026-03-02")
    fig = figure(project, doc, quote, **fields)
    return ops.create_incident(project, "Bridge attack", members=[fig]).result


@pytest.mark.parametrize(("quote", "fields", "cell", "line"), [
    # "at least 5": low 5, best 5, high open.
    ("At least five people were killed", {"count_low": 5, "qualifier": "at_least"},
     (5, 5, 5, True), "killed 5 or more · 1 source"),
    # "more than 20": at least 21, open.
    ("More than 20 people were killed", {"count_low": 20, "qualifier": "more_than"},
     (21, 21, 21, True), "killed 21 or more · 1 source"),
    # "dozens": the engine's floor of 24, vague and open.
    ("Dozens of people were killed", {"count_low": 24, "qualifier": "vague"},
     (24, 24, 24, True), "killed 24 or more (vague) · 1 source"),
    # "up to 30": no floor, a cap of 30: closed, nothing open about it.
    ("Up to 30 people were killed", {"count_low": 30, "qualifier": "up_to"},
     (None, 30, 30, False), "killed 0–30 (best 30) · 1 source"),
])
def test_one_figure_says_whether_its_high_is_open(project, quote, fields, cell, line):
    t = tally(project, _one(project, quote, **fields))
    c = t.cell("killed")
    assert (c.low, c.best, c.high, c.high_open) == cell
    assert t.describe() == line


def _two(project, first, second, first_fields, second_fields):
    a = report(project, f"{first} at the market.\n", name="monday.txt",
               published="2026-03-02")
    b = report(project, f"{second} at the market.\n", name="tuesday.txt",
               published="2026-03-03")
    fa = figure(project, a, first, **first_fields)
    fb = figure(project, b, second, **second_fields)
    return ops.create_incident(project, "Market attack", members=[fa, fb]).result


def test_a_closed_figure_above_an_open_floor_closes_the_high(project):
    # "At least 5" and a later report's "10": the high is 10, which a source counted.
    t = tally(project, _two(project, "At least five were killed", "Ten were killed",
                            {"count_low": 5, "qualifier": "at_least"},
                            {"count_low": 10, "qualifier": "exact"}))
    c = t.cell("killed")
    assert (c.low, c.best, c.high, c.high_open, c.conflict) == (5, 10, 10, False, False)
    assert t.describe() == "killed 5–10 (best 10) · 2 sources"


def test_an_open_floor_above_every_closed_figure_leaves_the_high_open(project):
    # "Ten were killed" on Monday, "at least 12" on Tuesday: they disagree (12 > 10),
    # the low is 10 and the high is open from 12.
    t = tally(project, _two(project, "Ten were killed", "At least 12 were killed",
                            {"count_low": 10, "qualifier": "exact"},
                            {"count_low": 12, "qualifier": "at_least"}))
    c = t.cell("killed")
    assert (c.low, c.best, c.high, c.high_open, c.conflict) == (10, 12, 12, True, True)
    assert t.describe() == "killed 10–12 or more (best 12, sources disagree) · 2 sources"


def test_a_closed_figure_equal_to_the_open_floor_closes_it(project):
    t = tally(project, _two(project, "At least five were killed", "Five were killed",
                            {"count_low": 5, "qualifier": "at_least"},
                            {"count_low": 5, "qualifier": "exact"}))
    assert (t.cell("killed").high, t.cell("killed").high_open) == (5, False)
    assert t.describe() == "killed 5 · 2 sources"


def test_an_open_group_leaves_the_total_open_and_a_group_alone_does_not(project):
    # "At least five civilians and three soldiers": 8 or more killed, the civilians
    # 5 or more, the combatants 3.
    doc = report(project, "At least five civilians and three soldiers were killed.\n",
                 name="a.txt")
    c = figure(project, doc, "At least five civilians", count_low=5,
               qualifier="at_least", group="civilians")
    s = figure(project, doc, "three soldiers", count_low=3, group="soldiers")
    t = tally(project, ops.create_incident(project, "Raid", members=[c, s]).result)
    assert (t.cell("killed").low, t.cell("killed").high_open) == (8, True)
    assert t.cell("killed", "civilians").high_open
    assert not t.cell("killed", "combatants").high_open
    assert t.describe() == "killed 8 or more · 1 source"
    # A report naming one group only ("five civilians") gives the total a floor, but
    # that is the tally's reading, not an open figure: the line stays "killed 5".
    doc2 = report(project, "Five civilians were killed.\n", name="b.txt")
    f = figure(project, doc2, "Five civilians", count_low=5, group="civilians")
    t2 = tally(project, ops.create_incident(project, "Shelling", members=[f]).result)
    assert (t2.cell("killed").high, t2.cell("killed").high_open) == (5, False)
    assert t2.describe() == "killed 5 · 1 source"


def _rows(project, fmt):
    out = io.StringIO()
    export(project, fmt, out, figure_statuses=None)
    return list(csv.DictReader(io.StringIO(out.getvalue())))


def test_the_exports_and_the_report_say_the_high_is_open(project):
    inc = _one(project, "At least five people were killed", count_low=5,
               qualifier="at_least")
    (acled,) = _rows(project, "acled")
    assert (acled["fatalities"], acled["fatalities_open"]) == ("5", "yes")
    assert "killed 5 or more" in acled["notes"]
    (ucdp,) = _rows(project, "ucdp")
    # The high stays the floor a source gave (no invented ceiling); a column says so.
    assert (ucdp["low"], ucdp["best"], ucdp["high"], ucdp["high_open"]) == (
        "5", "5", "5", "yes")
    (wide,) = _rows(project, "incidents")
    assert (wide["killed_all_high"], wide["killed_all_high_open"]) == ("5", "yes")
    assert wide["killed_unknown_high_open"] == "yes"
    assert wide["wounded_all_high_open"] == ""
    html = report_html(project, [inc], figure_statuses=None)
    assert "killed 5 or more" in html
    assert "<td class='n'>5 or more</td>" in html


def test_a_closed_tally_exports_no_open_high(project):
    _one(project, "Five people were killed", count_low=5, qualifier="exact")
    (ucdp,) = _rows(project, "ucdp")
    assert (ucdp["high"], ucdp["high_open"]) == ("5", "")
    (acled,) = _rows(project, "acled")
    assert acled["fatalities_open"] == ""
