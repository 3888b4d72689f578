"""A figure one coder puts in an incident that another coder trashed (or merged away)
does not stay a live member of an incident in the trash: no listing shows it, adding it
elsewhere was refused ("already belongs to incident ...; move it instead") and moving
it refused too ("There is no incident ..."), so the figure counted nowhere for good."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.core.merge.conftest import tables
from tests.helpers import REPORT, add_doc
from workbench.core.incidents import model
from workbench.core.incidents.ops import (
    add_members,
    create_incident,
    merge_incidents,
    move_members,
    restore_incident,
    trash_incident,
)
from workbench.core.merge import merge_projects
from workbench.core.ops.annotations import annotate_quote
from workbench.core.project import Project


def _lead_and_copies(folder: Path) -> tuple[Path, Path, Path, dict[str, str]]:
    """lead's project: incident "market" holds two figures, incident "strike" one;
    amal's and ben's projects are copies of it."""
    lead = folder / "lead.wbproj"
    with Project.create(lead, coder="lead") as p:
        doc = add_doc(p, REPORT, "report.txt")
        ids = {
            "wounded": annotate_quote(p, doc, "casualty", "wounded four troops",
                                      {"outcome": "wounded", "count_low": 4}).result,
            "killed": annotate_quote(p, doc, "casualty", "killed at least 12 civilians",
                                     {"outcome": "killed", "count_low": 12}).result,
            "claim": annotate_quote(p, doc, "claim", "claimed responsibility").result,
        }
        ids["market"] = create_incident(p, "Market shelling",
                                        members=[ids["wounded"], ids["killed"]]).result
        ids["strike"] = create_incident(p, "Strike on the market", members=[ids["claim"]]).result
    amal, ben = folder / "amal.wbproj", folder / "ben.wbproj"
    shutil.copy(lead, amal)
    shutil.copy(lead, ben)
    return lead, amal, ben, ids



def _trashed_by_amal_moved_into_by_ben(folder: Path) -> tuple[Path, Path, Path, dict[str, str]]:
    """The team's copies after amal trashed the strike and ben moved the wounded into it."""
    lead, amal, ben, ids = _lead_and_copies(folder)
    with Project.open(amal, coder="amal") as p:
        trash_incident(p, ids["strike"])
    with Project.open(ben, coder="ben") as p:
        move_members(p, ids["market"], ids["strike"], [ids["wounded"]])
    return lead, amal, ben, ids

def _live_in_trashed(project: Project) -> list[tuple[str, str]]:
    return project.conn.execute(
        "SELECT m.incident_id, m.annotation_id FROM incident_members m "
        "JOIN incidents i ON i.id = m.incident_id "
        "WHERE m.deleted_at IS NULL AND i.deleted_at IS NOT NULL").fetchall()


@pytest.mark.parametrize("order", ["amal first", "ben first"])
def test_a_figure_moved_into_an_incident_merged_away_meanwhile_is_freed(tmp_path: Path,
                                                                       order: str):
    lead, amal, ben, ids = _lead_and_copies(tmp_path)
    with Project.open(amal, coder="amal") as p:
        merge_incidents(p, ids["market"], ids["strike"])  # the strike is the market shelling
    with Project.open(ben, coder="ben") as p:
        move_members(p, ids["market"], ids["strike"], [ids["killed"]])
    sources = [amal, ben] if order == "amal first" else [ben, amal]
    with Project.open(lead, coder="lead") as p:
        report = merge_projects(p, sources).result
        assert _live_in_trashed(p) == []  # before: [(strike, killed)]
        assert model.incident_of(p, ids["killed"]) is None
        # The figure is free: it can join the incident kept, as any figure in no incident.
        add_members(p, ids["market"], [ids["killed"]])
        assert model.incident_of(p, ids["killed"]) == ids["market"]
    said = "\n".join(report.notes)
    assert ids["killed"] in said and ids["strike"] in said and "trash" in said


