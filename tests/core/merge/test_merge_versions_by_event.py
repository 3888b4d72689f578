"""The merge finds an item's common version by the log event that made it, and judges
what changed since by content.

Content alone took the same content made apart for the same version: an item trashed
and restored by amal held a trashed version with the content of ben's trashing, so the
side merged second read as already seen, and the result hung on the order of the
sources (``test_merge_trashed_incident_members.py``). Judged by events alone, a change
undone would count as a change: these tests hold the other side of the rule.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.core.merge.conftest import tables
from tests.helpers import REPORT, add_doc
from workbench.core.merge import merge_projects
from workbench.core.ops import history
from workbench.core.ops.annotations import annotate_quote, trash_annotations, update_annotation
from workbench.core.project import Project

WORDS = "killed at least 12 civilians"


def _lead_and_copies(folder: Path) -> tuple[Path, Path, Path, str]:
    lead = folder / "lead.wbproj"
    with Project.create(lead, coder="lead") as p:
        doc = add_doc(p, REPORT, "report.txt")
        ann = annotate_quote(p, doc, "casualty", WORDS,
                             {"outcome": "killed", "count_low": 12}).result
    amal, ben = folder / "amal.wbproj", folder / "ben.wbproj"
    shutil.copy(lead, amal)
    shutil.copy(lead, ben)
    return lead, amal, ben, ann


def _merged(lead: Path, folder: Path, sources: list[Path], ann: str):
    copy = folder / "team.wbproj"
    shutil.copy(lead, copy)
    with Project.open(copy, coder="lead") as p:
        report = merge_projects(p, sources).result
        before = tables(p)
        again = merge_projects(p, sources).result
        assert again.conflicts == [] and tables(p) == before  # a second merge finds nothing
        return p.repo.get("annotation", ann), report


@pytest.mark.parametrize("order", ["amal first", "ben first"])
def test_a_change_undone_is_no_change(tmp_path: Path, order: str):
    """Amal changes the count and undoes it; ben changes it: ben's count, no conflict.
    The undo is an event of its own, and the item's content is the common version's."""
    lead, amal, ben, ann = _lead_and_copies(tmp_path)
    with Project.open(amal, coder="amal") as p:
        update_annotation(p, ann, fields={"count_low": 13})
        history.undo(p)
    with Project.open(ben, coder="ben") as p:
        update_annotation(p, ann, fields={"count_low": 15})
    sources = [amal, ben] if order == "amal first" else [ben, amal]
    row, report = _merged(lead, tmp_path, sources, ann)
    assert report.conflicts == []
    assert row["fields"]["count_low"] == 15


@pytest.mark.parametrize("order", ["amal first", "ben first"])
def test_the_same_edit_made_apart_is_no_conflict(tmp_path: Path, order: str):
    lead, amal, ben, ann = _lead_and_copies(tmp_path)
    for path, coder in ((amal, "amal"), (ben, "ben")):
        with Project.open(path, coder=coder) as p:
            update_annotation(p, ann, fields={"count_low": 14})
    sources = [amal, ben] if order == "amal first" else [ben, amal]
    row, report = _merged(lead, tmp_path, sources, ann)
    assert report.conflicts == []
    assert row["fields"]["count_low"] == 14


def test_a_trashing_against_a_trash_and_restore_ends_alike_in_either_order(tmp_path: Path):
    """Ben trashes the figure; amal trashes it and brings it back. Amal's trashed version
    has the content of ben's, but is not ben's: in either order ben's trashing is the
    only change since the version both started from, and the figure ends in the trash
    without a conflict (content alone kept it live when amal was merged second)."""
    lead, amal, ben, ann = _lead_and_copies(tmp_path)
    with Project.open(amal, coder="amal") as p:
        trash_annotations(p, [ann])
        history.undo(p)
    with Project.open(ben, coder="ben") as p:
        trash_annotations(p, [ann])
    seen = []
    for n, sources in enumerate(([amal, ben], [ben, amal])):
        copy = tmp_path / f"team{n}.wbproj"
        shutil.copy(lead, copy)
        with Project.open(copy, coder="lead") as p:
            report = merge_projects(p, sources).result
            seen.append((p.repo.get("annotation", ann)["deleted_at"] is not None,
                         [c.id for c in report.conflicts]))
    assert seen == [(True, []), (True, [])]


def test_a_merge_undone_then_made_again_brings_the_work_again(tmp_path: Path):
    """The undo of a merge is no decision about the work: merged again, ben's count
    comes in again and the report says so (it came in without a word before)."""
    lead, _amal, ben, ann = _lead_and_copies(tmp_path)
    with Project.open(ben, coder="ben") as p:
        update_annotation(p, ann, fields={"count_low": 14})
    with Project.open(lead, coder="lead") as p:
        merge_projects(p, [ben])
        history.undo(p)
    with Project.open(lead, coder="lead") as p:
        report = merge_projects(p, [ben]).result
        assert p.repo.get("annotation", ann)["fields"]["count_low"] == 14
        assert report.counts["annotation"].updated == 1 and report.conflicts == []
