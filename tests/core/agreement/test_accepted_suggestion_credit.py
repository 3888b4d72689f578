"""Accepting an engine's suggestion is the judgement of the coder who accepts it.

The lead imports a patrol report and runs the engines: the figure "at least nine
villagers were killed" waits as a suggestion in the lead's name. Ben accepts it (or
accepts it with his own count); Amal codes the same figure by hand. The report compared
the accepted figure as the lead's, who only ran the engines: Ben was no coder of it at
all, and Amal's 9 was set against "the lead". It is Ben's. Suggestions nobody accepted
are nobody's judgement and stay out of the report; rejecting codes nothing.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.core.agreement.conftest import PATROL, add_doc
from workbench.core.agreement import agreement_report
from workbench.core.errors import ValidationError
from workbench.core.merge import merge_projects
from workbench.core.ops.annotations import annotate_quote, set_status, update_annotation
from workbench.core.ops.history import redo, undo
from workbench.core.project import Project
from workbench.core.suggest import suggest_documents

VILLAGERS = "at least nine villagers were killed"
AMAL_S = {"outcome": "killed", "count_low": 9, "qualifier": "at_least"}


def _suggested(path: Path) -> tuple[int, str]:
    """The lead's project with the engines' suggestions; returns the document and the
    suggested figure on the villagers."""
    with Project.create(path, coder="lead") as p:
        doc = add_doc(p, PATROL, "patrol.txt")
        suggest_documents(p, [doc])
        [villagers] = [a["id"] for a in p.repo.annotations(doc_id=doc)
                       if a["kind"] == "casualty" and a["exact"] == VILLAGERS]
        assert p.repo.get("annotation", villagers)["status"] == "suggested"
    return doc, villagers


def _report(path: Path):
    with Project.open(path, coder="reader") as p:
        return agreement_report(p, kinds=["casualty"])


def _villagers(report) -> list[tuple[str, dict, dict]]:
    return [(d.what, d.annotations, d.values) for d in report.disagreements
            if d.start == PATROL.index(VILLAGERS)]


def test_a_suggestion_one_coder_accepts_agrees_with_the_same_figure_coded_by_hand(
        tmp_path: Path):
    path = tmp_path / "team.wbproj"
    doc, villagers = _suggested(path)
    with Project.open(path, coder="ben") as p:
        set_status(p, [villagers], "accepted", only_from="suggested")
    with Project.open(path, coder="amal") as p:
        annotate_quote(p, doc, "casualty", VILLAGERS, AMAL_S)
    report = _report(path)
    assert report.coders == ["amal", "ben"]
    assert _villagers(report) == []
    # Both coded the figure and gave it the same outcome, count and qualifier.
    measured = {m.measure: m.agreement for m in report.measures if m.units}
    assert {"presence", "outcome", "count_low", "qualifier"} <= set(measured)
    assert set(measured.values()) == {1.0}


def test_accepting_with_an_edit_is_the_accepting_coder_s_value(tmp_path: Path):
    path = tmp_path / "team.wbproj"
    doc, villagers = _suggested(path)
    with Project.open(path, coder="ben") as p:
        update_annotation(p, villagers, fields={"count_low": 12}, status="accepted")
    with Project.open(path, coder="amal") as p:
        amal = annotate_quote(p, doc, "casualty", VILLAGERS, AMAL_S).result
    report = _report(path)
    assert report.coders == ["amal", "ben"]
    assert _villagers(report) == [
        ("count_low", {"amal": amal, "ben": villagers}, {"amal": 9, "ben": 12})]


def test_unreviewed_and_rejected_suggestions_are_nobody_s_coding(tmp_path: Path):
    """The lead who ran the engines coded nothing; Chen rejecting a suggestion coded
    nothing either: neither is a coder in the report."""
    path = tmp_path / "team.wbproj"
    doc, villagers = _suggested(path)
    with Project.open(path, coder="amal") as p:
        annotate_quote(p, doc, "casualty", VILLAGERS, AMAL_S)
    with Project.open(path, coder="ben") as p:
        annotate_quote(p, doc, "casualty", VILLAGERS, AMAL_S)
    with Project.open(path, coder="chen") as p:
        set_status(p, [villagers], "rejected", only_from="suggested")
    report = _report(path)
    assert report.coders == ["amal", "ben"]
    assert _villagers(report) == []
    # The engines' figure of the guards waits for review: left out, and said.
    assert report.suggestions_left_out == 1
    assert report.left_out() == (
        "1 suggestion of the engines on the compared documents waits for review and was "
        "left out: it is nobody's coding until a coder accepts it, and then it counts as "
        "theirs.")
    assert report.to_json()["suggestions_left_out"] == 1


def test_an_acceptance_undone_and_redone_stays_with_the_coder_who_accepted(tmp_path: Path):
    path = tmp_path / "team.wbproj"
    doc, villagers = _suggested(path)
    with Project.open(path, coder="amal") as p:
        annotate_quote(p, doc, "casualty", VILLAGERS, AMAL_S)
    with Project.open(path, coder="ben") as p:
        set_status(p, [villagers], "accepted")
        undo(p)
        assert p.repo.get("annotation", villagers)["status"] == "suggested"
    with pytest.raises(ValidationError, match=r"found amal\.$"):
        _report(path)  # Ben's acceptance taken back: Amal alone coded the figure
    with Project.open(path, coder="ben") as p:
        set_status(p, [villagers], "accepted")
        undo(p)
        p.coder = "dave"  # File → Coder name…: Dave takes the laptop and redoes
        assert redo(p).changes
    report = _report(path)
    assert report.coders == ["amal", "ben"]
    assert _villagers(report) == []


def test_an_acceptance_in_a_coder_s_copy_travels_with_the_merge(tmp_path: Path):
    """The lead hands out copies of the project with its suggestions; Ben accepts the
    figure in his copy, Amal codes it by hand in hers; the lead merges both."""
    team = tmp_path / "team.wbproj"
    doc, villagers = _suggested(team)
    for coder in ("amal", "ben"):
        shutil.copy(team, tmp_path / f"{coder}.wbproj")
    with Project.open(tmp_path / "ben.wbproj", coder="ben") as p:
        set_status(p, [villagers], "accepted")
    with Project.open(tmp_path / "amal.wbproj", coder="amal") as p:
        annotate_quote(p, doc, "casualty", VILLAGERS, AMAL_S)
    with Project.open(team, coder="lead") as p:
        merge_projects(p, [tmp_path / "amal.wbproj", tmp_path / "ben.wbproj"])
        report = agreement_report(p, kinds=["casualty"])
    assert report.coders == ["amal", "ben"]
    assert _villagers(report) == []


def test_accepting_a_conflict_copy_of_a_suggestion_leaves_it_with_its_coder(tmp_path: Path):
    """Amal and Ben each accept the suggestion in their copy with a count of their own;
    the merge keeps one version and the other as a conflict copy. The lead accepting
    the copy settles the conflict: the copy stays the judgement of the coder whose
    version it is, as a conflict copy of a hand-made figure does."""
    team = tmp_path / "team.wbproj"
    _doc, villagers = _suggested(team)
    for coder, count in (("amal", 10), ("ben", 12)):
        shutil.copy(team, tmp_path / f"{coder}.wbproj")
        with Project.open(tmp_path / f"{coder}.wbproj", coder=coder) as p:
            update_annotation(p, villagers, fields={"count_low": count}, status="accepted")
    with Project.open(team, coder="lead") as p:
        result = merge_projects(p, [tmp_path / "amal.wbproj", tmp_path / "ben.wbproj"])
        [conflict] = result.result.conflicts
        copy = p.repo.get("annotation", conflict.copy_id)
        set_status(p, [copy["id"]], "accepted")
        report = agreement_report(p, kinds=["casualty"])
    assert report.coders == ["amal", "ben"]
    assert [values for what, _anns, values in _villagers(report)
            if what == "count_low"] == [{"amal": 10, "ben": 12}]
