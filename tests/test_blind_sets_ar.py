"""The blind Arabic test set (bench/blind/ar-1.jsonl) stays a valid gold file.

`workbench eval` reads gold files with `read_gold`, which parses the lines but
checks nothing else, so the corpus format rules are checked here: the keys, the
vocabularies, the counts, and that every evidence is an exact substring of its
text, as often as it is annotated.
"""

from __future__ import annotations

import collections
import copy
import json
import re
from pathlib import Path
from typing import Any

import pytest

from workbench.core.extract.evaluate import read_gold

SET = Path(__file__).resolve().parents[1] / "bench" / "blind" / "ar-1.jsonl"
KEYS = {"doc_id", "source", "published", "text", "casualties", "dates", "statements"}
OUTCOMES = {"killed", "wounded", "missing", "captured", "displaced", "arrested"}
QUALIFIERS = {"exact", "at_least", "more_than", "up_to", "about", "range", "vague"}
DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
VALUE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


def problems(doc: dict[str, Any]) -> list[str]:
    """What breaks the corpus format in one gold document (empty when nothing does)."""
    if set(doc) != KEYS:
        return [f"keys {sorted(set(doc) ^ KEYS)}"]
    out = []
    text = doc["text"]
    if doc["source"] != f"workbench:bench/blind/ar-1.jsonl#{doc['doc_id']}":
        out.append("source does not name the document")
    if not (isinstance(doc["published"], str) and DAY.fullmatch(doc["published"])):
        out.append(f"published {doc['published']!r}")
    if not 300 <= len(text) <= 2000 or "\n" not in text:
        out.append("text is not a title line and a 300-2,000 character body")
    uses: collections.Counter[tuple[str, str]] = collections.Counter()
    for kind in ("casualties", "dates", "statements"):
        for entry in doc[kind]:
            if entry.get("evidence", "") == "" or entry["evidence"] not in text:
                out.append(f"{kind}: evidence not in text: {entry.get('evidence')!r}")
            elif kind != "statements":
                uses[(kind, entry["evidence"])] += 1
    out += [f"{kind}: {ev!r} annotated {n}x, in text {text.count(ev)}x"
            for (kind, ev), n in uses.items() if text.count(ev) < n]
    for c in doc["casualties"]:
        low, high = c.get("count_low"), c.get("count_high")
        if c.get("outcome") not in OUTCOMES or c.get("qualifier") not in QUALIFIERS:
            out.append(f"outcome or qualifier {c.get('outcome')!r} {c.get('qualifier')!r}")
        if not isinstance(low, int) or low < 1 or (high is not None and high < low):
            out.append(f"counts {low!r}-{high!r}")
    out += [f"date value {d.get('value')!r}" for d in doc["dates"]
            if d.get("value") is not None and not VALUE.fullmatch(d["value"])]
    return out


@pytest.fixture(scope="module")
def docs() -> list[dict[str, Any]]:
    return read_gold(SET)


def test_the_set_reads_as_gold_and_breaks_no_format_rule(docs: list[dict[str, Any]]) -> None:
    assert [d["doc_id"] for d in docs] == [f"blind-ar-{i:03d}" for i in range(1, 26)]
    assert {d["doc_id"]: problems(d) for d in docs if problems(d)} == {}


def test_about_a_quarter_of_the_documents_have_no_casualty_figure(
    docs: list[dict[str, Any]],
) -> None:
    without = sum(1 for d in docs if not d["casualties"])
    assert 5 <= without <= 8


@pytest.mark.parametrize("damage", [
    lambda d: d["casualties"][0].update(evidence=d["casualties"][0]["evidence"] + "x"),
    lambda d: d["casualties"].append(copy.deepcopy(d["casualties"][0])),
    lambda d: d["casualties"][0].update(outcome="dead"),
    lambda d: d["dates"][0].update(value="2025-3-11"),
    lambda d: d.pop("statements"),
])
def test_the_check_sees_a_damaged_document(docs: list[dict[str, Any]], damage: Any) -> None:
    doc = copy.deepcopy(docs[0])  # its first figure, '11 قتيلا', occurs once
    damage(doc)
    assert problems(doc)


def test_every_line_is_one_json_object() -> None:
    lines = SET.read_text(encoding="utf-8").splitlines()
    assert all(isinstance(json.loads(line), dict) for line in lines)
