"""Import 10,000 small text documents, and insert the same rows with plain sqlite-utils.

Prints both timings and their ratio; the baseline runs in the same process on
the same disk, because these machines are noisy. Not a test: it asserts nothing.

    python bench/import_bench.py [--docs 10000]
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sqlite3
import tempfile
import time
from pathlib import Path

import sqlite_utils

from workbench.core.ops.importing import import_bytes
from workbench.core.project import Project

PLACES = ["Port Halden", "Veltra", "Qaryat al-Nahr", "Sorrow Ridge", "Mireth", "Kalun"]
VERBS = ["wounded", "killed", "displaced", "detained"]


def make_docs(n: int, seed: int = 7) -> list[bytes]:
    rnd = random.Random(seed)
    docs = []
    for i in range(n):
        place = rnd.choice(PLACES)
        body = (
            f"Report {i}: clashes near {place}\n\n"
            f"{place.upper()}, March {1 + i % 28} (Northgate Wire) - Shelling {rnd.choice(VERBS)} "
            f"{rnd.randint(1, 40)} people on Sunday, a provincial official said. "
            f"Residents said the fighting lasted {rnd.randint(2, 9)} hours.\n"
        )
        docs.append(body.encode("utf-8"))
    return docs


def bench_workbench(folder: Path, docs: list[bytes]) -> float:
    project = Project.create(folder / "bench.wbproj", coder="bench")
    t0 = time.perf_counter()
    for i, data in enumerate(docs):
        import_bytes(project, data, f"report-{i}.txt", sandbox=False)
    elapsed = time.perf_counter() - t0
    project.close()
    return elapsed


def _rows(docs: list[bytes]):
    for i, data in enumerate(docs):
        text = data.decode("utf-8")
        yield {
            "id": i + 1,
            "title": text.split("\n", 1)[0],
            "text": text,
            "sha256": hashlib.sha256(data).hexdigest(),
            "text_sha256": hashlib.sha256(text.encode()).hexdigest(),
            "original": data,
        }


def _plain_db(path: Path) -> sqlite_utils.Database:
    conn = sqlite3.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    return sqlite_utils.Database(conn)


def bench_plain_per_row(folder: Path, docs: list[bytes]) -> float:
    """One transaction per document, as an importer that must not lose a file would do."""
    db = _plain_db(folder / "plain1.db")
    t0 = time.perf_counter()
    for row in _rows(docs):
        with db.conn:
            db["documents"].insert(row, pk="id")
    return time.perf_counter() - t0


def bench_plain_batch(folder: Path, docs: list[bytes]) -> float:
    db = _plain_db(folder / "plain2.db")
    t0 = time.perf_counter()
    with db.conn:
        db["documents"].insert_all(_rows(docs), pk="id", batch_size=1000)
    return time.perf_counter() - t0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=10_000,
                        help="small text documents imported (default 10,000)")
    args = parser.parse_args()
    docs = make_docs(args.docs)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        plain_row = bench_plain_per_row(folder, docs)
        plain_batch = bench_plain_batch(folder, docs)
        wb = bench_workbench(folder, docs)
        size = (folder / "bench.wbproj").stat().st_size
    n = args.docs
    print(f"documents:                          {n}")
    print(f"workbench import (parse, hash, dedupe, index, audit, custody; 1 txn/doc): "
          f"{wb:.2f} s  ({n / wb:.0f} docs/s)")
    print(f"plain sqlite-utils insert, 1 txn/doc: {plain_row:.2f} s  ({n / plain_row:.0f} docs/s)")
    print(f"plain sqlite-utils insert_all, 1 txn: {plain_batch:.2f} s  "
          f"({n / plain_batch:.0f} docs/s)")
    print(f"ratio workbench / plain per-doc:     {wb / plain_row:.2f}")
    print(f"ratio workbench / plain batch:       {wb / plain_batch:.2f}")
    print(f"project file size (before checkpoint): {size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
