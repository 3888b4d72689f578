"""Fault harness: kill a writing process at random and count what survives.

A writer process adds annotations to a project in a loop and prints each one's id only
after the call that wrote it returned: a printed id is a write the user was told was
saved. The harness kills the writer with SIGKILL at a random moment, again and again,
then runs ``verify`` and checks that every acknowledged id is stored.

    python tools/fault_harness.py --kills 20 [--seed 1] [--life 0.2 1.5]
    python tools/fault_harness.py writer PROJECT TAG     (the writer; started by the harness)
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script from a source checkout
    sys.path.insert(0, str(ROOT))

REPORT = "Artillery fire wounded four troops near the market on Sunday, an official said.\n"


@dataclass
class Result:
    kills: int = 0
    acknowledged: int = 0
    stored: int = 0
    lost: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def line(self) -> str:
        return (f"kills {self.kills}, acknowledged writes {self.acknowledged}, stored "
                f"{self.stored}, lost {len(self.lost)}, verify "
                + ("intact" if not self.problems else f"{len(self.problems)} problem(s)"))


def writer(path: str, tag: str) -> int:
    """Write annotations until killed; print each id after its write returned."""
    from workbench.core.ops.annotations import create_annotation
    from workbench.core.project import Project

    with Project.open(path, coder=tag) as project:
        for i in range(1_000_000):
            memo = f"{tag}-{i}"
            create_annotation(project, 1, "casualty", 14, 33,
                              {"outcome": "wounded", "count_low": 4}, memo=memo)
            project.undo_stack.clear()  # a long run must not hold every ChangeSet
            print(memo, flush=True)
    return 0


def _start_writer(path: Path, tag: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p)}
    return subprocess.Popen([sys.executable, str(Path(__file__).resolve()), "writer",
                             str(path), tag], stdout=subprocess.PIPE, text=True, env=env)


def make_project(folder: Path) -> Path:
    """A project with the one document the writer annotates."""
    from workbench.core.ops.importing import import_bytes
    from workbench.core.project import Project

    path = folder / "fault.wbproj"
    with Project.create(path, coder="harness") as project:
        import_bytes(project, REPORT.encode(), "report.txt", sandbox=False)
    return path


def run(kills: int, *, seed: int = 1, life: tuple[float, float] = (0.2, 1.5),
        folder: Path | None = None, deadline: float | None = None,
        after_first_write: bool = False) -> Result:
    """Kill the writer ``kills`` times (or until ``deadline``, a monotonic time).

    With ``after_first_write`` each writer's life is counted from its first acknowledged
    write, so a slow, loaded machine still kills writers mid-write rather than while
    they start (the short test run wants that; the long run also kills at start-up).
    """
    from workbench.core.project import Project
    from workbench.core.verify import verify

    rnd = random.Random(seed)
    with tempfile.TemporaryDirectory(prefix="fault-") as tmp:
        path = make_project(folder or Path(tmp))
        acked: list[str] = []
        result = Result()
        while result.kills < kills and (deadline is None or time.monotonic() < deadline):
            proc = _start_writer(path, f"w{result.kills}")
            if after_first_write and proc.stdout is not None:
                acked.extend(proc.stdout.readline().split())
            time.sleep(rnd.uniform(*life))
            proc.send_signal(signal.SIGKILL)
            out, _ = proc.communicate()
            acked.extend(out.split())  # only whole lines: a cut-off id was never printed
            result.kills += 1
        with Project.open(path) as project:
            report = verify(project)
            stored = {r["memo"] for r in project.repo.annotations()}
        result.acknowledged = len(acked)
        result.stored = len(stored)
        result.lost = [a for a in acked if a not in stored]
        result.problems = report.problems
    return result


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args and args[0] == "writer":
        return writer(args[1], args[2])
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--kills", type=int, default=20)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--life", type=float, nargs=2, default=(0.2, 1.5),
                   metavar=("MIN_S", "MAX_S"), help="how long a writer lives before the kill")
    ns = p.parse_args(args)
    result = run(ns.kills, seed=ns.seed, life=tuple(ns.life))
    print(result.line())
    return 0 if not result.lost and not result.problems else 1


if __name__ == "__main__":
    raise SystemExit(main())
