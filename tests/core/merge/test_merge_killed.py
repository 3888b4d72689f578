"""A merge process killed with SIGKILL at random moments: the target is as before or as
after each time, opens and verifies; a merge that said it was done is all there."""

from __future__ import annotations

import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.core.merge.conftest import lead_and_busy_copy, tables
from workbench.core.project import Project
from workbench.core.verify import verify

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="uses SIGKILL")

ROOT = Path(__file__).resolve().parents[3]
MERGER = """
import sys
from workbench.core.merge import merge_projects
from workbench.core.project import Project
with Project.open(sys.argv[1], coder="lead") as target:
    print("started", flush=True)
    merge_projects(target, [sys.argv[2]])
    print("done", flush=True)
"""


def _counts(path: Path) -> dict[str, int]:
    with Project.open(path, coder="lead") as p:
        assert verify(p).ok
        return {name: len(rows) for name, rows in tables(p).items()}


def test_a_killed_merge_leaves_the_target_whole_or_untouched(tmp_path):
    lead, ben = lead_and_busy_copy(tmp_path, 600)
    before = _counts(lead)
    whole = tmp_path / "whole.wbproj"
    shutil.copy(lead, whole)
    subprocess.run([sys.executable, "-c", MERGER, str(whole), str(ben)], cwd=ROOT, check=True,
                   capture_output=True)
    after = _counts(whole)
    assert after != before
    rng = random.Random(7)
    outcomes = []
    for kill in range(4):
        path = tmp_path / f"k{kill}.wbproj"
        shutil.copy(lead, path)
        proc = subprocess.Popen([sys.executable, "-c", MERGER, str(path), str(ben)], cwd=ROOT,
                                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "started"  # the target is open
        time.sleep(rng.uniform(0.0, 0.6))
        proc.send_signal(signal.SIGKILL)
        said = proc.communicate()[0]
        counts = _counts(path)
        assert counts in (before, after)
        if "done" in said:
            assert counts == after
        outcomes.append(counts == after)
    assert False in outcomes, "no kill landed inside the merge; lengthen the source"
