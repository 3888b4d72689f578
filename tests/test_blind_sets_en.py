"""The blind English test sets are valid gold files (bench/blind/README.md).

The file is read with the evaluation's own reader. The evaluation has no separate
format check (it finds a missing evidence only while scoring, which runs the
engines), so the corpus rules are checked here: every evidence an exact substring,
as often as it is annotated, outcomes and qualifiers those of the codebook.
"""

from __future__ import annotations

import collections
import copy
import re
from pathlib import Path
from typing import Any

import pytest

from workbench.core.codebook import OUTCOMES, QUALIFIERS
from workbench.core.extract.evaluate import read_gold

BLIND_DIR = Path(__file__).resolve().parent.parent / "bench" / "blind"
# Every blind set is checked, so a new one is covered the day it is committed.
BLIND_SETS = sorted(BLIND_DIR.glob("en-*.jsonl"))
KEYS = {"doc_id", "source", "published", "text", "casualties", "dates", "statements"}
DATE_VALUE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


def problems(doc: dict[str, Any]) -> list[str]:
    """What breaks the corpus format in one gold document (empty when nothing does)."""
    if set(doc) != KEYS:
        return [f"keys {sorted(set(doc) ^ KEYS)}"]
    out = []
    text = doc["text"]
    if doc["published"] is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", doc["published"]):
        out.append(f"published {doc['published']!r}")
    uses: collections.Counter[tuple[str, str]] = collections.Counter()
    for kind in ("casualties", "dates", "statements"):
        for entry in doc[kind]:
            if not entry.get("evidence") or entry["evidence"] not in text:
                out.append(f"{kind}: evidence not in text: {entry.get('evidence')!r}")
            elif kind != "statements":
                uses[(kind, entry["evidence"])] += 1
    out += [f"{kind}: {ev!r} annotated {n}x, in text {text.count(ev)}x"
            for (kind, ev), n in uses.items() if text.count(ev) < n]
    for c in doc["casualties"]:
        if c["outcome"] not in OUTCOMES or c["qualifier"] not in QUALIFIERS:
            out.append(f"casualty {c['outcome']!r} / {c['qualifier']!r}")
        low, high = c["count_low"], c["count_high"]
        if not isinstance(low, int) or low < 1:
            out.append(f"count_low {low!r}")
        elif (high is not None) != (c["qualifier"] == "range") or (high is not None and high < low):
            out.append(f"count_high {high!r} with {c['qualifier']!r}")
    out += [f"date value {d['value']!r}" for d in doc["dates"]
            if d["value"] is not None and not DATE_VALUE.fullmatch(d["value"])]
    return out


def doc_prefix(path: Path) -> str:
    """The doc-id prefix of a set: blind-en- for en-1, blind-en2- for en-2, and so on."""
    number = int(path.stem.split("-")[1])
    return "blind-en-" if number == 1 else f"blind-en{number}-"


def test_both_blind_sets_are_found():
    assert [p.name for p in BLIND_SETS][:2] == ["en-1.jsonl", "en-2.jsonl"]


@pytest.mark.parametrize("path", BLIND_SETS, ids=lambda p: p.name)
def test_the_blind_set_is_a_valid_gold_file(path):
    docs = read_gold(path)
    prefix = doc_prefix(path)
    assert [d["doc_id"] for d in docs] == [f"{prefix}{i:03d}" for i in range(1, 31)]
    assert all(d["source"] == f"workbench:bench/blind/{path.name}#{d['doc_id']}" for d in docs)
    assert {d["doc_id"]: problems(d) for d in docs if problems(d)} == {}


@pytest.mark.parametrize("path", BLIND_SETS, ids=lambda p: p.name)
def test_the_blind_set_keeps_the_corpus_mix(path):
    docs = read_gold(path)
    wire = [d for d in docs if d["published"] is None]
    assert len(wire) == 20 and all("\n" in d["text"] for d in wire)
    without = [d for d in docs if not d["casualties"]]
    assert 7 <= len(without) <= 12


BREAKAGES = [
    lambda d: d["dates"].append({"evidence": "Thursday", "value": None}),
    lambda d: d["casualties"][0].update(outcome="dead"),
    lambda d: d["casualties"][0].update(qualifier="roughly"),
    lambda d: d["casualties"][0].update(count_high=2),
    lambda d: d["statements"][0].update(evidence="police officer says"),
    lambda d: d.pop("statements"),
]


@pytest.mark.parametrize("path", BLIND_SETS, ids=lambda p: p.name)
@pytest.mark.parametrize("breakage", BREAKAGES)
def test_the_check_catches_a_broken_entry(path, breakage):
    doc = copy.deepcopy(read_gold(path)[0])
    assert problems(doc) == []
    breakage(doc)
    assert problems(doc)
