"""The blind Arabic test sets (bench/blind/ar-*.jsonl) stay valid gold files.

`workbench eval` reads gold files with `read_gold`, which parses the lines but
checks nothing else, so the corpus format rules are checked here: the keys, the
vocabularies, the counts, and that every evidence is an exact substring of its
text, as often as it is annotated. Every set found in the folder is checked;
each states the length its brief set for its texts.
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

FOLDER = Path(__file__).resolve().parents[1] / "bench" / "blind"
SETS = sorted(FOLDER.glob("ar-*.jsonl"))
# Text lengths (characters) each set was written to; a new set adds its line.
LENGTHS = {"ar-1.jsonl": (300, 2000), "ar-2.jsonl": (400, 2500)}
KEYS = {"doc_id", "source", "published", "text", "casualties", "dates", "statements"}
OUTCOMES = {"killed", "wounded", "missing", "captured", "displaced", "arrested"}
QUALIFIERS = {"exact", "at_least", "more_than", "up_to", "about", "range", "vague"}
DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
VALUE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


def id_prefix(path: Path) -> str:
    """`blind-ar-` for the first set (named before there was a second), `blind-arN-` after."""
    number = int(path.stem.split("-")[1])
    return "blind-ar-" if number == 1 else f"blind-ar{number}-"


def problems(doc: dict[str, Any], path: Path) -> list[str]:
    """What breaks the corpus format in one gold document (empty when nothing does)."""
    if set(doc) != KEYS:
        return [f"keys {sorted(set(doc) ^ KEYS)}"]
    out = []
    text = doc["text"]
    shortest, longest = LENGTHS[path.name]
    if doc["source"] != f"workbench:bench/blind/{path.name}#{doc['doc_id']}":
        out.append("source does not name the document")
    if not (isinstance(doc["published"], str) and DAY.fullmatch(doc["published"])):
        out.append(f"published {doc['published']!r}")
    if not shortest <= len(text) <= longest or "\n" not in text:
        out.append(f"text is not a title line and a {shortest}-{longest} character body")
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


def test_the_folder_holds_the_sets_and_each_states_its_lengths() -> None:
    assert [p.name for p in SETS][:2] == ["ar-1.jsonl", "ar-2.jsonl"]
    assert {p.name for p in SETS} <= set(LENGTHS)


@pytest.fixture(scope="module", params=SETS, ids=lambda p: p.name)
def blind_set(request: pytest.FixtureRequest) -> tuple[Path, list[dict[str, Any]]]:
    return request.param, read_gold(request.param)


def test_the_set_reads_as_gold_and_breaks_no_format_rule(
    blind_set: tuple[Path, list[dict[str, Any]]],
) -> None:
    path, docs = blind_set
    assert [d["doc_id"] for d in docs] == [f"{id_prefix(path)}{i:03d}" for i in range(1, 26)]
    assert {d["doc_id"]: problems(d, path) for d in docs if problems(d, path)} == {}


def test_about_a_quarter_of_the_documents_have_no_casualty_figure(
    blind_set: tuple[Path, list[dict[str, Any]]],
) -> None:
    without = sum(1 for d in blind_set[1] if not d["casualties"])
    assert 5 <= without <= 8


def _first_with_a_single_figure(docs: list[dict[str, Any]]) -> dict[str, Any]:
    """A copy of the first document, its first figure one whose evidence occurs once."""
    for doc in docs:
        doc = copy.deepcopy(doc)
        once = [c for c in doc["casualties"] if doc["text"].count(c["evidence"]) == 1]
        if once and doc["dates"]:
            doc["casualties"].remove(once[0])
            doc["casualties"].insert(0, once[0])
            return doc
    raise AssertionError("no document with a figure whose evidence occurs once")


@pytest.mark.parametrize("damage", [
    lambda d: d["casualties"][0].update(evidence=d["casualties"][0]["evidence"] + "x"),
    lambda d: d["casualties"].append(copy.deepcopy(d["casualties"][0])),
    lambda d: d["casualties"][0].update(outcome="dead"),
    lambda d: d["dates"][0].update(value="2025-3-11"),
    lambda d: d.update(source=d["source"].replace("#", "#x")),
    lambda d: d.update(text=d["text"] + "م" * 2500),
    lambda d: d.pop("statements"),
])
def test_the_check_sees_a_damaged_document(
    blind_set: tuple[Path, list[dict[str, Any]]], damage: Any,
) -> None:
    path, docs = blind_set
    doc = _first_with_a_single_figure(docs)
    assert problems(doc, path) == []
    damage(doc)
    assert problems(doc, path)


def test_every_line_is_one_json_object(blind_set: tuple[Path, list[dict[str, Any]]]) -> None:
    lines = blind_set[0].read_text(encoding="utf-8").splitlines()
    assert all(isinstance(json.loads(line), dict) for line in lines)
