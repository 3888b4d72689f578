"""The paged annotation table (whole project): Qt contract, paging, SQL sorting and
filtering, a selection far from the fetched pages, and a window that reads what it shows."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np
import pytest
from PySide6.QtCore import Qt

from tests.many_annotations import build
from workbench.core import query, repo, timeline_rows
from workbench.core.actor_names import RecordNames
from workbench.core.ann_pages import Listing
from workbench.core.query import AnnotationFilter
from workbench.gui.bus import Bus
from workbench.gui.models import annotation_page_model as paged
from workbench.gui.models.annotation_page_model import AnnotationPageModel
from workbench.gui.models.annotation_table_model import COLUMNS, TEXT, AnnotationTableModel
from workbench.gui.panes.annotation_panel import AnnotationPanel
from workbench.gui.panes.timeline_columns import build_marks_columns
from workbench.gui.panes.timeline_items import build_marks
from workbench.gui.session import Session


@pytest.fixture
def world(tmp_path, qapp):
    project, docs, ids = build(tmp_path / "p.wbproj")
    yield project, docs, ids
    project.close()


@pytest.fixture
def small_pages(monkeypatch):
    monkeypatch.setattr(paged, "PAGE", 25)
    monkeypatch.setattr(paged, "MAX_PAGES", 3)


def make(project, flt=None):
    model = AnnotationPageModel(project, lambda: project.codebook)
    model.set_documents(project.repo.document_titles())
    model.set_listing(Listing(flt or AnnotationFilter()))
    return model


def test_contract_with_paging_and_sorting(qtmodeltester, world, small_pages):
    project, _docs, _ids = world
    model = make(project, AnnotationFilter(kinds=["claim"]))
    qtmodeltester.check(model)
    model.sort(TEXT, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)


def test_reads_only_the_pages_it_is_asked_for(world, small_pages):
    project, _docs, _ids = world
    model = make(project)
    assert model.rowCount() == len(query.annotations(project))  # the count is SQL
    assert model.rows_read == 0
    model.data(model.index(0, 0))
    model.data(model.index(model.rowCount() - 1, 0))
    assert model.rows_read <= 2 * paged.PAGE
    for row in range(0, model.rowCount(), 10):
        model.data(model.index(row, TEXT))
    assert model.loaded_rows() <= paged.PAGE * paged.MAX_PAGES  # old pages are dropped


def test_roles_a_cell_never_answers_read_no_page(world):
    project, _docs, _ids = world
    model = make(project)
    for role in (Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.ForegroundRole,
                 Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.CheckStateRole):
        assert model.data(model.index(0, TEXT), role) is None
    assert model.rows_read == 0
    assert model.data(model.index(0, TEXT)) is not None
    assert model.rows_read > 0


def test_showing_a_selected_row_reads_about_a_screenful(world, qtbot):
    project, docs, _ids = world
    bus = Bus()
    panel = AnnotationPanel(Session(project, bus))
    qtbot.addWidget(panel)
    panel.resize(900, 700)
    panel.show()
    bus.select(None, docs[0], sender="doclist")
    panel.set_whole_project(True)
    near = panel.model.ids()[30]
    panel.page_model.rows_read = 0
    bus.select(near, docs[0], sender="viewer")
    panel.table.viewport().repaint()
    assert panel.model.row_at(panel.table.currentIndex().row())["id"] == near
    # A page or two around the row, not 200 rows read and decoded for ~20 shown.
    assert 0 < panel.page_model.rows_read <= 100


@pytest.mark.parametrize("column", range(len(COLUMNS)))
def test_sorting_in_sql_orders_rows_as_the_in_memory_table(world, small_pages, column):
    project, _docs, _ids = world
    flt = AnnotationFilter(statuses=["accepted", "suggested"])
    model = make(project, flt)
    mem = AnnotationTableModel(lambda: project.codebook)
    mem.set_documents(project.repo.document_titles())
    mem.set_rows(query.annotations(project, flt))
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        model.sort(column, order)
        mem.sort(column, order)
        shown = [model.data(model.index(r, column)) for r in range(model.rowCount())]
        assert shown == [mem.data(mem.index(r, column)) for r in range(mem.rowCount())]


def test_filters_and_counts_come_from_sql(world):
    project, _docs, _ids = world
    for flt in (AnnotationFilter(text="élodie"), AnnotationFilter(date_from="2025-05-01",
                                                                 date_to="2025-05-31")):
        model = make(project, flt)
        assert model.ids() == [r["id"] for r in query.annotations(project, flt)]
        assert model.rowCount() == len(model.ids())


def test_selection_elsewhere_shows_a_row_never_fetched(world, small_pages, qtbot):
    project, docs, _ids = world
    bus = Bus()
    panel = AnnotationPanel(Session(project, bus))
    qtbot.addWidget(panel)
    panel.resize(900, 700)
    bus.select(None, docs[0], sender="doclist")
    panel.set_whole_project(True)
    assert panel.model is panel.page_model
    panel.table.sortByColumn(TEXT, Qt.SortOrder.AscendingOrder)
    order = panel.model.ids()
    far = order[-3]  # in the last page: never scrolled to
    row = project.repo.get("annotation", far)
    bus.select(far, row["doc_id"], sender="viewer")
    assert panel.table.currentIndex().row() == len(order) - 3
    assert panel.model.row_at(panel.table.currentIndex().row())["id"] == far
    assert panel.editor.ann["id"] == far
    assert panel.page_model.loaded_rows() <= paged.PAGE * paged.MAX_PAGES
    panel.set_whole_project(False)
    assert panel.model is panel.doc_model


def test_an_edit_in_project_mode_refreshes_the_row_in_place(world, qtbot):
    from workbench.core.ops.annotations import update_annotation

    project, docs, _ids = world
    bus = Bus()
    session = Session(project, bus)
    panel = AnnotationPanel(session)
    qtbot.addWidget(panel)
    bus.select(None, docs[0], sender="doclist")
    panel.set_whole_project(True)
    target = panel.model.row_at(5)["id"]
    panel.select_annotation(target)
    resets: list[int] = []
    panel.model.modelReset.connect(lambda: resets.append(1))
    session.run(update_annotation, target, memo="checked twice", sender="test")
    assert panel.model.row_at(5)["memo"] == "checked twice"
    assert not resets and panel.table.currentIndex().row() == 5


def test_marks_from_columns_equal_marks_from_items(world):
    project, _docs, _ids = world
    cols = timeline_rows.timeline_columns(project)
    items = list(cols)  # the same items in the same order, read one by one
    for mode in ("kind", "actor"):
        a = build_marks(items, project.codebook, mode)
        b = build_marks_columns(cols, project.codebook, mode)
        assert a.lanes == b.lanes and a.kinds == b.kinds
        for name in ("item", "kind", "x", "x_end", "lane", "y", "size", "high_size",
                     "suggested"):
            assert np.array_equal(getattr(a, name), getattr(b, name), equal_nan=name in (
                "high_size",)), name
        some = [i.ann_id for i in items if i.status != "rejected"][4]
        assert b.by_ann[some] == a.by_ann[some]
        assert b.by_ann.get(next(i.ann_id for i in items if i.status == "rejected")) is None


def test_opening_the_window_does_not_read_every_annotation(world, qtbot, monkeypatch):
    """Structural, not timed: rows decoded while the window opens are bounded by what it
    shows (one document, a page), and the timeline reads columns in slices after the
    first paint."""
    from workbench.gui.main_window import MainWindow

    project, _docs, ids = world
    monkeypatch.setattr(timeline_rows, "CHUNK_ROWS", 100)
    decoded = []
    real = repo._decode
    monkeypatch.setattr(repo, "_decode", lambda r: (decoded.append(1), real(r))[1])
    window = MainWindow(Session(project, Bus()))
    qtbot.addWidget(window)
    window.show_dialogs = False
    assert window.timeline.loading()  # more than one slice: read after the first paint
    # The first document's rows (the table and the viewer share one read) and little else.
    per_doc = max(project.repo.stats()["annotations"] // 3, 1)
    assert len(decoded) < 1.5 * per_doc < len(ids)
    window.show()
    qtbot.waitUntil(lambda: not window.timeline.loading(), timeout=20000)
    assert len(decoded) < 1.5 * per_doc + 50  # the timeline decoded no rows
    shown = [i for i in query.timeline_items(project) if i.status != "rejected"]
    assert len(window.timeline.marks.items) == len(shown)
    window.backup_timer.stop()


def test_a_big_listing_is_sorted_in_a_thread_and_writes_meanwhile_are_placed(
        world, qtbot, monkeypatch):
    import threading

    from workbench.core import ann_pages
    from workbench.core.ops.annotations import set_status

    project, _docs, ids = world
    monkeypatch.setattr(paged, "BACKGROUND_ROWS", 100)  # the world's 600 rows are "big"
    model = make(project)
    release, ran_in = threading.Event(), []
    real_run = ann_pages.DetachedSnapshot.run

    def slow_run(job):  # a million rows: the read takes a while
        ran_in.append(threading.current_thread() is threading.main_thread())
        release.wait(10)
        real_run(job)

    monkeypatch.setattr(ann_pages.DetachedSnapshot, "run", slow_run)
    states: list[bool] = []
    model.sorting.connect(states.append)
    before = [model.row_at(i)["id"] for i in range(model.rowCount())]
    model.sort(TEXT, Qt.SortOrder.AscendingOrder)
    assert model.sorting_now() and states == [True]
    assert [model.row_at(i)["id"] for i in range(model.rowCount())] == before  # unchanged
    # A write while the thread reads: it must end up in its sorted place.
    set_status(project, [ids[3]], "rejected")
    model.patch_rows([], [ids[3]])
    release.set()
    assert model.wait_sorted(20_000)
    assert ran_in == [False] and states == [True, False]
    want = ann_pages.ids(project, model.listing)
    assert [model.row_at(i)["id"] for i in range(model.rowCount())] == want
    assert want != before


def test_a_new_listing_cancels_a_running_sort(world, qtbot, monkeypatch):
    from workbench.core import ann_pages

    project, _docs, _ids = world
    monkeypatch.setattr(paged, "BACKGROUND_ROWS", 250)  # all rows, not the claims
    model = make(project)
    model.sort(TEXT, Qt.SortOrder.AscendingOrder)
    first = model._job
    claims = Listing(AnnotationFilter(kinds=["claim"]))
    assert 0 < ann_pages.count(project, claims) <= 250
    model.set_listing(claims)  # small: sorted at once
    assert first is not None and first.cancelled
    assert not model.sorting_now()
    assert [model.row_at(i)["id"] for i in range(model.rowCount())] == ann_pages.ids(
        project, model.listing)
    qtbot.wait(50)  # the cancelled thread's end is ignored
    assert [model.row_at(i)["id"] for i in range(model.rowCount())] == ann_pages.ids(
        project, model.listing)


def test_sorted_by_key_fields_rows_follow_a_renamed_record(tmp_path, qapp):
    from tests.helpers import add_doc
    from workbench.core.ops import actors as actor_ops
    from workbench.core.ops import annotations as ann_ops
    from workbench.core.ops import codebook as cb_ops
    from workbench.core.project import Project
    from workbench.gui.models.annotation_table_model import KEY

    with Project.create(tmp_path / "p.wbproj") as project:
        zarqa = actor_ops.add_actor(project, "Zarqa Front").result
        amber = actor_ops.add_actor(project, "Amber Column").result
        doc = add_doc(project, "The Zarqa Front and the Amber Column met at dawn.\n")
        for quote, record in (("Zarqa Front", zarqa), ("Amber Column", amber)):
            ann_ops.annotate_quote(project, doc, "actor", quote, {"actor_id": record})
        cb_ops.set_roles(project, "actor", summary=("actor_id",))
        model = make(project)
        model.record_name = RecordNames(project)
        model.sort(KEY, Qt.SortOrder.AscendingOrder)
        shown = lambda: [model.data(model.index(r, KEY)) for r in range(model.rowCount())]  # noqa: E731
        assert shown() == ["Amber Column", "Zarqa Front"]
        actor_ops.update_actor(project, zarqa, name="Abbey Front")
        model.record_name.forget()
        model.names_changed()  # as the panel does on a write to the records
        assert shown() == ["Abbey Front", "Amber Column"]
