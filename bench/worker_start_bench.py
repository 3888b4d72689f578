"""What starting an importer worker costs, beside starting a bare interpreter.

Every import of a folder starts one worker per core before its first file can be stored,
so a worker's start is inside the import's clock. This starts workers through the
sandbox's own pool, one at a time: each parses one small text file and is then stopped;
its CPU (user + system, from the operating system's account of the ended child) and the
wall time from its start to the parsed file are printed, beside the same figures for
``python -S -c pass`` and ``python -c pass`` (the raw baselines: an interpreter doing
nothing). CPU is the steadier figure on a shared machine. Not a test: it asserts nothing.

    python bench/worker_start_bench.py [--starts 10]
"""

from __future__ import annotations

import argparse
import os
import resource  # POSIX: the bench runs where the scale bench runs
import statistics
import subprocess
import sys
import time

from workbench.core.importers import sandbox

TEXT = b"The council met on Tuesday; two roads into the valley were closed after the rain.\n"


def _child_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)  # microseconds, not clock ticks
    return usage.ru_utime + usage.ru_stime


def one_worker() -> tuple[float, float]:
    """(CPU seconds, wall seconds to the first parsed file) of one worker's life."""
    before = _child_cpu()
    pool = sandbox.WorkerPool()
    t0 = time.perf_counter()
    sandbox.parse_file(TEXT, "note.txt", pool=pool)
    wall = time.perf_counter() - t0
    workers = [w for ws in pool._idle.values() for w in ws]
    pool.shutdown()
    for w in workers:  # the child's CPU is counted once it has been waited for
        w.channel.exitcode(10)
    return _child_cpu() - before, wall


def one_bare(flags: list[str]) -> tuple[float, float]:
    before = _child_cpu()
    t0 = time.perf_counter()
    subprocess.run([sys.executable, *flags, "-c", "pass"], check=True)
    return _child_cpu() - before, time.perf_counter() - t0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--starts", type=int, default=10, help="starts of each kind")
    args = parser.parse_args()
    runs: dict[str, list[tuple[float, float]]] = {"worker": [], "python -S": [], "python": []}
    for _ in range(args.starts):  # alternated, so a change in the machine's load hits all
        runs["worker"].append(one_worker())
        runs["python -S"].append(one_bare(["-S"]))
        runs["python"].append(one_bare([]))
    print(f"{args.starts} starts each, load average {os.getloadavg()[0]:.1f}")
    for name, got in runs.items():
        cpu = statistics.median(c for c, _w in got)
        wall = statistics.median(w for _c, w in got)
        print(f"  {name:<10} CPU median {cpu * 1000:6.1f} ms   wall median {wall * 1000:6.1f} ms")
    base = statistics.median(c for c, _w in runs["python"])
    worker = statistics.median(c for c, _w in runs["worker"])
    print(f"  worker / bare interpreter (CPU): {worker / base:.2f}x")


if __name__ == "__main__":
    main()
