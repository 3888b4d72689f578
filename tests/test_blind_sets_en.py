"""The blind English test sets are valid gold files (bench/blind/README.md); the format
rules themselves are in tests/blind_format.py, shared with the Arabic sets."""

from __future__ import annotations

import copy

import pytest

from tests.blind_format import FOLDER, id_prefix, problems
from workbench.core.extract.evaluate import read_gold

# Every blind set is checked, so a new one is covered the day it is committed. Sorted by
# set number: as text "en-10" would come before "en-2".
BLIND_SETS = sorted(FOLDER.glob("en-*.jsonl"), key=lambda p: int(p.stem.split("-")[1]))
# Documents and wire items per set; the third to eighteenth sets are smaller (24: 16 wire,
# 8 longer).
SIZES = {"en-1.jsonl": (30, 20), "en-2.jsonl": (30, 20), "en-3.jsonl": (24, 16),
         "en-4.jsonl": (24, 16), "en-5.jsonl": (24, 16), "en-6.jsonl": (24, 16),
         "en-7.jsonl": (24, 16), "en-8.jsonl": (24, 16), "en-9.jsonl": (24, 16),
         "en-10.jsonl": (24, 16), "en-11.jsonl": (24, 16), "en-12.jsonl": (24, 16),
         "en-13.jsonl": (24, 16), "en-14.jsonl": (24, 16), "en-15.jsonl": (24, 16),
         "en-16.jsonl": (24, 16), "en-17.jsonl": (24, 16), "en-18.jsonl": (24, 16),
         "en-19.jsonl": (24, 16), "en-20.jsonl": (24, 16),
         "en-21.jsonl": (24, 16), "en-22.jsonl": (24, 16),
         "en-23.jsonl": (24, 16), "en-24.jsonl": (24, 16),
         "en-25.jsonl": (24, 16), "en-26.jsonl": (24, 16),
         "en-27.jsonl": (24, 16), "en-28.jsonl": (24, 16),
         "en-29.jsonl": (24, 16), "en-30.jsonl": (24, 16),
         "en-31.jsonl": (24, 16), "en-32.jsonl": (24, 16),
         "en-33.jsonl": (24, 16), "en-34.jsonl": (24, 16),
         "en-35.jsonl": (24, 16), "en-36.jsonl": (24, 16),
         "en-37.jsonl": (24, 16), "en-38.jsonl": (24, 16),
         "en-39.jsonl": (24, 16), "en-40.jsonl": (24, 16),
         "en-41.jsonl": (24, 16), "en-42.jsonl": (24, 16),
         "en-43.jsonl": (24, 16), "en-44.jsonl": (24, 16),
         "en-45.jsonl": (24, 16), "en-46.jsonl": (24, 16),
         "en-47.jsonl": (24, 16),
         "en-48.jsonl": (24, 16),
         "en-49.jsonl": (24, 16),
         "en-50.jsonl": (24, 16),
         "en-51.jsonl": (24, 16),
         "en-52.jsonl": (24, 16),
         "en-53.jsonl": (24, 16),
         "en-54.jsonl": (24, 16),
         "en-55.jsonl": (24, 16),
         "en-56.jsonl": (24, 16),
         "en-57.jsonl": (24, 16),
         "en-58.jsonl": (24, 16),
         "en-59.jsonl": (24, 16),
         "en-60.jsonl": (24, 16),
         "en-61.jsonl": (24, 16),
         "en-62.jsonl": (24, 16),
         "en-63.jsonl": (24, 16),
         "en-64.jsonl": (24, 16),
         "en-65.jsonl": (24, 16),
         "en-66.jsonl": (24, 16),
         "en-67.jsonl": (24, 16),
         "en-68.jsonl": (24, 16),
         "en-69.jsonl": (24, 16),
         "en-70.jsonl": (24, 16),
         "en-71.jsonl": (24, 16),
         "en-72.jsonl": (24, 16),
         "en-73.jsonl": (24, 16),
         "en-74.jsonl": (24, 16),
         "en-75.jsonl": (24, 16),
         "en-76.jsonl": (24, 16),
         "en-77.jsonl": (24, 16),
         "en-78.jsonl": (24, 16),
         "en-79.jsonl": (24, 16),
         "en-80.jsonl": (24, 16),
         "en-81.jsonl": (24, 16),
         "en-82.jsonl": (24, 16),
         "en-83.jsonl": (24, 16),
         "en-84.jsonl": (24, 16),
         "en-85.jsonl": (24, 16),
         "en-86.jsonl": (24, 16),
         "en-87.jsonl": (24, 16),
         "en-88.jsonl": (24, 16),
         "en-89.jsonl": (24, 16),
         "en-90.jsonl": (24, 16),
         "en-91.jsonl": (24, 16),
         "en-92.jsonl": (24, 16),
         "en-93.jsonl": (24, 16),
         "en-94.jsonl": (24, 16),
         "en-95.jsonl": (24, 16),
         "en-96.jsonl": (24, 16),
         "en-97.jsonl": (24, 16),
         "en-98.jsonl": (24, 16),
         "en-99.jsonl": (24, 16),
         "en-100.jsonl": (24, 16),
         "en-101.jsonl": (24, 16),
         "en-102.jsonl": (24, 16),
         "en-103.jsonl": (24, 16),
         "en-104.jsonl": (24, 16),
         "en-105.jsonl": (24, 16),
         "en-106.jsonl": (24, 16),
         "en-107.jsonl": (24, 16),
         "en-108.jsonl": (24, 16),
         "en-109.jsonl": (24, 16),
         "en-110.jsonl": (24, 16),
         "en-111.jsonl": (24, 16),
         "en-112.jsonl": (24, 16),
         "en-113.jsonl": (24, 16),
         "en-114.jsonl": (24, 16),
         "en-115.jsonl": (24, 16),
         "en-116.jsonl": (24, 16),
         "en-117.jsonl": (24, 16),
         "en-118.jsonl": (24, 16),
         "en-119.jsonl": (24, 16),
         "en-120.jsonl": (24, 16),
         "en-121.jsonl": (24, 16),
         "en-122.jsonl": (24, 16),
         "en-123.jsonl": (24, 16),
         "en-124.jsonl": (24, 16),
         "en-125.jsonl": (24, 16),
         "en-126.jsonl": (24, 16),
         "en-127.jsonl": (24, 16),
         "en-128.jsonl": (24, 16),
         "en-129.jsonl": (24, 16),
         "en-130.jsonl": (24, 16),
         "en-131.jsonl": (24, 16),
         "en-132.jsonl": (24, 16),
         "en-133.jsonl": (24, 16),
         "en-134.jsonl": (24, 16),
         "en-135.jsonl": (24, 16),
         "en-136.jsonl": (24, 16),
         "en-137.jsonl": (24, 16),
         "en-138.jsonl": (24, 16),
         "en-139.jsonl": (24, 16),
         "en-140.jsonl": (24, 16),
         "en-141.jsonl": (24, 16),
         "en-142.jsonl": (24, 16),
         "en-143.jsonl": (24, 16),
         "en-144.jsonl": (24, 16),
         "en-145.jsonl": (24, 16),
         "en-146.jsonl": (24, 16),
         "en-147.jsonl": (24, 16),
         "en-148.jsonl": (24, 16),
         "en-149.jsonl": (24, 16),
         "en-150.jsonl": (24, 16),
         "en-151.jsonl": (24, 16),
         "en-152.jsonl": (24, 16),
         "en-153.jsonl": (24, 16),
         "en-154.jsonl": (24, 16),
         "en-155.jsonl": (24, 16),
         "en-156.jsonl": (24, 16),
         "en-157.jsonl": (24, 16),
         "en-158.jsonl": (24, 16),
         "en-159.jsonl": (24, 16),
         "en-160.jsonl": (24, 16),
         "en-161.jsonl": (24, 16)}


