"""What the check of a restore costs: the backup copied beside the project and checked
as ``verify`` checks a project (``backup.stage``), then discarded, so the project is
never replaced and each round measures the same work.

    python bench/restore_check_bench.py PROJECT [--rounds 3]

PROJECT is a project built beforehand (``bench/scale_bench.py --sizes 100000 --only
verify`` keeps one in its --workdir). A backup of it is made once into a temporary
folder; each round prints the wall time and the CPU time of this process and its
children (the check's second process).
"""

from __future__ import annotations

import argparse
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from workbench.core import backup  # noqa: E402
from workbench.core.project import Project  # noqa: E402


def cpu() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("project", type=Path, help="a project built beforehand")
    ap.add_argument("--rounds", type=int, default=3, help="checks timed (default 3)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / args.project.name
        shutil.copyfile(args.project, path)  # the project itself is never touched
        with Project.open(path) as project:
            made = backup.make(project.conn, project.path, Path(tmp) / "backups")
        for n in range(args.rounds):
            wall, used = time.perf_counter(), cpu()
            staged = backup.stage(path, made)
            took = time.perf_counter() - wall
            staged.discard()
            print(f"round {n + 1}: wall {took:5.2f} s  cpu {cpu() - used:5.2f} s  "
                  f"{'verifies' if not staged.problems else staged.problems[0]}")


if __name__ == "__main__":
    main()
