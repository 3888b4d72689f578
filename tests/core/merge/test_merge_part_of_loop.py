"""A part_of loop two coders' projects bring together: each linked one direction (one
"including five children" part of the toll, the other the toll part of the children).
Merged as they were, the tally left both figures out and the incident read "no
figures"; the merge now leaves the link that closes the loop out and says so."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.core.incidents.helpers import figure
from tests.helpers import add_doc
from workbench.core.incidents.ops import create_incident
from workbench.core.incidents.tally import tally
from workbench.core.merge import merge_projects
from workbench.core.ops.annotations import add_link
from workbench.core.project import Project

TEXT = ("Shelling of the Dunmere bus station killed 12 people, including five children, "
        "on Monday, a doctor said.\n")


def _two_coders(folder: Path) -> tuple[Path, Path, str, str, str]:
    lead, ben = folder / "lead.wbproj", folder / "ben.wbproj"
    with Project.create(lead, coder="lead") as p:
        doc = add_doc(p, TEXT, "station.txt")
        toll = figure(p, doc, "killed 12 people", count_low=12, qualifier="exact")
        kids = figure(p, doc, "five children", count_low=5, group="children",
                      qualifier="exact")
        incident = create_incident(p, "Dunmere bus station", members=[toll, kids]).result
    shutil.copy(lead, ben)
    with Project.open(lead, coder="lead") as p:
        add_link(p, kids, toll, "part_of")  # right: the children are among the twelve
    with Project.open(ben, coder="ben") as p:
        add_link(p, toll, kids, "part_of")  # the other way round
    return lead, ben, incident, toll, kids


def test_a_merge_does_not_bring_in_a_part_of_loop(tmp_path: Path):
    lead, ben, incident, toll, kids = _two_coders(tmp_path)
    with Project.open(lead, coder="lead") as p:
        report = merge_projects(p, [ben]).result
        live = [(r["source_id"], r["target_id"]) for r in p.repo.links([toll, kids])
                if r["type"] == "part_of" and not r.get("deleted_at")]
        assert live == [(kids, toll)]  # lead's link stays, ben's is left out
        said = [n for n in report.notes if "part_of" in n]
        assert len(said) == 1 and toll in said[0] and kids in said[0]
        assert "loop" in said[0] and said[0] in report.render()
        t = tally(p, incident)
        assert t.describe().startswith("killed 12")  # it read "no figures · 1 source"
        assert t.cell("killed", "civilians").low == 5
        # Merged again, nothing changes and the same sentence is said.
        again = merge_projects(p, [ben]).result
        assert [n for n in again.notes if "part_of" in n] == said
