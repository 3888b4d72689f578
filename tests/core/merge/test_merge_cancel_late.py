"""A Cancel that comes after the merge committed: merged all the same, and said so."""

from __future__ import annotations

import os
import time

from tests.core.merge.conftest import lead_and_busy_copy
from workbench.core import backup
from workbench.core.merge.detached import DetachedMerge
from workbench.core.project import Project


def test_a_cancel_after_the_commit_is_late_and_the_backup_before_is_found(tmp_path):
    lead, ben = lead_and_busy_copy(tmp_path, 5)
    with Project.open(lead, coder="lead") as target:
        old = backup.make(target.conn, target.path)
        os.utime(old, (time.time() - 60, time.time() - 60))  # written before the merge
        on_time = DetachedMerge(target, [ben])
        on_time.run()
        assert on_time.changes is not None and not on_time.cancelled_late
        after = backup.make(target.conn, target.path)  # after the merge: not a way back
        late = DetachedMerge(target, [ben])
        late.started = time.time() - 30
        late.changes = on_time.changes
        late.cancel()
        assert late.cancelled_late
        assert late.backup_before() == old and after.exists()
        assert DetachedMerge(target, [ben]).backup_before() is None  # never ran


def test_a_cancel_before_the_commit_is_not_late(tmp_path):
    lead, ben = lead_and_busy_copy(tmp_path, 5)
    with Project.open(lead, coder="lead") as target:
        job = DetachedMerge(target, [ben])
        job.cancel()
        job.run()
        assert job.changes is None and job.error is not None and not job.cancelled_late
