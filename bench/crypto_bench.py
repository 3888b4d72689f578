"""What encryption costs: the same work on a plain and on an encrypted project.

    python bench/crypto_bench.py [--docs 300] [--searches 200]

Imports N small documents (one transaction each, as the window does), runs searches
(p50), exports JSON and verifies; prints each time and the encrypted/plain ratio.
Opening (the passphrase's key derivation, PBKDF2 with 256,000 iterations) is timed
apart: it is paid once per open, not per operation.
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from workbench.core.exporters import export  # noqa: E402
from workbench.core.ops.importing import import_bytes  # noqa: E402
from workbench.core.project import Project  # noqa: E402
from workbench.core.search import search  # noqa: E402
from workbench.core.verify import verify  # noqa: E402

WORDS = ["shelling", "market", "convoy", "ceasefire", "brigade", "militia", "checkpoint",
         "airstrike", "hospital", "village", "border", "official", "spokesman", "wounded",
         "killed", "displaced", "detained"]
KEY = "a bench passphrase"


def _text(i: int) -> str:
    body = " ".join(WORDS[(i * 7 + k) % len(WORDS)] for k in range(120))
    return f"Report {i}\n\nOn day {i} {body}. Marker{i} ends it.\n"


def run(folder: Path, key: str | None, docs: int, searches: int) -> dict[str, float]:
    path = folder / ("enc.wbproj" if key else "plain.wbproj")
    out: dict[str, float] = {}
    with Project.create(path, coder="bench", passphrase=key) as project:
        t = time.perf_counter()
        for i in range(docs):
            import_bytes(project, _text(i).encode(), f"r{i}.txt", {}, sandbox=False)
        out["import"] = time.perf_counter() - t
    t = time.perf_counter()
    project = Project.open(path, passphrase=key)
    out["open"] = time.perf_counter() - t
    with project:
        times = []
        for i in range(searches):
            t = time.perf_counter()
            search(project, f"{WORDS[i % len(WORDS)]} marker{i % docs}")
            times.append(time.perf_counter() - t)
        out["search p50"] = statistics.median(times)
        t = time.perf_counter()
        export(project, "json", io.StringIO())
        out["export"] = time.perf_counter() - t
        t = time.perf_counter()
        assert verify(project).ok
        out["verify"] = time.perf_counter() - t
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=300,
                    help="small documents imported into each project (default 300)")
    ap.add_argument("--searches", type=int, default=200,
                    help="searches run on each project (default 200)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        warm = Path(tmp) / "warm"
        warm.mkdir()
        run(warm, None, 20, 20)  # imports and first-call caches are not charged to either
        plain = run(Path(tmp), None, args.docs, args.searches)
        enc = run(Path(tmp), KEY, args.docs, args.searches)
    print(f"{args.docs} documents, {args.searches} searches")
    print(f"{'':12} {'plain':>10} {'encrypted':>10} {'ratio':>7}")
    for name in plain:
        unit, scale = ("ms", 1000)
        print(f"{name:12} {plain[name] * scale:>8.1f}{unit} {enc[name] * scale:>8.1f}{unit} "
              f"{enc[name] / plain[name]:>6.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