def test_the_blind_sets_are_found():
    assert [p.name for p in BLIND_SETS][:161] == ["en-1.jsonl", "en-2.jsonl", "en-3.jsonl",
                                                 "en-4.jsonl", "en-5.jsonl", "en-6.jsonl",
                                                 "en-7.jsonl", "en-8.jsonl", "en-9.jsonl",
                                                 "en-10.jsonl", "en-11.jsonl", "en-12.jsonl",
                                                 "en-13.jsonl", "en-14.jsonl",
                                                 "en-15.jsonl", "en-16.jsonl", "en-17.jsonl",
                                                 "en-18.jsonl", "en-19.jsonl", "en-20.jsonl",
                                                 "en-21.jsonl", "en-22.jsonl",
                                                 "en-23.jsonl", "en-24.jsonl", "en-25.jsonl",
                                                 "en-26.jsonl", "en-27.jsonl",
                                                 "en-28.jsonl", "en-29.jsonl",
                                                 "en-30.jsonl", "en-31.jsonl",
                                                 "en-32.jsonl", "en-33.jsonl",
                                                 "en-34.jsonl", "en-35.jsonl",
                                                 "en-36.jsonl", "en-37.jsonl",
                                                 "en-38.jsonl", "en-39.jsonl",
                                                 "en-40.jsonl", "en-41.jsonl",
                                                 "en-42.jsonl", "en-43.jsonl",
                                                 "en-44.jsonl", "en-45.jsonl",
                                                 "en-46.jsonl", "en-47.jsonl",
                                                 "en-48.jsonl", "en-49.jsonl",
                                                 "en-50.jsonl", "en-51.jsonl",
                                                 "en-52.jsonl", "en-53.jsonl",
                                                 "en-54.jsonl", "en-55.jsonl",
                                                 "en-56.jsonl", "en-57.jsonl",
                                                 "en-58.jsonl", "en-59.jsonl",
                                                 "en-60.jsonl", "en-61.jsonl",
                                                 "en-62.jsonl", "en-63.jsonl",
                                                 "en-64.jsonl", "en-65.jsonl",
                                                 "en-66.jsonl", "en-67.jsonl",
                                                 "en-68.jsonl", "en-69.jsonl",
                                                 "en-70.jsonl", "en-71.jsonl",
                                                 "en-72.jsonl", "en-73.jsonl",
                                                 "en-74.jsonl", "en-75.jsonl",
                                                 "en-76.jsonl", "en-77.jsonl",
                                                 "en-78.jsonl", "en-79.jsonl",
                                                 "en-80.jsonl", "en-81.jsonl",
                                                 "en-82.jsonl", "en-83.jsonl",
                                                 "en-84.jsonl", "en-85.jsonl",
                                                 "en-86.jsonl", "en-87.jsonl",
                                                 "en-88.jsonl", "en-89.jsonl",
                                                 "en-90.jsonl", "en-91.jsonl",
                                                 "en-92.jsonl", "en-93.jsonl",
                                                 "en-94.jsonl", "en-95.jsonl",
                                                 "en-96.jsonl", "en-97.jsonl",
                                                 "en-98.jsonl", "en-99.jsonl",
                                                 "en-100.jsonl", "en-101.jsonl",
                                                 "en-102.jsonl", "en-103.jsonl",
                                                 "en-104.jsonl", "en-105.jsonl",
                                                 "en-106.jsonl", "en-107.jsonl",
                                                 "en-108.jsonl", "en-109.jsonl",
                                                 "en-110.jsonl", "en-111.jsonl",
                                                 "en-112.jsonl", "en-113.jsonl",
                                                 "en-114.jsonl", "en-115.jsonl",
                                                 "en-116.jsonl", "en-117.jsonl",
                                                 "en-118.jsonl", "en-119.jsonl",
                                                 "en-120.jsonl", "en-121.jsonl",
                                                 "en-122.jsonl", "en-123.jsonl",
                                                 "en-124.jsonl", "en-125.jsonl",
                                                 "en-126.jsonl", "en-127.jsonl",
                                                 "en-128.jsonl", "en-129.jsonl",
                                                 "en-130.jsonl", "en-131.jsonl",
                                                 "en-132.jsonl", "en-133.jsonl",
                                                 "en-134.jsonl", "en-135.jsonl",
                                                 "en-136.jsonl", "en-137.jsonl",
                                                 "en-138.jsonl", "en-139.jsonl",
                                                 "en-140.jsonl", "en-141.jsonl",
                                                 "en-142.jsonl", "en-143.jsonl",
                                                 "en-144.jsonl", "en-145.jsonl",
                                                 "en-146.jsonl", "en-147.jsonl",
                                                 "en-148.jsonl", "en-149.jsonl",
                                                 "en-150.jsonl", "en-151.jsonl",
                                                 "en-152.jsonl", "en-153.jsonl",
                                                 "en-154.jsonl", "en-155.jsonl",
                                                 "en-156.jsonl", "en-157.jsonl",
                                                 "en-158.jsonl", "en-159.jsonl",
                                                 "en-160.jsonl", "en-161.jsonl"]
    assert {p.name for p in BLIND_SETS} <= set(SIZES)


@pytest.mark.parametrize("path", BLIND_SETS, ids=lambda p: p.name)
def test_the_blind_set_is_a_valid_gold_file(path):
    docs = read_gold(path)
    prefix = id_prefix(path)
    size = SIZES[path.name][0]
    assert [d["doc_id"] for d in docs] == [f"{prefix}{i:03d}" for i in range(1, size + 1)]
    assert all(d["source"] == f"workbench:bench/blind/{path.name}#{d['doc_id']}" for d in docs)
    assert {d["doc_id"]: problems(d) for d in docs if problems(d)} == {}


@pytest.mark.parametrize("path", BLIND_SETS, ids=lambda p: p.name)
def test_the_blind_set_keeps_the_corpus_mix(path):
    docs = read_gold(path)
    wire = [d for d in docs if d["published"] is None]
    assert len(wire) == SIZES[path.name][1] and all("\n" in d["text"] for d in wire)
    without = [d for d in docs if not d["casualties"]]
    assert len(docs) / 4 <= len(without) <= len(docs) * 2 / 5


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
