"""The custody entries of an undone merge come again with the merge made again.

Ben imported a checkpoint report the lead does not have. The lead merges Ben's project:
the report is copied, with the lead's own "merge" entry saying where from and Ben's
"import" entry carried over (the file's chain of custody before it reached the lead).
The lead undoes the merge and merges again: the report is copied again, and its
custody again needs Ben's import entry. It was not carried: the entry from the undone
merge was taken as held (custody entries name no transaction), so the log's only word
of Ben's import lay inside a merge undone since, as the audit entries once did.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.core.merge.conftest import lead_and_checkpoint_copy, tables
from workbench.core import backup
from workbench.core.merge import merge_projects
from workbench.core.ops import history
from workbench.core.project import Project
from workbench.core.verify import verify


def _custody(p: Project) -> tuple[int, int]:
    """(Ben's import entries of the checkpoint report, the lead's merge entries copying
    it) in the lead's custody log."""
    rows = [r for r in p.repo.log_rows("custody") if r["filename"] == "checkpoint.txt"]
    imports = sum(1 for r in rows if r["action"] == "import" and r["coder"] == "ben"
                  and r["merged_from"])
    copies = sum(1 for r in rows if r["action"] == "merge" and not r["merged_from"])
    return imports, copies


def _merged(p: Project, sources: list[Path]) -> None:
    merge_projects(p, sources)
    assert len(p.repo.documents()) == 2 and verify(p).ok


def _finds_nothing(p: Project, sources: list[Path]) -> None:
    before = tables(p)
    merge_projects(p, sources)
    assert tables(p) == before


def test_merged_undone_and_merged_again_carries_the_custody_entries_again(tmp_path: Path):
    lead, ben = lead_and_checkpoint_copy(tmp_path)
    with Project.open(lead, coder="lead") as p:
        _merged(p, [ben])
        assert _custody(p) == (1, 1)
        history.undo(p)
        assert len(p.repo.documents()) == 1 and verify(p).ok
        assert _custody(p) == (1, 1)  # the log is append-only
        _merged(p, [ben])
        assert _custody(p) == (2, 2)  # Ben's import again, with the copy it explains
        _finds_nothing(p, [ben])
        _finds_nothing(p, [ben, ben])
        assert _custody(p) == (2, 2) and verify(p).ok
        history.undo(p)
    with Project.open(lead, coder="lead") as p:  # the undo outlives the session
        _merged(p, [ben, ben])  # named twice in one merge: carried once
        assert _custody(p) == (3, 3) and verify(p).ok
        _finds_nothing(p, [ben])


def test_a_copy_taken_before_the_undo_brings_the_custody_entries_again(tmp_path: Path):
    """Chen's project is a backup of the lead's taken while the merge stood: its custody
    log shares its start with the lead's, Ben's import entry included, and that start
    is skipped whole. Merged after the undo, it brings the report back, and Ben's entry
    with it."""
    lead, ben = lead_and_checkpoint_copy(tmp_path)
    chen = tmp_path / "chen.wbproj"
    with Project.open(lead, coder="lead") as p:
        _merged(p, [ben])
        backup.copy(p.conn, lead, chen)
        history.undo(p)
        _merged(p, [chen])
        assert _custody(p)[0] == 2
        _finds_nothing(p, [chen, ben])
        assert _custody(p)[0] == 2 and verify(p).ok


def test_a_coder_s_undone_merge_brings_no_custody_entries(tmp_path: Path):
    """Dave merged Ben's project and undid it: Ben's import entry in Dave's custody log
    lies inside that undone merge, no part of what Dave brings to the lead."""
    lead, ben = lead_and_checkpoint_copy(tmp_path)
    dave = tmp_path / "dave.wbproj"
    shutil.copy(lead, dave)
    with Project.open(dave, coder="dave") as p:
        merge_projects(p, [ben])
        history.undo(p)
    with Project.open(lead, coder="lead") as p:
        merge_projects(p, [dave])
        assert len(p.repo.documents()) == 1
        assert _custody(p) == (0, 0) and verify(p).ok
        _merged(p, [ben])
        assert _custody(p) == (1, 1)
