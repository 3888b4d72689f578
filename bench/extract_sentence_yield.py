"""What the English sentence passes cost on sentences that yield something and on those
that yield nothing.

The casualty and statement engines parse only the sentences that hold one of their
trigger words (``triggers.py``). This script wraps each engine's per-sentence function
(``casualties._sentence``, ``statements._sentence``) with a CPU timer, runs ``extract()``
over the bench text (``extract_bench.build_corpus``), and prints per megabyte the calls
and seconds of the calls that added a suggestion and of those that added none, then the
sentences that most often yielded nothing. The timer adds about a microsecond a call; compare the
two kinds with each other rather than with ``extract_stages.py``. Figures only.

    python bench/extract_sentence_yield.py [megabytes] [rows]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import extract_bench

from workbench.core.extract import casualties, extract, statements


def _wrap(module: ModuleType, out_arg: int, label: str,
          sentence_of: Callable[[tuple[Any, ...]], str],
          calls: dict[tuple[str, bool], list[float]], empty: dict[str, Counter[str]]) -> None:
    """Replace ``module._sentence`` by a timer that notes whether its output list (the
    positional argument ``out_arg``) grew."""
    plain = module._sentence
    clock = time.thread_time  # CPU time: the wall clock counts the waits of a busy machine

    def timed(*args: Any, **kwargs: Any) -> Any:
        out = args[out_arg]
        before = len(out)
        t0 = clock()
        result = plain(*args, **kwargs)
        spent = clock() - t0
        yielded = len(out) > before
        entry = calls[(label, yielded)]
        entry[0] += 1
        entry[1] += spent
        if not yielded:
            empty[label][sentence_of(args)[:90]] += 1
        return result

    module._sentence = timed  # type: ignore[attr-defined]


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("megabytes", nargs="?", type=float, default=1.0)
    parser.add_argument("rows", nargs="?", type=int, default=6,
                        help="sentences yielding nothing to list per engine (default 6)")
    args = parser.parse_args(argv[1:])
    docs, mb = extract_bench.warmed_corpus(args.megabytes)
    calls: dict[tuple[str, bool], list[float]] = defaultdict(lambda: [0, 0.0])
    empty: dict[str, Counter[str]] = defaultdict(Counter)
    _wrap(casualties, 3, "casualties", lambda a: a[0], calls, empty)
    _wrap(statements, 3, "statements", lambda a: a[0][a[1]:a[2]], calls, empty)
    for text, published in docs:
        extract(text, published)
    print(f"{mb:.2f} MB, {len(docs)} documents")
    for (label, yielded), (n, spent) in sorted(calls.items()):
        kind = "yielding" if yielded else "empty"
        print(f"{label:11s} {kind:8s} {n / mb:7.0f} calls/MB  {spent / mb:6.3f} s/MB  "
              f"{1e6 * spent / max(n, 1):6.1f} µs a call")
    for label, counter in empty.items():
        print(f"{label}, sentences that yielded nothing (calls/MB):")
        for sentence, n in counter.most_common(args.rows):
            print(f"  {n / mb:6.0f}  {sentence}")


if __name__ == "__main__":
    main(sys.argv)
