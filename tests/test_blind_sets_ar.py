"""The blind Arabic test sets (bench/blind/ar-*.jsonl) stay valid gold files: the format
rules of tests/blind_format.py (shared with the English sets), and for each set the text
lengths its brief set, a dated title line and its own source name.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from tests import blind_format
from tests.blind_format import FOLDER, id_prefix
from workbench.core.extract.evaluate import read_gold

# Sorted by set number: as text "ar-10" would come before "ar-2".
SETS = sorted(FOLDER.glob("ar-*.jsonl"), key=lambda p: int(p.stem.split("-")[1]))
# Text lengths (characters) each set was written to; a new set adds its line.
LENGTHS = {"ar-1.jsonl": (300, 2000), "ar-2.jsonl": (400, 2500), "ar-3.jsonl": (400, 2000),
           "ar-4.jsonl": (400, 2000), "ar-5.jsonl": (400, 2000), "ar-6.jsonl": (400, 2000),
           "ar-7.jsonl": (400, 2000), "ar-8.jsonl": (400, 2000), "ar-9.jsonl": (400, 2000),
           "ar-10.jsonl": (400, 2000), "ar-11.jsonl": (400, 2000),
           "ar-12.jsonl": (400, 2000), "ar-13.jsonl": (400, 2000),
           "ar-14.jsonl": (400, 2000), "ar-15.jsonl": (400, 2000),
           "ar-16.jsonl": (400, 2000), "ar-17.jsonl": (400, 2000),
           "ar-18.jsonl": (400, 2000), "ar-19.jsonl": (400, 2000),
           "ar-20.jsonl": (400, 2000), "ar-21.jsonl": (400, 2000),
           "ar-22.jsonl": (400, 2000), "ar-23.jsonl": (400, 2000),
           "ar-24.jsonl": (400, 2000), "ar-25.jsonl": (400, 2000),
           "ar-26.jsonl": (400, 2000), "ar-27.jsonl": (400, 2000),
           "ar-28.jsonl": (400, 2000), "ar-29.jsonl": (400, 2000),
           "ar-30.jsonl": (400, 2000), "ar-31.jsonl": (400, 2000),
           "ar-32.jsonl": (400, 2000), "ar-33.jsonl": (400, 2000),
           "ar-34.jsonl": (400, 2000), "ar-35.jsonl": (400, 2000),
           "ar-36.jsonl": (400, 2000), "ar-37.jsonl": (400, 2000),
           "ar-38.jsonl": (400, 2000), "ar-39.jsonl": (400, 2000),
           "ar-40.jsonl": (400, 2000), "ar-41.jsonl": (400, 2000),
           "ar-42.jsonl": (400, 2000), "ar-43.jsonl": (400, 2000),
           "ar-44.jsonl": (400, 2000),
           "ar-45.jsonl": (400, 2000), "ar-46.jsonl": (400, 2000),
           "ar-47.jsonl": (400, 2000), "ar-48.jsonl": (400, 2000),
           "ar-49.jsonl": (400, 2000), "ar-50.jsonl": (400, 2000),
           "ar-51.jsonl": (400, 2000), "ar-52.jsonl": (400, 2000),
           "ar-53.jsonl": (400, 2000), "ar-54.jsonl": (400, 2000),
           "ar-55.jsonl": (400, 2000),
           "ar-56.jsonl": (400, 2000), "ar-57.jsonl": (400, 2000),
           "ar-58.jsonl": (400, 2000),
           "ar-59.jsonl": (400, 2000),
           "ar-60.jsonl": (400, 2000),
           "ar-61.jsonl": (400, 2000),
           "ar-62.jsonl": (400, 2000),
           "ar-63.jsonl": (400, 2000),
           "ar-64.jsonl": (400, 2000),
           "ar-65.jsonl": (400, 2000),
           "ar-66.jsonl": (400, 2000),
           "ar-67.jsonl": (400, 2000),
           "ar-68.jsonl": (400, 2000),
           "ar-69.jsonl": (400, 2000),
           "ar-70.jsonl": (400, 2000),
           "ar-71.jsonl": (400, 2000),
           "ar-72.jsonl": (400, 2000),
           "ar-73.jsonl": (400, 2000),
           "ar-74.jsonl": (400, 2000),
           "ar-75.jsonl": (400, 2000),
           "ar-76.jsonl": (400, 2000),
           "ar-77.jsonl": (400, 2000),
           "ar-78.jsonl": (400, 2000),
           "ar-79.jsonl": (400, 2000),
           "ar-80.jsonl": (400, 2000),
           "ar-81.jsonl": (400, 2000),
           "ar-82.jsonl": (400, 2000),
           "ar-83.jsonl": (400, 2000),
           "ar-84.jsonl": (400, 2000),
           "ar-85.jsonl": (400, 2000),
           "ar-86.jsonl": (400, 2000),
           "ar-87.jsonl": (400, 2000),
           "ar-88.jsonl": (400, 2000),
           "ar-89.jsonl": (400, 2000),
           "ar-90.jsonl": (400, 2000),
           "ar-91.jsonl": (400, 2000),
           "ar-92.jsonl": (400, 2000),
           "ar-93.jsonl": (400, 2000),
           "ar-94.jsonl": (400, 2000),
           "ar-95.jsonl": (400, 2000),
           "ar-96.jsonl": (400, 2000),
           "ar-97.jsonl": (400, 2000),
           "ar-98.jsonl": (400, 2000),
           "ar-99.jsonl": (400, 2000),
           "ar-100.jsonl": (400, 2000),
           "ar-101.jsonl": (400, 2000),
           "ar-102.jsonl": (400, 2000),
           "ar-103.jsonl": (400, 2000),
           "ar-104.jsonl": (400, 2000),
           "ar-105.jsonl": (400, 2000),
           "ar-106.jsonl": (400, 2000),
           "ar-107.jsonl": (400, 2000),
           "ar-108.jsonl": (400, 2000),
           "ar-109.jsonl": (400, 2000),
           "ar-110.jsonl": (400, 2000),
           "ar-111.jsonl": (400, 2000),
           "ar-112.jsonl": (400, 2000),
           "ar-113.jsonl": (400, 2000),
           "ar-114.jsonl": (400, 2000),
           "ar-115.jsonl": (400, 2000),
           "ar-116.jsonl": (400, 2000),
           "ar-117.jsonl": (400, 2000),
           "ar-118.jsonl": (400, 2000),
           "ar-119.jsonl": (400, 2000),
           "ar-120.jsonl": (400, 2000),
           "ar-121.jsonl": (400, 2000),
           "ar-122.jsonl": (400, 2000),
           "ar-123.jsonl": (400, 2000),
           "ar-124.jsonl": (400, 2000),
           "ar-125.jsonl": (400, 2000),
           "ar-126.jsonl": (400, 2000),
           "ar-127.jsonl": (400, 2000),
           "ar-128.jsonl": (400, 2000),
           "ar-129.jsonl": (400, 2000),
           "ar-130.jsonl": (400, 2000),
           "ar-131.jsonl": (400, 2000),
           "ar-132.jsonl": (400, 2000),
           "ar-133.jsonl": (400, 2000),
           "ar-134.jsonl": (400, 2000),
           "ar-135.jsonl": (400, 2000),
           "ar-136.jsonl": (400, 2000),
           "ar-137.jsonl": (400, 2000),
           "ar-138.jsonl": (400, 2000),
           "ar-139.jsonl": (400, 2000)}
# Documents in each set (the third to hundred-and-thirty-ninth, written in shorter rounds, have
# twenty).
SIZES = {"ar-1.jsonl": 25, "ar-2.jsonl": 25, "ar-3.jsonl": 20, "ar-4.jsonl": 20,
         "ar-5.jsonl": 20, "ar-6.jsonl": 20, "ar-7.jsonl": 20, "ar-8.jsonl": 20,
         "ar-9.jsonl": 20, "ar-10.jsonl": 20, "ar-11.jsonl": 20, "ar-12.jsonl": 20,
         "ar-13.jsonl": 20, "ar-14.jsonl": 20, "ar-15.jsonl": 20, "ar-16.jsonl": 20,
         "ar-17.jsonl": 20, "ar-18.jsonl": 20, "ar-19.jsonl": 20,
         "ar-20.jsonl": 20, "ar-21.jsonl": 20, "ar-22.jsonl": 20,
         "ar-23.jsonl": 20, "ar-24.jsonl": 20, "ar-25.jsonl": 20,
         "ar-26.jsonl": 20, "ar-27.jsonl": 20, "ar-28.jsonl": 20,
         "ar-29.jsonl": 20, "ar-30.jsonl": 20, "ar-31.jsonl": 20,
         "ar-32.jsonl": 20, "ar-33.jsonl": 20, "ar-34.jsonl": 20,
         "ar-35.jsonl": 20, "ar-36.jsonl": 20, "ar-37.jsonl": 20,
         "ar-38.jsonl": 20, "ar-39.jsonl": 20, "ar-40.jsonl": 20,
         "ar-41.jsonl": 20, "ar-42.jsonl": 20, "ar-43.jsonl": 20,
         "ar-44.jsonl": 20, "ar-45.jsonl": 20, "ar-46.jsonl": 20,
         "ar-47.jsonl": 20, "ar-48.jsonl": 20, "ar-49.jsonl": 20,
         "ar-50.jsonl": 20, "ar-51.jsonl": 20, "ar-52.jsonl": 20,
         "ar-53.jsonl": 20, "ar-54.jsonl": 20, "ar-55.jsonl": 20,
         "ar-56.jsonl": 20, "ar-57.jsonl": 20, "ar-58.jsonl": 20,
         "ar-59.jsonl": 20, "ar-60.jsonl": 20, "ar-61.jsonl": 20,
         "ar-62.jsonl": 20, "ar-63.jsonl": 20, "ar-64.jsonl": 20,
         "ar-65.jsonl": 20, "ar-66.jsonl": 20, "ar-67.jsonl": 20,
         "ar-68.jsonl": 20, "ar-69.jsonl": 20, "ar-70.jsonl": 20,
         "ar-71.jsonl": 20, "ar-72.jsonl": 20,
         "ar-73.jsonl": 20, "ar-74.jsonl": 20, "ar-75.jsonl": 20,
         "ar-76.jsonl": 20, "ar-77.jsonl": 20, "ar-78.jsonl": 20,
         "ar-79.jsonl": 20, "ar-80.jsonl": 20, "ar-81.jsonl": 20,
         "ar-82.jsonl": 20, "ar-83.jsonl": 20, "ar-84.jsonl": 20,
         "ar-85.jsonl": 20, "ar-86.jsonl": 20, "ar-87.jsonl": 20,
         "ar-88.jsonl": 20, "ar-89.jsonl": 20, "ar-90.jsonl": 20,
         "ar-91.jsonl": 20, "ar-92.jsonl": 20, "ar-93.jsonl": 20,
         "ar-94.jsonl": 20, "ar-95.jsonl": 20, "ar-96.jsonl": 20,
         "ar-97.jsonl": 20, "ar-98.jsonl": 20, "ar-99.jsonl": 20,
         "ar-100.jsonl": 20, "ar-101.jsonl": 20, "ar-102.jsonl": 20,
         "ar-103.jsonl": 20, "ar-104.jsonl": 20, "ar-105.jsonl": 20,
         "ar-106.jsonl": 20, "ar-107.jsonl": 20, "ar-108.jsonl": 20,
         "ar-109.jsonl": 20, "ar-110.jsonl": 20, "ar-111.jsonl": 20,
         "ar-112.jsonl": 20, "ar-113.jsonl": 20, "ar-114.jsonl": 20,
         "ar-115.jsonl": 20, "ar-116.jsonl": 20, "ar-117.jsonl": 20,
         "ar-118.jsonl": 20, "ar-119.jsonl": 20, "ar-120.jsonl": 20,
         "ar-121.jsonl": 20, "ar-122.jsonl": 20, "ar-123.jsonl": 20,
         "ar-124.jsonl": 20, "ar-125.jsonl": 20, "ar-126.jsonl": 20,
         "ar-127.jsonl": 20, "ar-128.jsonl": 20, "ar-129.jsonl": 20,
         "ar-130.jsonl": 20, "ar-131.jsonl": 20, "ar-132.jsonl": 20,
         "ar-133.jsonl": 20, "ar-134.jsonl": 20, "ar-135.jsonl": 20,
         "ar-136.jsonl": 20, "ar-137.jsonl": 20, "ar-138.jsonl": 20,
         "ar-139.jsonl": 20}


def problems(doc: dict[str, Any], path: Path) -> list[str]:
    """The shared format rules, then what this language's sets promise besides."""
    out = blind_format.problems(doc)
    if set(doc) != blind_format.KEYS:
        return out
    text = doc["text"]
    shortest, longest = LENGTHS[path.name]
    if doc["source"] != f"workbench:bench/blind/{path.name}#{doc['doc_id']}":
        out.append("source does not name the document")
    if doc["published"] is None:
        out.append("published is missing")
    if not shortest <= len(text) <= longest or "\n" not in text:
        out.append(f"text is not a title line and a {shortest}-{longest} character body")
    return out


