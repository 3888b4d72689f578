"""A merge's conflict copies in the agreement report, before and after review.

Amal's casualty figure travelled to Ben's project; Ben corrected it there (11) and
coded the same words himself (12), while Amal changed hers (13). The lead's merge keeps
Amal's version and Ben's correction as a conflict copy: a suggestion by Ben on the same
words. Counted as Ben's, it was a second figure of his: "missing" for Amal, or compared
in place of the figure Ben made himself.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.helpers import REPORT, add_doc
from workbench.core.agreement import agreement_report
from workbench.core.merge import merge_projects
from workbench.core.ops.annotations import (
    add_link,
    annotate_quote,
    set_status,
    update_annotation,
)
from workbench.core.project import Project

WORDS = "killed at least 12 civilians"


def _merged_team(folder: Path) -> tuple[Path, dict[str, str]]:
    ids: dict[str, str] = {}
    with Project.create(folder / "amal.wbproj", coder="amal") as p:
        doc = add_doc(p, REPORT)
        ids["amal"] = annotate_quote(p, doc, "casualty", WORDS,
                                     {"outcome": "killed", "count_low": 12}).result
    shutil.copy(folder / "amal.wbproj", folder / "ben.wbproj")
    with Project.open(folder / "ben.wbproj", coder="ben") as p:
        ids["ben"] = annotate_quote(p, doc, "casualty", WORDS,
                                    {"outcome": "killed", "count_low": 12}).result
        update_annotation(p, ids["amal"], fields={"outcome": "killed", "count_low": 11})
    with Project.open(folder / "amal.wbproj", coder="amal") as p:
        update_annotation(p, ids["amal"], fields={"outcome": "killed", "count_low": 13})
    team = folder / "team.wbproj"
    Project.create(team, coder="lead").close()
    with Project.open(team, coder="lead") as t:
        report = merge_projects(t, [folder / "amal.wbproj", folder / "ben.wbproj"]).result
        [conflict] = report.conflicts
        ids["copy"] = conflict.copy_id
    return team, ids


@pytest.fixture
def team(tmp_path):
    return _merged_team(tmp_path)


def test_an_unreviewed_conflict_copy_is_left_out_and_said(team):
    path, ids = team
    with Project.open(path, coder="lead") as project:
        assert project.repo.get("annotation", ids["copy"])["coder"] == "ben"
        report = agreement_report(project)
    # Ben's own figure is compared with Amal's, and nobody is "missing" a figure.
    assert [(d.what, d.annotations, d.values) for d in report.disagreements] == [
        ("count_low", {"amal": ids["amal"], "ben": ids["ben"]}, {"amal": 13, "ben": 12})]
    assert report.copies_left_out == 1
    assert report.left_out() == (
        "1 conflict copy a merge made waits for review and was left out (the version its "
        "conflict kept counts): accept or reject it to settle the conflict; once accepted "
        "it counts.")
    assert report.to_json()["conflict_copies_left_out"] == 1


def test_a_reviewed_copy_counts_or_goes_as_reviewed(team):
    path, ids = team
    with Project.open(path, coder="lead") as project:
        set_status(project, [ids["copy"]], "rejected")
        rejected = agreement_report(project)
        set_status(project, [ids["copy"]], "accepted")
        accepted = agreement_report(project)
    assert rejected.copies_left_out == 0 and rejected.left_out() is None
    assert [d.what for d in rejected.disagreements] == ["count_low"]
    # Accepted, it is a judgement of Ben's like any other: both his figures count.
    assert accepted.copies_left_out == 0
    assert any(ids["copy"] in d.annotations.values() for d in accepted.disagreements)


def test_a_copy_of_a_coder_not_compared_is_not_counted_as_left_out(team):
    path, _ids = team
    with Project.open(path, coder="lead") as project:
        assert agreement_report(project, coders=["amal", "ben"]).copies_left_out == 1
        project.coder = "chen"
        doc = project.repo.documents()[0]["id"]
        annotate_quote(project, doc, "casualty", WORDS, {"outcome": "killed"})
        assert agreement_report(project, coders=["amal", "chen"]).copies_left_out == 0


def test_a_suggestion_linked_same_as_by_hand_still_counts(tmp_path):
    # Only the merge's own link (its id is derived from the copy's) marks a copy.
    with Project.create(tmp_path / "p.wbproj", coder="amal") as project:
        doc = add_doc(project, REPORT)
        kept = annotate_quote(project, doc, "casualty", WORDS, {"outcome": "killed"}).result
        project.coder = "ben"
        mine = annotate_quote(project, doc, "casualty", WORDS, {"outcome": "wounded"}).result
        set_status(project, [mine], "suggested")
        add_link(project, mine, kept, "same_as")
        report = agreement_report(project)
    assert report.copies_left_out == 0
    assert [(d.what, d.values) for d in report.disagreements] == [
        ("outcome", {"amal": "killed", "ben": "wounded"})]
