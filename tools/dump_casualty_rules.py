"""Write the casualty figures the engine on PYTHONPATH gives for a gold set, as JSON.

Used to measure the learned casualty stage on top of the rules of another day: export an
older commit (``git archive COMMIT workbench | tar -x -C DIR``), run this script with
``PYTHONPATH=DIR``, and give the folder of the JSON files to
``tools/train_casualty_stage.py --rules-from``. It uses only ``extract``, so it runs on
any version of the package.

    PYTHONPATH=DIR python tools/dump_casualty_rules.py GOLD.jsonl OUT.json
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Dump the casualty figures of the engine on "
                                             "PYTHONPATH for each document of a gold set.")
    ap.add_argument("gold", type=Path, help="a gold JSONL set")
    ap.add_argument("out", type=Path, help="the JSON file to write (doc_id -> figures)")
    args = ap.parse_args(argv)
    from workbench.core.extract import extract

    figures: dict[str, list[dict[str, object]]] = {}
    try:
        lines = args.gold.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        print(f"cannot read {args.gold}: {exc}", file=sys.stderr)
        return 2
    for line in lines:
        if line.strip():
            doc = json.loads(line)
            figures[doc["doc_id"]] = extract(doc["text"], doc.get("published"),
                                             "en")["casualties"]
    args.out.write_text(json.dumps(figures), encoding="utf-8")
    print(f"wrote the figures of {len(figures)} documents to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
