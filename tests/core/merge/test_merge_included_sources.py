"""An incident's included sources (documents counted despite a poor grade) travel in a
merge: the list holds document numbers, which differ between projects, so it is no part
of the incident's compared content; the merge joins both projects' lists."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.core.merge.conftest import CHECKPOINT, tables
from tests.core.merge.test_merge_stored import frozen, merged_twice  # noqa: F401
from tests.helpers import REPORT, add_doc
from workbench.core.incidents.ops import (
    create_incident,
    move_members,
    set_best,
    update_incident,
)
from workbench.core.merge import merge_projects
from workbench.core.ops.annotations import add_link, annotate_quote, remove_link
from workbench.core.project import Project


def _by_original(project: Project, doc_ids: list[int]) -> set[str]:
    sha = {d["id"]: d["original_sha256"] for d in project.repo.all_rows("document")}
    return {sha[d] for d in doc_ids}


def _numbered_apart(folder: Path) -> tuple[Path, Path, str]:
    """lead's project with an incident; ben's, the same reports imported the other way
    round (so their numbers differ), lead's work merged in."""
    lead, ben = folder / "lead.wbproj", folder / "ben.wbproj"
    with Project.create(lead, coder="lead") as p:
        add_doc(p, REPORT, "report.txt")
        add_doc(p, CHECKPOINT, "checkpoint.txt")
        incident = create_incident(p, "Port Halden market shelling").result
    with Project.create(ben, coder="ben") as p:
        add_doc(p, CHECKPOINT, "checkpoint.txt")
        add_doc(p, REPORT, "report.txt")
        merge_projects(p, [lead])
    return lead, ben, incident


def test_a_source_included_in_a_copy_travels_whatever_the_numbers(tmp_path: Path):
    lead, ben, incident = _numbered_apart(tmp_path)
    with Project.open(ben, coder="ben") as p:
        checkpoint = next(d["id"] for d in p.repo.documents()
                          if d["filename"] == "checkpoint.txt")
        update_incident(p, incident, included_docs=[checkpoint])
        wanted = _by_original(p, [checkpoint])
    with Project.open(lead, coder="lead") as p:
        report = merge_projects(p, [ben]).result
        assert report.counts["incident"].updated == 1
        got = p.repo.get("incident", incident)["included_docs"]
        assert _by_original(p, got) == wanted  # before: [], the incident counted less
        before = tables(p)
        again = merge_projects(p, [ben]).result
        assert again.counts["incident"].updated == 0
        assert tables(p) == before


def test_both_sides_additions_are_kept_in_either_order(tmp_path: Path):
    lead, ben, incident = _numbered_apart(tmp_path)
    with Project.open(ben, coder="ben") as p:
        checkpoint = next(d["id"] for d in p.repo.documents()
                          if d["filename"] == "checkpoint.txt")
        update_incident(p, incident, included_docs=[checkpoint], memo="ben: counted")
    with Project.open(lead, coder="lead") as p:
        report_doc = next(d["id"] for d in p.repo.documents() if d["filename"] == "report.txt")
        # lead changes the incident too: a conflict, lead's own version kept.
        update_incident(p, incident, included_docs=[report_doc], memo="lead: counted")
    results = []
    for first, second in ((lead, ben), (ben, lead)):
        copy = tmp_path / f"into-{first.stem}.wbproj"
        shutil.copy(first, copy)
        with Project.open(copy, coder=first.stem) as p:
            merge_projects(p, [second])
            got = p.repo.get("incident", incident)["included_docs"]
            results.append(_by_original(p, got))
    with Project.open(lead, read_only=True) as p:
        everything = _by_original(p, [d["id"] for d in p.repo.documents()])
    assert results == [everything, everything]


def test_incidents_links_and_members_merge_batched_as_whole_rows(
        tmp_path: Path, frozen, monkeypatch: pytest.MonkeyPatch):  # noqa: F811
    """Every column an incident, a member and a link are compared on, changed in a
    copy: the batched merge stores what merging every row whole stores."""
    lead = tmp_path / "lead.wbproj"
    with Project.create(lead, coder="lead") as p:
        doc = add_doc(p, REPORT)
        other = add_doc(p, CHECKPOINT, "checkpoint.txt")
        figs = [annotate_quote(p, doc, "casualty", words, {"outcome": "killed"}).result
                for words in ("killed at least 12 civilians", "wounded four troops")]
        first = create_incident(p, "Port Halden market shelling", members=figs).result
        second = create_incident(p, "Shelling of the bus station").result
        link = add_link(p, figs[0], figs[1], "same_as").result
    ben = tmp_path / "ben.wbproj"
    shutil.copy(lead, ben)
    with Project.open(ben, coder="ben") as p:
        update_incident(p, first, latitude=36.25, longitude=-0.1, geo_precision=2,
                        actors=[{"name": "Crescent Brigade", "role": "perpetrator"}],
                        included_docs=[other])
        set_best(p, first, "killed", 14, "the council's later count")
        move_members(p, first, second, [figs[1]])
        remove_link(p, link)
    with Project.open(lead, coder="lead") as p:
        update_incident(p, second, memo="lead: two reports")
    _new, _old, new_reports, old_reports = merged_twice(lead, [ben], tmp_path, monkeypatch)
    assert new_reports == old_reports
    assert new_reports[0]["counts"]["incident"]["updated"] == 1
    assert new_reports[0]["counts"]["incident_member"]["added"] == 1


def test_the_same_numbers_naming_other_reports_are_not_taken_as_stored_the_same(
        tmp_path: Path, frozen, monkeypatch: pytest.MonkeyPatch):  # noqa: F811
    # Both include document 2: the checkpoint in lead's project, the report in ben's.
    # Stored alike, yet the merge joins two different sources: the batched merge must
    # read the row whole, not count it unchanged from its stored values.
    lead, ben, incident = _numbered_apart(tmp_path)
    for path in (lead, ben):
        with Project.open(path, coder=path.stem) as p:
            update_incident(p, incident, included_docs=[2])
    _new, _old, new_reports, old_reports = merged_twice(lead, [ben], tmp_path, monkeypatch)
    assert new_reports == old_reports
    assert new_reports[0]["counts"]["incident"]["updated"] == 1
    with Project.open(tmp_path / "new" / lead.name, read_only=True) as p:
        got = p.repo.get("incident", incident)["included_docs"]
        assert got == [1, 2] and len(_by_original(p, got)) == 2
