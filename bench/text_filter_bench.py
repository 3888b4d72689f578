"""What folding the annotation filter's text as search folds it costs per row.

    python bench/text_filter_bench.py [--n 20000] [--rounds 7]

Builds the tests' varied project (``tests/many_annotations.py``) of N annotations, then
runs the table's text filter over every row: the folded rule (``query.text_matches``, as
``ann_pages`` runs it) and the raw baseline of a case-folded substring (the rule before),
alternated, and prints each one's least CPU time over the rounds and the rows it kept.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.many_annotations import build  # noqa: E402
from workbench.core.ann_pages import _values  # noqa: E402
from workbench.core.query import text_matches, text_needle  # noqa: E402


def casefolded(exact: str, memo: str, fields: str, needle: str) -> int:
    if needle in exact.casefold() or needle in memo.casefold():
        return 1
    return int(any(needle in str(v).casefold() for v in json.loads(fields).values()))


def folded(exact: str, memo: str, fields: str, needle: str) -> int:
    return int(text_matches(needle, exact, memo, _values(fields)))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=20_000)
    ap.add_argument("--rounds", type=int, default=7)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        project, _docs, _ids = build(Path(tmp) / "p.wbproj", n=args.n)
        rows = [(r["exact"], r["memo"], json.dumps(r["fields"]))
                for r in project.repo.iter_annotations()]
        project.close()
    print(f"{len(rows)} annotations")
    for typed in ("civilians", "Élodie", "قتلوا"):
        best: dict[str, tuple[float, int]] = {}
        for _ in range(args.rounds):
            for name, fn, needle in (("casefold (baseline)", casefolded, typed.casefold()),
                                     ("folded", folded, text_needle(typed))):
                t = time.process_time()
                kept = sum(fn(e, m, f, needle) for e, m, f in rows)
                took = time.process_time() - t
                if name not in best or took < best[name][0]:
                    best[name] = (took, kept)
        for name, (took, kept) in best.items():
            print(f"{typed!r:12} {name:20} {took * 1e3:7.1f} ms CPU  "
                  f"{took / len(rows) * 1e6:5.2f} µs/row  kept {kept}")


if __name__ == "__main__":
    main()
