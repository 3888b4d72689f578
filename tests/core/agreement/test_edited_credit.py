"""An annotation another coder edited is that coder's judgement in the agreement report.

Amal and Chen each code two figures of a patrol report. Ben, reviewing, changes the
count of Amal's second figure from 9 to 12. The report compared 12 with Chen's 9 under
Amal's name: Amal was charged with Ben's value. It is Ben's now; Amal's 9 stays in the
audit log, and an edit that changes nothing the report compares (a memo, a text field)
leaves the credit with the creator.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.core.agreement.conftest import PATROL, add_doc
from workbench.core.agreement import agreement_report
from workbench.core.merge import merge_projects
from workbench.core.ops.annotations import annotate_quote, update_annotation
from workbench.core.project import Project

GUARDS = "wounded four guards"
VILLAGERS = "at least nine villagers were killed"


def _code(p: Project, doc: int) -> dict[str, str]:
    return {
        "guards": annotate_quote(p, doc, "casualty", GUARDS,
                                 {"outcome": "wounded", "count_low": 4}).result,
        "villagers": annotate_quote(p, doc, "casualty", VILLAGERS,
                                    {"outcome": "killed", "count_low": 9}).result,
    }


def _one_project(path: Path) -> tuple[dict[str, str], dict[str, str]]:
    with Project.create(path, coder="amal") as p:
        doc = add_doc(p, PATROL, "patrol.txt")
        amal = _code(p, doc)
    with Project.open(path, coder="chen") as p:
        chen = _code(p, doc)
    return amal, chen


def _villagers_line(report):
    return [(d.what, d.annotations, d.values) for d in report.disagreements
            if d.start == PATROL.index(VILLAGERS)]


def test_an_edited_count_is_credited_to_the_coder_who_edited_it(tmp_path):
    path = tmp_path / "team.wbproj"
    amal, chen = _one_project(path)
    with Project.open(path, coder="ben") as p:
        update_annotation(p, amal["villagers"], fields={"count_low": 12})
    with Project.open(path, coder="lead") as p:
        report = agreement_report(p)
    assert report.coders == ["amal", "ben", "chen"]
    # Ben's 12 against Chen's 9; Amal's figure there is no longer hers (her 9 is in the log).
    assert _villagers_line(report) == [
        ("missing", {"amal": None, "ben": amal["villagers"], "chen": chen["villagers"]}, {}),
        ("count_low", {"amal": None, "ben": amal["villagers"], "chen": chen["villagers"]},
         {"ben": 12, "chen": 9}),
    ]


def test_an_edit_of_what_is_not_compared_leaves_the_credit_with_the_creator(tmp_path):
    path = tmp_path / "team.wbproj"
    amal, _chen = _one_project(path)
    with Project.open(path, coder="ben") as p:
        update_annotation(p, amal["villagers"], memo="checked against the district list",
                          fields={"group": "villagers"})
    with Project.open(path, coder="lead") as p:
        report = agreement_report(p)
    assert report.coders == ["amal", "chen"]
    assert report.disagreements == []
    # Edited back to Amal's own value by Amal, it is hers again.
    with Project.open(path, coder="ben") as p:
        update_annotation(p, amal["villagers"], fields={"count_low": 12})
    with Project.open(path, coder="amal") as p:
        update_annotation(p, amal["villagers"], fields={"count_low": 9})
    with Project.open(path, coder="lead") as p:
        assert agreement_report(p).disagreements == []


def test_an_edit_carried_by_a_merge_is_credited_to_its_coder_not_the_lead(tmp_path):
    amal_path = tmp_path / "amal.wbproj"
    with Project.create(amal_path, coder="amal") as p:
        doc = add_doc(p, PATROL, "patrol.txt")
        amal = _code(p, doc)
    shutil.copy(amal_path, tmp_path / "ben.wbproj")
    with Project.open(tmp_path / "ben.wbproj", coder="ben") as p:
        update_annotation(p, amal["villagers"], fields={"count_low": 12})
    with Project.create(tmp_path / "chen.wbproj", coder="chen") as p:
        chen = _code(p, add_doc(p, PATROL, "patrol.txt"))
    team = tmp_path / "team.wbproj"
    Project.create(team, coder="lead").close()
    with Project.open(team, coder="lead") as t:
        merge_projects(t, [amal_path, tmp_path / "ben.wbproj", tmp_path / "chen.wbproj"])
        assert t.repo.get("annotation", amal["villagers"])["fields"]["count_low"] == 12
        report = agreement_report(t)
    assert report.coders == ["amal", "ben", "chen"]
    assert _villagers_line(report)[-1] == (
        "count_low", {"amal": None, "ben": amal["villagers"], "chen": chen["villagers"]},
        {"ben": 12, "chen": 9})


def test_a_reimport_that_moves_the_words_credits_no_one_new(tmp_path):
    """A re-import re-anchors every annotation of the document, its words too when the
    new version spells them otherwise: no coder's judgement, so whoever re-imported is
    not credited with the figures."""
    from workbench.core.ops.documents import reimport
    from workbench.core.ops.importing import import_file

    source = tmp_path / "patrol.txt"
    source.write_text(PATROL, encoding="utf-8")
    path = tmp_path / "team.wbproj"
    with Project.create(path, coder="amal") as p:
        doc = import_file(p, source, sandbox=False).doc_id
        amal = _code(p, doc)
        # Amal's own second look: the figure is one she has edited since.
        update_annotation(p, amal["villagers"], fields={"qualifier": "at_least"})
    with Project.open(path, coder="chen") as p:
        chen = _code(p, doc)
        update_annotation(p, chen["villagers"], fields={"qualifier": "at_least"})
    source.write_text(PATROL.replace("nine villagers", "nine  villagers"), encoding="utf-8")
    with Project.open(path, coder="lead") as p:
        reimport(p, doc, source)
        moved = p.repo.get("annotation", amal["villagers"])
        assert moved["exact"] == "at least nine  villagers were killed"
        assert moved["status"] == "accepted"
        report = agreement_report(p)
    assert report.coders == ["amal", "chen"]
    assert report.disagreements == []


def test_an_undone_edit_gives_the_value_back_to_whoever_made_it(tmp_path):
    """Ben sets 12; Amal, the creator, sets 15, then takes it back with undo. The 12
    the figure holds again is Ben's: the undo is no judgement of Amal's, and counted
    as hers she was compared with Chen under Ben's value."""
    from workbench.core.ops.history import redo, undo

    path = tmp_path / "team.wbproj"
    amal, chen = _one_project(path)
    with Project.open(path, coder="ben") as p:
        update_annotation(p, amal["villagers"], fields={"count_low": 12})
    with Project.open(path, coder="amal") as p:
        update_annotation(p, amal["villagers"], fields={"count_low": 15})
        undo(p)
    with Project.open(path, coder="lead") as p:
        report = agreement_report(p)
    assert _villagers_line(report)[-1] == (
        "count_low", {"amal": None, "ben": amal["villagers"], "chen": chen["villagers"]},
        {"ben": 12, "chen": 9})
    # Redone, the 15 is Amal's own again.
    with Project.open(path, coder="amal") as p:
        update_annotation(p, amal["villagers"], fields={"count_low": 15})
        undo(p)
        redo(p)
    with Project.open(path, coder="lead") as p:
        report = agreement_report(p)
    assert report.coders == ["amal", "chen"]
    assert _villagers_line(report) == [
        ("count_low", {"amal": amal["villagers"], "chen": chen["villagers"]},
         {"amal": 15, "chen": 9})]


