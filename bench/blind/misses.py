"""List every miss and false positive of the suggestion engines on a gold file, per document.

For each document with an error it prints the gold entries that found no partner
(misses, "-") and the suggestions that found none (false positives, "+"), each with
the suggestions of the same kind that overlap the missed gold span ("~"), so a wrong
count, outcome or speaker can be told from a figure the engine did not see at all.
Each entry is followed by the line of the document it sits in, so it can be classified
(engine miss, open gold question, gold error) without opening the file. The pairing is
the one ``workbench eval`` makes; this script only lays it out. English and Arabic files
alike: the engines are chosen by each document's script, as in ``workbench eval``.

    python bench/blind/misses.py bench/blind/en-1.jsonl [--kind statements]
    python bench/blind/misses.py bench/blind/ar-2.jsonl --kind casualties
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from workbench.core.extract import extract
from workbench.core.extract.evaluate import evaluate, read_gold

KINDS = ("casualties", "dates", "statements")


def describe(kind: str, entry: dict[str, Any]) -> str:
    """One line for a gold entry or a suggestion of the given kind."""
    words = entry.get("evidence", entry.get("text", ""))
    if kind == "casualties":
        high = f"-{entry['count_high']}" if entry.get("count_high") else ""
        return (f"{entry['outcome']} {entry['count_low']}{high} {entry['qualifier']} "
                f"group={entry.get('group')!r}: {words!r}")
    if kind == "dates":
        return f"{entry.get('value')!r}: {words!r}"
    return f"speaker={entry.get('speaker')!r}: {words!r}"


def line_of(text: str, evidence: str, start: int | None = None) -> str:
    """The line of ``text`` that holds the span (at ``start``, else its first occurrence)."""
    at = start if start is not None else max(text.find(evidence), 0)
    begin = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return text[begin:] if end < 0 else text[begin:end]


def overlapping(
    text: str, evidence: str, suggestions: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """Suggestions that overlap any occurrence of the gold evidence."""
    spans = []
    at = text.find(evidence)
    while at >= 0:
        spans.append((at, at + len(evidence)))
        at = text.find(evidence, at + 1)
    return [s for s in suggestions if any(s["start"] < b and a < s["end"] for a, b in spans)]


def report(gold_path: str, only: str | None = None) -> str:
    """The per-document listing as text."""
    docs = {d["doc_id"]: d for d in read_gold(gold_path)}
    result = evaluate(gold_path)
    lines: list[str] = []
    current = None
    for err in result["errors"]:
        kind = err["kind"]
        if only and kind != only:
            continue
        doc = docs[err["doc_id"]]
        if err["doc_id"] != current:
            current = err["doc_id"]
            lines.append(f"== {current} (published {doc['published']})")
        found = extract(doc["text"], doc["published"])[kind]
        for gold in err["false_negatives"]:
            lines.append(f"  - {kind} miss   {describe(kind, gold)}")
            lines.append(f"      line: {line_of(doc['text'], gold['evidence'])}")
            for near in overlapping(doc["text"], gold["evidence"], found):
                lines.append(f"      ~ engine  {describe(kind, near)}")
        for pred in err["false_positives"]:
            lines.append(f"  + {kind} false  {describe(kind, pred)}")
            where = line_of(doc["text"], pred.get("text", ""), pred.get("start"))
            lines.append(f"      line: {where}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", help="a gold JSONL file (the corpus format)")
    parser.add_argument("--kind", choices=KINDS, help="list only this kind")
    args = parser.parse_args(argv)
    print(report(args.gold, args.kind))
    return 0


if __name__ == "__main__":
    sys.exit(main())
