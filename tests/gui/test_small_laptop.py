"""The window on a small laptop screen (1024×640) and beside another window (900×600):
every main control in the window and not squeezed to nothing, the annotation form's
fields reachable by scrolling its pane, the tables' key columns in view, and a layout the
user chose still remembered. Found by rendering the window at these sizes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QApplication, QWidget

from workbench.gui.models.annotation_table_model import KEY, KIND, STATUS, TEXT


def _settle(qtbot) -> None:
    for _ in range(3):
        QApplication.processEvents()
        qtbot.wait(20)


def _select_figure(win, qtbot) -> dict:
    """The first document's first accepted casualty figure (a member of an incident)."""
    project = win.session.project
    doc = win.document_view.doc_id
    row = next(r for r in project.repo.annotations(doc_id=doc)
               if r["kind"] == "casualty" and r["status"] == "accepted")
    win.session.bus.select(row["id"], row["doc_id"], sender="test")
    _settle(qtbot)
    return row


def _at(window, qtbot, width: int, height: int):
    window.timeline  # noqa: B018 - built as after the first paint
    window.resize(width, height)
    _settle(qtbot)
    _select_figure(window, qtbot)
    assert window.incident_panel.incident_id is not None  # its incident is shown
    return window


@pytest.fixture
def small(window, qtbot):
    return _at(window, qtbot, 1024, 640)


def _in_window(win, widget: QWidget) -> QRect:
    """``widget``'s rectangle in the window's coordinates."""
    return QRect(widget.mapTo(win, QPoint(0, 0)), widget.size())


def _controls(win) -> dict[str, QWidget]:
    ap, tl, inc = win.annotation_panel, win.timeline, win.incident_panel
    f = ap.filters
    return {
        "search box": win.document_list.search_box, "document list": win.document_list.view,
        "document text": win.document_view, "whole project": f.whole_project,
        "suggestions": f.suggestions, "accept all": f.accept_all, "kind filter": f.kind,
        "status filter": f.status, "coder filter": f.coder, "text filter": f.text,
        "annotation table": ap.table, "annotation editor": ap.editor_scroll,
        "lane mode": tl.lane_combo, "filter by period": tl.period_button,
        "clear period": tl.clear_button, "fit": tl.fit_button, "timeline info": tl.info,
        "timeline plot": tl.plot_widget, "incident list": inc.list,
        "members in the table": inc.filter_box, "show rejected": inc.rejected_box,
        "incident sources": inc.source_view,
        "set best figure": inc.best_button, "status bar": win.statusBar(),
        "coder": win.coder_label, "counts": win.count_label,
    }


@pytest.mark.parametrize("size", [(900, 600), (1024, 640)])
def test_every_main_control_is_in_the_window(window, qtbot, size) -> None:
    # At 900 px the window's minimum width was 904 px (the timeline's bar kept its
    # whole "85 dated · 8 published" line, 518 px): its right edge was off the screen.
    small = _at(window, qtbot, *size)
    assert (small.width(), small.height()) == size
    inside = small.rect()
    for name, widget in _controls(small).items():
        assert widget.isVisible(), name
        rect = _in_window(small, widget)
        least = min(16, widget.fontMetrics().height())
        assert rect.width() >= 20 and rect.height() >= least, (name, rect)
        assert inside.contains(rect), (name, rect)
    # The buttons read whole; the timeline's line gives way with "…", whole in its tip.
    tl = small.timeline
    for button in (tl.period_button, tl.clear_button, tl.fit_button):
        assert button.fontMetrics().horizontalAdvance(button.text()) < button.width()
    if tl.info.elided():
        assert tl.info.toolTip() == tl.info.text()
        shown = tl.info.shown_text()
        assert tl.info.fontMetrics().horizontalAdvance(shown) <= tl.info.width()


@pytest.mark.parametrize("size", [(900, 600), (1024, 640)])
def test_the_window_fits_a_small_screen(window, qtbot, size) -> None:
    window.timeline  # noqa: B018
    window.resize(*size)
    _settle(qtbot)
    _select_figure(window, qtbot)
    hint = window.minimumSizeHint()
    assert hint.width() <= size[0] and hint.height() <= size[1]
    assert window.width() <= size[0] and window.height() <= size[1]


