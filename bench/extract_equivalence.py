"""Do the suggestion engines still produce exactly the same suggestions?

Runs ``extract()`` over every document of the development corpora (English and
Arabic), over seeded random windows cut from them (sentence starts and ends the
engines never see in the whole documents), and over the synthetic text of both
throughput benches, and writes every suggestion (kind, span, all fields) to one
JSON file. With ``--save`` it records a reference; without, it compares the
current output with that reference and prints the first differences. Speedups
must leave the output byte-for-byte identical.

    python bench/extract_equivalence.py --save /tmp/extract-ref.json   # before
    python bench/extract_equivalence.py /tmp/extract-ref.json          # after

The corpora stay outside the project (``WORKBENCH_CORPUS``, default
``/work/shared/corpus``); missing files are skipped and reported.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import extract_bench
import extract_bench_ar

from workbench.core.extract import extract

CORPUS_DIR = Path(os.environ.get("WORKBENCH_CORPUS", "/work/shared/corpus"))
CORPORA = ("dev.jsonl", "ar-dev.jsonl")
WINDOWS_PER_DOC = 30


def _read_corpus(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _windows(text: str, rng: random.Random) -> list[str]:
    """Random slices of a document: cuts inside words and sentences on purpose."""
    out = []
    for _ in range(WINDOWS_PER_DOC):
        a = rng.randrange(len(text))
        b = rng.randrange(a, len(text) + 1)
        out.append(text[a:b])
    return out


def _cases() -> list[tuple[str, str, str | None, str | None]]:
    """(label, text, published, language) for every input checked."""
    cases: list[tuple[str, str, str | None, str | None]] = []
    rng = random.Random(11)
    for name in CORPORA:
        path = CORPUS_DIR / name
        if not path.exists():
            print(f"skipped (absent): {path}")
            continue
        for doc in _read_corpus(path):
            text, pub = doc["text"], doc.get("published")
            lang = doc.get("lang") or doc.get("language")
            did = doc.get("doc_id")
            cases.append((f"{name}:{did}", text, pub, lang))
            cases.append((f"{name}:{did}:nodate", text, None, None))
            for i, w in enumerate(_windows(text, rng)):
                cases.append((f"{name}:{did}:w{i}", w, pub, None))
    for i, (text, pub) in enumerate(extract_bench.build_corpus(0.3)):
        cases.append((f"bench-en:{i}", text, pub, None))
    for i, (text, pub) in enumerate(extract_bench_ar.build_corpus(0.3)):
        cases.append((f"bench-ar:{i}", text, pub, None))
    return cases


def run() -> dict[str, Any]:
    return {label: extract(text, pub, lang) for label, text, pub, lang in _cases()}


def _first_differences(ref: dict[str, Any], cur: dict[str, Any], limit: int = 10) -> list[str]:
    out = []
    for label in ref.keys() | cur.keys():
        if ref.get(label) == cur.get(label):
            continue
        r, c = ref.get(label) or {}, cur.get(label) or {}
        for kind in sorted(r.keys() | c.keys()):
            rs = [json.dumps(x, sort_keys=True, ensure_ascii=False) for x in r.get(kind, [])]
            cs = [json.dumps(x, sort_keys=True, ensure_ascii=False) for x in c.get(kind, [])]
            if rs != cs:
                gone = [x for x in rs if x not in cs]
                new = [x for x in cs if x not in rs]
                out.append(f"{label} {kind}: -{gone[:2]} +{new[:2]}"
                           + ("" if gone or new else " (order)"))
        if len(out) >= limit:
            break
    return out


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        description="Record (--save) or compare every suggestion the engines make.")
    parser.add_argument("reference", nargs="?", type=Path,
                        default=Path("/tmp/extract-ref.json"),
                        help="the reference file (default /tmp/extract-ref.json)")
    parser.add_argument("--save", action="store_true",
                        help="write the current output as the reference")
    ns = parser.parse_args(argv[1:])
    save, ref_path = ns.save, ns.reference
    c0 = time.process_time()
    cur = run()
    n = sum(len(v) for res in cur.values() for v in res.values())
    print(f"{len(cur)} inputs, {n} suggestions, {time.process_time() - c0:.1f} s CPU")
    # Round-trip through JSON so tuples and lists compare alike in both runs.
    cur = json.loads(json.dumps(cur, ensure_ascii=False))
    if save:
        ref_path.write_text(json.dumps(cur, ensure_ascii=False), encoding="utf-8")
        print(f"saved reference: {ref_path}")
        return 0
    ref = json.loads(ref_path.read_text(encoding="utf-8"))
    diffs = _first_differences(ref, cur)
    if not diffs:
        print("identical to the reference")
        return 0
    print("DIFFERENT from the reference:")
    for d in diffs:
        print("  " + d)
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
