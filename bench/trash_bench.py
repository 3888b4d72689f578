"""What listing the trash costs on a big project, with and without the index of trashed
annotations (migration ``trashed_index``).

A project of N annotations is built with the scale bench's builder (kept in --workdir
and reused), T of them spread over it are moved to the trash in one write, and a copy
is made without the index (dropped, as a file of the schema before it has none). On
each, alternating, the median of --rounds runs of: the keys in the default order
(``trash.snapshot``), the whole listing ``trash --list`` prints (``trash.listed``),
the listing narrowed to one kind and sorted by the words, and the kinds in the trash
(``trash.parts``). Then the time of ``workbench trash PROJECT --list`` as a command,
process start included.

    python bench/trash_bench.py [--size 200000] [--trashed 100] [--rounds 5] [--workdir DIR]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import scale_bench

from workbench.core import schema, trash
from workbench.core.ops.annotations import trash_annotations
from workbench.core.project import Project
from workbench.core.trash import TrashListing

MEASURES = {
    "keys": lambda p: trash.snapshot(p, TrashListing()),
    "listing": lambda p: trash.listed(p),
    "one kind": lambda p: trash.listed(p, TrashListing(what="kind:casualty")),
    "by words": lambda p: trash.listed(p, TrashListing(sort="words", descending=False)),
    "kinds": lambda p: trash.parts(p),
}


def _prepare(workdir: Path, size: int, trashed: int) -> tuple[Path, Path]:
    built = workdir / f"scale-{size}.wbproj"
    if not built.exists():
        scale_bench.build(built, size)
    with_index = workdir / f"trash-{size}-{trashed}.wbproj"
    shutil.copyfile(built, with_index)
    with Project.open(with_index) as project:
        ids = [r[0] for r in project.conn.execute("SELECT id FROM annotations ORDER BY id")]
        trash_annotations(project, ids[::max(1, len(ids) // trashed)][:trashed])
        project.undo_stack.clear()
        project.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    without = workdir / f"trash-{size}-{trashed}-no-index.wbproj"
    shutil.copyfile(with_index, without)
    conn = sqlite3.connect(without)
    conn.execute(f"DROP INDEX {schema.TRASHED_INDEX}")
    conn.commit()
    conn.close()
    return with_index, without


def _median_ms(project: Project, measure, rounds: int) -> float:
    times = []
    for _ in range(rounds):
        t0 = time.perf_counter()
        measure(project)
        times.append(time.perf_counter() - t0)
    return statistics.median(times) * 1000


def _command_s(path: Path) -> float:
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-m", "workbench", "trash", str(path), "--list"],
                   check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - t0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=200_000)
    parser.add_argument("--trashed", type=int, default=100)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--workdir", type=Path)
    args = parser.parse_args()
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="trash-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    with_index, without = _prepare(workdir, args.size, args.trashed)
    print(f"{args.size:,} annotations, {args.trashed} in the trash; load "
          f"{os.getloadavg()[0]:.1f}", flush=True)
    results: dict[str, dict[str, list[float]]] = {"index": {}, "no index": {}}
    for _ in range(2):  # alternating, each side twice
        for name, path in (("no index", without), ("index", with_index)):
            with Project.open(path) as project:
                for label, measure in MEASURES.items():
                    results[name].setdefault(label, []).append(
                        _median_ms(project, measure, args.rounds))
            results[name].setdefault("command", []).append(_command_s(path) * 1000)
    for label in [*MEASURES, "command"]:
        cells = "   ".join(
            f"{name} {'–'.join(f'{v:.1f}' for v in sorted(results[name][label]))} ms"
            for name in ("no index", "index"))
        print(f"{label:<9} {cells}")
    print(f"load {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