def test_an_edit_put_back_by_hand_to_the_creators_value_leaves_it_hers(tmp_path):
    """Ben sets 12 and then 9 again: the figure holds Amal's own 9, which she never
    changed; credited to Ben, Amal was dropped from the report as if she had coded
    nothing there."""
    path = tmp_path / "team.wbproj"
    amal, _chen = _one_project(path)
    with Project.open(path, coder="ben") as p:
        update_annotation(p, amal["villagers"], fields={"count_low": 12})
        update_annotation(p, amal["villagers"], fields={"count_low": 9})
    with Project.open(path, coder="lead") as p:
        report = agreement_report(p)
    assert report.coders == ["amal", "chen"]
    assert report.disagreements == []


def test_an_undone_merge_gives_the_figure_back_to_its_coder_not_the_lead(tmp_path):
    """The lead merges Ben's edit in, then undoes the merge: the 9 back in place is
    Amal's, not the lead's."""
    from workbench.core.ops.history import undo

    amal_path = tmp_path / "amal.wbproj"
    with Project.create(amal_path, coder="amal") as p:
        doc = add_doc(p, PATROL, "patrol.txt")
        amal = _code(p, doc)
        # Her own second look: the figure is no longer as it was made.
        update_annotation(p, amal["villagers"], fields={"qualifier": "at_least"})
    shutil.copy(amal_path, tmp_path / "ben.wbproj")
    with Project.open(tmp_path / "ben.wbproj", coder="ben") as p:
        update_annotation(p, amal["villagers"], fields={"count_low": 12})
        update_annotation(p, amal["villagers"], fields={"count_low": 13})
    with Project.create(tmp_path / "chen.wbproj", coder="chen") as p:
        chen = _code(p, add_doc(p, PATROL, "patrol.txt"))
        update_annotation(p, chen["villagers"], fields={"qualifier": "at_least"})
    team = tmp_path / "team.wbproj"
    Project.create(team, coder="lead").close()
    with Project.open(team, coder="lead") as t:
        merge_projects(t, [amal_path, tmp_path / "chen.wbproj"])
        merge_projects(t, [tmp_path / "ben.wbproj"])
        assert t.repo.get("annotation", amal["villagers"])["fields"]["count_low"] == 13
        undo(t)
        assert t.repo.get("annotation", amal["villagers"])["fields"]["count_low"] == 9
        report = agreement_report(t)
    assert report.coders == ["amal", "chen"]
    assert report.disagreements == []


