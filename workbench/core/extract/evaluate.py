"""Score the suggestion engines against a gold JSONL corpus.

Matching is one-to-one within a document. A gold entry is located by its
evidence string (an exact substring); when the string occurs several times,
entries take distinct occurrences, longer evidence first, outside the entries
already placed when they can, preferring an occurrence that a compatible
suggestion overlaps. Gold and suggestions are then paired by maximum bipartite
matching on "spans overlap and attributes agree":

* casualties: same outcome and same count_low (any count when gold is vague);
* dates: same resolved value (null == null);
* statements: the speakers share a content word; a gold speaker of null (an
  unattributed quote) accepts any suggested speaker, the span decides.

An unmatched date suggestion that the gold could not contain (no month name,
weekday, four-digit year, today, yesterday or tonight) is not a false positive.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from . import extract
from .ar import is_arabic
from .ar.scoring import content_words as _content_words_ar
from .ar.scoring import date_in_scope as _date_in_scope_ar

KINDS = ("casualties", "dates", "statements")

_DATE_SCOPE = re.compile(
    r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|today|yesterday|tonight"
    r"|(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?)\b|\b\d{4}\b",
    re.IGNORECASE,
)
_STOPWORDS = frozenset({
    "the", "a", "an", "of", "said", "says", "say", "in", "on", "at", "for", "to", "and", "by",
    "from", "his", "her", "its", "their", "he", "she", "it", "they", "this", "that",
})
_TOKEN = re.compile(r"[a-z0-9]+")


def _content_words(s: str | None) -> set[str]:
    if not s:
        return set()
    words = {w for w in _TOKEN.findall(s.lower().replace("'s", "")) if w not in _STOPWORDS}
    return {w[:-1] if len(w) > 3 and w.endswith("s") else w for w in words} | _content_words_ar(s)


def _compatible(kind: str, gold: dict[str, Any], pred: dict[str, Any]) -> bool:
    if kind == "casualties":
        if gold["outcome"] != pred["outcome"]:
            return False
        return gold.get("qualifier") == "vague" or gold["count_low"] == pred["count_low"]
    if kind == "dates":
        return gold.get("value") == pred.get("value")
    g = _content_words(gold.get("speaker"))
    if not gold.get("speaker") or not g:
        return True
    return bool(g & _content_words(pred.get("speaker")))


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _locate(text: str, kind: str, gold: list[dict[str, Any]],
            preds: list[dict[str, Any]]) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = [(0, 0)] * len(gold)
    used: dict[str, set[int]] = {}
    claimed: set[int] = set()
    placed: list[tuple[int, int]] = []
    # Longer evidence first: "yesterday" also occurs inside "yesterday afternoon", and
    # the longer entry can only be where it is, so the short ones must not take its place.
    order = sorted(range(len(gold)), key=lambda i: -len(gold[i]["evidence"]))
    for i in order:
        g = gold[i]
        ev = g["evidence"]
        occ = [m.start() for m in re.finditer(re.escape(ev), text)]
        if not occ:
            raise ValueError(f"gold evidence not found in text: {ev!r}")
        taken = used.setdefault(ev, set())
        free = [o for o in occ if o not in taken] or occ
        # Only occurrences outside every entry placed so far, when there are any.
        free = [o for o in free
                if not any(_overlap((o, o + len(ev)), s) for s in placed)] or free
        # An occurrence that starts a word first: with Arabic clitics "قتل 32" also
        # occurs inside "ومقتل 32".
        free.sort(key=lambda o: o > 0 and text[o - 1].isalnum())
        # Prefer an occurrence whose compatible suggestion no other gold entry took.
        hits = [(o, j) for o in free for j, p in enumerate(preds)
                if _overlap((o, o + len(ev)), (p["start"], p["end"])) and _compatible(kind, g, p)]
        fresh = [o for o, j in hits if j not in claimed]
        best = fresh[0] if fresh else hits[0][0] if hits else free[0]
        claimed.update(j for o, j in hits if o == best)
        taken.add(best)
        spans[i] = (best, best + len(ev))
        placed.append(spans[i])
    return spans


def _match(n_gold: int, n_pred: int, ok: Callable[[int, int], bool]) -> dict[int, int]:
    """Maximum bipartite matching (Kuhn); returns gold index -> pred index."""
    owner: dict[int, int] = {}

    def augment(g: int, seen: set[int]) -> bool:
        for p in range(n_pred):
            if p in seen or not ok(g, p):
                continue
            seen.add(p)
            if p not in owner or augment(owner[p], seen):
                owner[p] = g
                return True
        return False

    for g in range(n_gold):
        augment(g, set())
    return {g: p for p, g in owner.items()}


def match_pairs(text: str, kind: str, gold: list[dict[str, Any]],
                preds: list[dict[str, Any]]) -> dict[int, int]:
    """Gold entry index -> suggestion index of the one-to-one matching of one kind in one
    document (the module's docstring says how)."""
    spans = _locate(text, kind, gold, preds)
    return _match(len(gold), len(preds), lambda g, p: _overlap(
        spans[g], (preds[p]["start"], preds[p]["end"])) and _compatible(kind, gold[g], preds[p]))


def read_gold(gold_path: str | Path) -> list[dict[str, Any]]:
    """The documents of a gold JSONL file."""
    docs: list[dict[str, Any]] = []
    with open(gold_path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                docs.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise ValueError(f"{gold_path}: line {lineno}: invalid JSON ({exc})") from exc
    return docs


def evaluate(gold_path: str | Path, details: bool = True) -> dict[str, Any]:
    return evaluate_docs(read_gold(gold_path), details)


def evaluate_docs(docs: list[dict[str, Any]], details: bool = True) -> dict[str, Any]:
    counts = {k: {"tp": 0, "fp": 0, "fn": 0} for k in KINDS}
    errors: list[dict[str, Any]] = []
    for doc in docs:
        text = doc["text"]
        # A "lang" (or "language") key decides; else the script does, as on import.
        language = doc.get("lang") or doc.get("language") or ("ar" if is_arabic(text) else "en")
        result = extract(text, doc.get("published"), language)
        in_scope = _date_in_scope_ar if language == "ar" else _DATE_SCOPE.search
        for kind in KINDS:
            gold = doc.get(kind) or []
            preds = result[kind]
            pairs = match_pairs(text, kind, gold, preds)
            matched = set(pairs.values())
            fps = [p for i, p in enumerate(preds) if i not in matched]
            if kind == "dates":
                fps = [p for p in fps if in_scope(p["text"])]
            fns = [g for i, g in enumerate(gold) if i not in pairs]
            c = counts[kind]
            c["tp"] += len(pairs)
            c["fp"] += len(fps)
            c["fn"] += len(fns)
            if details and (fps or fns):
                errors.append({"doc_id": doc.get("doc_id"), "kind": kind,
                               "false_positives": fps, "false_negatives": fns})
    result: dict[str, Any] = {k: _scores(v) for k, v in counts.items()}
    total = {x: sum(counts[k][x] for k in KINDS) for x in ("tp", "fp", "fn")}
    result["overall"] = _scores(total)
    if details:
        result["errors"] = errors
    return result


def _scores(c: dict[str, int]) -> dict[str, Any]:
    tp, fp, fn = c["tp"], c["fp"], c["fn"]
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": p, "recall": r, "f1": f}


def format_report(result: dict[str, Any]) -> str:
    lines = [f"{'kind':<12} {'tp':>5} {'fp':>5} {'fn':>5} {'P':>6} {'R':>6} {'F1':>6}"]
    for kind in (*KINDS, "overall"):
        s = result[kind]
        lines.append(
            f"{kind:<12} {s['tp']:>5} {s['fp']:>5} {s['fn']:>5} "
            f"{s['precision']:>6.3f} {s['recall']:>6.3f} {s['f1']:>6.3f}"
        )
    return "\n".join(lines)


def format_errors(result: dict[str, Any], kind: str | None = None) -> str:
    out: list[str] = []
    for e in result.get("errors", []):
        if kind and e["kind"] != kind:
            continue
        for p in e["false_positives"]:
            extra = {k: v for k, v in p.items() if k not in {"start", "end", "text"}}
            out.append(f"{e['doc_id']} {e['kind']} FP {p['text']!r} {extra}")
        for g in e["false_negatives"]:
            extra = {k: v for k, v in g.items() if k != "evidence"}
            out.append(f"{e['doc_id']} {e['kind']} FN {g['evidence']!r} {extra}")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if not args:
        print("usage: python -m workbench.core.extract.evaluate GOLD.jsonl [kind]")
        return 2
    res = evaluate(args[0])
    print(format_report(res))
    if len(args) > 1:
        print(format_errors(res, None if args[1] == "all" else args[1]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