def test_the_folder_holds_the_sets_and_each_states_its_lengths() -> None:
    assert [p.name for p in SETS][:139] == ["ar-1.jsonl", "ar-2.jsonl", "ar-3.jsonl", "ar-4.jsonl",
                                           "ar-5.jsonl", "ar-6.jsonl", "ar-7.jsonl", "ar-8.jsonl",
                                           "ar-9.jsonl", "ar-10.jsonl", "ar-11.jsonl",
                                           "ar-12.jsonl", "ar-13.jsonl", "ar-14.jsonl",
                                           "ar-15.jsonl", "ar-16.jsonl", "ar-17.jsonl",
                                           "ar-18.jsonl", "ar-19.jsonl", "ar-20.jsonl",
                                           "ar-21.jsonl", "ar-22.jsonl", "ar-23.jsonl",
                                           "ar-24.jsonl", "ar-25.jsonl", "ar-26.jsonl",
                                           "ar-27.jsonl", "ar-28.jsonl", "ar-29.jsonl",
                                           "ar-30.jsonl", "ar-31.jsonl", "ar-32.jsonl",
                                           "ar-33.jsonl", "ar-34.jsonl", "ar-35.jsonl",
                                           "ar-36.jsonl", "ar-37.jsonl", "ar-38.jsonl",
                                           "ar-39.jsonl", "ar-40.jsonl", "ar-41.jsonl",
                                           "ar-42.jsonl", "ar-43.jsonl", "ar-44.jsonl",
                                           "ar-45.jsonl", "ar-46.jsonl", "ar-47.jsonl",
                                           "ar-48.jsonl", "ar-49.jsonl", "ar-50.jsonl",
                                           "ar-51.jsonl", "ar-52.jsonl", "ar-53.jsonl",
                                           "ar-54.jsonl", "ar-55.jsonl", "ar-56.jsonl",
                                           "ar-57.jsonl", "ar-58.jsonl", "ar-59.jsonl",
                                           "ar-60.jsonl", "ar-61.jsonl", "ar-62.jsonl",
                                           "ar-63.jsonl", "ar-64.jsonl", "ar-65.jsonl",
                                           "ar-66.jsonl", "ar-67.jsonl", "ar-68.jsonl",
                                           "ar-69.jsonl", "ar-70.jsonl", "ar-71.jsonl",
                                           "ar-72.jsonl", "ar-73.jsonl", "ar-74.jsonl",
                                           "ar-75.jsonl", "ar-76.jsonl",
                                           "ar-77.jsonl", "ar-78.jsonl", "ar-79.jsonl",
                                           "ar-80.jsonl", "ar-81.jsonl", "ar-82.jsonl",
                                           "ar-83.jsonl", "ar-84.jsonl", "ar-85.jsonl",
                                           "ar-86.jsonl", "ar-87.jsonl", "ar-88.jsonl",
                                           "ar-89.jsonl", "ar-90.jsonl", "ar-91.jsonl",
                                           "ar-92.jsonl", "ar-93.jsonl", "ar-94.jsonl",
                                           "ar-95.jsonl", "ar-96.jsonl", "ar-97.jsonl",
                                           "ar-98.jsonl", "ar-99.jsonl", "ar-100.jsonl",
                                           "ar-101.jsonl", "ar-102.jsonl",
                                           "ar-103.jsonl", "ar-104.jsonl",
                                           "ar-105.jsonl", "ar-106.jsonl",
                                           "ar-107.jsonl", "ar-108.jsonl",
                                           "ar-109.jsonl", "ar-110.jsonl",
                                           "ar-111.jsonl", "ar-112.jsonl",
                                           "ar-113.jsonl", "ar-114.jsonl",
                                           "ar-115.jsonl", "ar-116.jsonl",
                                           "ar-117.jsonl", "ar-118.jsonl",
                                           "ar-119.jsonl", "ar-120.jsonl",
                                           "ar-121.jsonl", "ar-122.jsonl",
                                           "ar-123.jsonl", "ar-124.jsonl",
                                           "ar-125.jsonl", "ar-126.jsonl",
                                           "ar-127.jsonl", "ar-128.jsonl",
                                           "ar-129.jsonl", "ar-130.jsonl",
                                           "ar-131.jsonl", "ar-132.jsonl",
                                           "ar-133.jsonl", "ar-134.jsonl",
                                           "ar-135.jsonl", "ar-136.jsonl",
                                           "ar-137.jsonl", "ar-138.jsonl",
                                           "ar-139.jsonl"]
    assert {p.name for p in SETS} <= set(LENGTHS) & set(SIZES)


@pytest.fixture(scope="module", params=SETS, ids=lambda p: p.name)
def blind_set(request: pytest.FixtureRequest) -> tuple[Path, list[dict[str, Any]]]:
    return request.param, read_gold(request.param)


def test_the_set_reads_as_gold_and_breaks_no_format_rule(
    blind_set: tuple[Path, list[dict[str, Any]]],
) -> None:
    path, docs = blind_set
    ids = [f"{id_prefix(path)}{i:03d}" for i in range(1, SIZES[path.name] + 1)]
    assert [d["doc_id"] for d in docs] == ids
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
