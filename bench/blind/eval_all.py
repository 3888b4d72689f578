"""Measure the engines on every blind set and both development sets at once, and say what
moved since an earlier run.

Each set's result is what ``python -m workbench eval SET --json`` prints, written to
``OUT/<set>.json``; one line per set gives tp/fp/fn and F1 per kind. With ``--compare``
the lines are followed by every kind whose counts changed against an earlier run's folder
and every set whose result differs at all (a miss traded for another leaves the counts
alone but not the file). ``--hide`` keeps a held-out set out of everything printed while
its result is still written, so a round can compare all sets without reading that one.

    python bench/blind/eval_all.py --out /tmp/eval-before            # on main
    python bench/blind/eval_all.py --out /tmp/eval-after --compare /tmp/eval-before --hide en-36

The development sets stay outside the project (``WORKBENCH_CORPUS``, default
``../shared/corpus`` beside the repository); a missing one is skipped and said so.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from workbench.core.extract.evaluate import evaluate
from workbench.core.shapes import write_json

HERE = Path(__file__).resolve().parent
CORPUS_DIR = Path(os.environ.get("WORKBENCH_CORPUS", HERE.parents[2] / "shared" / "corpus"))
DEV_SETS = ("dev.jsonl", "ar-dev.jsonl")
KINDS = ("casualties", "dates", "statements", "overall")


def gold_files(corpus: Path = CORPUS_DIR) -> tuple[list[Path], list[Path]]:
    """The blind sets (in their numbering order) and the development sets found, and the
    development sets missing."""
    def order(p: Path) -> tuple[str, int]:
        lang, _, num = p.stem.partition("-")
        return lang, int(num) if num.isdigit() else 0

    found = sorted(HERE.glob("*.jsonl"), key=order)
    missing = []
    for name in DEV_SETS:
        (found if (corpus / name).is_file() else missing).append(corpus / name)
    return found, missing


def as_json(result: dict[str, Any]) -> str:
    """The result as ``workbench eval --json`` prints it, byte for byte."""
    buf = io.StringIO()
    write_json(result, buf, indent=2)
    return buf.getvalue() + "\n"


def _measure(path: Path) -> tuple[str, str]:
    return path.stem, as_json(evaluate(path))


def line(name: str, result: dict[str, Any]) -> str:
    """One set's counts: ``en-1  casu 90/1/2 0.984 | date ... | over ...``."""
    parts = [f"{k[:4]} {result[k]['tp']}/{result[k]['fp']}/{result[k]['fn']} {result[k]['f1']:.3f}"
             for k in KINDS]
    return f"{name:8s} " + " | ".join(parts)


def changes(name: str, old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    """The kinds of one set whose tp/fp/fn moved, as ``set kind old -> new``."""
    out = []
    for k in KINDS[:-1]:
        a = "/".join(str(old[k][c]) for c in ("tp", "fp", "fn"))
        b = "/".join(str(new[k][c]) for c in ("tp", "fp", "fn"))
        if a != b:
            out.append(f"{name:8s} {k} {a} -> {b}")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description="Measure the suggestion engines on every blind set and both development "
                    "sets; write each result as JSON and print one line per set.")
    ap.add_argument("--out", required=True, type=Path, metavar="DIR",
                    help="folder for the results (<set>.json, as 'workbench eval --json')")
    ap.add_argument("--compare", type=Path, metavar="DIR",
                    help="an earlier run's folder: print what changed against it")
    ap.add_argument("--hide", action="append", default=[], metavar="SET",
                    help="a set (e.g. en-36) measured but never printed; repeatable")
    ap.add_argument("--only", action="append", default=[], metavar="SET",
                    help="measure only this set (e.g. en-1, dev); repeatable")
    ap.add_argument("--jobs", type=int, default=min(2, os.cpu_count() or 1), metavar="N",
                    help="processes to measure with (default: 2 or the number of cores)")
    args = ap.parse_args(argv)

    files, missing = gold_files()
    if args.only:
        unknown = set(args.only) - {p.stem for p in files}
        if unknown:
            ap.error(f"no such set: {', '.join(sorted(unknown))}")
        files = [p for p in files if p.stem in args.only]
        missing = []
    for path in missing:
        print(f"skipped: {path} is not there", file=sys.stderr)
    args.out.mkdir(parents=True, exist_ok=True)
    if args.jobs > 1 and len(files) > 1:
        with ProcessPoolExecutor(max_workers=args.jobs) as pool:
            results = dict(pool.map(_measure, files))
    else:
        results = dict(map(_measure, files))
    hidden = set(args.hide)
    moved: list[str] = []
    for name, text in results.items():
        (args.out / f"{name}.json").write_text(text, encoding="utf-8")
        if name in hidden:
            continue
        print(line(name, json.loads(text)))
        earlier = args.compare / f"{name}.json" if args.compare else None
        if earlier is None:
            continue
        if not earlier.is_file():
            moved.append(f"{name:8s} new (no earlier result)")
        elif earlier.read_text(encoding="utf-8") != text:
            moved += changes(name, json.loads(earlier.read_text(encoding="utf-8")),
                             json.loads(text)) or [f"{name:8s} entries differ, counts the same"]
    if args.compare:
        print(f"\nagainst {args.compare}: " + ("nothing changed" if not moved else ""))
        for m in moved:
            print(m)
    return 0


if __name__ == "__main__":
    sys.exit(main())
