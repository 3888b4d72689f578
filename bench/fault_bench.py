"""Long fault run: kill a writing process at random for a while, then count losses.

Prints kills, acknowledged writes, how many are stored, losses and the verify result.
Not a test: the short run in tests/core/test_fault_harness.py is.

With ``--points N`` it runs the kill-point campaign instead (``tools/kill_points.py``):
every write path (import in batches, re-import, review and undo, trash, reindex, the
rebuild and the upgrade on opening, backup, restore, encrypt, decrypt, re-key, a new
project, the demo, a merge, a REFI-QDA import, an export over the last one) killed
at N points spread over its SQL statements and file operations, each then opened and
checked; one line per path.

    python bench/fault_bench.py [--seconds 120] [--seed 1]
    python bench/fault_bench.py --points 12 [PATH ...]
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import time
from pathlib import Path

_spec = importlib.util.spec_from_file_location(
    "fault_harness", Path(__file__).resolve().parents[1] / "tools" / "fault_harness.py")
assert _spec is not None and _spec.loader is not None
_harness = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = _harness  # dataclasses look their module up
_spec.loader.exec_module(_harness)  # tools/ is not a package
run = _harness.run


def _kill_points() -> object:
    spec = importlib.util.spec_from_file_location(
        "kill_points", Path(__file__).resolve().parents[1] / "tools" / "kill_points.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--seconds", type=float, default=120,
                   help="how long to keep killing the writer (default 120)")
    p.add_argument("--seed", type=int, default=1, help="seed of the random kill times (default 1)")
    p.add_argument("--points", type=int, default=0,
                   help="run the kill-point campaign with this many kills per write path")
    p.add_argument("paths", nargs="*", help="write paths for --points (default: all)")
    ns = p.parse_args()
    if ns.points:
        args = ["--points", str(ns.points), *ns.paths]
        return int(_kill_points().main(args))  # type: ignore[attr-defined]
    started = time.monotonic()
    result = run(10**9, seed=ns.seed, deadline=started + ns.seconds)
    print(f"{result.line()} in {time.monotonic() - started:.0f} s")
    for ident in result.lost[:20]:
        print(f"lost: {ident}")
    for problem in result.problems[:20]:
        print(f"verify: {problem}")
    return 0 if not result.lost and not result.problems else 1


if __name__ == "__main__":
    raise SystemExit(main())
