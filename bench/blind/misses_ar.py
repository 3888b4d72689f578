"""List every miss and false positive of the engines on a gold JSONL file, per document.

Each entry is printed with the line of the document it sits in, so a reader can
classify it (engine miss, open gold question, gold error) without opening the
file. The scoring is the project's own (`workbench eval`); this script only lays
its errors out beside the text.

    python bench/blind/misses_ar.py [GOLD.jsonl] [--kind casualties|dates|statements]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from workbench.core.extract.evaluate import evaluate

DEFAULT = Path(__file__).resolve().parent / "ar-1.jsonl"
KINDS = ("casualties", "dates", "statements")


def line_of(text: str, evidence: str, start: int | None = None) -> str:
    """The text line that holds the span (by offset for suggestions, by first match for gold)."""
    at = start if start is not None else max(text.find(evidence), 0)
    begin = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return text[begin:] if end < 0 else text[begin:end]


def describe(entry: dict[str, Any], kind: str) -> str:
    if kind == "casualties":
        high = f"-{entry['count_high']}" if entry.get("count_high") is not None else ""
        return f"{entry['outcome']} {entry['count_low']}{high} {entry['qualifier']}"
    if kind == "dates":
        return f"value={entry['value']}"
    return f"speaker={entry.get('speaker')!r}"


def report(gold_path: Path, kind: str | None = None) -> str:
    texts = {}
    with open(gold_path, encoding="utf-8") as fh:
        for raw in fh:
            if raw.strip():
                doc = json.loads(raw)
                texts[doc["doc_id"]] = doc["text"]
    result = evaluate(gold_path)
    out: list[str] = []
    for err in result["errors"]:
        if kind and err["kind"] != kind:
            continue
        text = texts[err["doc_id"]]
        out.append(f"== {err['doc_id']} {err['kind']}")
        for tag, entries in (("FN", err["false_negatives"]), ("FP", err["false_positives"])):
            for e in entries:
                span = e.get("evidence", e.get("text"))
                out.append(f"  {tag} [{span}] {describe(e, err['kind'])}")
                out.append(f"     line: {line_of(text, span, e.get('start'))}")
    for k in KINDS:
        r = result[k]
        out.append(f"{k}: tp {r['tp']} fp {r['fp']} fn {r['fn']} F1 {r['f1']:.3f}")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", nargs="?", type=Path, default=DEFAULT, help="gold JSONL file")
    ap.add_argument("--kind", choices=KINDS, help="only this kind")
    args = ap.parse_args(argv)
    print(report(args.gold, args.kind))
    return 0


if __name__ == "__main__":
    sys.exit(main())
