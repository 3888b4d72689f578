"""core.ann_pages: the paged listing holds exactly what query.annotations lists."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.many_annotations import build
from workbench.core import ann_pages, query
from workbench.core.ann_pages import Listing, Snapshot
from workbench.core.query import AnnotationFilter


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    project, docs, ids = build(tmp_path_factory.mktemp("pages") / "p.wbproj")
    yield project, docs, ids
    project.close()


FILTERS = [
    AnnotationFilter(),
    AnnotationFilter(kinds=["casualty", "claim"]),
    AnnotationFilter(statuses=["suggested"]),
    AnnotationFilter(text="élodie"),  # casefolded, in a field value
    AnnotationFilter(text="WIRE"),  # in the memo
    AnnotationFilter(date_from="2025-03-01", date_to="2025-04-15"),
    AnnotationFilter(kinds=["statement"], date_from="2025-06-01"),
]


@pytest.mark.parametrize("flt", FILTERS)
def test_count_pages_and_ids_follow_query(world, flt):
    project, _docs, _ids = world
    want = [r["id"] for r in query.annotations(project, flt)]
    listing = Listing(flt)
    assert ann_pages.count(project, listing) == len(want)
    assert ann_pages.ids(project, listing) == want  # document order, as query gives it
    got = []
    for offset in range(0, len(want) + 1, 50):
        got += [r["id"] for r in ann_pages.page(project, listing, offset, 50)]
    assert got == want
    for pos in (0, len(want) // 2, len(want) - 1):
        if want:
            assert ann_pages.position(project, listing, want[pos]) == pos


def test_rows_are_decoded_like_repo_rows(world):
    project, _docs, ids = world
    row = ann_pages.page(project, Listing(AnnotationFilter(), ids=frozenset(ids[:1])), 0, 5)
    assert row == [project.repo.get("annotation", ids[0])]


def test_member_ids_and_documents_restrict(world):
    project, docs, ids = world
    some = frozenset(ids[::10])
    listing = Listing(AnnotationFilter(), ids=some, doc_ids=frozenset(docs[:1]))
    listed = ann_pages.ids(project, listing)
    assert set(listed) == {i for i in some
                           if project.repo.get("annotation", i)["doc_id"] == docs[0]}


@pytest.mark.parametrize("key", ann_pages.SORT_KEYS)
@pytest.mark.parametrize("descending", [False, True])
def test_sorted_positions_agree_with_pages(world, key, descending):
    project, _docs, _ids = world
    listing = Listing(AnnotationFilter(statuses=["accepted", "suggested"]), sort=key,
                      descending=descending)
    order = ann_pages.ids(project, listing)
    assert [r["id"] for r in ann_pages.page(project, listing, 40, 30)] == order[40:70]
    for pos in (0, 7, len(order) - 1):
        assert ann_pages.position(project, listing, order[pos]) == pos


def test_a_rejected_row_is_not_listed_under_a_status_filter(world):
    project, _docs, _ids = world
    listing = Listing(AnnotationFilter(statuses=["accepted"]))
    rejected = next(r["id"] for r in query.annotations(project)
                    if r["status"] == "rejected")
    assert ann_pages.position(project, listing, rejected) is None


def test_suggestions_by_kind(world):
    project, _docs, _ids = world
    flt = AnnotationFilter(statuses=["suggested"])
    want: dict[str, list[str]] = {}
    for r in query.annotations(project, flt):
        want.setdefault(r["kind"], []).append(r["id"])
    assert ann_pages.ids_by_kind(project, Listing(flt)) == want


@pytest.mark.parametrize("sort", [None, *ann_pages.SORT_KEYS])
@pytest.mark.parametrize("descending", [False, True])
def test_refresh_after_writes_equals_a_new_snapshot(tmp_path, sort, descending):
    import random

    from workbench.core.ops.annotations import (
        create_annotation,
        restore_annotations,
        set_status,
        trash_annotations,
        update_annotation,
    )

    project, docs, ids = build(tmp_path / "p.wbproj", n=150, seed=11)
    rng = random.Random(f"{sort}{descending}")
    listings = [Listing(AnnotationFilter(), sort=sort, descending=descending),
                Listing(AnnotationFilter(statuses=["accepted"], kinds=["casualty", "claim"]),
                        sort=sort, descending=descending)]
    snaps = [ann_pages.snapshot(project, li) for li in listings]
    trashed: list[str] = []
    for step in range(12):
        what = step % 6
        if what == 0:  # a new row, sometimes equal in key to others
            start = rng.randrange(0, 2000)
            cs = create_annotation(project, rng.choice(docs), "casualty", start, start + 9,
                                   {"outcome": "killed", "count_low": rng.randint(1, 9)})
            written = [cs.result]
            ids.append(cs.result)
        elif what == 1:  # status in and out of the filter
            written = rng.sample(ids, 3)
            set_status(project, written, rng.choice(("accepted", "rejected")))
        elif what == 2:  # a key field changes the row's place
            written = [rng.choice(ids)]
            row = project.repo.get("annotation", written[0])
            if row["kind"] == "casualty":
                n = rng.randint(0, 99)
                update_annotation(project, written[0], fields={"count_low": n, "count_high": n})
            else:
                update_annotation(project, written[0], memo=f"moved {step}")
        elif what == 3:
            written = rng.sample([i for i in ids if i not in trashed], 2)
            trash_annotations(project, written)
            trashed += written
        elif what == 4 and trashed:
            written = [trashed.pop()]
            restore_annotations(project, written)
        else:
            written = [rng.choice(ids)]
            update_annotation(project, written[0], kind="claim")
        for i, listing in enumerate(listings):
            snaps[i] = ann_pages.refresh(project, snaps[i], written)
            fresh = ann_pages.snapshot(project, listing)
            assert snaps[i].count == fresh.count
            assert snaps[i].per_doc == fresh.per_doc
            if fresh.order is None:
                assert snaps[i].order is None
            else:
                assert snaps[i].order.tolist() == fresh.order.tolist()
    project.close()


def test_refresh_of_many_or_purged_rows_counts_again(tmp_path, monkeypatch):
    project, _docs, ids = build(tmp_path / "p.wbproj", n=40, seed=5)
    listing = Listing(AnnotationFilter(), sort="text")
    snap = ann_pages.snapshot(project, listing)
    calls = []
    real = ann_pages.snapshot
    monkeypatch.setattr(ann_pages, "snapshot", lambda *a: calls.append(1) or real(*a))
    ann_pages.refresh(project, snap, ids[:3])
    assert calls == []  # a few written rows: placed, not sorted again
    ann_pages.refresh(project, snap, ["no-such-annotation"])
    assert calls == [1]
    monkeypatch.setattr(ann_pages, "REFRESH_MOST", 2)
    ann_pages.refresh(project, snap, ids[:3])
    assert calls == [1, 1]
    project.close()


@pytest.mark.parametrize("sort", [None, "kind", "key", "date", "document"])
def test_a_detached_snapshot_equals_the_snapshot(world, sort):
    import threading

    project, _docs, _ids = world
    listing = Listing(AnnotationFilter(statuses=["accepted", "suggested"],
                                       date_from="2025-02-01"), sort=sort, descending=True)
    job = ann_pages.DetachedSnapshot(project, listing)
    thread = threading.Thread(target=job.run)
    thread.start()
    thread.join()
    want = ann_pages.snapshot(project, listing)
    assert job.error is None and job.result is not None
    assert job.result.count == want.count and job.result.per_doc == want.per_doc
    assert (job.result.order is None) == (want.order is None)
    if want.order is not None:
        assert job.result.order.tolist() == want.order.tolist()


def test_a_detached_snapshot_says_why_it_failed_and_can_be_cancelled(world, tmp_path):
    project, _docs, _ids = world
    listing = Listing(AnnotationFilter(), sort="text")
    job = ann_pages.DetachedSnapshot(project, listing)
    job.path = tmp_path / "gone" / "p.wbproj"
    job.run()
    assert job.result is None and job.error and "could not be sorted" in job.error
    job = ann_pages.DetachedSnapshot(project, listing)
    job.cancel()
    job.run()
    assert job.result is None and job.error is None


def test_a_whole_documents_snapshot_equals_the_counted_one(tmp_path):
    from workbench.core.ops import documents as doc_ops

    project, docs, _ids = build(tmp_path / "p.wbproj")
    empty = project.repo.conn.execute("SELECT max(id) + 1 FROM documents").fetchone()[0]
    listings = [Listing(AnnotationFilter(doc_id=d)) for d in (*docs, empty)]
    for listing in listings:
        fast = ann_pages.snapshot(project, listing)
        assert fast == ann_pages._snapshot_on(project.repo.conn, listing, lambda: ([], []))
        assert fast.count == len(query.annotations(project, listing.flt))
    assert ann_pages.snapshot(project, listings[0]).count > 0
    # The viewer counted the document when it showed it: the table does not count again.
    project.repo.live_annotation_count(docs[2])
    seen: list[str] = []
    project.repo.conn.set_trace_callback(seen.append)
    ann_pages.snapshot(project, listings[2])
    project.repo.conn.set_trace_callback(None)
    assert seen and not any("count(" in sql for sql in seen)
    doc_ops.trash_document(project, docs[0])
    assert ann_pages.snapshot(project, listings[0]) == ann_pages._snapshot_on(
        project.repo.conn, listings[0], lambda: ([], [])) == Snapshot(listings[0], 0)
    # Filtered, restricted or sorted listings are counted as before.
    for other in (Listing(AnnotationFilter(doc_id=docs[1], kinds=["claim"])),
                  Listing(AnnotationFilter(doc_id=docs[1]), ids=frozenset()),
                  Listing(AnnotationFilter(doc_id=docs[1]), sort="text")):
        assert ann_pages._whole_document(other) is None
    assert ann_pages._whole_document(Listing(AnnotationFilter(doc_id=docs[1]))) == docs[1]
    project.close()


def test_ties_in_one_write_list_alike_in_every_reader(tmp_path):
    # One write reads the clock once, so its rows share created_at: rows on the same
    # span must still come in one order from the repo and from the paged listing.
    from workbench.core.ops.bulk import NewAnnotation, create_annotations
    from workbench.core.ops.importing import import_bytes
    from workbench.core.project import Project

    project = Project.create(tmp_path / "t.wbproj", coder="tester")
    try:
        doc = import_bytes(project, b"Report\n\nTwelve civilians were killed on Monday.",
                           "r.txt", {}, sandbox=False).doc_id
        items = [NewAnnotation(doc, "location", 8, 30, {"name": f"place {i}"})
                 for i in range(40)]
        create_annotations(project, items)
        for flt in (AnnotationFilter(), AnnotationFilter(kinds=["location", "claim"])):
            listed = [r["id"] for r in query.annotations(project, flt)]
            assert listed == sorted(listed)  # same span, same time: by id
            assert ann_pages.ids(project, Listing(flt)) == listed
    finally:
        project.close()


def test_the_text_filter_folds_as_search_does(tmp_path):
    """The filter bar's text (and ``annotations --text``) finds an Arabic quote, field or
    memo typed without harakat, tatweel or hamza carriers, as the search box does; both
    readers (the table's pages and query.annotations) list the same rows."""
    from tests.helpers import add_doc, make_project
    from workbench.core.ops.annotations import annotate_quote

    text = "قالَ المتحدثُ إنّ ثلاثةَ مدنيين قُتِلوا وإنّ آلافَ النازحين وصلوا إلى المدينة.\n"
    with make_project(tmp_path) as project:
        doc = add_doc(project, text, "bayan.txt")
        killed = annotate_quote(project, doc, "casualty", "ثلاثةَ مدنيين قُتِلوا",
                                {"outcome": "killed", "count_low": 3}).result
        fled = annotate_quote(project, doc, "claim", "آلافَ النازحين",
                              memo="المصدر: الـدفـاع المدني").result
        for typed, want in (("قتلوا", [killed]), ("ثلاثه مدنيين", [killed]),
                            ("الاف", [fled]), ("الدفاع", [fled]), ("KILLED", [killed]),
                            ("قصف", [])):
            flt = AnnotationFilter(text=typed)
            listed = [r["id"] for r in ann_pages.page(project, Listing(flt), 0, 10)]
            assert listed == want, typed
            assert [r["id"] for r in query.annotations(project, flt)] == want, typed


def test_the_key_fields_sort_by_an_actor_records_name_not_its_id(tmp_path):
    import threading

    from tests.helpers import add_doc
    from workbench.core.ops import actors as actor_ops
    from workbench.core.ops import annotations as ann_ops
    from workbench.core.ops import codebook as cb_ops
    from workbench.core.project import Project

    text = "Fighters of the Zarqa Front and the Amber Column met the Marsh Guard at dawn.\n"
    with Project.create(tmp_path / "p.wbproj") as project:
        # Made in this order, the records' ids sort Zarqa, Marsh, Amber.
        ids = {n: actor_ops.add_actor(project, n).result
               for n in ("Zarqa Front", "Marsh Guard", "Amber Column")}
        doc = add_doc(project, text)
        anns = {n: ann_ops.annotate_quote(project, doc, "actor", q,
                                          {"actor_id": ids[n]}).result
                for n, q in (("Marsh Guard", "Marsh Guard"), ("Zarqa Front", "Zarqa Front"),
                             ("Amber Column", "Amber Column"))}
        cb_ops.set_roles(project, "actor", summary=("actor_id",))
        listing = Listing(AnnotationFilter(), sort="key")

        def names_in_order(**kw):
            order = ann_pages.ids(project, replace(listing, **kw))
            return [n for a in order for n, i in anns.items() if i == a]

        assert names_in_order() == ["Amber Column", "Marsh Guard", "Zarqa Front"]
        assert names_in_order(descending=True) == ["Zarqa Front", "Marsh Guard",
                                                   "Amber Column"]
        # Renamed, the record sorts by its new name at the next sort; the snapshot a
        # thread reads agrees.
        actor_ops.update_actor(project, ids["Zarqa Front"], name="Abbey Front")
        assert names_in_order() == ["Zarqa Front", "Amber Column", "Marsh Guard"]
        job = ann_pages.DetachedSnapshot(project, listing)
        thread = threading.Thread(target=job.run)
        thread.start()
        thread.join()
        assert job.result is not None
        assert job.result.order.tolist() == ann_pages.snapshot(project, listing).order.tolist()
        # A written row is placed by its record's name, as a new sort would place it.
        snap = ann_pages.snapshot(project, listing)
        ann_ops.update_annotation(project, anns["Amber Column"],
                                  fields={"actor_id": ids["Zarqa Front"]})  # Abbey Front now
        fresh = ann_pages.refresh(project, snap, [anns["Amber Column"]])
        assert fresh.order.tolist() == ann_pages.snapshot(project, listing).order.tolist()
