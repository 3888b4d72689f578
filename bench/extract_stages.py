"""CPU time of each stage of ``extract()`` on the English bench text, per megabyte.

The engines of one ``extract()`` call share one ``Document`` (lower-cased text,
sentences, trigger positions), so timing an engine alone would charge it with the
shared passes. Here every document's shared passes run first and are timed on their
own (sentence split, trigger pass), then each engine runs over the prepared document.
Best of several rounds per stage; a ``re.finditer(r"\\d+")`` pass over the same text
in each round gives the ratio that stays comparable on a busy machine. Figures only.

    python bench/extract_stages.py [megabytes] [rounds]
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import extract_bench

from workbench.core.extract import extract, spans
from workbench.core.extract import triggers as trig
from workbench.core.extract.registry import DATED_KINDS, engines_for


def time_engines(engines: dict, text: str, published: str | None,
                 acc: dict[str, float]) -> None:
    """Run each engine over one prepared document, adding its CPU seconds to ``acc``."""
    clock = time.process_time
    for kind, fn in engines.items():
        c0 = clock()
        if kind in DATED_KINDS:
            fn(text, published)
        else:
            fn(text)
        acc[kind] += clock() - c0


def keep_best(best: dict[str, float], acc: dict[str, float]) -> None:
    """Keep each stage's lowest time over the rounds so far."""
    for key, value in acc.items():
        best[key] = min(best.get(key, value), value)


def print_stages(best: dict[str, float], mb: float) -> None:
    """Each stage's seconds per MB and share, then the sum against the baseline pass."""
    regex = best.pop("regex")
    total = sum(best.values())
    for key, value in best.items():
        print(f"{key:11s} {value / mb:6.3f} s/MB  {100 * value / total:4.1f}%")
    print(f"{'sum':11s} {total / mb:6.3f} s/MB  = {mb / total:.2f} MB/s, "
          f"{total / regex:.0f}x the \\d+ pass ({mb / regex:.0f} MB/s)")


def stage_times(docs: list[tuple[str, str]], rounds: int) -> dict[str, float]:
    """Best CPU seconds per stage over ``rounds`` (key "regex": the baseline pass)."""
    joined = "\n\n".join(t for t, _ in docs)
    engines = engines_for("en")
    clock = time.process_time
    best: dict[str, float] = {}
    for _ in range(rounds):
        acc = dict.fromkeys(("regex", "split", "triggers", *engines), 0.0)
        c0 = clock()
        sum(1 for _ in re.finditer(r"\d+", joined))
        acc["regex"] = clock() - c0
        for text, published in docs:
            spans.document.cache_clear()  # a fresh Document, as in one extract() call
            c0 = clock()
            spans.document(text).sentences  # noqa: B018 - computed on first use
            c1 = clock()
            trig.triggers(text)
            c2 = clock()
            acc["split"] += c1 - c0
            acc["triggers"] += c2 - c1
            time_engines(engines, text, published, acc)
        keep_best(best, acc)
    return best


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("megabytes", nargs="?", type=float, default=1.0)
    parser.add_argument("rounds", nargs="?", type=int, default=3)
    args = parser.parse_args(argv[1:])
    docs = extract_bench.build_corpus(args.megabytes)
    mb = sum(len(t.encode("utf-8")) for t, _ in docs) / 1_000_000
    extract("Warm-up: two soldiers were killed on Monday, police said.", "2016-01-01")
    best = stage_times(docs, args.rounds)
    print_stages(best, mb)


if __name__ == "__main__":
    main(sys.argv)