def test_either_order_gives_the_same_memberships(tmp_path: Path):
    lead, amal, ben, _ids = _trashed_by_amal_moved_into_by_ben(tmp_path)
    results = []
    for n, sources in enumerate(([amal, ben], [ben, amal])):
        copy = tmp_path / f"team{n}.wbproj"
        shutil.copy(lead, copy)
        with Project.open(copy, coder="lead") as p:
            merge_projects(p, sources)
            assert _live_in_trashed(p) == []
            results.append(tables(p)["incident_members"])
            before = tables(p)
            merge_projects(p, sources)  # merged again: nothing changes
            assert tables(p) == before
    assert {r[:3] + r[4:] for r in results[0]} == {r[:3] + r[4:] for r in results[1]}


def test_the_figure_comes_back_with_the_incident_restored(tmp_path: Path):
    lead, amal, ben, ids = _trashed_by_amal_moved_into_by_ben(tmp_path)
    with Project.open(lead, coder="lead") as p:
        merge_projects(p, [amal, ben])
        restore_incident(p, ids["strike"])
        assert sorted(model.member_ids(p, ids["strike"])) == sorted(
            [ids["claim"], ids["wounded"]])


@pytest.mark.parametrize("order", ["ben first", "amal first"])
def test_the_note_names_the_coder_who_put_the_figure_in(tmp_path: Path, order: str):
    """Ben moves a figure into the incident amal trashes. With ben merged first, the
    note came under amal's project and said the figure "was put in" the incident there,
    as if amal, who trashed it, had put it in."""
    lead, amal, ben, ids = _trashed_by_amal_moved_into_by_ben(tmp_path)
    with Project.open(lead, coder="lead") as p:
        notes = merge_projects(p, [ben, amal] if order == "ben first" else [amal, ben]
                               ).result.notes
    said = [n for n in notes if ids["wounded"] in n]
    assert len(said) == 1
    assert "by ben" in said[0] and "by amal" not in said[0]


def test_a_figure_put_in_a_proposal_rejected_meanwhile_is_said_as_rejected(tmp_path: Path):
    """Amal rejects a proposal while ben adds a figure to it. The note said the incident
    was "in the trash here" and to restore it, but a rejected proposal is not in the
    trash listing: `incidents --status rejected` lists it."""
    from bench.incident_gold import build
    from workbench.core.incidents.suggest import reject_suggestion, store_suggestions

    lead = tmp_path / "lead.wbproj"
    with Project.create(lead, coder="lead") as p:
        build(p)
        proposal, other = store_suggestions(p).result[:2]
        figure = model.member_ids(p, other)[0]
    amal, ben = tmp_path / "amal.wbproj", tmp_path / "ben.wbproj"
    shutil.copy(lead, amal)
    shutil.copy(lead, ben)
    with Project.open(amal, coder="amal") as p:
        reject_suggestion(p, proposal)
    with Project.open(ben, coder="ben") as p:
        add_members(p, proposal, [figure])
    with Project.open(lead, coder="lead") as p:
        notes = merge_projects(p, [amal, ben]).result.notes
        assert model.incident_of(p, figure) is None
    said = [n for n in notes if figure in n]
    assert len(said) == 1
    assert "rejected" in said[0] and "--status rejected" in said[0]
    assert "in the trash here" not in said[0]


def test_an_incident_restored_on_one_side_and_trashed_on_the_other_merges_alike(
        tmp_path: Path):
    lead, amal, ben, ids = _lead_and_copies(tmp_path)
    with Project.open(amal, coder="amal") as p:
        trash_incident(p, ids["strike"])
        restore_incident(p, ids["strike"])
        move_members(p, ids["market"], ids["strike"], [ids["killed"]])
    with Project.open(ben, coder="ben") as p:
        trash_incident(p, ids["strike"])
    outcomes = []
    for n, sources in enumerate(([amal, ben], [ben, amal])):
        copy = tmp_path / f"team{n}.wbproj"
        shutil.copy(lead, copy)
        with Project.open(copy, coder="lead") as p:
            report = merge_projects(p, sources).result
            assert _live_in_trashed(p) == []
            outcomes.append((p.repo.get("incident", ids["strike"])["deleted_at"] is None,
                             model.incident_of(p, ids["killed"]),
                             [c.id for c in report.conflicts]))
    assert outcomes[0] == outcomes[1]