def test_the_text_filter_keeps_room_to_read_what_is_typed(small, qtbot) -> None:
    # It was 52 px wide ("Filter …") beside the three lists on a 400 px panel.
    f = small.annotation_panel.filters
    # Eight characters and the clear button (about as wide as the box is tall).
    least = f.text.fontMetrics().horizontalAdvance("n" * 8) + f.text.height()
    assert f.text.width() >= least
    assert f.text_below()  # on a row of its own under the lists
    # Wide again, it goes back beside them (no row spent on it).
    small.resize(1920, 1080)
    _settle(qtbot)
    assert not f.text_below()
    assert f.text.width() >= least
    y = f.kind.mapTo(f, QPoint(0, 0)).y()
    assert abs(f.text.mapTo(f, QPoint(0, 0)).y() - y) <= 2


def test_the_annotation_tables_key_columns_are_in_view(small) -> None:
    # Text and Key fields kept 220 px between them: Status was past the right edge.
    table = small.annotation_panel.table
    vp = table.viewport().width()
    for col in (KIND, TEXT, KEY, STATUS):
        x = table.columnViewportPosition(col)
        assert x >= 0 and x + table.columnWidth(col) <= vp, col
    # A cut cell's words are whole in its tool tip.
    model = table.model()
    row = table.currentIndex().row()
    tip = model.index(row, TEXT).data(Qt.ItemDataRole.ToolTipRole)
    assert tip and str(model.index(row, TEXT).data()) in tip


def test_document_titles_read_on_a_narrow_list(small) -> None:
    # At 1024 px the list is ~180 px: beside the date and the count the titles kept
    # ~40 px ("Bla…", "Qar…"). The count and the date give way; the tip has them.
    from workbench.gui.panes.document_list import TITLE_CHARS

    view = small.document_list.view
    header = view.horizontalHeader()
    assert header.sectionSize(0) >= view.fontMetrics().horizontalAdvance("n" * TITLE_CHARS)
    shown = [c for c in range(view.model().columnCount()) if not header.isSectionHidden(c)]
    assert sum(header.sectionSize(c) for c in shown) <= view.viewport().width() + 1
    assert header.isSectionHidden(3)
    doc = small.session.project.repo.documents()[0]
    tip = view.model().index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert f"published {doc['published']}" in tip
    count = view.model().index(0, 3).data()
    assert f"{count} annotation" in tip


def test_the_incident_sources_need_no_sideways_scrolling(small) -> None:
    # The quoted words kept their 150 px on a ~350 px detail: a scroll bar under the
    # rows, the words past the right edge.
    from workbench.gui.models.incident_source_model import WORDS

    view = small.incident_panel.source_view
    assert small.incident_panel.sources.rowCount() >= 1
    assert not view.horizontalScrollBar().isVisible()
    header = view.horizontalHeader()
    assert not header.isSectionHidden(WORDS)
    x = view.columnViewportPosition(WORDS)
    assert x >= 0 and x + view.columnWidth(WORDS) <= view.viewport().width() + 1
    assert view.columnWidth(WORDS) >= 40


def test_every_field_of_the_form_is_reachable_in_its_pane(small, qtbot) -> None:
    panel = small.annotation_panel
    editor, scroll = panel.editor, panel.editor_scroll
    editor.more.setChecked(True)  # the less-used fields too
    _settle(qtbot)
    viewport = scroll.viewport()
    assert viewport.height() >= 3 * editor.status.height()
    widgets = [inp.widget for inp in editor.inputs.values() if inp.widget.isVisibleTo(editor)]
    widgets += [editor.status, editor.memo, editor.links.add_button]
    assert len(widgets) >= 6
    bar = scroll.verticalScrollBar()
    for w in widgets:
        # Scrolled as far as the widget's top (or the end): all of it is then in view.
        bar.setValue(w.mapTo(editor, QPoint(0, 0)).y())
        _settle(qtbot)
        top = w.mapTo(viewport, QPoint(0, 0))
        assert top.y() >= 0 and top.y() + w.height() <= viewport.height(), w.objectName()
        assert top.x() >= 0 and top.x() + w.width() <= viewport.width(), w.objectName()


