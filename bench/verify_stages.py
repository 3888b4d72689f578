"""Stage timings and CPU of one ``verify`` in one process, on an existing project.

Wall seconds between the progress callbacks (the stage named is the one that ran;
"database structure" is the wait for the second process, and before its seventh round
"history against the tables" was), then the CPU and peak resident memory of this
process (SQLite's own check on its thread included when there is no worker) and of its
worker. Run it
against each code in turn, alternating, with bytecode cached:

    env -u PYTHONDONTWRITEBYTECODE PYTHONPYCACHEPREFIX=/tmp/pyc \\
        PYTHONPATH=TREE python bench/verify_stages.py PROJECT.wbproj
"""

from __future__ import annotations

import argparse
import resource
import time
from itertools import pairwise
from pathlib import Path

from workbench.core.project import Project
from workbench.core.verify import verify


def main(path: Path) -> None:
    marks: list[tuple[str, float]] = []
    started = time.perf_counter()
    with Project.open(path, read_only=True) as project:
        report = verify(project, lambda n, of, name: marks.append((name, time.perf_counter())))
    ended = time.perf_counter()
    marks.append(("end", ended))
    for (name, t), (_, t2) in pairwise(marks):
        print(f"{name:30s} {t2 - t:7.2f}")
    print(f"{'total':30s} {ended - started:7.2f}  problems={len(report.problems)}")
    own = resource.getrusage(resource.RUSAGE_SELF)
    worker = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(f"cpu self {own.ru_utime + own.ru_stime:.2f} "
          f"children {worker.ru_utime + worker.ru_stime:.2f}")
    # ru_maxrss is in kilobytes on Linux; the children's is the largest child's.
    print(f"peak rss self {own.ru_maxrss / 1024:.0f} MB "
          f"children {worker.ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(
        description="Time each stage of one verify of PROJECT (opened read-only) and "
                    "print the CPU of this process and of its worker.")
    parser.add_argument("project", type=Path, help="an existing .wbproj file")
    main(parser.parse_args().project)
