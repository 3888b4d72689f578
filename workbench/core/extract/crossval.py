"""k-fold cross-validation of the rule engines on a gold corpus.

The rules are not trained, so a fold's score is simply the score on documents
held out from the others. What the folds add is a spread: rules written while
reading the development set can fit single documents, and such a rule lifts
one fold while doing nothing for the rest. The per-fold figures and their
spread show that; a rule that only raises one fold is a candidate for removal.

Documents about the same event are kept in one fold, because a rule fitted to
one report of an event also fits its other reports. The corpus does not mark
events, so they are found from the text: documents that share a rare
capitalised pair of words ("Christian Chesnot", "Port Halden") form one unit.
"""

from __future__ import annotations

import random
import re
import statistics
from pathlib import Path
from typing import Any

from workbench.core.groups import joined

from .evaluate import KINDS, evaluate_docs, read_gold

SEED = 20241123
# A capitalised pair naming something shared by at most this many documents.
_RARE = 4
# The second word is a lookahead so pairs overlap: "Envoy Mara Tellen" gives both pairs.
_NAME_PAIR = re.compile(r"\b([A-Z][a-z]{2,})\s+(?=([A-Z][a-z]{2,})\b)")


def event_units(docs: list[dict[str, Any]]) -> list[list[int]]:
    """Indexes of ``docs`` grouped so documents about one event stay together."""
    holders: dict[str, set[int]] = {}
    for i, doc in enumerate(docs):
        for m in _NAME_PAIR.finditer(doc["text"]):
            holders.setdefault(f"{m.group(1)} {m.group(2)}", set()).add(i)
    pairs = [(min(ids), j) for ids in holders.values() if 1 < len(ids) <= _RARE
             for j in ids]
    return joined(range(len(docs)), pairs)


def make_folds(docs: list[dict[str, Any]], k: int, seed: int = SEED) -> list[list[int]]:
    """k folds of document indexes; units shuffled, each put into the smallest fold."""
    if k < 2:
        raise ValueError("cross-validation needs at least 2 folds")
    units = event_units(docs)
    random.Random(seed).shuffle(units)
    units.sort(key=len, reverse=True)  # big units first, so folds end up balanced
    folds: list[list[int]] = [[] for _ in range(k)]
    for unit in units:
        min(folds, key=len).extend(unit)
    return [sorted(f) for f in folds]


def cross_validate(gold_path: str | Path, k: int = 5, seed: int = SEED) -> dict[str, Any]:
    docs = read_gold(gold_path)
    folds = make_folds(docs, k, seed)
    per_fold = [evaluate_docs([docs[i] for i in fold], details=False) for fold in folds]
    summary: dict[str, Any] = {"folds": [], "mean": {}, "stdev": {}, "min": {}}
    for fold, res in zip(folds, per_fold, strict=True):
        summary["folds"].append({"documents": len(fold),
                                 **{kind: res[kind]["f1"] for kind in (*KINDS, "overall")}})
    for kind in (*KINDS, "overall"):
        values = [res[kind]["f1"] for res in per_fold]
        summary["mean"][kind] = statistics.fmean(values)
        summary["stdev"][kind] = statistics.stdev(values)
        summary["min"][kind] = min(values)
    return summary


def format_folds(summary: dict[str, Any]) -> str:
    cols = (*KINDS, "overall")
    lines = [f"{'fold':<6} {'docs':>4} " + " ".join(f"{c:>11}" for c in cols)]
    for n, fold in enumerate(summary["folds"], 1):
        scores = " ".join(f"{fold[c]:>11.3f}" for c in cols)
        lines.append(f"{n:<6} {fold['documents']:>4} {scores}")
    for label in ("mean", "stdev", "min"):
        scores = " ".join(f"{summary[label][c]:>11.3f}" for c in cols)
        lines.append(f"{label:<6} {'':>4} {scores}")
    return "\n".join(lines)
