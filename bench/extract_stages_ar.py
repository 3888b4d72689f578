"""CPU time of each stage of the Arabic ``extract()`` per megabyte, on the Arabic bench text.

The four Arabic engines share one reading of a document (the folded text with its offset
map, the tokens, the sentences), kept per text; timing an engine alone would charge it
with that shared work. Here each document's shared steps run first and are timed on their
own (fold, tokens, sentences), then each engine runs over the prepared document. Best of
several rounds per stage; a ``re.finditer(r"\\d+")`` pass over the same text in each round
gives the ratio that stays comparable on a busy machine. With a gold file the real
documents (each 20 times, as ``extract_bench_ar.py`` runs them) are measured instead.
Figures only.

    python bench/extract_stages_ar.py [megabytes] [rounds] [--gold FILE.jsonl]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import extract_bench_ar
from extract_stages import keep_best, print_stages, time_engines

from workbench.core.extract import extract
from workbench.core.extract.ar import tokens
from workbench.core.extract.registry import engines_for


def _fresh() -> None:
    """Forget every document's shared reading, as for a text never seen before."""
    for cached in (tokens.folded_text, tokens.analyse, tokens.document_sentences):
        cached.cache_clear()


def stage_times(docs: list[tuple[str, str | None]], rounds: int) -> dict[str, float]:
    """Best CPU seconds per stage over ``rounds`` (key "regex": the baseline pass)."""
    joined = "\n\n".join(t for t, _ in docs)
    engines = engines_for("ar")
    clock = time.process_time
    best: dict[str, float] = {}
    for _ in range(rounds):
        acc = dict.fromkeys(("regex", "fold", "tokens", "sentences", *engines), 0.0)
        c0 = clock()
        sum(1 for _ in re.finditer(r"\d+", joined))
        acc["regex"] = clock() - c0
        for text, published in docs:
            _fresh()
            c0 = clock()
            tokens.folded_text(text)
            c1 = clock()
            tokens.analyse(text)
            c2 = clock()
            tokens.document_sentences(text)
            c3 = clock()
            acc["fold"] += c1 - c0
            acc["tokens"] += c2 - c1
            acc["sentences"] += c3 - c2
            time_engines(engines, text, published, acc)
        keep_best(best, acc)
    return best


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("megabytes", nargs="?", type=float, default=1.0,
                        help="how much synthetic Arabic text (default 1)")
    parser.add_argument("rounds", nargs="?", type=int, default=3,
                        help="rounds; the best of them is printed per stage (default 3)")
    parser.add_argument("--gold", type=Path,
                        help="a JSONL file of real documents, measured 20 times over instead")
    args = parser.parse_args(argv[1:])
    docs: list[tuple[str, str | None]]
    if args.gold is not None:
        rows = [json.loads(x) for x in args.gold.read_text(encoding="utf-8").splitlines()
                if x.strip()]
        docs = [(d["text"], d.get("published")) for d in rows] * 20
    else:
        docs = list(extract_bench_ar.build_corpus(args.megabytes))
    mb = sum(len(t.encode("utf-8")) for t, _ in docs) / 1_000_000
    extract("قتل 3 جنود يوم الاثنين، بحسب الشرطة.", "2018-01-01")  # imports, patterns
    best = stage_times(docs, args.rounds)
    print(f"{mb:.2f} MB, best of {args.rounds} rounds")
    print_stages(best, mb)


if __name__ == "__main__":
    main(sys.argv)
