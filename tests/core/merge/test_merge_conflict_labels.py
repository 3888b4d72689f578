"""Each conflict of a merge report says what the item is, not only its id: an actor by
its name, an incident by its title, an annotation by its words. A line such as "actor
2qxr852ftwmf1mf71dm3 (ben.wbproj): trashed by ben, edited by amal" left the lead to
look the id up before deciding anything."""

from __future__ import annotations

from tests.core.merge.conftest import Team
from tests.core.merge.test_merge_merged_actors import crossed  # noqa: F401 (a fixture)
from workbench.core.merge import merge_projects
from workbench.core.project import Project


def test_an_annotation_conflict_names_its_words(team: Team):
    with Project.open(team.path("ben"), coder="ben") as project:
        report = merge_projects(project, [team.path("amal")]).result
    [conflict] = [c for c in report.conflicts if c.entity == "annotation"]
    assert conflict.label == "killed at least 12 civilians"
    assert '"killed at least 12 civilians"' in conflict.sentence()
    assert report.to_json()["conflicts"][0]["label"] == conflict.label


def test_an_actor_conflict_names_the_actor(crossed):  # noqa: F811
    with Project.open(crossed["amal"], coder="amal") as project:
        report = merge_projects(project, [crossed["ben"]]).result
    labels = sorted(c.label for c in report.conflicts if c.entity == "actor")
    assert labels == ["FAB", "Free Army Brigade"]
    assert all(f'"{c.label}"' in c.sentence() for c in report.conflicts)
