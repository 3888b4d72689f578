"""Train and measure the learned second stage for English casualty figures.

The stage (``workbench/core/extract/casualty_stage.py``) scores (count, outcome word)
pairs with a logistic regression. This tool builds the pairs of gold JSONL sets, labels
them from the gold figures (a pair is a figure when a gold figure of the same outcome and
count, by the evaluation's rule, overlaps it), fits the weights (L2-regularised, Newton's
method from zero: the same data gives the same weights) and writes them as JSON.

    python tools/train_casualty_stage.py [SET.jsonl ...] [--out FILE] [--threshold P]
                                         [--enable]
    python tools/train_casualty_stage.py --loso [--today | --score-today] [--latest 20]
                                         [--dev-folds 5]
    python tools/train_casualty_stage.py --cost

The sets by default are the development set (``dev.jsonl`` of ``$WORKBENCH_CORPUS``, else of
``shared/corpus`` beside the repository) and every blind set ``bench/blind/en-N.jsonl``
whose first-sight rule figures are dumped in ``bench/casualty_stage/``
(``tools/dump_first_sight.py``); the held-out set never.

``--loso`` measures whether the method carries to unseen text: for each set, train on
the others and score casualty figures on it with the rules alone and with the rules and
the stage, at several thresholds. The rules' figures of a blind set are by default those
of the rules it was first measured with (``bench/casualty_stage/``): today's rules were
written from these sets' misses, so on them they leave only what resists rules;
``--today`` runs today's rules instead; ``--score-today`` trains on the rules of the day
and scores with today's rules (the stage as it would run now). ``--dev-folds K`` adds
the development set's k-fold split (the stage trained on the other sets and the
training folds).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np

from workbench.core.extract import casualty_stage as ST
from workbench.core.extract import extract
from workbench.core.extract.ar import is_arabic
from workbench.core.extract.crossval import make_folds
from workbench.core.extract.evaluate import _compatible, _locate, _overlap, match_pairs, read_gold

ROOT = Path(__file__).resolve().parents[1]
# The development set lives outside the repository, beside it unless WORKBENCH_CORPUS says
# otherwise (as for bench/blind/eval_all.py).
CORPUS_DIR = Path(os.environ.get("WORKBENCH_CORPUS", ROOT.parent / "shared" / "corpus"))
BLIND_DIR = ROOT / "bench" / "blind"
THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95)
L2 = 1.0
MIN_COUNT = 2  # a feature seen once in training gets no weight
# The figures of the rules each blind set was first measured with, dumped with
# tools/dump_first_sight.py: what the rules miss on text they were not written from, which
# is what the stage is for.
RULES_OF_THE_DAY = ROOT / "bench" / "casualty_stage"
# Kept unseen for a later measure: never trained on, whatever the dumps hold.
HELD_OUT = frozenset({"en-36"})
# The --loso table also pools this many of the newest blind sets: what today's rules meet.
LATEST = 20


def _set_number(path: Path) -> int:
    return int(path.stem.split("-")[1])


def default_sets(dumps: Path = RULES_OF_THE_DAY) -> list[Path]:
    """The development set, then every English blind set with a first-sight dump."""
    blind = [p for p in BLIND_DIR.glob("en-*.jsonl")
             if p.stem not in HELD_OUT and (dumps / f"{p.stem}.json").is_file()]
    return [CORPUS_DIR / "dev.jsonl", *sorted(blind, key=_set_number)]


@dataclass
class Doc:
    text: str
    gold: list[dict[str, Any]]
    rules: list[dict[str, Any]]
    pairs: list[ST.Candidate]
    labels: list[int]


def prepare(docs: Sequence[dict[str, Any]],
            rules_of: dict[str, list[dict[str, Any]]] | None = None) -> list[Doc]:
    """The rules' figures and the labelled candidate pairs of English gold documents;
    ``rules_of`` gives the rules' figures by doc_id instead of running today's rules."""
    out: list[Doc] = []
    for d in docs:
        text = d["text"]
        lang = d.get("lang") or d.get("language") or ("ar" if is_arabic(text) else "en")
        if lang != "en":
            continue  # the stage never runs on Arabic
        gold = d.get("casualties") or []
        if rules_of is not None:
            rules = rules_of[d["doc_id"]]
        else:
            with ST.using(None):
                rules = extract(text, d.get("published"), "en")["casualties"]
        spans = _locate(text, "casualties", gold, rules)
        pairs = ST.candidates(text)
        taken = [(int(f["start"]), int(f["end"])) for f in rules]
        pairs = [replace(c, features=(
            *c.features,
            *(() if any(_overlap(t, (c.count_start, c.count_end)) for t in taken)
              else (ST.MISSED,)),
            *ST.rules_context(c.count_start, c.count_end, c.outcome, rules))) for c in pairs]
        labels = [int(any(_overlap(spans[i], (c.start, c.end)) and _compatible(
            "casualties", g, {"outcome": c.outcome, "count_low": c.count_low})
            for i, g in enumerate(gold))) for c in pairs]
        out.append(Doc(text, gold, rules, pairs, labels))
    return out


def fit(docs: Sequence[Doc], threshold: float, l2: float = L2,
        min_count: int = MIN_COUNT) -> ST.Model:
    """Logistic regression over the pairs of ``docs``; deterministic."""
    seen: dict[str, int] = {}
    rows: list[tuple[str, ...]] = []
    y: list[int] = []
    for d in docs:
        for c, lab in zip(d.pairs, d.labels, strict=True):
            rows.append(c.features)
            y.append(lab)
            for f in c.features:
                seen[f] = seen.get(f, 0) + 1
    vocab = sorted(f for f, n in seen.items() if n >= min_count)
    if not rows or not vocab:
        return ST.Model({}, -10.0, threshold)
    index = {f: i for i, f in enumerate(vocab)}
    x = np.zeros((len(rows), len(vocab) + 1))
    x[:, -1] = 1.0  # the bias
    for r, feats in enumerate(rows):
        for f in feats:
            if f in index:
                x[r, index[f]] = 1.0
    t = np.asarray(y, dtype=float)
    w = np.zeros(len(vocab) + 1)
    reg = np.full(len(vocab) + 1, l2)
    reg[-1] = 0.0
    for _ in range(100):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -40, 40)))
        grad = x.T @ (p - t) + reg * w
        hess = (x.T * (p * (1 - p))) @ x + np.diag(reg + 1e-9)
        step = np.linalg.solve(hess, grad)
        w -= step
        if float(np.max(np.abs(step))) < 1e-10:
            break
    return ST.Model({f: float(w[i]) for f, i in index.items()}, float(w[-1]), threshold)


def score(docs: Sequence[Doc], model: ST.Model | None) -> dict[str, int]:
    """Casualty tp / fp / fn of the rules (and the stage, with ``model``), matched as
    ``workbench eval`` matches them."""
    c = {"tp": 0, "fp": 0, "fn": 0}
    for d in docs:
        preds = list(d.rules)
        if model is not None:
            preds += ST.propose(d.text, d.rules, model)
        pairs = match_pairs(d.text, "casualties", d.gold, preds)
        c["tp"] += len(pairs)
        c["fp"] += len(preds) - len(pairs)
        c["fn"] += len(d.gold) - len(pairs)
    return c


def prf(c: dict[str, int]) -> tuple[float, float, float]:
    p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 0.0
    r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _row(name: str, c: dict[str, int]) -> str:
    p, r, f = prf(c)
    return f"{name:<22} {c['tp']:>4} {c['fp']:>4} {c['fn']:>4} {p:>6.3f} {r:>6.3f} {f:>6.3f}"


def _add(a: dict[str, int], b: dict[str, int]) -> None:
    for k in a:
        a[k] += b[k]


def latest_sets(names: Sequence[str], n: int = LATEST) -> list[str]:
    """The ``n`` newest blind sets among ``names`` (en-N by number)."""
    blind = [x for x in names if x.startswith("en-") and x.split("-")[1].isdigit()]
    return sorted(blind, key=lambda x: int(x.split("-")[1]))[-n:] if n > 0 else []


def leave_one_out(sets: dict[str, list[Doc]], thresholds: Sequence[float],
                  l2: float = L2, scored: dict[str, list[Doc]] | None = None,
                  latest: int = LATEST, extra: dict[str, list[Doc]] | None = None) -> str:
    """The table of ``--loso``: each set scored (from ``scored`` when given: the same
    documents with other rules' figures) by the stage trained on the other sets; pooled
    over all sets and over the ``latest`` newest blind sets. ``extra`` adds training
    documents by set (never the left-out set's)."""
    head = f"{'set / threshold':<22} {'tp':>4} {'fp':>4} {'fn':>4} {'P':>6} {'R':>6} {'F1':>6}"
    lines = [head]
    newest = set(latest_sets(list(sets), latest))
    pools: dict[str, dict[str | float, dict[str, int]]] = {
        pool: {t: {"tp": 0, "fp": 0, "fn": 0} for t in ("rules", *thresholds)}
        for pool in ("ALL", f"LATEST{len(newest)}")}
    for name, held in sets.items():
        train = [d for other, docs in sets.items() if other != name for d in docs]
        train += [d for other, docs in (extra or {}).items() if other != name for d in docs]
        model = fit(train, 0.5, l2)
        if scored is not None:
            held = scored[name]
        into = [p for p in pools if p == "ALL" or name in newest]
        base = score(held, None)
        for p in into:
            _add(pools[p]["rules"], base)
        lines.append(_row(f"{name} rules", base))
        for t in thresholds:
            c = score(held, ST.Model(model.weights, model.bias, t))
            for p in into:
                _add(pools[p][t], c)
            lines.append(_row(f"{name} +stage {t:.2f}", c))
    for pool, totals in pools.items():
        if pool != "ALL" and not newest:
            continue
        lines.append(_row(f"{pool} rules", totals["rules"]))
        lines.extend(_row(f"{pool} +stage {t:.2f}", totals[t]) for t in thresholds)
    return "\n".join(lines)


def dev_folds(sets: dict[str, list[Doc]], raw_dev: list[dict[str, Any]], k: int,
              threshold: float) -> str:
    """The development set's k folds (as ``workbench eval --folds``): rules alone and
    rules with the stage trained on the other sets and the fold's training part."""
    dev_name = next(iter(sets))
    others = [d for name, docs in sets.items() if name != dev_name for d in docs]
    english = [d for d in raw_dev if not is_arabic(d["text"])]
    prepared = prepare(english)
    lines = [f"{'fold':<22} {'rules F1':>9} {'+stage F1':>9}"]
    for n, fold in enumerate(make_folds(english, k), 1):
        inside = set(fold)
        held = [prepared[i] for i in fold]
        model = fit(others + [d for i, d in enumerate(prepared) if i not in inside],
                    threshold)
        lines.append(f"{n:<22} {prf(score(held, None))[2]:>9.3f} "
                     f"{prf(score(held, model))[2]:>9.3f}")
    return "\n".join(lines)


def cost(docs: Sequence[dict[str, Any]], rounds: int = 7) -> str:
    """CPU seconds per pass of extract() over ``docs``, rules alone and with the stage, in
    alternating rounds (the best of each)."""
    model = ST.stored_model()
    if model is None:
        return "no stored weights"
    on = ST.Model(model.weights, model.bias, model.threshold, True)
    texts = [(d["text"], d.get("published")) for d in docs if not is_arabic(d["text"])]
    best = {"rules": float("inf"), "rules+stage": float("inf")}
    for _ in range(rounds):
        for label, chosen in (("rules", None), ("rules+stage", on)):
            with ST.using(chosen):
                t0 = time.process_time()
                for text, published in texts:
                    extract(text, published, "en")
                best[label] = min(best[label], time.process_time() - t0)
    share = best["rules+stage"] / best["rules"] - 1
    return (f"{len(texts)} documents, CPU: rules {best['rules'] * 1000:.1f} ms, rules+stage "
            f"{best['rules+stage'] * 1000:.1f} ms per pass ({share:+.1%})")


def _rules_from(folder: Path | None, name: str) -> dict[str, list[dict[str, Any]]] | None:
    if folder is None or not (folder / f"{name}.json").is_file():
        return None
    data: dict[str, list[dict[str, Any]]] = json.loads(
        (folder / f"{name}.json").read_text(encoding="utf-8"))
    return data


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description="Train the learned casualty stage from gold JSONL sets, or measure it "
                    "set by set (--loso).")
    ap.add_argument("sets", nargs="*", type=Path,
                    help="gold JSONL sets (default: dev.jsonl of $WORKBENCH_CORPUS, else "
                         "of shared/corpus beside the repository, and every "
                         "bench/blind/en-N.jsonl with a dump in bench/casualty_stage)")
    ap.add_argument("--out", type=Path, default=ST.WEIGHTS_PATH,
                    help="where the weights go (default: the package's own file)")
    ap.add_argument("--threshold", type=float, default=0.8,
                    help="score a pair needs to be proposed (default 0.8)")
    ap.add_argument("--enable", action="store_true",
                    help="mark the weights as switched on for extract()")
    ap.add_argument("--l2", type=float, default=L2,
                    help=f"the weight of the L2 penalty (default {L2})")
    ap.add_argument("--loso", action="store_true",
                    help="measure: leave each set out, train on the others, score it")
    ap.add_argument("--rules-from", type=Path, metavar="DIR", default=RULES_OF_THE_DAY,
                    help="take a set's rule figures from DIR/<set>.json when there is one "
                         "(tools/dump_casualty_rules.py); default: bench/casualty_stage, "
                         "the rules each blind set was first measured with")
    ap.add_argument("--today", action="store_true",
                    help="run today's rules on every set instead (--rules-from ignored)")
    ap.add_argument("--score-today", action="store_true",
                    help="with --loso: train as given, but score each left-out set with "
                         "today's rules (the stage as it would run now)")
    ap.add_argument("--also-today", action="store_true",
                    help="train on each blind set's pairs under today's rules too, beside "
                         "those under the rules of its day")
    ap.add_argument("--cost", action="store_true",
                    help="time extract() over the sets with the rules alone and with the "
                         "stored weights switched on, alternating")
    ap.add_argument("--latest", type=int, default=LATEST, metavar="N",
                    help=f"with --loso: also pool the N newest blind sets (default {LATEST})")
    ap.add_argument("--dev-folds", type=int, default=0, metavar="K",
                    help="with --loso: also the first set's K folds")
    args = ap.parse_args(argv)
    paths = args.sets or default_sets()
    try:
        raw = {p.stem: read_gold(p) for p in paths}
    except (OSError, ValueError) as exc:
        print(f"cannot read the gold sets: {exc}", file=sys.stderr)
        return 2
    if args.cost:
        print(cost([d for docs in raw.values() for d in docs]))
        return 0
    folder = None if args.today else args.rules_from
    sets = {name: prepare(docs, _rules_from(folder, name)) for name, docs in raw.items()}
    today = ({name: prepare(docs) for name, docs in raw.items()}
             if args.score_today or args.also_today else {})
    # Only the sets whose own rules differ from today's add anything.
    extra = ({name: today[name] for name in raw if _rules_from(folder, name) is not None}
             if args.also_today and folder is not None else None)
    if args.loso:
        scored = today if args.score_today else None
        print(leave_one_out(sets, THRESHOLDS, args.l2, scored, args.latest, extra))
        if args.dev_folds:
            print(dev_folds(sets, raw[paths[0].stem], args.dev_folds, args.threshold))
        return 0
    training = [d for docs in (*sets.values(), *(extra or {}).values()) for d in docs]
    model = fit(training, args.threshold, args.l2)
    model = ST.Model(model.weights, model.bias, model.threshold, args.enable)
    about = {"trained_on": " ".join(p.stem for p in paths), "l2": args.l2, "min_count": MIN_COUNT,
             "rules": "today" if args.today else
             "of the day and today" if extra else "of the day"}
    args.out.write_text(model.to_module(**about), encoding="utf-8")
    print(f"wrote {len(model.weights)} weights to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