def test_the_timeline_buttons_shorten_on_a_narrow_pane_and_say_their_names(window,
                                                                          qtbot) -> None:
    tl = _at(window, qtbot, 900, 600).timeline
    period, clear = tl.period_button, tl.clear_button
    assert (period.text(), clear.text()) == ("Period", "Clear")
    assert period.toolTip().startswith("Filter by period: ")
    assert clear.toolTip() == "Clear period"
    # The counts line says what fits as a whole phrase ("85 dated"), all of it in its
    # tool tip.
    assert tl.info.elided() and tl.info.toolTip() == tl.info.text()
    dated = tl.info.text().split(" · ")[0]
    assert dated.endswith(" dated")
    shown = tl.info.shown_text()
    assert shown == dated or (shown.endswith("…") and dated.startswith(shown[:-1]))
    window.resize(1920, 1080)
    _settle(qtbot)
    assert (period.text(), clear.text()) == ("Filter by period", "Clear period")
    assert not period.toolTip().startswith("Filter by period")
    assert not tl.info.elided() and tl.info.toolTip() == ""


def test_the_timeline_grows_with_the_window(window, qtbot) -> None:
    # The pane replacing its placeholder lost the placeholder's stretch: 560 px at every
    # window width, so a 900 px window left the incidents pane its bare minimum.
    window.timeline  # noqa: B018
    window.resize(1280, 720)
    _settle(qtbot)
    narrow = window.timeline.width()
    window.resize(1920, 1080)
    _settle(qtbot)
    wide = window.timeline.width()
    assert wide > narrow + 100
    share = wide / (wide + window.incident_panel.width())
    assert 0.3 <= share <= 0.5


def test_a_layout_the_user_chose_is_restored(window, qtbot, demo_project) -> None:
    from workbench.gui.app import close_window, create_main_window

    window.timeline  # noqa: B018
    window.resize(1024, 640)
    _settle(qtbot)
    window.body.setSizes([300, 324, 400])
    window.outer.setSizes([450, 139])
    window.annotation_panel.split.setSizes([200, 100])
    _settle(qtbot)
    chosen = {n: s.sizes() for n, s in window._splitters()}
    settings = window.settings
    window.save_layout()
    again = create_main_window(demo_project, settings)
    again.show_dialogs = False
    # The offscreen screen is 800 px wide, and restoring the geometry fits the window to
    # it; a 1024 px laptop's screen would keep it as it was.
    again.resize(window.size())
    again.show()
    again.timeline  # noqa: B018
    _settle(qtbot)
    assert again.size() == QSize(1024, 640)
    restored = {n: s.sizes() for n, s in again._splitters()}
    for name in ("body", "outer", "annotations"):
        assert restored[name] == chosen[name], name
    close_window(again)


@pytest.mark.parametrize(("screen", "want"), [
    (QSize(1920, 1040), None), (QSize(1366, 728), QSize(1366, 728)),
    (QSize(1024, 600), QSize(1024, 600)), (QSize(), None)])
def test_a_first_start_opens_the_window_within_the_screen(screen, want) -> None:
    # 1440×900 on a 1366×768 laptop put the timeline's axis and the status bar below
    # the screen's edge.
    from workbench.gui.main_window import FIRST_SIZE, first_size

    assert first_size(screen) == (want or FIRST_SIZE)



TABLE_ROWS_AT_1024 = 6  # whole rows of the annotation table at 1024×640 (it was 3)


def test_the_annotation_table_keeps_rows_on_a_short_window(small) -> None:
    # The editor took three fifths of the panel and the bottom row 36 % of the window:
    # the table showed three rows at 1024×640. Status and Memo stay in view below it.
    panel = small.annotation_panel
    table = panel.table
    assert table.model().rowCount() > TABLE_ROWS_AT_1024
    assert table.viewport().height() // table.rowHeight(0) >= TABLE_ROWS_AT_1024
    viewport = panel.editor_scroll.viewport()
    for widget in (panel.editor.status, panel.editor.memo):
        top = widget.mapTo(viewport, QPoint(0, 0)).y()
        assert top >= 0 and top + widget.height() <= viewport.height(), widget.objectName()


