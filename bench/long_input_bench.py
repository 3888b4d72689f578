"""Do long and odd documents cost time in proportion to their length?

The throughput benches time many short news items. A project also holds long reports,
transcripts and scraped or OCR'd pages: one document of hundreds of kilobytes, text that
lost its full stops, rows of dot leaders, lines padded with blanks. A step that reads the
text before it at each figure, statement or mark makes such a document cost the square of
its length. For each shape this script times ``extract()`` on the document at one size and
at four times that size (CPU time, best of ``--rounds``), and prints the growth: 4.0 is
linear, 16 is quadratic. A ``re.finditer(r"\\d+")`` pass over the larger text is timed in
the same run, as the raw baseline, because the machine's speed varies. Figures only.

    python bench/long_input_bench.py [--kb 60] [--rounds 3] [--only NAME]
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import extract_bench
import extract_bench_ar

from workbench.core.extract import extract


def _reports(size: int) -> str:
    """The English bench's items joined into one document (a long report)."""
    docs = extract_bench.build_corpus(size / 1_000_000 + 0.001)
    return "\n\n".join(t for t, _ in docs)[:size]


def _unpunctuated(size: int) -> str:
    """The same with every full stop, question mark and line break taken out."""
    return re.sub(r"[.!?\n]", " ", _reports(size))


def _arabic_reports(size: int) -> str:
    docs = extract_bench_ar.build_corpus(size / 1_000_000 / 1.9 + 0.001)
    text = "\n\n".join(t for t, _ in docs)
    return text[:size // 2]  # about two bytes a character


def _arabic_unpunctuated(size: int) -> str:
    return re.sub(r"[.!?؟\n]", " ", _arabic_reports(size))


def _dot_leaders(size: int) -> str:
    row = "Annex " + "." * 400 + " 12\n"
    return ("Contents\n" + row * (size // len(row) + 1))[:size]


def _one_row_of_dots(size: int) -> str:
    return "Contents" + "." * size


def _blank_padding(size: int) -> str:
    row = "Two soldiers were killed, the army said." + " " * 2000 + "\n"
    return (row * (size // len(row) + 1))[:size]


def _bare_surnames(size: int) -> str:
    row = "Okafor said the road was closed.\n"
    return row * (size // len(row) + 1)


SHAPES: dict[str, Callable[[int], str]] = {
    "reports joined": _reports,
    "reports without full stops": _unpunctuated,
    "Arabic reports joined": _arabic_reports,
    "Arabic without full stops": _arabic_unpunctuated,
    "dot leaders": _dot_leaders,
    "one row of dots": _one_row_of_dots,
    "lines padded with blanks": _blank_padding,
    "surnames never given in full": _bare_surnames,
}


def _best(text: str, rounds: int) -> float:
    best = float("inf")
    for _ in range(rounds):
        c0 = time.process_time()
        extract(text, "2024-05-01")
        best = min(best, time.process_time() - c0)
    return best


def _regex_pass(text: str, rounds: int) -> float:
    best = float("inf")
    for _ in range(rounds):
        c0 = time.process_time()
        for _m in re.finditer(r"\d+", text):
            pass
        best = min(best, time.process_time() - c0)
    return best


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kb", type=int, default=60,
                        help="size of the smaller document in kilobytes (the larger is 4x)")
    parser.add_argument("--rounds", type=int, default=3, help="best of this many runs")
    parser.add_argument("--only", help="run only the shapes whose name holds this")
    args = parser.parse_args(argv)
    extract(extract_bench.WARM_UP, "2016-01-01")
    size = args.kb * 1000
    print(f"{'shape':30s} {'small':>9s} {'large':>9s} {'growth':>7s} {'MB/s':>6s} {'/raw':>7s}")
    for name, build in SHAPES.items():
        if args.only and args.only not in name:
            continue
        small, large = build(size), build(4 * size)
        t_small, t_large = _best(small, args.rounds), _best(large, args.rounds)
        raw = _regex_pass(large, args.rounds)
        mb = len(large.encode("utf-8")) / 1e6
        print(f"{name:30s} {t_small:8.3f}s {t_large:8.3f}s {t_large / max(t_small, 1e-6):7.1f}"
              f" {mb / t_large:6.2f} {t_large / max(raw, 1e-9):7.0f}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
