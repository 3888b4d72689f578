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


def _coders_who_ran_suggest(tmp_path):
    """The lead's project of the incident gold's reports; amal's and ben's copies, in
    each of which `incident suggest` was run (the same proposals, each with ids of its
    own)."""
    from bench.incident_gold import build
    from workbench.core.incidents import model
    from workbench.core.incidents.suggest import store_suggestions

    lead = tmp_path / "lead.wbproj"
    with Project.create(lead, coder="lead") as p:
        build(p)
    copies = []
    for coder in ("amal", "ben"):
        copies.append(tmp_path / f"{coder}.wbproj")
        shutil.copy(lead, copies[-1])
        with Project.open(copies[-1], coder=coder) as p:
            store_suggestions(p)
            proposed = model.list_incidents(p, ("suggested",))
    assert len(proposed) > 1
    return lead, copies, len(proposed)


def test_proposals_each_coder_let_the_engine_make_merge_once_without_conflicts(tmp_path):
    # Merged, amal's proposals held the figures and each of ben's the same grouping was
    # a conflict per figure ("already in incident ...") and came in empty: twice the
    # proposals to review, half of them holding nothing. A proposal whose every figure
    # is in an incident here is left out and said; one never takes a placed figure.
    from workbench.core.incidents import model
    from workbench.core.ops.history import redo, undo

    lead, copies, proposed = _coders_who_ran_suggest(tmp_path)
    with Project.open(lead, coder="lead") as p:
        report = merge_projects(p, copies).result
        listed = model.list_incidents(p, ("suggested",))
        assert len(listed) == proposed and all(i["members"] for i in listed)
        assert report.counts["incident_member"].conflicts == 0, report.conflicts
        said = [n for n in report.notes if "proposal" in n]
        assert said == [f"ben.wbproj: {proposed} incident proposals the engine made there "
                        "were left out: every figure each groups is in an incident here "
                        "already (the same grouping, proposed in both projects)."]
        undo(p)
        assert model.list_incidents(p, ("suggested",)) == []
        redo(p)
        assert len(model.list_incidents(p, ("suggested",))) == proposed
        again = merge_projects(p, copies).result
        assert again.counts["incident"].added == 0
        assert again.counts["incident_member"].conflicts == 0


def test_a_coder_s_incident_takes_a_figure_from_a_proposal_here(tmp_path):
    # As adding it by hand does: a proposal gives its figures up to a real incident. The
    # merge listed a conflict and left the figure in the proposal nobody had reviewed.
    from workbench.core.incidents import model, ops
    from workbench.core.incidents.suggest import store_suggestions

    lead, copies, _ = _coders_who_ran_suggest(tmp_path)
    with Project.open(lead, coder="lead") as p:
        store_suggestions(p)
        proposal = model.list_incidents(p, ("suggested",))[0]
        fig = model.member_ids(p, proposal["id"])[0]
    ben = tmp_path / "ben2.wbproj"
    shutil.copy(copies[1], ben)
    with Project.open(ben, coder="ben") as p:
        theirs = model.incident_of(p, fig)
        ops.remove_members(p, theirs, [fig])
        real = ops.create_incident(p, "Confirmed by ben", members=[fig]).result
    with Project.open(lead, coder="lead") as p:
        report = merge_projects(p, [ben]).result
        assert model.incident_of(p, fig) == real
        assert report.counts["incident_member"].conflicts == 0, report.conflicts
