"""extract() / extract_jsonl() contract and the dev-corpus quality gate."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from workbench.core.extract import extract, extract_jsonl
from workbench.core.extract.evaluate import evaluate, format_report

DEV = Path(__file__).resolve().parents[3].parent / "shared/corpus/dev.jsonl"


def test_offsets_are_code_points_after_emoji_and_arabic() -> None:
    text = "🔥🔥 تقرير عاجل — Gunmen killed 12 people on Monday, police said."
    res = extract(text, "2016-09-10")
    assert res["casualties"] and res["dates"] and res["statements"]
    for kind in ("casualties", "dates", "statements", "claims"):
        for item in res[kind]:
            assert text[item["start"]:item["end"]] == item["text"]
    assert res["casualties"][0]["text"] == "killed 12 people"
    assert res["dates"][0]["value"] == "2016-09-05"


def test_lists_sorted_and_deterministic() -> None:
    text = "Troops killed 4 fighters on Friday. On Thursday 3 civilians were wounded."
    a, b = extract(text, "2015-03-01"), extract(text, "2015-03-01")
    assert a == b
    for items in a.values():
        assert [i["start"] for i in items] == sorted(i["start"] for i in items)


def test_extract_jsonl_roundtrip() -> None:
    lines = [json.dumps({"doc_id": "d1", "text": "Two soldiers died.", "published": None}),
             json.dumps({"doc_id": "d2", "text": "Talks resume Monday.",
                         "published": "2016-09-05"})]
    out = [json.loads(x) for x in extract_jsonl(lines)]
    assert [o["doc_id"] for o in out] == ["d1", "d2"]
    assert out[0]["casualties"][0]["count_low"] == 2
    assert out[1]["dates"][0]["value"] == "2016-09-05"


def test_extract_jsonl_reads_arabic_lines_without_a_language_key() -> None:
    # A line with no "language" ran the English engines: nothing found in Arabic text.
    text = "قتل خمسة مدنيين في قصف على السوق يوم الأحد."
    line = json.dumps({"doc_id": "a1", "text": text, "published": "2026-03-04"},
                      ensure_ascii=False)
    out = json.loads(next(extract_jsonl([line])))
    assert out == {"doc_id": "a1", **extract(text, "2026-03-04")}
    assert out["casualties"] and out["casualties"][0]["count_low"] == 5
    forced = json.loads(next(extract_jsonl([json.dumps({"text": text, "language": "en"})])))
    assert forced["casualties"] == []


def test_extract_jsonl_bad_line_names_line_number() -> None:
    lines = [json.dumps({"doc_id": "ok", "text": "x", "published": None}), "{not json"]
    with pytest.raises(ValueError, match="line 2"):
        list(extract_jsonl(lines))
    with pytest.raises(ValueError, match="line 1"):
        list(extract_jsonl([json.dumps({"doc_id": "x"})]))


def test_dev_corpus_quality() -> None:
    if not DEV.exists():
        pytest.skip(f"dev corpus not found at {DEV}")
    result = evaluate(DEV)
    report = format_report(result)
    assert result["casualties"]["f1"] >= 0.90, report
    assert result["dates"]["f1"] >= 0.85, report
    assert result["statements"]["f1"] >= 0.80, report
