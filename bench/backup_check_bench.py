"""What the structural check of each new backup costs (``backup._structure_problem``).

    python bench/backup_check_bench.py [--mb 60] [--rounds 3]

Builds a project with about MB megabytes of text, then makes backups with the check and
without it (the raw baseline: the same copy and rotation), alternated, and prints each
one's wall time and the CPU time of this process (user + system).
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from workbench.core import backup  # noqa: E402
from workbench.core.ops.importing import import_bytes  # noqa: E402
from workbench.core.project import Project  # noqa: E402

LINE = "Shelling near the market in Port Halden wounded four people, an official said.\n"


def cpu() -> float:
    used = resource.getrusage(resource.RUSAGE_SELF)
    return used.ru_utime + used.ru_stime


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=int, default=60,
                    help="MB of text in the project built for the bench (default 60)")
    ap.add_argument("--rounds", type=int, default=3,
                    help="backups made each way, alternated (default 3)")
    args = ap.parse_args()
    checked = backup._structure_problem
    with tempfile.TemporaryDirectory() as tmp, \
            Project.create(Path(tmp) / "p.wbproj", coder="bench") as project:
        per_doc = 10 * 1024 * 1024
        for n in range(max(1, args.mb * 1024 * 1024 // per_doc)):
            text = LINE.replace("market", f"market {n}") * (per_doc // len(LINE))
            import_bytes(project, text.encode(), f"{n}.txt", {}, sandbox=False)
        size = project.path.stat().st_size / 2**20
        print(f"project: {size:.0f} MB")
        for _ in range(args.rounds):
            for label, check in (("with check", checked), ("raw copy", lambda *a: None)):
                backup._structure_problem = check
                wall, used = time.perf_counter(), cpu()
                backup.make(project.conn, project.path, keep=2)
                print(f"{label:10}  wall {time.perf_counter() - wall:5.2f} s  "
                      f"cpu {cpu() - used:5.2f} s")
        backup._structure_problem = checked


if __name__ == "__main__":
    main()
