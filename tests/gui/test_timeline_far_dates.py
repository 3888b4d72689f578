"""The timeline at the ends of the calendar: marks before 1970 and after 2038 sit on
their days, and a week in the calendar's last days is drawn and told as the days it has
(its write raised OverflowError before). The view itself cannot be zoomed out past
year 1 or 9999 (the date axis limits it); a period dragged past year 1 starts on its
first day."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import datetime as dt

from tests.gui.test_timeline import World, make_pane, mark_of, ts
from workbench.core.ops import annotations as ops


def test_marks_before_1970_and_after_2038_sit_on_their_days(qtbot, tmp_path):
    world = World(tmp_path)
    try:
        early = ops.annotate_quote(world.project, world.doc, "statement",
                                   "An undated remark", {"date": "1956-10-29"}).result
        late = ops.annotate_quote(world.project, world.doc, "claim",
                                  "claimed responsibility",
                                  {"date": "9999-12-30", "date_precision": "week"}).result
        pane = make_pane(qtbot, world)
        assert pane.marks.x[mark_of(pane, early)] == ts("1956-10-29") < 0
        # The calendar's last week starts on Monday 27 December 9999 and ends with it.
        assert pane.marks.x[mark_of(pane, late)] == ts("9999-12-27")
        tip = pane.tooltip_at(ts("9999-12-27"), pane.marks.y[mark_of(pane, late)])
        assert "9999-12-27 – 9999-12-31" in tip, tip
        assert dt.date(1956, 10, 29).isoformat() in pane.tooltip_at(
            ts("1956-10-29"), pane.marks.y[mark_of(pane, early)])
    finally:
        world.project.close()


def test_a_period_dragged_past_the_calendars_first_day_starts_on_it(qtbot, tmp_path):
    # Zoomed out to year 1, a Shift-drag that runs off the plot's left edge (onto the lane
    # names) ends before the calendar: converting it to a date raised OverflowError in
    # the slot, and no period was set.
    world = World(tmp_path)
    try:
        ops.annotate_quote(world.project, world.doc, "statement", "An undated remark",
                           {"date": "0001-01-05"})
        pane = make_pane(qtbot, world)
        pane.viewbox.setXRange(ts("0001-01-01") - 400 * 86400, ts("0001-06-01"), padding=0)
        x0, x1 = pane.viewbox.viewRange()[0]
        assert x0 == ts("0001-01-01")  # the view stops at the calendar's first day
        pane._period_dragged(x0 - (x1 - x0) / 4, x0 + (x1 - x0) / 2, True)
        assert world.filters[-1].date_from == "0001-01-01"
        assert "0001-01-01" < world.filters[-1].date_to < "0002"
    finally:
        world.project.close()
