"""Credit after merges undone and redone: the figure's value stays with who chose it.

Amal and Chen code a patrol report in one project; Dave, in his copy, changes Chen's
count of the villagers from 9 to 12. That 12 is Dave's judgement wherever it travels:
through a merge the lead undid and redid, and past Ben, who merged Dave's project into
his own and undid it.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tests.core.agreement.conftest import PATROL, add_doc
from workbench.core.agreement import agreement_report
from workbench.core.merge import merge_projects
from workbench.core.ops.annotations import annotate_quote, update_annotation
from workbench.core.ops.history import redo, undo
from workbench.core.project import Project

VILLAGERS = "at least nine villagers were killed"


def _team(folder: Path) -> tuple[Path, str]:
    """The team's project (Amal's and Chen's figure on the villagers, both 9), and
    Dave's copy where Chen's reads 12. Returns the team's path and Chen's figure."""
    team = folder / "team.wbproj"
    with Project.create(team, coder="amal") as p:
        doc = add_doc(p, PATROL, "patrol.txt")
        annotate_quote(p, doc, "casualty", VILLAGERS, {"outcome": "killed", "count_low": 9})
    with Project.open(team, coder="chen") as p:
        chen = annotate_quote(p, doc, "casualty", VILLAGERS,
                              {"outcome": "killed", "count_low": 9}).result
    for coder in ("ben", "dave"):
        shutil.copy(team, folder / f"{coder}.wbproj")
    with Project.open(folder / "dave.wbproj", coder="dave") as p:
        update_annotation(p, chen, fields={"count_low": 12})
    return team, chen


def _counts(p: Project) -> dict[str, int]:
    """Each coder's count of the villagers, as the agreement report compares them."""
    lines = [d for d in agreement_report(p).disagreements
             if d.start == PATROL.index(VILLAGERS) and d.what == "count_low"]
    assert len(lines) == 1
    return lines[0].values


@contextmanager
def _lead_after_an_undone_merge(folder: Path, team: Path, undoer: str) -> Iterator[Project]:
    """``undoer``, in ben.wbproj, merges Dave's project and undoes the merge; the lead
    then merges Dave's project and ben.wbproj into the team's, which is yielded open."""
    with Project.open(folder / "ben.wbproj", coder=undoer) as p:
        merge_projects(p, [folder / "dave.wbproj"])
        undo(p)
    with Project.open(team, coder="lead") as p:
        merge_projects(p, [folder / "dave.wbproj"])
        merge_projects(p, [folder / "ben.wbproj"])
        yield p


def test_a_merge_undone_and_redone_leaves_the_figure_with_its_coder(tmp_path: Path):
    """The redo puts Dave's 12 back; it was credited to the lead, who only redid."""
    team, chen = _team(tmp_path)
    with Project.open(team, coder="lead") as p:
        merge_projects(p, [tmp_path / "dave.wbproj"])
        assert _counts(p) == {"amal": 9, "dave": 12}
        undo(p)
        assert agreement_report(p).disagreements == []
        redo(p)
        assert p.repo.get("annotation", chen)["fields"]["count_low"] == 12
        assert _counts(p) == {"amal": 9, "dave": 12}


def test_a_coder_s_undone_merge_takes_nothing_back_from_the_author(tmp_path: Path):
    """Ben merged Dave's project and undid it; his undo, carried into the team's
    project, took back Dave's edit there, which the team had from Dave himself: the
    12 was Chen's in the report."""
    team, chen = _team(tmp_path)
    with _lead_after_an_undone_merge(tmp_path, team, "ben") as p:
        assert p.repo.get("annotation", chen)["fields"]["count_low"] == 12
        assert _counts(p) == {"amal": 9, "dave": 12}


def test_the_lead_s_undo_and_redo_carried_back_take_nothing_from_the_coder(tmp_path: Path):
    """The lead merged Dave's project, undid and redid it; Dave merges the team's
    project back into his own. The lead's undo and redo, carried into Dave's log, took
    his own 12 from him there and gave it to the lead."""
    team, chen = _team(tmp_path)
    dave = tmp_path / "dave.wbproj"
    with Project.open(team, coder="lead") as p:
        merge_projects(p, [dave])
        undo(p)
        redo(p)
    with Project.open(dave, coder="dave") as p:
        merge_projects(p, [team])
        assert p.repo.get("annotation", chen)["fields"]["count_low"] == 12
        assert _counts(p) == {"amal": 9, "dave": 12}


def test_a_namesake_s_undone_merge_takes_nothing_back_from_the_author(tmp_path: Path):
    """Two coders both called Dave (two people of one name, or one laptop account two
    people share): the second, in ben.wbproj, merged the first's project and undid it.
    His undo, carried into the team's project, was taken for the first Dave's own undo
    because it bore his name, and took the first Dave's 12 back there: the 12 was
    counted as Chen's. An undo carried from a project acts on that project's own steps,
    told apart by the project they were first written in, not by the coder's name."""
    team, chen = _team(tmp_path)
    with _lead_after_an_undone_merge(tmp_path, team, "dave") as p:
        assert p.repo.get("annotation", chen)["fields"]["count_low"] == 12
        assert _counts(p) == {"amal": 9, "dave": 12}


def test_an_undo_carried_over_takes_back_its_own_project_s_step(tmp_path: Path):
    """Sam (ben.wbproj) sets Chen's count to 15 and undoes it; Dave sets 15 too. Sam's
    undo, carried into the team's project, takes back Sam's 15, not Dave's: the 15
    the team holds is Dave's."""
    team, chen = _team(tmp_path)
    with Project.open(tmp_path / "dave.wbproj", coder="dave") as p:
        update_annotation(p, chen, fields={"count_low": 15})
    with Project.open(tmp_path / "ben.wbproj", coder="sam") as p:
        update_annotation(p, chen, fields={"count_low": 15})
        undo(p)
    with Project.open(team, coder="lead") as p:
        merge_projects(p, [tmp_path / "dave.wbproj"])
        merge_projects(p, [tmp_path / "ben.wbproj"])
        assert p.repo.get("annotation", chen)["fields"]["count_low"] == 15
        assert _counts(p) == {"amal": 9, "dave": 15}


def test_copies_of_one_name_in_two_folders_are_told_apart(tmp_path: Path):
    """The lead hands out the team's file under its own name, and Ben and Dave keep it:
    ben/team.wbproj and dave/team.wbproj, one project id, one file name. Ben merged
    Dave's copy and undid it; his undo, carried into the team's project, was taken for
    an undo written where Dave's edit was (the project told apart by its id and file
    name alone) and took Dave's 12 back there: the 12 was counted as Chen's."""
    team, chen = _team(tmp_path)
    copies = {}
    for coder in ("ben", "dave"):
        (tmp_path / coder).mkdir()
        copies[coder] = tmp_path / coder / "team.wbproj"
        shutil.move(tmp_path / f"{coder}.wbproj", copies[coder])
    with Project.open(copies["ben"], coder="ben") as p:
        merge_projects(p, [copies["dave"]])
        undo(p)
    with Project.open(team, coder="lead") as p:
        merge_projects(p, [copies["dave"]])
        merge_projects(p, [copies["ben"]])
        assert p.repo.get("annotation", chen)["fields"]["count_low"] == 12
        assert _counts(p) == {"amal": 9, "dave": 12}
