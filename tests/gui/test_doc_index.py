"""MarkIndex: overlap queries, stacking lanes, navigation order."""

from __future__ import annotations

from workbench.gui.panes.doc_index import CHUNK, Mark, MarkIndex


def test_overlapping_finds_long_and_short_marks() -> None:
    whole = Mark("w", "event", 0, 10 * CHUNK)
    small = Mark("s", "claim", 5000, 5010)
    idx = MarkIndex([small, whole, Mark("x", "date", 9000, 9001)])
    assert [m.key for m in idx.overlapping(5005, 5006)] == ["w", "s"]
    assert [m.key for m in idx.overlapping(5010, 5020)] == ["w"]
    assert idx.overlapping(10 * CHUNK, 10 * CHUNK + 5) == []


def test_overlaps_get_different_lanes() -> None:
    idx = MarkIndex([Mark("a", "k", 0, 10), Mark("b", "k", 5, 15), Mark("c", "k", 12, 20)])
    lanes = {m.key: m.lane for m in idx.marks}
    assert lanes["a"] != lanes["b"] and lanes["c"] == lanes["a"]


def test_at_prefers_the_innermost() -> None:
    idx = MarkIndex([Mark("outer", "k", 0, 100), Mark("inner", "k", 10, 20)])
    assert [m.key for m in idx.at(15)] == ["inner", "outer"]


def test_neighbour_skips_rejected() -> None:
    idx = MarkIndex([Mark("a", "k", 0, 5), Mark("r", "k", 6, 8, "rejected"),
                     Mark("b", "k", 10, 12)])
    assert idx.neighbour("a", 0, 1).key == "b"
    assert idx.neighbour("b", 0, -1).key == "a"
    assert idx.neighbour(None, 7, 1).key == "b"
    assert idx.neighbour("b", 0, 1) is None


def test_columns_make_marks_only_for_what_is_asked() -> None:
    # 20,000 marks: loading makes none; a query over a screenful makes only those in it.
    rows = [(f"k{i}", "k", i * 5, i * 5 + 12, "accepted") for i in range(20_000)]
    rows.append(("whole", "k", 0, 100_000, "accepted"))  # one long mark over everything
    idx = MarkIndex.from_rows(reversed(rows))
    assert len(idx) == 20_001 and idx.made == 0
    found = idx.overlapping(50_000, 52_000)
    assert found[0].key == "whole" and len(found) == 1 + 402
    assert idx.made == len(found)
    assert "k7" in idx.by_key and idx.by_key["k7"].start == 35 and idx.made == len(found) + 1


def test_lanes_match_one_sweep_whatever_the_order_of_questions() -> None:
    rows = [(f"k{i}", "k", (i * 7) % 300, (i * 7) % 300 + 1 + i % 40, "accepted")
            for i in range(400)]
    late_first = MarkIndex.from_rows(rows)
    late_first.overlapping(250, 260)  # a late range first: lanes are swept up to it
    eager = MarkIndex([Mark(*r) for r in rows])
    assert [m.lane for m in late_first.marks] == [m.lane for m in eager.marks]


def test_the_first_lookup_scans_and_a_second_builds_the_map() -> None:
    idx = MarkIndex.from_rows([(f"id{i}", "k", i * 3, i * 3 + 2, "accepted")
                               for i in range(500)], ordered=True)
    assert idx.by_key["id250"].start == 750  # the annotation selected: no map of 500
    assert idx._positions is None
    assert "nope" not in idx.by_key and idx._positions is not None  # a click, a step
    assert idx.position("id499") == 499 and idx.position("id0") == 0
    fresh = MarkIndex.from_rows([("a", "k", 0, 1, "accepted")], ordered=True)
    assert fresh.by_key.get("missing") is None and fresh.position("a") == 0
