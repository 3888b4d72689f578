"""Own time, time with callees and calls per document of the English statement engine.

Profiles ``engines_for("en")["statements"]`` alone (cProfile, the process's CPU clock: on
a loaded machine the wall clock charges other processes' time to whatever runs). Each
document's shared passes (sentence split, trigger pass) run first, outside the profile,
as ``bench/extract_stages.py`` charges them; one unprofiled pass over the documents comes
first, so patterns compiled on first use are not charged. The profiler's cost per call is
large beside small functions: read the order and the calls, not the microseconds. The
development corpus is read one document at a time; only figures are printed.

    python bench/extract_profile_statements.py bench [--mb 0.5] [--top 20]
    python bench/extract_profile_statements.py dev [--corpus FILE.jsonl] [--top 20]
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import extract_bench

from workbench.core.extract import extract, spans
from workbench.core.extract import triggers as trig
from workbench.core.extract.registry import engines_for

CORPUS = Path(os.environ.get("WORKBENCH_CORPUS", "/work/shared/corpus")) / "dev.jsonl"


def _texts(args: argparse.Namespace) -> list[str]:
    if args.source == "bench":
        return [text for text, _ in extract_bench.build_corpus(args.mb)]
    with open(args.corpus, encoding="utf-8") as f:
        return [json.loads(line)["text"] for line in f if line.strip()]


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("source", choices=("bench", "dev"))
    parser.add_argument("--mb", type=float, default=0.5)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--top", type=int, default=20)
    args = parser.parse_args(argv[1:])
    texts = _texts(args)
    extract("Warm-up: two soldiers were killed on Monday, police said.", "2016-01-01")
    statements = engines_for("en")["statements"]
    for text in texts:  # (patterns compiled on first use, outside the profile)
        spans.document.cache_clear()
        statements(text)
    profile = cProfile.Profile(time.process_time)  # CPU, not the wall clock
    for text in texts:
        spans.document.cache_clear()  # a fresh Document, as in one extract() call
        spans.document(text).sentences  # noqa: B018 - computed on first use
        trig.triggers(text)
        profile.enable()
        statements(text)
        profile.disable()
    stats = pstats.Stats(profile)
    rows = sorted(((tt, ct, nc, f"{Path(f).name}:{name}")
                   for (f, _line, name), (_cc, nc, tt, ct, _callers) in stats.stats.items()  # type: ignore[attr-defined]
                   if "workbench/core/extract" in f), reverse=True)
    n = len(texts)
    print(f"{n} documents, {stats.total_tt:.3f} s under cProfile")  # type: ignore[attr-defined]
    print("| function | own s | cum s | calls/doc |")
    print("|---|---:|---:|---:|")
    for tt, ct, nc, name in rows[:args.top]:
        print(f"| `{name}` | {tt:.3f} | {ct:.3f} | {nc / n:.2f} |")


if __name__ == "__main__":
    main(sys.argv)
