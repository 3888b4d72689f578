"""A merge undone and made again: the undo is no decision about the work.

The log entries a merge carries stay when it is undone (the log is append-only); read
as held, they made the source's version the common one, so the undo read as the lead's
own change since and the source brought nothing, without a word. Entries of an undone
merge now count for nothing, and the merge made again carries them again.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.core.merge.conftest import Team, state, tables
from tests.helpers import REPORT, add_doc
from workbench.core.merge import merge_projects
from workbench.core.merge.sources import open_source
from workbench.core.ops import history
from workbench.core.ops.annotations import annotate_quote, trash_annotations, update_annotation
from workbench.core.project import Project
from workbench.core.verify import verify

WORDS = "killed at least 12 civilians"


def _lead_and_ben(folder: Path, count: int = 14) -> tuple[Path, Path, str]:
    """lead's project with a figure of 12, and ben's copy where it reads ``count``."""
    lead, ben = folder / "lead.wbproj", folder / "ben.wbproj"
    with Project.create(lead, coder="lead") as p:
        doc = add_doc(p, REPORT, "report.txt")
        ann = annotate_quote(p, doc, "casualty", WORDS,
                             {"outcome": "killed", "count_low": 12}).result
    shutil.copy(lead, ben)
    with Project.open(ben, coder="ben") as p:
        update_annotation(p, ann, fields={"count_low": count})
    return lead, ben, ann


def _count(p: Project, ann: str) -> int:
    return p.repo.get("annotation", ann)["fields"]["count_low"]


def _merge_finds_nothing(p: Project, sources: list[Path]) -> None:
    before = tables(p)
    again = merge_projects(p, sources).result
    assert again.conflicts == [] and tables(p) == before


def test_undone_merged_again_undone_again_and_merged_again(tmp_path: Path):
    lead, ben, ann = _lead_and_ben(tmp_path)
    with Project.open(lead, coder="lead") as p:
        for _round in range(2):
            merge_projects(p, [ben])
            assert _count(p, ann) == 14 and verify(p).ok
            history.undo(p)
            assert _count(p, ann) == 12 and verify(p).ok
    with Project.open(lead, coder="lead") as p:  # the undo outlives the session
        report = merge_projects(p, [ben]).result
        assert _count(p, ann) == 14 and report.conflicts == [] and verify(p).ok
        assert report.counts["annotation"].updated == 1
        _merge_finds_nothing(p, [ben])
        assert verify(p).ok


def test_an_undone_item_edited_by_hand_meets_the_merge_as_a_conflict(tmp_path: Path):
    """Edited by hand after the undo, the figure is the lead's change since the version
    both started from, and ben's is another: a conflict, not a silent overwrite (nor
    the lead's silently kept)."""
    lead, ben, ann = _lead_and_ben(tmp_path)
    with Project.open(lead, coder="lead") as p:
        merge_projects(p, [ben])
        history.undo(p)
        update_annotation(p, ann, fields={"count_low": 16})
        report = merge_projects(p, [ben]).result
        assert [c.id for c in report.conflicts] == [ann]
        assert _count(p, ann) == 16  # the lead's own version stays
        copy = p.repo.get("annotation", report.conflicts[0].copy_id)
        assert copy["fields"]["count_low"] == 14 and copy["status"] == "suggested"
        assert verify(p).ok
        _merge_finds_nothing(p, [ben])
        assert verify(p).ok


def test_a_conflict_undone_is_a_conflict_again(tmp_path: Path):
    lead, ben, ann = _lead_and_ben(tmp_path)
    with Project.open(lead, coder="lead") as p:
        update_annotation(p, ann, fields={"count_low": 16})
        first = merge_projects(p, [ben]).result
        assert [c.id for c in first.conflicts] == [ann]
        history.undo(p)
        assert p.repo.get("annotation", first.conflicts[0].copy_id) is None
        again = merge_projects(p, [ben]).result
        assert [(c.id, c.copy_id) for c in again.conflicts] == [
            (c.id, c.copy_id) for c in first.conflicts]
        assert p.repo.get("annotation", again.conflicts[0].copy_id) is not None
        assert verify(p).ok
        _merge_finds_nothing(p, [ben])


