"""Time of `verify` (with the tamper checks) beside SQLite's own integrity check.

Builds a project of N annotations over D documents, every row written through a
Transaction (audited, chained, indexed) as the program writes them, or the demo project
with --demo, or an existing one with --project; then times, in the same run,
``PRAGMA integrity_check`` alone, the whole ``verify``, and its tamper parts (hash
chains, rebuild from the audit log, search index). Each measure runs in a child process
of its own, so its peak RSS (``ru_maxrss``) is its own; the baseline runs before and
after verify and the ratio is taken against the faster of the two (the machine is shared).

    PYTHONPATH=. python bench/verify_bench.py [--annotations 100000] [--docs 100] [--demo]
    PYTHONPATH=. python bench/verify_bench.py --project /tmp/hv/scale-100000.wbproj
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from workbench.core import clock, indexcheck, logchain, rebuild
from workbench.core import verify as verify_module
from workbench.core.demo import build_demo
from workbench.core.ops.importing import import_bytes
from workbench.core.project import Project
from workbench.core.verify import verify

WORDS = ("the", "army", "said", "shelling", "killed", "wounded", "civilians", "market",
         "brigade", "claimed", "denied", "official", "village", "at", "least", "reported")


def news_text(n_chars: int, seed: int) -> str:
    rng = random.Random(seed)
    words: list[str] = []
    size = 0
    while size < n_chars:
        sentence = " ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 20)))
        words.append(sentence.capitalize() + ".")
        size += len(sentence) + 2
    return " ".join(words)


def build(path: Path, annotations: int, docs: int) -> None:
    project = Project.create(path, coder="bench")
    project.conn.execute("PRAGMA synchronous = OFF")  # a throw-away file: skip the fsyncs
    per_doc = annotations // docs
    rng = random.Random(3)
    for d in range(docs):
        text = news_text(12_000, seed=d)
        doc_id = import_bytes(project, text.encode(), f"doc{d}.txt",
                              {"published": "2026-03-01"}, sandbox=False).doc_id
        now = clock.now()
        with project.repo.transaction("bench", "bench") as tx:
            for i in range(per_doc):
                start = rng.randrange(0, len(text) - 200)
                end = start + rng.randint(8, 120)
                tx.insert("annotation", {
                    "id": f"b{doc_id}-{i}", "doc_id": doc_id, "kind": "casualty",
                    "start": start, "end": end, "exact": text[start:end],
                    "status": "suggested" if i % 10 == 0 else "accepted",
                    "fields": {"outcome": "killed", "count_low": i % 50},
                    "memo": "checked against the wire copy" if i % 7 == 0 else "",
                    "coder": "bench", "created_at": now, "modified_at": now})
    project.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    project.close()


def timed(label: str, fn) -> float:  # type: ignore[no-untyped-def]
    t = time.perf_counter()
    out = fn()
    took = time.perf_counter() - t
    extra = f"  ({out})" if isinstance(out, str) else ""
    print(f"{label:<28} {took:7.2f} s{extra}")
    return took


def measure(what: str, path: Path) -> dict:
    """One measure in this process (a child of the bench): seconds, peak RSS, verdict."""
    t = time.perf_counter()
    if what == "raw":
        conn = sqlite3.connect(path)
        verdict = conn.execute("PRAGMA integrity_check").fetchone()[0]
        conn.close()
    else:
        if what == "verify-inline":  # no second process: compare what it buys
            verify_module.OFFLOAD_ABOVE = 1 << 62
        with Project.open(path, read_only=True) as project:
            r = verify(project)
        verdict = "intact" if r.ok else f"{len(r.problems)} problems"
    took = time.perf_counter() - t
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux
    cpu = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)  # verify's second process
    return {"s": took, "mb": max(rss, kids.ru_maxrss / 1024), "verdict": verdict,
            "user": cpu.ru_utime + kids.ru_utime, "sys": cpu.ru_stime + kids.ru_stime}


def in_child(what: str, path: Path) -> dict:
    out = subprocess.run([sys.executable, __file__, "--measure", what, str(path)],
                         check=True, capture_output=True, text=True).stdout
    return json.loads(out.splitlines()[-1])


def compare(path: Path, rounds: int, inline: bool) -> None:
    """integrity_check and verify on the same file, alternated; the ratio of the best."""
    raws, vers, inl = [], [], []
    for _ in range(rounds):
        raws.append(in_child("raw", path))
        vers.append(in_child("verify", path))
        if inline:
            inl.append(in_child("verify-inline", path))
    raws.append(in_child("raw", path))
    for label, runs in (("PRAGMA integrity_check", raws), ("verify", vers),
                        ("verify, one process", inl)):
        for r in runs:
            print(f"{label:<24} {r['s']:7.2f} s  user {r['user']:6.2f} s  "
                  f"sys {r['sys']:5.2f} s  "
                  f"peak {r['mb']:6.0f} MB  ({r['verdict']})")
    best_raw, best_ver = min(r["s"] for r in raws), min(r["s"] for r in vers)
    print(f"verify / integrity_check (best of each): {best_ver:.2f} / {best_raw:.2f} s "
          f"= {best_ver / best_raw:.2f}x, verify peak "
          f"{max(r['mb'] for r in vers):.0f} MB")
    if inl:
        best = min(r["s"] for r in inl)
        print(f"verify in one process (best): {best:.2f} s = {best / best_raw:.2f}x")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--annotations", type=int, default=100_000,
                    help="annotations in the project built (default 100,000)")
    ap.add_argument("--docs", type=int, default=100,
                    help="documents they are spread over (default 100)")
    ap.add_argument("--demo", action="store_true", help="time the demo project instead")
    ap.add_argument("--keep", help="build the project in this folder and keep it")
    ap.add_argument("--project", help="time this existing project (it is not changed)")
    ap.add_argument("--rounds", type=int, default=2, help="verify runs (default 2)")
    ap.add_argument("--parts", action="store_true", help="also time the tamper parts")
    ap.add_argument("--inline", action="store_true",
                    help="also time verify without its second process")
    ap.add_argument("--measure", nargs=2, metavar=("WHAT", "PATH"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.measure:
        print(json.dumps(measure(args.measure[0], Path(args.measure[1]))))
        return 0
    if args.project:
        path = Path(args.project)
    else:
        folder = Path(args.keep or tempfile.mkdtemp(prefix="verify-bench-"))
        path = folder / ("demo.wbproj" if args.demo else "big.wbproj")
    if not path.exists():
        t = time.perf_counter()
        build_demo(path) if args.demo else build(path, args.annotations, args.docs)
        print(f"built {path.name} in {time.perf_counter() - t:.1f} s")
    with Project.open(path, read_only=True) as project:
        conn = project.conn
        counts = conn.execute("SELECT (SELECT count(*) FROM documents), "
                              "(SELECT count(*) FROM annotations), "
                              "(SELECT count(*) FROM audit)").fetchone()
        print(f"{path}: {path.stat().st_size / 1e6:.0f} MB, {counts[0]:,} documents, "
              f"{counts[1]:,} annotations, {counts[2]:,} audit entries")
        if args.parts:
            timed("  hash chains",
                  lambda: str(len(logchain.chain_problems(conn)[1])) + " problems")
            timed("  rebuild from audit log",
                  lambda: str(sum(1 for _ in rebuild.differences(conn))) + " problems")
            timed("  search index", lambda: str(sum(1 for _ in indexcheck.findings(conn)))
                  + " problems")
    compare(path, args.rounds, args.inline)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
