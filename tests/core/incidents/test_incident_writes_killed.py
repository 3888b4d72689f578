"""An incident, review, undo and codebook writer killed with SIGKILL at a COMMIT and in
the middle of a write: the project opens, verifies, and holds every step the writer
reported done, and nothing of the step it was killed in."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.core.incidents.helpers import figure, report
from workbench.core.project import Project
from workbench.core.verify import verify

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="uses SIGKILL")

ROOT = Path(__file__).resolve().parents[3]
# Each step is printed once its call returned: what the user was told was saved. The
# trace callback kills the process just before the chosen statement runs.
WRITER = """
import json, os, signal, sys
from workbench.core.incidents import ops as incidents
from workbench.core.ops import annotations, codebook, history
from workbench.core.project import Project

path, figs, kill_at = sys.argv[1], json.loads(sys.argv[2]), int(sys.argv[3])
project = Project.open(path, coder="amal")
seen = []
def trace(sql):
    seen.append(sql.split()[0].upper())
    if len(seen) == kill_at:
        os.kill(os.getpid(), signal.SIGKILL)
project.conn.set_trace_callback(trace)
inc = incidents.create_incident(project, "Port Halden shelling", members=figs[:2])
steps = [
    lambda: incidents.set_best(project, inc.result, "killed", 12, "The official's count"),
    lambda: annotations.add_link(project, figs[1], figs[0], "part_of"),
    lambda: annotations.set_status(project, figs, "rejected"),
    lambda: history.undo(project),
    lambda: codebook.add_kind(project, "checkpoint", "Checkpoint", "Q"),
    lambda: incidents.remove_members(project, inc.result, [figs[1]]),
]
print(json.dumps(["create", len(seen)]), flush=True)
for n, step in enumerate(steps):
    step()
    print(json.dumps([n, len(seen)]), flush=True)
print(json.dumps(["commits", [i + 1 for i, s in enumerate(seen) if s == "COMMIT"]]), flush=True)
"""


def _state(path: Path) -> tuple[object, ...]:
    with Project.open(path, coder="check") as p:
        assert verify(p).problems == []
        def q(sql: str) -> list[tuple[object, ...]]:
            return [tuple(row) for row in p.conn.execute(sql)]
        return (q("SELECT count(*) FROM audit")[0][0],
                q("SELECT title, best FROM incidents"),
                q("SELECT annotation_id, deleted_at IS NULL FROM incident_members "
                  "ORDER BY annotation_id"),
                q("SELECT type FROM links"),
                q("SELECT status FROM annotations ORDER BY id"),
                q("SELECT name FROM codebook ORDER BY name"))


def _run(path: Path, figs: list[str], kill_at: int) -> list[object]:
    out = subprocess.run([sys.executable, "-c", WRITER, str(path), json.dumps(figs),
                          str(kill_at)], cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == (-9 if kill_at else 0), out.stderr
    return [json.loads(line) for line in out.stdout.splitlines()]


def test_a_killed_incident_and_undo_writer_keeps_what_it_reported_and_no_half_step(tmp_path):
    base = tmp_path / "base.wbproj"
    with Project.create(base, coder="amal") as p:
        doc = report(p, "Shelling in Port Halden killed 12 civilians on Sunday. Among "
                        "the dead were five children.\n", name="a.txt")
        figs = [figure(p, doc, "killed 12 civilians"), figure(p, doc, "five children")]
    # A whole run, with the state after each step taken from copies stopped there.
    whole = tmp_path / "whole.wbproj"
    shutil.copy(base, whole)
    lines = _run(whole, figs, 0)
    commits = lines[-1][1]
    assert len(commits) == 7
    states = {}
    # At two COMMITs (the whole step written, nothing of it committed), and inside the
    # bulk review's write and the codebook's.
    for kill_at in (commits[0], commits[2], commits[3] - 3, commits[5] - 2):
        killed = tmp_path / f"k{kill_at}.wbproj"
        shutil.copy(base, killed)
        done = _run(killed, figs, kill_at)
        states[kill_at] = (len(done), _state(killed))
    # Killed at a COMMIT: that step is not there, the ones reported before it are.
    assert [n for n, _ in states.values()] == [0, 2, 3, 5]
    assert states[commits[0]][1] == _state(base)
    audit = [state[0] for _done, state in states.values()]
    assert audit == sorted(audit) and len(set(audit)) == len(audit)
    assert audit[-1] < _state(whole)[0]
    # Killed inside the bulk review: the part_of link (reported) is there, no status
    # changed; inside the new kind: the undo (reported) is there, no kind added.
    review = states[commits[3] - 3][1]
    assert review[3] == [("part_of",)] and all(s == ("accepted",) for s in review[4])
    kind = states[commits[5] - 2][1]
    assert ("checkpoint",) not in kind[5] and ("checkpoint",) in _state(whole)[5]