def test_a_choice_renamed_in_the_codebook_credits_no_one_new(tmp_path):
    """The lead renames a choice of the team's own field: every figure holding it is
    rewritten in the lead's name, and each was credited to the lead, its coder listed
    as missing it. A codebook change is no judgement of a figure: the credit stays with
    whoever held the value renamed (Ben's "radio" stays Ben's)."""
    from workbench.core.ops.codebook import add_field, rename_choice

    path = tmp_path / "team.wbproj"
    with Project.create(path, coder="lead") as p:
        add_field(p, "casualty", "heard_by", "enum", choices=("phone", "radio"))
        doc = add_doc(p, PATROL, "patrol.txt")
    made = {}
    for coder in ("amal", "chen"):
        with Project.open(path, coder=coder) as p:
            made[coder] = annotate_quote(p, doc, "casualty", GUARDS, {
                "outcome": "wounded", "count_low": 4, "heard_by": "phone"}).result
    with Project.open(path, coder="ben") as p:
        update_annotation(p, made["amal"], fields={"heard_by": "radio"})
    with Project.open(path, coder="lead") as p:
        rename_choice(p, "casualty", "heard_by", "phone", "telephone")
        rename_choice(p, "casualty", "heard_by", "radio", "field radio")
        assert p.repo.get("annotation", made["chen"])["fields"]["heard_by"] == "telephone"
        report = agreement_report(p)
    # Amal's one figure holds Ben's value: Ben's against Chen's, the lead nowhere.
    assert report.coders == ["ben", "chen"]
    assert [(d.what, d.annotations, d.values) for d in report.disagreements] == [
        ("heard_by", {"ben": made["amal"], "chen": made["chen"]},
         {"ben": "field radio", "chen": "telephone"}),
    ]
