"""K-fold view of the Arabic engines on a gold JSONL file, plus rule ablation.

The rules are not trained, so a "fold" is only a slice of documents scored on
its own: the spread of F1 across folds shows how much the result depends on
which documents one looks at. The ablation switches single rules off and counts
the documents each rule helps and hurts; a rule that helps only one document is
a candidate for removal (it may be fitted to that document).

    python bench/cross_validate_ar.py [GOLD.jsonl] [k]
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from workbench.core.extract.ar import casualties as cas
from workbench.core.extract.ar import dates as dat
from workbench.core.extract.ar import statement_according_to as stm_according
from workbench.core.extract.ar import statement_fronted as stm_fronted
from workbench.core.extract.ar import statement_headline as stm_headline
from workbench.core.extract.ar import statement_shared as stm_shared
from workbench.core.extract.evaluate import KINDS, evaluate

DEFAULT = Path(__file__).resolve().parents[2] / "shared/corpus/ar-dev.jsonl"

# (name, module, attribute, replacement): one rule switched off.
ABLATIONS: list[tuple[str, Any, str, Any]] = [
    ("cas: toll phrase", cas, "_toll", lambda *a: None),
    ("cas: self-blast bombers", cas, "_self_blast", lambda *a: None),
    ("cas: list/sub-group continuation", cas, "_continuation", lambda *a: None),
    ("cas: verb after the noun phrase", cas, "_forward", lambda *a, **k: None),
    ("cas: duals and singulars", cas, "_implicit", lambda *a: []),
    ("cas: shared-number rejection", cas, "_shared_after", lambda *a: False),
    ("cas: shared-trigger rejection", cas, "_trigger_shared", lambda *a: False),
    ("dat: future context", dat, "_future", lambda *a: False),
    ("stm: headline verb", stm_headline, "_headline", lambda *a: False),
    ("stm: fronted subject", stm_fronted, "_fronted_subject", lambda *a: None),
    ("stm: بحسب/وفق attribution", stm_according, "_attribution", lambda toks, sa, sb, k, *a: k + 1),
    ("stm: relay verbs (نقلها)", stm_shared, "_RELAY_VERBS", frozenset()),
    ("stm: object right after verb", stm_shared, "_NO_SUBJECT", lambda *a: False),
    ("stm: participles (مضيفا)", stm_shared, "_PARTICIPLES", frozenset()),
]


@contextmanager
def _patched(module: Any, attr: str, value: Any) -> Iterator[None]:
    # The Arabic statement rules are split over modules that import one another's names:
    # the rule is off only when every module that binds it is patched.
    old = getattr(module, attr)
    holders = [m for name, m in list(sys.modules.items())
               if name.startswith("workbench.core.extract.") and getattr(m, attr, None) is old]
    for m in holders:
        setattr(m, attr, value)
    try:
        yield
    finally:
        for m in holders:
            setattr(m, attr, old)


def _score(docs: list[dict[str, Any]]) -> dict[str, Any]:
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False,
                                     encoding="utf-8") as fh:
        for d in docs:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
        path = Path(fh.name)
    try:
        return evaluate(path, details=False)
    finally:
        path.unlink()


def folds(docs: list[dict[str, Any]], k: int, seed: int = 20241123) -> list[list[dict[str, Any]]]:
    order = docs[:]
    random.Random(seed).shuffle(order)
    return [order[i::k] for i in range(k)]


def _per_doc(docs: list[dict[str, Any]]) -> dict[str, dict[str, int]]:
    out = {}
    for d in docs:
        r = _score([d])
        out[d["doc_id"]] = {k: r[k]["tp"] - r[k]["fp"] for k in KINDS}
    return out


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("gold", nargs="?", type=Path, default=DEFAULT,
                        help="the gold JSONL file (default: the Arabic development half)")
    parser.add_argument("k", nargs="?", type=int, default=5, help="folds (default 5)")
    ns = parser.parse_args(argv[1:])
    path, k = ns.gold, ns.k
    docs = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    parts = folds(docs, k)
    print(f"{k} folds over {len(docs)} documents ({path.name})")
    print(f"{'fold':<6}" + "".join(f"{kind:>12}" for kind in KINDS) + "   docs")
    table: dict[str, list[float]] = {kind: [] for kind in KINDS}
    for i, part in enumerate(parts, 1):
        r = _score(part)
        for kind in KINDS:
            table[kind].append(r[kind]["f1"])
        print(f"{i:<6}" + "".join(f"{r[kind]['f1']:>12.3f}" for kind in KINDS)
              + "   " + " ".join(d["doc_id"] for d in part))
    print(f"{'mean':<6}" + "".join(f"{statistics.mean(v):>12.3f}" for v in table.values()))
    print(f"{'sd':<6}" + "".join(f"{statistics.pstdev(v):>12.3f}" for v in table.values()))
    print(f"{'min':<6}" + "".join(f"{min(v):>12.3f}" for v in table.values()))

    print("\nAblation: documents whose (tp - fp) drops / rises when the rule is off")
    base = _per_doc(docs)
    for name, module, attr, value in ABLATIONS:
        with _patched(module, attr, value):
            abl = _per_doc(docs)
        helped = [d for d in base if sum(base[d].values()) > sum(abl[d].values())]
        hurt = [d for d in base if sum(base[d].values()) < sum(abl[d].values())]
        gain = sum(sum(base[d].values()) - sum(abl[d].values()) for d in base)
        flag = "  <- helps one document only" if len(helped) == 1 and not hurt else ""
        print(f"  {name:<34} helps {len(helped):>2} docs, hurts {len(hurt):>2}, "
              f"net {gain:+d}{flag}")


if __name__ == "__main__":
    main(sys.argv)


