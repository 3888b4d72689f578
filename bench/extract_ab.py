"""Old and new suggestion engines compared in one process, for a shared, loaded machine.

Two runs of ``extract_bench.py`` a minute apart can differ by 30% on a machine that
other work slows down, more than most speed-ups. This script loads a second copy of
the engines (an older ``workbench/core/extract`` folder, e.g. exported from git) under
another package name, and times old and new alternately over the same English bench
text, several rounds, with the ``re.finditer(r"\\d+")`` baseline measured between them;
it prints the best of each and every round.

    git archive <old-commit> workbench | tar -x -C /tmp/old
    python bench/extract_ab.py /tmp/old/workbench/core/extract [MB] [rounds]

``--once MB`` only runs the current engines once over MB of the text (nothing printed):
the workload for an instruction count, which the load does not change, e.g.

    valgrind --tool=cachegrind --cache-sim=no python bench/extract_ab.py --once 0.3

minus the same command with ``--once 0`` (start-up and pattern compilation).
"""

from __future__ import annotations

import argparse
import importlib
import re
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import extract_bench

from workbench.core.extract import extract

WARM_UP = "Warm-up: two soldiers were killed on Monday, police said."


def _load_old(folder: Path) -> Callable[..., object]:
    """``extract`` of the engines in ``folder``, imported as a package of its own (they use
    relative imports only)."""
    tmp = Path(tempfile.mkdtemp(prefix="extract-ab-"))
    shutil.copytree(folder, tmp / "old_extract")
    sys.path.insert(0, str(tmp))
    return importlib.import_module("old_extract").extract  # type: ignore[no-any-return]


def _cpu(fn: Callable[..., object], docs: list[tuple[str, str]]) -> float:
    c0 = time.process_time()
    for text, published in docs:
        fn(text, published)
    return time.process_time() - c0


def _baseline(joined: str) -> float:
    c0 = time.process_time()
    sum(1 for _ in re.finditer(r"\d+", joined))
    return time.process_time() - c0


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--once", type=float, metavar="MB",
                        help="run the new engines once over MB of bench text and stop "
                             "(a workload for instruction counts)")
    parser.add_argument("old", nargs="?", type=Path,
                        help="folder holding the old code's workbench package")
    parser.add_argument("mb", nargs="?", type=float, default=1.0, help="MB of text (1)")
    parser.add_argument("rounds", nargs="?", type=int, default=7, help="rounds (7)")
    ns = parser.parse_args(argv[1:])
    if ns.once is not None:
        extract(WARM_UP, "2016-01-01")
        for text, published in extract_bench.build_corpus(ns.once):
            extract(text, published)
        return 0
    if ns.old is None:
        parser.error("name the folder of the old code (or give --once MB)")
    old = _load_old(ns.old)
    mb, rounds = ns.mb, ns.rounds
    docs = extract_bench.build_corpus(mb)
    joined = "\n\n".join(t for t, _ in docs)
    size = len(joined.encode("utf-8")) / 1_000_000
    for fn in (old, extract):
        fn(WARM_UP, "2016-01-01")
    times: dict[str, list[float]] = {"old": [], "new": [], "re": []}
    for i in range(rounds):
        pair = (("old", old), ("new", extract))
        for name, fn in pair if i % 2 == 0 else pair[::-1]:  # alternate who goes first
            times[name].append(_cpu(fn, docs))
            times["re"].append(_baseline(joined))
    best = {k: min(v) for k, v in times.items()}
    print(f"{size:.2f} MB, {rounds} rounds, best CPU time of each:")
    for name in ("old", "new"):
        print(f"  {name}: {size / best[name]:.2f} MB/s, {best[name] / best['re']:.0f}x the "
              f"regex pass ({size / best['re']:.1f} MB/s)")
    print(f"  new is {best['old'] / best['new']:.2f}x the speed of old")
    for name in ("old", "new"):
        print(f"  {name} rounds (s): " + " ".join(f"{t:.3f}" for t in times[name]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
