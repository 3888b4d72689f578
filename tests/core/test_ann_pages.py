"""core.ann_pages: the paged listing holds exactly what query.annotations lists."""

from __future__ import annotations

import pytest

from tests.many_annotations import build
from workbench.core import ann_pages, query
from workbench.core.ann_pages import Listing
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
