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


def _lazy_over(rows: list) -> tuple[MarkIndex, list[tuple[int, int | None]]]:
    """A lazy index reading ``rows`` (in index order) and the reads it asked for."""
    reads: list[tuple[int, int | None]] = []

    def fetch(bound: int, upto: int | None) -> tuple[list, int | None]:
        reads.append((bound, upto))
        got = [r for r in rows if r[2] >= bound and (upto is None or r[2] < upto)]
        last = max((r[2] for r in rows), default=-1)  # past it: nothing is left
        return got, None if upto is None or upto > last else upto

    return MarkIndex.lazy(fetch), reads


def _dense_rows(n: int) -> list:
    # Overlapping marks of many lengths, a few of them long (checked apart), in order.
    rows = [(f"k{i}", "k", (i * 37) % 60_000, (i * 37) % 60_000 + 1 + (i * 13) % 90
             + (3 * CHUNK if i % 97 == 0 else 0), "accepted") for i in range(n)]
    return sorted(rows, key=lambda r: (r[2], -r[3], r[0]))


def test_a_lazy_index_reads_only_as_far_as_asked_and_answers_as_a_full_one() -> None:
    rows = _dense_rows(3000)
    full = MarkIndex.from_rows(rows, ordered=True)
    lazy, reads = _lazy_over(rows)
    assert reads == [] and not lazy.known_empty
    near = lazy.overlapping(100, 400)
    assert [(m.key, m.lane) for m in near] == [(m.key, m.lane) for m in
                                               full.overlapping(100, 400)]
    assert 0 < lazy.read < len(rows) and not lazy.complete  # the start only
    # Later stretches, in any order: the same marks in the same lanes as a full read.
    for start in (20_000, 5_000, 30_000, 200):
        assert ([(m.key, m.lane) for m in lazy.overlapping(start, start + 700)]
                == [(m.key, m.lane) for m in full.overlapping(start, start + 700)])
    assert [m.key for m in lazy.at(30_100)] == [m.key for m in full.at(30_100)]
    assert lazy.read < len(rows) and len(reads) < 10
    assert ([(m.key, m.lane) for m in lazy.overlapping(59_000, 61_000)]
            == [(m.key, m.lane) for m in full.overlapping(59_000, 61_000)])
    assert len(lazy) == len(rows) and lazy.complete  # len() reads the rest
    assert [(m.key, m.lane) for m in lazy.marks] == [(m.key, m.lane) for m in full.marks]


def test_a_lazy_index_reads_on_for_a_key_or_a_step_beyond_what_it_read() -> None:
    rows = _dense_rows(2000)
    lazy, _ = _lazy_over(rows)
    lazy.overlapping(0, 50)
    last = rows[-1][0]
    assert lazy.read_mark(last) is None  # not read yet, and read_mark reads no more
    assert not lazy.complete
    assert lazy.by_key[last].key == last and lazy.complete
    stepper, _ = _lazy_over(rows)
    first = stepper.first()
    assert first is not None and first.key == rows[0][0] and not stepper.complete
    full = MarkIndex.from_rows(rows, ordered=True)
    assert stepper.neighbour(rows[-2][0], 0, 1).key == full.neighbour(rows[-2][0], 0, 1).key


def test_a_lazy_index_of_no_rows_is_known_empty_once_read() -> None:
    lazy, reads = _lazy_over([])
    assert not lazy.known_empty  # unknown until read
    assert lazy.overlapping(0, 10) == [] and lazy.first() is None
    assert lazy.known_empty and lazy.complete and len(reads) == 1
