"""Three coders' projects merged into a fourth: every item once, conflicts listed."""

from __future__ import annotations

import json

from tests.core.merge.conftest import Team, state
from tests.helpers import REPORT, add_doc
from workbench.core.merge import merge_projects
from workbench.core.project import Project

CODERS = ("amal", "ben", "chen")


def _merge_all(team: Team, order=CODERS, name: str = "team.wbproj"):
    project = Project.create(team.folder / name, coder="lead")
    add_doc(project, REPORT, "report.txt")  # the lead imported one report too
    report = merge_projects(project, [team.path(c) for c in order]).result
    return project, report


def test_every_item_arrives_once_and_the_conflict_is_listed(team: Team):
    project, report = _merge_all(team)
    with project:
        ids = team.ids
        # One document per original file, whoever imported it.
        assert len(project.repo.documents()) == 2
        assert sorted(d["filename"] for d in project.repo.documents()) == [
            "checkpoint.txt", "report.txt"]
        anns = {a["id"]: a for a in project.repo.all_rows("annotation")}
        sources = set()
        for coder in CODERS:
            with Project.open(team.path(coder)) as p:
                sources |= {a["id"] for a in p.repo.all_rows("annotation")}
        copies = {i for i, a in anns.items() if a["memo"].startswith("merge conflict with")}
        assert set(anns) == sources | copies  # nothing lost, nothing doubled
        assert len(copies) == 1

        # amal's and ben's changes to the same figure: one kept, the other a copy.
        [conflict] = [c for c in report.conflicts if c.entity == "annotation"]
        assert conflict.id == ids["cas"] and conflict.copy_id in copies
        assert {conflict.kept, conflict.other} == {"amal", "ben"}
        kept, copy = anns[ids["cas"]], anns[conflict.copy_id]
        assert kept["fields"]["outcome"] == "wounded"  # amal's edit is the newer one
        assert copy["fields"]["count_high"] == 15 and copy["fields"]["outcome"] == "killed"
        assert copy["status"] == "suggested" and copy["coder"] == "ben"
        assert copy["memo"] == f"merge conflict with {ids['cas']} from ben"
        assert [(link["source_id"], link["type"]) for link in project.repo.links([ids["cas"]])
                ] == [(conflict.copy_id, "same_as")]

        # ben's trashing travelled; amal's rejection travelled; overlapping work kept.
        assert anns[ids["stmt"]]["deleted_at"] is not None
        assert anns[ids["claim"]]["status"] == "rejected"
        assert anns[ids["ben_claim"]]["deleted_at"] is None

        # chen's codebook extension arrived, with his annotation of the new kind.
        kinds = {k.name: k for k in project.codebook.kinds()}
        assert [f.name for f in kinds["checkpoint"].fields] == ["held_by"]
        assert "source_note" in [f.name for f in kinds["claim"].fields]
        assert anns[ids["chen_chk"]]["fields"] == {"held_by": "Red Hill Front"}

        # The incident, its member and the actor arrived once.
        assert [r["id"] for r in project.repo.all_rows("incident")] == [ids["incident"]]
        members = project.repo.all_rows("incident_member")
        assert [(m["annotation_id"], m["deleted_at"]) for m in members] == [(ids["cas"], None)]
        assert [a["id"] for a in project.repo.actors()] == [ids["actor"]]
        assert report.counts["codebook"].added == 1


def test_logs_are_carried_over_once_with_their_origin(team: Team):
    project, report = _merge_all(team)
    with project:
        audit = project.repo.log_rows("audit")
        carried = [r for r in audit if r["merged_from"]]
        keys = [(r["at"], r["coder"], r["op"], r["entity_id"], r["after"]) for r in audit]
        assert len(keys) == len(set(keys))  # ben and chen held amal's rows: written once
        # Besides the coders' own rows, each project's log opens with the program's
        # baseline entries (coder "workbench", written when the log was first chained).
        assert {r["coder"] for r in carried} - {"workbench"} == {"amal", "ben", "chen"}
        origin = json.loads(next(r["merged_from"] for r in carried if r["coder"] == "chen"))
        assert origin["name"] == "chen.wbproj" and origin["project_id"]
        # amal's rows came through ben first or directly: either way they name amal's file.
        assert {json.loads(r["merged_from"])["name"] for r in carried
                if r["coder"] == "amal"} == {"amal.wbproj"}
        own = [r for r in audit if not r["merged_from"]]
        assert {r["coder"] for r in own} - {"workbench"} == {"lead"}
        custody = project.repo.log_rows("custody")
        imports = [r for r in custody if r["action"] == "import"]
        assert len(imports) == 1 + 2 * 3  # the lead's own and each coder's two
        assert [r["coder"] for r in imports if not r["merged_from"]] == ["lead"]
        assert report.audit_rows == len(carried)


def test_a_merged_project_verifies_intact(team: Team):
    from workbench.core.verify import verify

    project, _report = _merge_all(team)
    with project:
        result = verify(project)
    # Carried-over log rows are chained into this file's log, and the state rebuilt from
    # the log is this project's own: another project's history must not read as tampering.
    assert result.ok, result.problems


def test_the_order_of_the_sources_changes_only_the_report(team: Team):
    first, _ = _merge_all(team, CODERS, "one.wbproj")
    second, _ = _merge_all(team, tuple(reversed(CODERS)), "two.wbproj")
    with first, second:
        assert state(first) == state(second)
