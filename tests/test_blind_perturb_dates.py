"""bench/blind/perturb_dates.py: each date transform's edits on small fictional texts, the
gold carried through them, a set scored, and the probes read."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

PATH = Path(__file__).resolve().parents[1] / "bench" / "blind" / "perturb_dates.py"
_spec = importlib.util.spec_from_file_location("workbench_bench_perturb_dates", PATH)
assert _spec and _spec.loader
dates = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = dates
_spec.loader.exec_module(dates)

PUBLISHED = "2026-09-16"


def _doc(text: str, *entries: tuple[str, str], published: str = PUBLISHED) -> dict:
    return {"doc_id": "fict-dates-1", "source": "fiction", "published": published,
            "text": text, "casualties": [], "statements": [],
            "dates": [{"evidence": e, "value": v} for e, v in entries]}


def _moved(doc: dict, name: str) -> tuple[dict, set[int]]:
    return dates.transform_doc(doc, name)


def test_ahead_swaps_the_predicate_and_carries_the_date() -> None:
    doc = _doc("Kessa votes soon. The vote is scheduled for 11 October.",
               ("11 October", "2026-10-11"))
    moved, touched = _moved(doc, "ahead")
    assert touched == {0}
    assert "is scheduled for" not in moved["text"]
    assert moved["text"].endswith("for 11 October.") or " 11 October." in moved["text"]
    assert moved["dates"][0]["evidence"] == "11 October"
    assert moved["dates"][0]["value"] == "2026-10-11"


def test_ahead_swaps_the_act_that_sets_the_event() -> None:
    doc = _doc("The council will hold a vote on 11 October.", ("11 October", "2026-10-11"))
    moved, touched = _moved(doc, "ahead")
    assert touched == {0}
    assert "will hold a vote on" not in moved["text"]
    assert "vote" in moved["text"] and moved["dates"][0]["evidence"] == "11 October"


def test_ahead_leaves_a_date_behind_publication_alone() -> None:
    doc = _doc("The vote was scheduled for 11 August.", ("11 August", "2026-08-11"))
    assert _moved(doc, "ahead")[1] == set()


def test_behind_swaps_the_past_event_and_tells_an_act_in_a_relative_clause() -> None:
    doc = _doc("The march took place on Saturday. Police said the attack on Monday was"
               " planned.", ("Saturday", "2026-09-12"), ("Monday", "2026-09-14"))
    moved, touched = _moved(doc, "behind")
    assert touched == {0, 1}
    assert "took place on Saturday" not in moved["text"]
    assert "the attack, which happened on Monday, was planned" in moved["text"]
    assert [d["evidence"] for d in moved["dates"]] == ["Saturday", "Monday"]


def test_frame_reports_a_sentence_keeping_its_tense() -> None:
    doc = _doc("The summit is set for 11 October. Kessa is calm.", ("11 October", "2026-10-11"))
    moved, touched = _moved(doc, "frame")
    assert touched == {0}
    assert moved["text"].startswith(("Officials said the summit is set",
                                     "The ministry announced that the summit is set"))
    assert moved["dates"][0]["evidence"] == "11 October"


def test_frame_leaves_reported_words_and_names_alone() -> None:
    doc = _doc("The mayor said the summit is set for 11 October. Kessa votes on Friday.",
               ("11 October", "2026-10-11"), ("Friday", "2026-09-18"))
    assert _moved(doc, "frame")[1] == set()


def test_headline_moves_the_event_after_its_date() -> None:
    doc = _doc("Council sets vote for October 11\nThe council met on Monday.",
               ("October 11", "2026-10-11"), ("Monday", "2026-09-14"))
    moved, touched = _moved(doc, "headline")
    assert touched == {0}
    assert moved["text"].startswith("Council sets October 11 vote\n")
    assert moved["dates"][0]["evidence"] == "October 11"
    doc = _doc("Gunmen kill two in attack on Saturday\nPolice said two men died.",
               ("Saturday", "2026-09-12"))
    moved, _ = _moved(doc, "headline")
    assert moved["text"].startswith("Gunmen kill two in Saturday's attack\n")
    assert moved["dates"][0]["evidence"] == "Saturday"


def test_schedule_tells_a_departure_in_the_present_by_its_number() -> None:
    doc = _doc("The convoy will leave on Friday. The troops will fly out on 2 October.",
               ("Friday", "2026-09-18"), ("2 October", "2026-10-02"))
    moved, touched = _moved(doc, "schedule")
    assert touched == {0, 1}
    assert moved["text"] == "The convoy leaves on Friday. The troops fly out on 2 October."
    assert [d["evidence"] for d in moved["dates"]] == ["Friday", "2 October"]


def test_schedule_leaves_a_month_and_a_day_behind_alone() -> None:
    doc = _doc("The court will sit in October. The team will leave on Monday.",
               ("October", "2026-10"), ("Monday", "2026-09-14"))
    assert _moved(doc, "schedule")[1] == set()


def test_a_set_is_scored_and_nothing_is_lost(tmp_path: Path, capsys) -> None:
    docs = [
        _doc("The vote is scheduled for 11 October. The march took place on Saturday."
             " The convoy will leave on Friday.",
             ("11 October", "2026-10-11"), ("Saturday", "2026-09-12"), ("Friday", "2026-09-18")),
        _doc("Council sets vote for October 11\nThe council met on Monday.",
             ("October 11", "2026-10-11"), ("Monday", "2026-09-14")),
    ]
    path = tmp_path / "fict.jsonl"
    path.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    scores, lost = dates.measure(path, list(dates.TRANSFORMS))
    assert (scores["none"].tp, scores["none"].fp, scores["none"].fn) == (5, 0, 0)
    for name in dates.TRANSFORMS:
        assert scores[name].tp == 5, name
        assert scores[name].touched >= 1, name
    assert lost == []
    assert dates.main([str(path), "--transform", "ahead", "--lost"]) == 0
    assert "pooled     ahead" in capsys.readouterr().out


def test_the_probes_are_read_right(capsys) -> None:
    assert dates.main(["--probes"]) == 0
    out = capsys.readouterr().out
    assert "MISS" not in out
    assert f"probes read right: {len(dates.PROBES)} of {len(dates.PROBES)}" in out
