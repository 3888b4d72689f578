"""Own time and calls per document of each function of the Arabic ``extract()`` (cProfile).

The profiler's clock is the process's CPU time: on a loaded machine the wall clock charges
other processes' time to whatever function runs. Each document's shared reading (fold,
tokens, sentences) is forgotten before it, as for a text never seen; one pass over the
first twenty documents comes first, so the per-word caches are warm as in a long run.
The profiler's cost per call is large beside these functions: read the share of all own
time and the calls (which the load does not change), not the microseconds. Figures only.

    python bench/extract_profile_ar.py dev [--gold FILE.jsonl] [--top N]
    python bench/extract_profile_ar.py synthetic [--mb 0.3] [--top N]
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import extract_bench_ar

from workbench.core.extract import extract
from workbench.core.extract.ar import tokens

_GOLD = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "ar-dev.jsonl"


def _fresh() -> None:
    for cached in (tokens.folded_text, tokens.analyse, tokens.document_sentences):
        cached.cache_clear()


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("texts", choices=("dev", "synthetic"))
    parser.add_argument("--gold", type=Path, default=_GOLD,
                        help="the documents for 'dev', each read five times")
    parser.add_argument("--mb", type=float, default=0.3, help="MB of synthetic text (0.3)")
    parser.add_argument("--top", type=int, default=60, help="functions printed (60)")
    args = parser.parse_args(argv[1:])
    docs: list[tuple[str, str | None]]
    if args.texts == "dev":
        rows = [json.loads(x) for x in args.gold.read_text(encoding="utf-8").splitlines()
                if x.strip()]
        docs = [(r["text"], r.get("published")) for r in rows] * 5
    else:
        docs = list(extract_bench_ar.build_corpus(args.mb))
    for text, published in docs[:20]:
        _fresh()
        extract(text, published, language="ar")
    profile = cProfile.Profile(time.process_time)
    for text, published in docs:
        _fresh()
        profile.enable()
        extract(text, published, language="ar")
        profile.disable()
    n = len(docs)
    stats = pstats.Stats(profile).stats  # type: ignore[attr-defined]
    rows_out = sorted(((tt, nc, f"{Path(f).name}:{name}")
                       for (f, _line, name), (_cc, nc, tt, _ct, _callers) in stats.items()),
                      reverse=True)
    total = sum(tt for tt, _, _ in rows_out)
    print(f"{n} documents, own time {total / n * 1e6:.0f} us a document (profiled)")
    for tt, nc, name in rows_out[:args.top]:
        print(f"{name:60s} {100 * tt / total:5.1f} %  {nc / n:8.1f} calls")


if __name__ == "__main__":
    main(sys.argv)
