"""Incidents under a bad day (docs/integrity.md, "Review: merge, agreement and incidents
under a bad day"): what the earlier tests missed."""

from __future__ import annotations

import pytest

from workbench.core.errors import ValidationError
from workbench.core.exporters.incident_export import ucdp_row
from workbench.core.incidents import model, ops
from workbench.core.incidents.tally import tally


def test_an_incident_cannot_end_before_it_starts(project):
    # Accepted before: the UCDP row read date_start 2026-03-05, date_end 2026-03-01.
    with pytest.raises(ValidationError, match="2026-03-01 is before the start date 2026-03-05"):
        ops.create_incident(project, "Kerrow shelling", start_date="2026-03-05",
                            end_date="2026-03-01")
    inc = ops.create_incident(project, "Kerrow shelling", start_date="2026-03-05").result
    # Either end moved past the other is refused, the stored one included.
    with pytest.raises(ValidationError, match="before the start date"):
        ops.update_incident(project, inc, end_date="2026-03-04")
    ops.update_incident(project, inc, end_date="2026-03-09")
    with pytest.raises(ValidationError, match="before the start date"):
        ops.update_incident(project, inc, start_date="2026-03-10")
    row = model.get_incident(project, inc)
    assert (row["start_date"], row["end_date"]) == ("2026-03-05", "2026-03-09")
    assert ucdp_row(row, tally(project, inc))[1:3] == ["2026-03-05", "2026-03-09"]


def test_a_partial_end_date_that_holds_the_start_is_no_end_before_it(project):
    # "March 2026" ends on the 31st: an end of a month holding the start day is kept, as
    # a week or a year that holds it is.
    inc = ops.create_incident(project, "Tallim raids", start_date="2026-03-05",
                              end_date="2026-03").result
    assert model.get_incident(project, inc)["end_date"] == "2026-03"
    ops.update_incident(project, inc, start_date="2026-03-20", end_date="2026-03-16",
                        date_precision="week")
    with pytest.raises(ValidationError, match="before the start date"):
        ops.update_incident(project, inc, date_precision="day")


def test_an_incident_merged_into_another_and_restored_says_where_its_figures_went(project):
    # It said the figures "joined incident X while it was in the trash": they went there
    # with the merge, at the instant it was trashed, and nothing joined anything since.
    from tests.core.incidents.helpers import figure, report

    doc = report(project, "Shelling killed 12 civilians and wounded 30 in Kerrow.\n",
                 name="a.txt")
    k = figure(project, doc, "killed 12 civilians", count_low=12, group="civilians")
    w = figure(project, doc, "wounded 30", "wounded", count_low=30)
    keep = ops.create_incident(project, "Kerrow shelling", members=[k]).result
    gone = ops.create_incident(project, "Kerrow market", members=[w]).result
    ops.merge_incidents(project, keep, gone)
    said = ops.restore_incident(project, gone).result
    assert said == (f"Incident {gone} was merged into incident {keep}, and its 1 figure "
                    "went there with the merge and stays (a figure counts in one "
                    "incident): move it back to split them again.")
    assert sorted(model.member_ids(project, keep)) == sorted([k, w])
    assert model.member_ids(project, gone) == []


def test_an_incident_kept_with_its_end_before_its_start_can_still_be_edited(project):
    # One made before the check (or merged from such a project) keeps its dates until
    # they are edited: a new title is not refused for dates it does not touch.
    inc = ops.create_incident(project, "Kerrow shelling", start_date="2026-03-05").result
    with project.write("incident:edit") as tx:  # as a version without the check left it
        tx.update("incident", inc, {"end_date": "2026-03-01"})
    ops.update_incident(project, inc, title="Kerrow market shelling")
    with pytest.raises(ValidationError, match="before the start date"):
        ops.update_incident(project, inc, date_precision="day")
    ops.update_incident(project, inc, end_date="2026-03-06")
    assert model.get_incident(project, inc)["title"] == "Kerrow market shelling"
