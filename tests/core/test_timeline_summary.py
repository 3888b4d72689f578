"""core.timeline_summary: the counts per lane and day equal those of every mark read, the
marks of a range of days are exactly those meeting it, and both read the day index."""

from __future__ import annotations

from collections import Counter

import numpy as np
import pytest

from workbench.core import schema, timeline_rows, timeline_summary
from workbench.core.ops import documents as doc_ops
from workbench.core.project import Project


@pytest.fixture
def demo(demo_project):
    project = Project.open(demo_project)
    yield project
    project.close()


def _expected(cols: timeline_rows.TimelineColumns, mode: str) -> Counter:
    want: Counter = Counter()
    for i in range(len(cols)):
        if cols.status[i] == timeline_summary.REJECTED:
            continue
        if mode == "kind":
            want[(cols.kinds[cols.kind[i]], int(cols.start[i]))] += 1
        else:
            names = [cols.actor_names[a] for a in cols.actor[cols.actor_at[i]:cols.actor_at[i + 1]]]
            for name in dict.fromkeys(names) or [None]:
                want[(name, int(cols.start[i]))] += 1
    return want


def _got(dc: timeline_summary.DayCounts) -> Counter:
    got: Counter = Counter()
    for k, d, n in zip(dc.key.tolist(), dc.day.tolist(), dc.n.tolist(), strict=True):
        got[(dc.keys[k], d)] += n
    return got


@pytest.mark.parametrize("mode", ["kind", "actor"])
def test_counts_per_lane_and_day_equal_the_marks_read_one_by_one(demo, mode):
    cols = timeline_rows.timeline_columns(demo)
    dc = timeline_summary.day_counts(demo, mode)
    assert _got(dc) == _expected(cols, mode)
    assert dc.longest == int((cols.end - cols.start).max())
    assert sum(dc.per_key()) == dc.total == sum(_expected(cols, mode).values())


def test_a_search_and_a_trashed_document_narrow_the_counts(demo):
    cols = timeline_rows.timeline_columns(demo)
    doc = int(cols.doc_id[0])
    mine = cols.take(cols.doc_id == doc)
    assert _got(timeline_summary.day_counts(demo, "kind", {doc})) == _expected(mine, "kind")
    doc_ops.trash_document(demo, doc)
    others = timeline_rows.timeline_columns(demo)
    assert doc not in others.doc_id
    assert _got(timeline_summary.day_counts(demo, "kind")) == _expected(others, "kind")


def test_the_marks_of_a_range_of_days_are_those_meeting_it(demo):
    cols = timeline_rows.timeline_columns(demo)
    longest = timeline_summary.day_counts(demo).longest
    lo, hi = int(np.quantile(cols.start, 0.3)), int(np.quantile(cols.start, 0.6))
    got = timeline_summary.columns_between(demo, lo, hi, longest)
    meets = (cols.start <= hi) & (cols.end >= lo)
    assert got.rowid.tolist() == cols.rowid[meets].tolist()
    assert got.kinds and 0 < len(got) < len(cols)
    assert (got.end - got.start).max() >= 0


def test_the_counts_and_the_range_read_use_the_day_index(demo):
    seen: list[str] = []
    demo.conn.set_trace_callback(seen.append)
    timeline_summary.day_counts(demo)
    timeline_summary.columns_between(demo, 19000, 19100, 40)
    timeline_summary.entry_count(demo)
    demo.conn.set_trace_callback(None)
    reads = [s for s in seen if "FROM timeline_index" in s and "start_day" in s]
    assert len(reads) == 2
    for sql in reads:
        plan = " ".join(r[3] for r in demo.conn.execute("EXPLAIN QUERY PLAN " + sql))
        # Every column read is in the index: the table is never visited.
        assert f"COVERING INDEX {schema.DAY_INDEX}" in plan, plan
    counts = next(s for s in reads if "GROUP BY" in s)
    plan = " ".join(r[3] for r in demo.conn.execute("EXPLAIN QUERY PLAN " + counts))
    assert "TEMP B-TREE" not in plan  # grouped in the index's order, one pass


def test_day_of_an_annotation(demo):
    cols = timeline_rows.timeline_columns(demo)
    item = cols[0]
    assert timeline_summary.day_of(demo, item.ann_id) == int(cols.start[0])
    assert timeline_summary.day_of(demo, "no-such-id") is None


@pytest.mark.parametrize("mode", ["kind", "actor"])
def test_counts_read_in_another_thread_equal_the_counts(demo, mode):
    import threading

    job = timeline_summary.DetachedCounts(demo, mode)
    thread = threading.Thread(target=job.run)
    thread.start()
    thread.join()
    want = timeline_summary.day_counts(demo, mode)
    got = job.result
    assert job.error is None and got is not None
    assert got.keys == want.keys and got.longest == want.longest
    for name in ("key", "day", "n"):
        assert np.array_equal(getattr(got, name), getattr(want, name))


def test_published_dates_are_the_documents_with_one(demo):
    docs = demo.repo.documents(lengths=False)
    assert sorted(demo.repo.published_dates()) == sorted(
        d["published"] for d in docs if d["published"])