@pytest.mark.parametrize("size", [(1280, 720), (1024, 640), (900, 600)])
def test_status_and_memo_need_no_scrolling(window, qtbot, size) -> None:
    # Under a claim's six fields they were 270 px down in a ~215 px editor at 1280×720.
    # Each kind's longest quote: a title of two lines puts them lower (at 900×600 the
    # memo's bottom edge was cut by a few pixels).
    window.timeline  # noqa: B018
    window.resize(*size)
    _settle(qtbot)
    panel = window.annotation_panel
    scroll, editor = panel.editor_scroll, panel.editor
    project = window.session.project
    kinds: dict[str, dict] = {}
    for row in project.repo.annotations():
        if len(row["exact"]) > len(kinds.get(row["kind"], {}).get("exact", "")):
            kinds[row["kind"]] = row
    assert {"claim", "casualty", "statement", "event"} <= set(kinds)
    for kind, row in kinds.items():
        window.session.bus.select(row["id"], row["doc_id"], sender="test")
        _settle(qtbot)
        assert scroll.verticalScrollBar().value() == 0, kind
        viewport = scroll.viewport()
        for widget in (editor.status, editor.memo):
            top = widget.mapTo(viewport, QPoint(0, 0)).y()
            assert top >= 0 and top + widget.height() <= viewport.height(), (kind, widget)


def _window_at(path, settings, qtbot, size):
    from workbench.gui.app import create_main_window

    win = create_main_window(path, settings)
    win.show_dialogs = False
    win.resize(*size)
    win.show()
    win.timeline  # noqa: B018
    _settle(qtbot)
    return win


def test_a_layout_left_on_a_small_window_is_not_kept_on_a_large_one(window, qtbot,
                                                                    demo_project,
                                                                    tmp_path) -> None:
    # Saved in pixels, a layout left at 1024×640 was scaled up as it was at 1600×1000:
    # the annotation panel at its 400 px least became two fifths of the width, the
    # viewer and the bottom row stayed cramped.
    from PySide6.QtCore import QSettings

    from workbench.gui.app import close_window
    from workbench.gui.settings import Settings

    window.timeline  # noqa: B018
    window.resize(1024, 640)
    _settle(qtbot)
    window.body.setSizes([300, 324, 400])
    window.outer.setSizes([450, 139])
    _settle(qtbot)
    chosen = {n: s.sizes() for n, s in window._splitters()}
    window.save_layout()
    large = _window_at(demo_project, window.settings, qtbot, (1600, 1000))
    fresh = _window_at(demo_project, Settings(QSettings(str(tmp_path / "new.ini"),
                                                        QSettings.Format.IniFormat)),
                       qtbot, (1600, 1000))
    got = {n: s.sizes() for n, s in large._splitters()}
    new = {n: s.sizes() for n, s in fresh._splitters()}
    for name in ("body", "outer", "bottom", "annotations"):
        assert all(abs(a - b) <= 2 for a, b in zip(got[name], new[name], strict=True)), (
            name, got[name], new[name])
    width = sum(got["body"])
    assert got["body"][2] / width < 0.36 and got["body"][1] / width > 0.45
    close_window(fresh)
    # Made small again, the window takes back the layout left at that size.
    large.resize(1024, 640)
    _settle(qtbot)
    for name in ("body", "outer"):
        assert getattr(large, name).sizes() == chosen[name], name
    close_window(large)


def test_a_new_annotations_first_field_is_scrolled_into_view(small, qtbot) -> None:
    # Status and Memo are above the fields: in a short editor the first field, where a
    # kind's key puts the cursor, can be below its bottom edge.
    from PySide6.QtTest import QTest

    from tests.gui.conftest import select_words

    select_words(small, "local officials")
    QTest.keyClick(small.document_view, Qt.Key.Key_S)
    _settle(qtbot)
    panel = small.annotation_panel
    field = QApplication.focusWidget()
    assert field is panel.editor.inputs[next(iter(panel.editor.inputs))].widget
    viewport = panel.editor_scroll.viewport()
    top = field.mapTo(viewport, QPoint(0, 0)).y()
    assert top >= 0 and top + field.height() <= viewport.height()


def test_a_layout_saved_by_an_earlier_version_is_restored(window, qtbot, demo_project) -> None:
    # Settings written before layouts were kept per window size hold each splitter's
    # state alone: those sizes are restored as they were, not a new window's.
    window.timeline  # noqa: B018
    window.resize(1024, 640)
    _settle(qtbot)
    window.body.setSizes([300, 324, 400])
    _settle(qtbot)
    chosen = window.body.sizes()
    window.save_layout()
    window.settings.q.remove("window/layouts")
    assert window.settings.window_layouts() is None
    again = _window_at(demo_project, window.settings, qtbot, (1024, 640))
    assert again.body.sizes() == chosen
    from workbench.gui.app import close_window

    close_window(again)
