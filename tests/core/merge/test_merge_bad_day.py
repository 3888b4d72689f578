"""Merging on a bad day (docs/integrity.md, "Review: merge, agreement and incidents
under a bad day"): what the earlier tests missed."""

from __future__ import annotations

import shutil
import time

from tests.core.merge.conftest import CHECKPOINT
from tests.helpers import REPORT, add_doc
from workbench.core.merge import merge_projects
from workbench.core.ops.annotations import annotate_quote
from workbench.core.project import Project


def _two_coders(tmp_path, ben_text: str):
    """amal and ben each import their own copy of a report and code the same figure."""
    amal, ben = tmp_path / "amal.wbproj", tmp_path / "ben.wbproj"
    for path, coder, text in ((amal, "amal", REPORT), (ben, "ben", ben_text)):
        with Project.create(path, coder=coder) as p:
            doc = add_doc(p, text)
            annotate_quote(p, doc, "casualty", "killed at least 12 civilians",
                           {"outcome": "killed", "count_low": 12})
    return amal, ben


def test_a_copy_of_a_report_one_character_apart_is_said_when_merged(tmp_path):
    # One space more in ben's copy: another file, so another document. The merge said
    # "documents added 1, conflicts 0", and the coders' work on one report was split over
    # two documents (no agreement between them, two sources in a tally) without a word.
    amal, ben = _two_coders(tmp_path, REPORT.replace("on Sunday,", "on Sunday ,"))
    with Project.open(amal, coder="lead") as p:
        report = merge_projects(p, [ben]).result
        assert report.counts["document"].added == 1
        assert len(p.repo.documents()) == 2
    said = [n for n in report.notes if "Shelling hits market in Port Halden" in n]
    assert len(said) == 1, report.notes
    assert "document 1 there" in said[0] and "is document 2 here" in said[0]
    assert "document 1 here has the same title" in said[0]


def test_another_report_of_the_same_title_but_other_words_is_no_copy(tmp_path):
    # A wire's standing headline over another day's story is another report: no note.
    other = REPORT.split("\n", 1)[0] + "\n\n" + CHECKPOINT.split("\n", 2)[2]
    amal, ben = _two_coders(tmp_path, other.replace("Two guards", "killed at least 12 "
                                                    "civilians. Two guards"))
    with Project.open(amal, coder="lead") as p:
        report = merge_projects(p, [ben]).result
        assert report.counts["document"].added == 1
    assert not [n for n in report.notes if "same title" in n], report.notes


def _figure_moved_by_a_coder_whose_clock_is_behind(tmp_path, monkeypatch):
    """The lead's project with a figure in incident X; ben's copy, on a laptop whose
    clock is a day behind, moves it to incident Y he makes: his membership's id sorts
    before the one it replaces (ids begin with their second of creation)."""
    from workbench.core import ids
    from workbench.core.incidents import ops

    lead, ben = tmp_path / "lead.wbproj", tmp_path / "ben.wbproj"
    with Project.create(lead, coder="lead") as p:
        doc = add_doc(p, REPORT)
        fig = annotate_quote(p, doc, "casualty", "killed at least 12 civilians",
                             {"outcome": "killed", "count_low": 12}).result
        x = ops.create_incident(p, "Port Halden market").result
        ops.add_members(p, x, [fig])
    shutil.copy(lead, ben)
    behind = time.time() - 86_400
    with monkeypatch.context() as clock:
        clock.setattr(ids.time, "time", lambda: behind)
        with Project.open(ben, coder="ben") as p:
            y = ops.create_incident(p, "Port Halden, second strike").result
            ops.move_members(p, x, y, [fig])
    return lead, ben, fig, x, y


def test_a_merge_that_moved_a_figure_between_incidents_is_undone_and_redone(
        tmp_path, monkeypatch):
    # The merge's undo step lists its rows by key: ben's new membership came before the
    # lead's one it trashed, so an undo put the old one back while the new one was still
    # live (one live incident per figure: UNIQUE failed), and the merge could not be
    # undone: "changed or used since by another window or program", the step dropped.
    # The same for a project made before compact ids (its memberships' UUIDs sort after).
    from workbench.core.incidents import model
    from workbench.core.ops.history import redo, undo

    lead, ben, fig, x, y = _figure_moved_by_a_coder_whose_clock_is_behind(tmp_path,
                                                                         monkeypatch)
    with Project.open(lead, coder="lead") as p:
        merge_projects(p, [ben])
        assert model.incident_of(p, fig) == y
        undo(p)
        assert model.incident_of(p, fig) == x
        redo(p)
        assert model.incident_of(p, fig) == y
        undo(p)
        assert model.incident_of(p, fig) == x