def test_a_trashing_undone_travels_again(tmp_path: Path):
    lead, ben, ann = _lead_and_ben(tmp_path)
    with Project.open(ben, coder="ben") as p:
        trash_annotations(p, [ann])
    with Project.open(lead, coder="lead") as p:
        merge_projects(p, [ben])
        history.undo(p)
        assert p.repo.get("annotation", ann)["deleted_at"] is None
        merge_projects(p, [ben])
        assert p.repo.get("annotation", ann)["deleted_at"] is not None
        assert verify(p).ok


def test_a_merge_undone_and_redone_is_a_merge_made(tmp_path: Path):
    lead, ben, ann = _lead_and_ben(tmp_path)
    with Project.open(lead, coder="lead") as p:
        merge_projects(p, [ben])
        history.undo(p)
        history.redo(p)
        assert _count(p, ann) == 14
        _merge_finds_nothing(p, [ben])
        update_annotation(p, ann, fields={"count_low": 15})
        report = merge_projects(p, [ben]).result
        assert report.conflicts == [] and _count(p, ann) == 15
        assert verify(p).ok


def test_the_lead_s_edit_after_merging_again_is_the_lead_s_change(tmp_path: Path):
    """Merged again, ben's entries are held again: the lead's later edit is the only
    change since, so a later merge keeps it without a conflict."""
    lead, ben, ann = _lead_and_ben(tmp_path)
    with Project.open(lead, coder="lead") as p:
        merge_projects(p, [ben])
        history.undo(p)
        merge_projects(p, [ben])
        update_annotation(p, ann, fields={"count_low": 15})
    with Project.open(lead, coder="lead") as p:
        report = merge_projects(p, [ben]).result
        assert report.conflicts == [] and _count(p, ann) == 15
        assert verify(p).ok


def test_three_coders_merged_undone_and_merged_again_end_as_merged_once(team: Team):
    """amal's work is in the team's project; ben's and chen's merge is undone and made
    again: the project ends as the first merge left it, with the same conflicts."""
    target = team.folder / "team.wbproj"
    with Project.create(target, coder="lead") as p:
        merge_projects(p, [team.path("amal")])
    once = team.folder / "once.wbproj"
    shutil.copy(target, once)
    sources = [team.path("ben"), team.path("chen")]
    with Project.open(once, coder="lead") as p:
        first = merge_projects(p, sources).result
        expected = state(p)
    with Project.open(target, coder="lead") as p:
        merge_projects(p, sources)
        history.undo(p)
        assert verify(p).ok
        again = merge_projects(p, sources).result
        assert state(p) == expected
        assert sorted((c.entity, c.id, c.copy_id) for c in again.conflicts) == sorted(
            (c.entity, c.id, c.copy_id) for c in first.conflicts)
        assert again.conflicts and verify(p).ok
        _merge_finds_nothing(p, sources)
        assert verify(p).ok


def _amal_ben_lead(folder: Path) -> tuple[Path, Path, Path, str]:
    """lead's figure of 12; amal's copy reads 13; ben merged amal's and undid it."""
    lead, ben, ann = _lead_and_ben(folder, count=12)
    amal = folder / "amal.wbproj"
    shutil.copy(lead, amal)
    with Project.open(amal, coder="amal") as p:
        update_annotation(p, ann, fields={"count_low": 13})
    with Project.open(ben, coder="ben") as p:
        merge_projects(p, [amal])
        history.undo(p)
        assert _count(p, ann) == 12
    return lead, amal, ben, ann


def test_a_coder_s_undone_merge_does_not_undo_the_lead_s(tmp_path: Path):
    """ben's undo entries, carried into the lead's log, name no step of the lead's: the
    lead's merge of amal stands, and merging amal again finds nothing."""
    lead, amal, ben, ann = _amal_ben_lead(tmp_path)
    with Project.open(lead, coder="lead") as p:
        merge_projects(p, [amal])
        merge_projects(p, [ben])
        assert _count(p, ann) == 13
        _merge_finds_nothing(p, [amal])
        _merge_finds_nothing(p, [amal, ben])
        assert verify(p).ok


def test_what_a_coder_merged_and_undid_still_comes_from_its_author(tmp_path: Path):
    """ben merged amal's count and undid it, so it is not his to pass on; merged from
    amal herself afterwards, it is hers and comes in (ben's undone merge read as held
    made it the lead's own change since)."""
    lead, amal, ben, ann = _amal_ben_lead(tmp_path)
    with Project.open(lead, coder="lead") as p:
        merge_projects(p, [ben])
        assert _count(p, ann) == 12
        report = merge_projects(p, [amal]).result
        assert _count(p, ann) == 13 and report.conflicts == []
        _merge_finds_nothing(p, [amal, ben])
        assert verify(p).ok


def test_an_edit_undone_after_a_merge_leaves_the_merge_standing(tmp_path: Path):
    """Only the undo of the merge itself counts: the lead's edit of the merged figure,
    undone, leaves ben's count and a merge that finds nothing; the merge undone after
    it is undone."""
    lead, ben, ann = _lead_and_ben(tmp_path)
    with Project.open(lead, coder="lead") as p:
        merge_projects(p, [ben])
        update_annotation(p, ann, fields={"count_low": 20})
        history.undo(p)
        assert _count(p, ann) == 14
        _merge_finds_nothing(p, [ben])
        update_annotation(p, ann, fields={"count_low": 20})
        history.undo(p)
        history.undo(p)  # the first merge (the second one wrote nothing)
        assert _count(p, ann) == 12
        merge_projects(p, [ben])
        assert _count(p, ann) == 14 and verify(p).ok


def test_an_encrypted_team_project_merged_undone_and_merged_again(tmp_path: Path):
    key = "long enough passphrase"
    lead, ben = tmp_path / "lead.wbproj", tmp_path / "ben.wbproj"
    with Project.create(lead, coder="lead", passphrase=key) as p:
        doc = add_doc(p, REPORT, "report.txt")
        ann = annotate_quote(p, doc, "casualty", WORDS,
                             {"outcome": "killed", "count_low": 12}).result
    shutil.copy(lead, ben)
    with Project.open(ben, coder="ben", passphrase=key) as p:
        update_annotation(p, ann, fields={"count_low": 14})

    def merged(p: Project) -> None:
        merge_projects(p, [ben], opener=lambda path: open_source(
            path, coder="lead", passphrase=key))

    with Project.open(lead, coder="lead", passphrase=key) as p:
        merged(p)
        history.undo(p)
        merged(p)
        assert _count(p, ann) == 14 and verify(p).ok


def _carried_edits(p: Project, ann: str) -> int:
    """How many of the lead's log entries are ben's edit of the figure, carried over
    by a merge still standing."""
    from workbench.core.merge.undone import undone_merges
    undone = undone_merges(p.repo)
    return sum(1 for e in p.repo.audit(entity_id=ann)
               if e["coder"] == "ben" and e["op"] == "edit:update" and e["merged_from"]
               and e["txn"] not in undone)


def test_a_copy_taken_before_the_undo_brings_the_coder_s_entries_again(tmp_path: Path):
    """chen's project is a backup of the lead's taken while the merge of ben stood; the
    lead undoes that merge and merges chen's. ben's figure comes back through chen, and
    so does ben's entry: the start of the logs the two files share was skipped whole,
    and the entry stood in the lead's log only inside the undone merge, so the log held
    no standing word of ben's edit (and agreement credited the lead with ben's 14)."""
    from workbench.core import backup

    lead, ben, ann = _lead_and_ben(tmp_path)
    chen = tmp_path / "chen.wbproj"
    with Project.open(lead, coder="lead") as p:
        merge_projects(p, [ben])
        backup.copy(p.conn, lead, chen)
        history.undo(p)
        assert _carried_edits(p, ann) == 0
        report = merge_projects(p, [chen]).result
        assert _count(p, ann) == 14 and report.audit_rows >= 1
        assert _carried_edits(p, ann) == 1 and verify(p).ok
        _merge_finds_nothing(p, [chen, ben])
        assert _carried_edits(p, ann) == 1
