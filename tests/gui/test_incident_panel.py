"""The incidents pane on the demo project with incidents: list, detail, links, key I,
drag and drop, review, the incident filter and the timeline's Incidents lane."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from workbench.core.incidents import model
from workbench.gui.models import incident_list_model as L
from workbench.gui.models import incident_source_model as S
from workbench.gui.panes.timeline_incidents import LANE_LABEL
from workbench.gui.session import Session

from .incident_helpers import add_demo_incidents, window_with_incidents


@pytest.fixture
def win(demo_project, qtbot):
    yield from window_with_incidents(demo_project, qtbot)


def _row(win, title: str) -> int:
    m = win.incident_panel.model
    return next(i for i in range(m.rowCount()) if m.row_at(i)["title"] == title)


def _ann(session: Session, start: str) -> dict:
    return next(a for a in session.project.repo.annotations() if a["exact"].startswith(start))


def test_list_shows_title_date_place_tally_and_conflict(win, qtmodeltester) -> None:
    m = win.incident_panel.model
    qtmodeltester.check(m)
    pos = _row(win, "Civilian deaths in Ushkar province")
    text = m.data(m.index(pos, L.TITLE))
    assert text.splitlines() == ["Civilian deaths in Ushkar province",
                                 "killed 54–85 or more (best 60, sources disagree) · 2 sources"]
    assert m.data(m.index(pos, L.DATE)) == "2026-03"
    assert m.data(m.index(pos, L.PLACE)) == "Ushkar province"
    tip = m.data(m.index(pos, L.TITLE), Qt.ItemDataRole.ToolTipRole)
    assert "Sources disagree on killed" in tip and "at least 85" in tip and "about 60" in tip
    # The conflict marker differs from a plain incident's; a suggestion is italic.
    calm = _row(win, "Drone strike on a wedding in Belcari")
    icon = m.data(m.index(pos, L.TITLE), Qt.ItemDataRole.DecorationRole)
    assert icon.cacheKey() == m._icons[(True, False)].cacheKey()
    assert m.data(m.index(calm, L.TITLE), Qt.ItemDataRole.DecorationRole).cacheKey() \
        == m._icons[(False, False)].cacheKey()
    sug = _row(win, "Dunmere rally shooting")
    assert m.data(m.index(sug, L.TITLE), Qt.ItemDataRole.FontRole).italic()
    assert m.data(m.index(calm, L.TITLE), Qt.ItemDataRole.FontRole) is None


def test_source_row_click_selects_its_annotation_in_the_viewer(win) -> None:
    pane = win.incident_panel
    pane.select_incident(pane.model.row_at(_row(win, "Civilian deaths in Ushkar province"))["id"])
    src = pane.sources
    assert src.rowCount() == 2
    pubs = [src.data(src.index(i, S.PUBLISHER)) for i in range(2)]
    assert pubs == ["Monitoring Group for Civilian Harm", "Ushkar Wire"]
    assert src.data(src.index(1, S.FIGURE)) == "killed ≥85"
    assert src.data(src.index(1, S.QUALIFIER)) == "at least"
    assert src.data(src.index(1, S.COUNTED)) == "yes"
    target = src.row_at(1)
    pane.source_view.setCurrentIndex(src.index(1, 0))
    bus = win.session.bus
    assert bus.selection.ann_id == target["ann_id"] and bus.selection.sender is pane
    assert win.document_view.doc_id == target["doc_id"]
    assert win.document_view.textCursor().selectedText().startswith("at least 85 civilians")


def test_selecting_a_member_anywhere_highlights_its_incident(win) -> None:
    session, pane = win.session, win.incident_panel
    ann = _ann(session, "killed between 10 and 15")
    session.bus.select(ann["id"], ann["doc_id"], sender="test")
    inc = model.incident_of(session.project, ann["id"])
    assert session.bus.incident.incident_id == inc and pane.incident_id == inc
    assert pane.list.currentIndex().row() == pane.model.row_of(inc)
    assert pane.title.text() == "Drone strike on a wedding in Belcari"
    assert pane.source_view.currentIndex().row() == pane.sources.row_of(ann["id"])
    # An annotation outside every incident keeps the current incident (for key I).
    free = _ann(session, "arrested at least 40")
    session.bus.select(free["id"], free["doc_id"], sender="test")
    assert session.bus.incident.incident_id == inc


def test_key_i_creates_an_incident_then_adds_to_it(win, qtbot) -> None:
    session, view = win.session, win.document_view
    first, second = _ann(session, "arrested at least 40"), _ann(session, "31 people were")
    session.bus.select_incident(None, sender="test")
    session.bus.select(first["id"], first["doc_id"], sender="test")
    before = len(model.list_incidents(session.project))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_I)
    new = model.incident_of(session.project, first["id"])
    assert new is not None and len(model.list_incidents(session.project)) == before + 1
    inc = model.get_incident(session.project, new)
    assert inc["title"].startswith("arrested at least 40 men — ")
    assert inc["start_date"] == "2026-03-16"
    assert session.bus.incident.incident_id == new
    assert win.incident_panel.model.row_of(new) is not None  # the list has it at once
    # The table: select the second annotation's row and press I there.
    panel = win.annotation_panel
    session.bus.select(second["id"], second["doc_id"], sender="test")
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_I)
    assert model.member_ids(session.project, new) == [first["id"], second["id"]]
    assert "Added 1 annotation" in win.statusBar().currentMessage()


def test_undoing_a_new_incident_leaves_no_other_incident_current_for_key_i(win) -> None:
    session, view, pane = win.session, win.document_view, win.incident_panel
    first, second = _ann(session, "arrested at least 40"), _ann(session, "31 people were")
    session.bus.select_incident(None, sender="test")
    session.bus.select(first["id"], first["doc_id"], sender="test")
    others = {pane.model.row_at(i)["id"] for i in range(pane.model.rowCount())}
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_I)
    made = session.bus.incident.incident_id
    assert made not in others
    win.actions_["undo"].trigger()
    # The list lost the row: Qt made a neighbour current, the pane published it, and
    # the next key I put an unrelated figure into that incident.
    assert session.bus.incident.incident_id not in others
    assert pane.incident_id not in others
    session.bus.select(second["id"], second["doc_id"], sender="test")
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_I)
    assert model.incident_of(session.project, second["id"]) not in others
    assert win.statusBar().currentMessage().startswith("New incident")


def test_key_i_moves_a_member_of_another_incident_and_says_so(win) -> None:
    session = win.session
    belcari = _ann(session, "killed between 10 and 15")
    target = win.incident_panel.model.row_at(_row(win, "Qarsel market blast"))["id"]
    session.bus.select(belcari["id"], belcari["doc_id"], sender="test")
    session.bus.select_incident(target, sender="test")
    win.actions_["add_to_incident"].trigger()
    assert model.incident_of(session.project, belcari["id"]) == target
    assert "Moved 1 annotation from “Drone strike" in win.statusBar().currentMessage()


def test_drag_from_the_table_onto_an_incident_adds_members(win) -> None:
    session, panel, pane = win.session, win.annotation_panel, win.incident_panel
    ann = _ann(session, "arrested at least 40")
    session.bus.select(ann["id"], ann["doc_id"], sender="test")
    tm = panel.model
    idx = tm.index(tm.row_of(ann["id"]), 1)
    assert tm.flags(idx) & Qt.ItemFlag.ItemIsDragEnabled
    data = tm.mimeData([idx, tm.index(idx.row(), 0)])
    assert L.decode_ids(data) == [ann["id"]]
    pos = _row(win, "Attack on the Ein Zafra aid convoy")
    inc_id = pane.model.row_at(pos)["id"]
    assert pane.model.canDropMimeData(data, Qt.DropAction.CopyAction, -1, -1,
                                      pane.model.index(pos, 0))
    pane.model.dropMimeData(data, Qt.DropAction.CopyAction, -1, -1, pane.model.index(pos, 0))
    assert ann["id"] in model.member_ids(session.project, inc_id)
    assert not pane.model.canDropMimeData(data, Qt.DropAction.CopyAction, -1, -1, QModelIndex())


def test_enter_accepts_and_delete_rejects_a_suggested_incident(win, qtbot) -> None:
    session, pane = win.session, win.incident_panel
    pos = _row(win, "Dunmere rally shooting")
    inc_id = pane.model.row_at(pos)["id"]
    pane.list.setCurrentIndex(pane.model.index(pos, 0))
    pane.list.setFocus()
    qtbot.keyClick(pane.list, Qt.Key.Key_Return)
    assert model.get_incident(session.project, inc_id)["status"] == "open"
    assert pane.model.row_at(pane.model.row_of(inc_id))["status"] == "open"
    assert "1 suggested" not in pane.count_label.text()
    # Delete on a reviewed incident does nothing; on a suggestion it rejects it.
    qtbot.keyClick(pane.list, Qt.Key.Key_Delete)
    assert model.get_incident(session.project, inc_id)["status"] == "open"
    with session.project.write("test:suggest") as tx:
        tx.update("incident", inc_id, {"status": "suggested"})
    session.bus.publish(tx.changeset, sender="test")
    pane.list.setCurrentIndex(pane.model.index(pane.model.row_of(inc_id), 0))
    qtbot.keyClick(pane.list, Qt.Key.Key_Delete)
    assert pane.model.row_of(inc_id) is None
    assert model.incident_of(session.project, _ann(session, "One protester")["id"]) is None
    # Rejected, not merely trashed: the suggester remembers the grouping it must not repeat.
    assert model.get_incident(session.project, inc_id, live=False)["status"] == "rejected"


def test_incident_filter_narrows_the_annotation_table(win) -> None:
    session, pane, panel = win.session, win.incident_panel, win.annotation_panel
    pane.select_incident(pane.model.row_at(_row(win, "Civilian deaths in Ushkar province"))["id"])
    pane.filter_box.setChecked(True)
    ids = set(panel.model.ids())
    assert ids == set(model.member_ids(session.project, pane.incident_id)) and len(ids) == 2
    assert not panel.filters.incident.isHidden()
    pane.select_incident(pane.model.row_at(_row(win, "Qarsel market blast"))["id"])
    assert len(panel.model.ids()) == 7
    panel.filters.incident_clear.click()
    assert session.bus.incident_filter.ann_ids is None
    assert len(panel.model.ids()) > 7


def test_a_change_retallies_only_the_touched_incident(win) -> None:
    from workbench.core.ops.annotations import update_annotation

    session, pane = win.session, win.incident_panel
    m = pane.model
    for i in range(m.rowCount()):
        m.data(m.index(i, L.TITLE))
    cache = session.tallies
    done = cache.computed
    ann = _ann(session, "killed between 10 and 15")
    session.run(update_annotation, ann["id"], fields={"count_high": 16}, sender="test")
    for i in range(m.rowCount()):
        m.data(m.index(i, L.TITLE))
    assert cache.computed - done <= 2  # Belcari (and the timeline's read of it), no others
    pos = _row(win, "Drone strike on a wedding in Belcari")
    assert "killed 10–16" in m.data(m.index(pos, L.TITLE))


def test_timeline_has_an_incident_lane_with_whiskers(win) -> None:
    tl = win.timeline
    tl.incidents.finish()
    ticks = tl.plot.getAxis("left")._tickLevels[0]
    assert ticks[-1][1] == LANE_LABEL
    assert len(tl.incidents) == 5
    # Incidents with low < high: Qarsel 12–21, Ein Zafra 7–9, Ushkar 54–85, Belcari 10–15.
    assert tl.incidents.whisker_count == 4
    xs, ys = tl.incidents.whiskers.getData()
    assert len(xs) == 8 and (ys[0::2] != ys[1::2]).all()
    i = next(n for n, r in enumerate(tl.incidents.rows) if r["title"].startswith("Drone"))
    x, y = float(tl.incidents.x[i]), float(tl.incidents.y[i])
    assert "killed 10–15" in tl.tooltip_at(x, y)
    assert tl.click_at(x, y) == tl.incidents.rows[i]["id"]
    assert win.incident_panel.title.text() == "Drone strike on a wedding in Belcari"


def test_source_table_shows_only_for_a_current_incident(win) -> None:
    pane = win.incident_panel
    pane.incident_id = None
    pane._show_detail()
    assert pane.source_view.isHidden()
    assert pane.title.text() == "No incident selected"
    QApplication.processEvents()
    # The hint sits under its heading, not in the middle of the emptied pane.
    assert pane.meta.geometry().top() - pane.title.geometry().bottom() <= 8
    assert pane.meta.height() <= 4 * pane.meta.fontMetrics().height()
    pane.select_incident(pane.model.row_at(_row(win, "Qarsel market blast"))["id"])
    assert not pane.source_view.isHidden()
    assert pane.sources.rowCount() > 0


def test_incident_tables_show_whole_headings(win) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QStyle

    pane = win.incident_panel
    for view in (pane.list, pane.source_view):
        header, model = view.horizontalHeader(), view.model()
        margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        for col in range(model.columnCount() - 1):  # the last one stretches
            label = str(model.headerData(col, Qt.Orientation.Horizontal))
            need = header.fontMetrics().horizontalAdvance(label) + 2 * margin
            assert need <= header.sectionSize(col), label


def test_sources_that_disagree_are_settled_in_the_pane_with_a_reason(win) -> None:
    from workbench.gui.dialogs.best_figure import BestFigureDialog

    session, pane = win.session, win.incident_panel
    inc_id = pane.model.row_at(_row(win, "Civilian deaths in Ushkar province"))["id"]
    pane.select_incident(inc_id)
    assert pane.best_button.isVisibleTo(pane)
    tally = session.tallies.get(inc_id)
    dialog = BestFigureDialog(tally, "Civilian deaths in Ushkar province", pane)
    assert dialog.outcome.currentData() == "killed" and dialog.value.value() == 60
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not ok.isEnabled()  # no reason given yet
    dialog.value.setValue(85)
    dialog.memo.setText("The later report counts the hospital's list")
    assert ok.isEnabled()
    assert dialog.chosen() == ("killed", 85, "The later report counts the hospital's list")

    assert pane.set_best(*dialog.chosen())
    assert "best 85" in pane.tally_label.text()
    pos = _row(win, "Civilian deaths in Ushkar province")
    assert "best 85" in pane.model.data(pane.model.index(pos, L.TITLE))
    assert model.get_incident(session.project, inc_id)["best"]["killed/all"]["value"] == 85
    assert not pane.set_best("killed", 70, "  ")  # the core wants a reason
    assert "memo" in win.statusBar().currentMessage()
    win.actions_["undo"].trigger()
    assert "best 60" in pane.tally_label.text()


@pytest.mark.parametrize("size", [(1600, 1000), (1280, 720)])
def test_the_best_figure_button_keeps_a_margin_from_the_panes_right_edge(win, size) -> None:
    # The detail's layout had no right margin: "Set best figure…" (and the source table)
    # touched the pane's right edge, which is the window's; the list's bar and the
    # timeline's keep 4 px.
    pane = win.incident_panel
    win.resize(*size)
    pane.select_incident(pane.model.row_at(_row(win, "Civilian deaths in Ushkar province"))["id"])
    QApplication.processEvents()
    assert pane.best_button.isVisible()
    for widget in (pane.best_button, pane.source_view):
        box = widget.rect().translated(widget.mapTo(pane, QPoint(0, 0)))
        assert pane.rect().contains(box), widget.objectName()
        assert pane.width() - 1 - box.right() >= 4, widget.objectName()


def test_trashing_a_member_or_its_report_updates_the_member_count(win) -> None:
    from workbench.core.ops.annotations import trash_annotations
    from workbench.core.ops.documents import trash_document

    session, m = win.session, win.incident_panel.model

    def members(title: str) -> tuple[int, str]:
        pos = _row(win, title)
        tip = m.data(m.index(pos, L.TITLE), Qt.ItemDataRole.ToolTipRole)
        listed = next(r["members"] for r in model.list_incidents(session.project)
                      if r["title"] == title)
        return listed, next(line for line in tip.splitlines() if "member annotations" in line)

    assert members("Qarsel market blast") == (7, "7 member annotations")
    toll = _ann(session, "rose to 21")
    session.run(trash_annotations, [toll["id"]], sender="test")
    assert members("Qarsel market blast") == (6, "6 member annotations")
    win.undo()
    assert members("Qarsel market blast") == (7, "7 member annotations")
    # A trashed report takes its figures out of every incident's count (a document change).
    first = _ann(session, "killing at least 12")
    session.run(trash_document, first["doc_id"], sender="test")
    listed, line = members("Qarsel market blast")
    assert listed < 7 and line == f"{listed} member annotations"


def test_an_incident_without_figures_says_how_to_add_them(win) -> None:
    from workbench.core.incidents.ops import create_incident

    session, pane = win.session, win.incident_panel
    out = session.run(create_incident, "Night raid on Tarsin", sender="test")
    pane.select_incident(str(out.changes.result))
    assert pane.title.text() == "Night raid on Tarsin"
    # One sentence instead of an empty grid of headings under "no figures · 0 sources".
    assert pane.source_view.isHidden() and pane.best_button.isHidden()
    assert pane.tally_label.text() == ("No figures yet: select annotations and press I, "
                                       "or drop them on this incident.")
    from workbench.gui.incident_actions import add_to_incident

    other = _ann(session, "An explosion ripped")
    add_to_incident(session, [other["id"]], sender="test", target=str(out.changes.result))
    assert not pane.source_view.isHidden()
    assert pane.sources.rowCount() == 1


def test_the_current_incident_is_ringed_on_the_timeline(win) -> None:
    tl, pane = win.timeline, win.incident_panel
    tl.incidents.finish()
    ring = tl.incidents.ring
    ushkar = pane.model.row_at(_row(win, "Civilian deaths in Ushkar province"))["id"]
    pane.select_incident(ushkar)
    i = next(n for n, r in enumerate(tl.incidents.rows) if r["id"] == ushkar)
    xs, ys = ring.getData()
    # One ring, on the diamond of the incident chosen in the list (two share this date).
    assert list(xs) == [tl.incidents.x[i]] and list(ys) == [tl.incidents.y[i]]
    # A click on another diamond moves it there.
    j = next(n for n, r in enumerate(tl.incidents.rows)
             if r["title"] == "Drone strike on a wedding in Belcari")
    tl.click_at(tl.incidents.x[j], tl.incidents.y[j])
    assert list(ring.getData()[0]) == [tl.incidents.x[j]]
    pane.incident_id = None
    win.session.bus.select_incident(None, sender="test")
    assert len(ring.getData()[0]) == 0


def _visual_order(tip: str, needle: str, marks: list[int]) -> list[float]:
    """x of the characters at ``marks`` in the tip's line holding ``needle``, laid out as
    a tool tip lays it out (a plain-text document: each line its own paragraph, whose
    direction its first strong character decides)."""
    from PySide6.QtGui import QTextDocument

    doc = QTextDocument()
    doc.setPlainText(tip)
    doc.setTextWidth(4000)
    doc.size()  # lays it out
    block = doc.findBlockByNumber(next(i for i, s in enumerate(tip.splitlines())
                                       if needle in s))
    line = block.layout().lineAt(0)
    return [line.cursorToX(i)[0] for i in marks]


def test_an_arabic_source_reads_in_order_in_the_conflict_tip(win) -> None:
    from workbench.core.ops.annotations import update_annotation
    from workbench.core.ops.documents import update_metadata

    session, m = win.session, win.incident_panel.model
    fig = _ann(session, "قُتل ما لا يقل")
    session.run(update_metadata, fig["doc_id"], publisher="صوت عين زفرة", sender="test")
    # "at least 12" against "between 7 and 9": the sources disagree on killed.
    session.run(update_annotation, fig["id"], fields={"count_low": 12, "count_best": 12},
                sender="test")
    tip = m.data(m.index(_row(win, "Attack on the Ein Zafra aid convoy"), L.TITLE),
                 Qt.ItemDataRole.ToolTipRole)
    line = next(s for s in tip.splitlines() if "زفرة" in s)
    # Laid out left to right as written: publisher, colon, figure, the quoted words.
    # Before, the line took the direction of the Arabic publisher and read backwards from
    # the quote to the publisher, the figure's dash and ellipsis on the wrong side of 12.
    pub = line.index("صوت")
    colon = line.index(":", pub)
    digit = line.index("12", colon)
    quote = line.index("“", digit)
    words = line.index("قُتل", quote)
    *publisher, c, d, d2, q, w = _visual_order(
        tip, "زفرة", [*range(pub, pub + len("صوت عين زفرة")), colon, digit, digit + 2, quote,
                      words])
    assert max(publisher) <= c < d < d2 < q <= w


def test_the_reason_for_a_best_figure_set_by_hand_is_shown_with_the_tally(win) -> None:
    pane = win.incident_panel
    inc_id = pane.model.row_at(_row(win, "Civilian deaths in Ushkar province"))["id"]
    pane.select_incident(inc_id)
    assert "set by the researcher" not in pane.tally_label.text()
    assert pane.set_best("killed", 85, "The later report counts the hospital's list")
    # The reason, as the report's rule gives it, under the tally line (it was nowhere in
    # the window once the dialog closed).
    lines = pane.tally_label.text().splitlines()
    assert lines[0].startswith("killed 54–85 or more (best 85")
    assert lines[1:] == ["killed best 85: set by the researcher: The later report counts "
                         "the hospital's list"]
    win.undo()
    assert pane.tally_label.text().splitlines() == [
        "killed 54–85 or more (best 60, sources disagree) · 2 sources"]


def test_the_conflict_tip_writes_an_open_figure_as_the_detail_does(win) -> None:
    m = win.incident_panel.model
    tip = m.data(m.index(_row(win, "Civilian deaths in Ushkar province"), L.TITLE),
                 Qt.ItemDataRole.ToolTipRole)
    plain = [line.translate({0x200E: None, 0x2068: None, 0x2069: None}).strip()
             for line in tip.splitlines()]
    # "at least 85" is ≥85 as in the source table ("killed ≥85"); it read "85–…", a range
    # with its end cut off. The monitor's civilians-only figure is a floor of the total.
    assert "Ushkar Wire: ≥85  “at least 85 civilians had been killed”" in plain
    assert any(line.startswith("Monitoring Group for Civilian Harm: ≥54  ") for line in plain)


def test_the_list_tip_of_an_undated_incident_of_one_member(win) -> None:
    from workbench.core.incidents.ops import create_incident

    session, m = win.session, win.incident_panel.model
    claim = _ann(session, "claimed responsibility")
    session.run(create_incident, "Claim for the Qarsel blast", members=[claim["id"]],
                sender="test")
    tip = m.data(m.index(_row(win, "Claim for the Qarsel blast"), L.TITLE),
                 Qt.ItemDataRole.ToolTipRole)
    # As the detail writes it ("no date · no place"); the line began " · — · open".
    assert tip.splitlines()[1] == "no date · no place · open"
    assert tip.splitlines()[2] == "1 member annotation"  # was "1 member annotations"


def test_the_pane_says_which_counted_figures_the_report_leaves_out(win) -> None:
    """The pane counts unreviewed suggestions; a line under the tally says how many and
    gives the report's line, and the source table marks them. Each line equals the
    report's summary for the same statuses (default: accepted; None: not rejected)."""
    import re

    from workbench.core.ops.annotations import set_status
    from workbench.core.report import report_html

    session, pane = win.session, win.incident_panel
    inc_id = pane.model.row_at(_row(win, "Qarsel market blast"))["id"]
    pane.select_incident(inc_id)
    assert not pane.review_label.isVisibleTo(pane)  # every figure reviewed: no line
    suggestion = _ann(session, "Between 60 and 70")["id"]
    assert session.run(set_status, [suggestion], "suggested", sender=None).ok
    assert session.run(set_status, [_ann(session, "47 wounded")["id"]], "rejected",
                       sender=None).ok

    def summary(statuses=("accepted",)) -> str:
        page = report_html(session.project, [inc_id], figure_statuses=statuses)
        return re.search(r"<th>Summary</th><td>(.*?)</td>", page).group(1)

    assert pane.tally_label.text() == summary(None) == \
        "killed 12–21 (best 12) · wounded 24–70 (best 24, vague) · 2 sources"
    assert pane.review_label.isVisibleTo(pane)
    assert pane.review_label.text() == (
        "1 of 4 counted figures is an unreviewed suggestion, left out of the report and "
        f"exports, which read: {summary()}")
    assert summary() == "killed 12–21 (best 12) · wounded 24 or more (vague) · 2 sources"
    row = pane.sources.row_of(suggestion)
    src = pane.sources
    assert src.data(src.index(row, S.COUNTED)) == "yes, unreviewed"
    assert src.data(src.index(row, S.COUNTED), Qt.ItemDataRole.FontRole).italic()
    # The document's own words stay upright: an oblique face has no Arabic glyphs, and
    # an Arabic quote of an unreviewed figure read as empty boxes at 1280×720.
    for col in (S.PUBLISHER, S.WORDS, S.SOURCE):
        assert not src.data(src.index(row, col), Qt.ItemDataRole.FontRole).italic()
    assert "report and exports leave it out" in src.data(src.index(row, S.WORDS),
                                                         Qt.ItemDataRole.ToolTipRole)
    # Accepted, it reaches the report: the line goes and both views agree.
    assert session.run(set_status, [suggestion], "accepted", sender=None).ok
    assert not pane.review_label.isVisibleTo(pane)
    assert pane.tally_label.text() == summary()


def test_merging_away_the_current_incident_moves_the_pane_to_the_kept_one(win) -> None:
    """A merge of the incident on screen into another (published to this window, as an
    adopted or redone change is) shows the kept incident and says so; it left the pane
    with "No incident selected"."""
    from workbench.core.incidents.ops import merge_incidents

    session, pane = win.session, win.incident_panel
    absorbed = pane.model.row_at(_row(win, "Civilian deaths in Ushkar province"))["id"]
    kept = pane.model.row_at(_row(win, "Drone strike on a wedding in Belcari"))["id"]
    pane.select_incident(absorbed)
    assert session.run(merge_incidents, kept, absorbed, sender=None).ok
    assert pane.incident_id == kept and session.bus.incident.incident_id == kept
    assert pane.title.text() == "Drone strike on a wedding in Belcari"
    assert pane.list.currentIndex().row() == _row(win, "Drone strike on a wedding in Belcari")
    assert pane.sources.row_of(_ann(session, "about 60 civilian")["id"]) is not None
    assert win.statusBar().currentMessage() == (
        "“Civilian deaths in Ushkar province” was merged into “Drone strike on a wedding "
        "in Belcari”; showing that incident.")
    # Trashing the current incident is no merge: nothing else is made current.
    other = pane.model.row_at(_row(win, "Qarsel market blast"))["id"]
    pane.select_incident(other)
    from workbench.core.incidents.ops import trash_incident
    assert session.run(trash_incident, other, sender=None).ok
    assert pane.title.text() == "No incident selected"


def test_the_source_table_says_a_figure_a_later_report_superseded(tmp_path, qapp):
    # The pane's source table reads the tally: Monday's 3 is listed as not counted and
    # why, Tuesday's revised 14 is counted.
    from tests.core.incidents.helpers import figure, report
    from tests.helpers import make_project
    from workbench.core.incidents.ops import create_incident
    from workbench.core.incidents.tally import tally

    with make_project(tmp_path) as p:
        a = report(p, "Three people were killed.\n", name="a.txt", published="2026-03-02")
        b = report(p, "The toll rose to 14.\n", name="b.txt", published="2026-03-03")
        fa = figure(p, a, "Three people were killed", count_low=3)
        fb = figure(p, b, "rose to 14", count_low=14)
        inc = create_incident(p, "Strike", members=[fa, fb]).result
        rows = {r["ann_id"]: r for r in S.build_rows(model.members(p, inc), tally(p, inc))}
    assert rows[fb]["counted"] == "yes"
    assert rows[fa]["counts"] is False
    assert rows[fa]["counted"] == ("no: superseded by the revised toll of a later report "
                                   f"(document {b})")


def test_the_conflict_tip_says_a_report_disagrees_with_itself(tmp_path) -> None:
    # A headline's "12 killed" and the body's "at least 14": the tip named no conflict
    # (the tally kept 14 silently); now it says the report's own figures disagree.
    from tests.core.incidents.helpers import figure, report
    from tests.helpers import make_project
    from workbench.core.incidents.ops import create_incident
    from workbench.core.incidents.tally import tally

    with make_project(tmp_path) as p:
        doc = report(p, "12 killed in the port\n\nAt least 14 were killed.\n",
                     name="a.txt", publisher="Harbour Wire")
        a = figure(p, doc, "12 killed", count_low=12, qualifier="exact")
        b = figure(p, doc, "At least 14 were killed", count_low=14, qualifier="at_least")
        tip = L.conflict_text(tally(p, create_incident(p, "Port", members=[a, b]).result))
    plain = [line.translate({0x200E: None, 0x2068: None, 0x2069: None}).strip()
             for line in tip.splitlines()]
    assert plain[0] == "A report's own figures disagree on killed:"
    assert plain[1].startswith("Harbour Wire: ≥14 (its own figures disagree)  “12 killed”")


def test_the_tally_line_and_a_loop_note_are_shown_whole_at_1280x720(demo_project, qtbot):
    # A part_of loop (stored by a merge or an older project) adds a note under the tally
    # line. The label was held to the height of its text laid out on one wide line: at
    # 1280×720 the detail is ~300 px wide and the line and the note were cut off.
    from workbench.core import clock
    from workbench.core.project import Project
    from workbench.gui.app import close_window, create_main_window

    project = Project.open(demo_project)
    ids = add_demo_incidents(project)
    wounded = _ann_of(project, "wounding dozens")["id"]
    admitted = _ann_of(project, "47 wounded")["id"]
    with project.write("test:loop") as tx:
        for a, b in ((wounded, admitted), (admitted, wounded)):
            tx.insert("link", {"id": clock.new_id(), "source_id": a, "target_id": b,
                               "type": "part_of", "coder": project.coder,
                               "created_at": tx.time()})
    project.close()
    w = create_main_window(demo_project)
    w.show_dialogs = False
    w.resize(1280, 720)
    w.show()
    qtbot.waitExposed(w)
    try:
        pane = w.incident_panel
        pane.select_incident(ids["Qarsel market blast"])
        QApplication.processEvents()
        label = pane.tally_label
        assert "in a loop" in label.text()
        assert label.height() >= label.heightForWidth(label.width())
        assert label.visibleRegion().boundingRect().height() >= label.heightForWidth(
            label.width())
    finally:
        close_window(w)


def _ann_of(project, start: str) -> dict:
    return next(a for a in project.repo.annotations() if a["exact"].startswith(start))


def test_a_figure_is_taken_out_of_its_incident_in_the_pane(win, qtbot) -> None:
    """A figure added to the wrong incident: Delete on its source row (or the row's
    context menu) takes it out, the tally follows, and Ctrl+Z puts it back. The window
    had no way to do it but an undo at once."""
    session, pane = win.session, win.incident_panel
    inc = pane.model.row_at(_row(win, "Civilian deaths in Ushkar province"))["id"]
    pane.select_incident(inc)
    src = pane.sources
    wrong = src.row_at(1)
    assert "85" in pane.tally_label.text()
    assert pane.remove_action in pane.source_view.actions()
    pane.source_view.setCurrentIndex(src.index(1, 0))
    pane.source_view.setFocus()
    qtbot.keyClick(pane.source_view, Qt.Key.Key_Delete)
    assert model.incident_of(session.project, wrong["ann_id"]) is None
    assert session.project.repo.get("annotation", wrong["ann_id"])["deleted_at"] is None
    assert src.rowCount() == 1 and src.row_of(wrong["ann_id"]) is None
    assert "85" not in pane.tally_label.text()
    assert pane.model.row_at(pane.model.row_of(inc))["members"] == 1
    assert win.statusBar().currentMessage().startswith("Took “at least 85 civilians")
    session.undo(sender="test")
    assert model.incident_of(session.project, wrong["ann_id"]) == inc
    assert src.rowCount() == 2 and "85" in pane.tally_label.text()


def test_key_i_on_figures_of_which_some_were_elsewhere_is_one_undo(win) -> None:
    """Key I on a free figure and one of another incident added the first and moved
    the second in two writes: one Ctrl+Z left the free figure in the incident."""
    session, pane = win.session, win.incident_panel
    free = _ann(session, "arrested at least 40")
    belcari = _ann(session, "killed between 10 and 15")
    before = model.incident_of(session.project, belcari["id"])
    target = pane.model.row_at(_row(win, "Qarsel market blast"))["id"]
    steps = len(session.project.undo_stack)
    from workbench.gui.incident_actions import add_to_incident

    assert add_to_incident(session, [free["id"], belcari["id"]], sender="test",
                           target=target) == target
    assert {model.incident_of(session.project, a["id"]) for a in (free, belcari)} == {target}
    assert len(session.project.undo_stack) == steps + 1
    assert "Added 1 annotation" in win.statusBar().currentMessage()
    assert "moved 1 annotation from “Drone strike" in win.statusBar().currentMessage()
    session.undo(sender="test")
    assert model.incident_of(session.project, free["id"]) is None
    assert model.incident_of(session.project, belcari["id"]) == before
    # With no current incident, the new one takes both in one write as well.
    session.bus.select_incident(None, sender="test")
    made = add_to_incident(session, [free["id"], belcari["id"]], sender="test")
    assert {model.incident_of(session.project, a["id"]) for a in (free, belcari)} == {made}
    session.undo(sender="test")
    assert model.incident_of(session.project, belcari["id"]) == before
    assert model.incident_of(session.project, free["id"]) is None


def test_the_source_table_says_a_figure_a_reimport_left_orphaned(tmp_path, qapp):
    """A figure whose sentence a corrected copy cut stays counted; its row said nothing
    of it, as if the report still held the words."""
    from tests.core.incidents.helpers import figure
    from tests.helpers import make_project
    from workbench.core.incidents.ops import create_incident
    from workbench.core.incidents.tally import tally
    from workbench.core.ops.documents import import_file, reimport

    path = tmp_path / "wire.txt"
    path.write_text("It killed 7 civilians, medics said. The army wounded 3 soldiers.\n",
                    encoding="utf-8")
    with make_project(tmp_path) as p:
        doc = import_file(p, path).doc_id
        cut = figure(p, doc, "killed 7 civilians", count_low=7)
        kept = figure(p, doc, "wounded 3 soldiers", "wounded", count_low=3)
        inc = create_incident(p, "Strike", members=[cut, kept]).result
        path.write_text("Medics spoke. The army wounded 3 soldiers.\n", encoding="utf-8")
        reimport(p, doc, path)
        src = S.IncidentSourceModel()
        src.set_rows(S.build_rows(model.members(p, inc), tally(p, inc)))
    words = {src.row_at(i)["ann_id"]: src.data(src.index(i, S.WORDS)) for i in range(2)}
    assert words == {cut: "killed 7 civilians (not in this version)",
                     kept: "wounded 3 soldiers"}
    tip = src.data(src.index(src.row_of(cut), S.WORDS), Qt.ItemDataRole.ToolTipRole)
    assert tip.endswith("Not in this version of the document: a re-import left these "
                        "words orphaned.")


def test_an_incident_restored_or_made_takes_its_place_in_date_order(win) -> None:
    """The list is in date order (``list_incidents``); an incident restored from the
    trash, or made, was appended at the bottom, out of order until the project was
    opened again, where it jumped elsewhere."""
    from workbench.core.incidents.ops import create_incident
    from workbench.core.ops.trash import restore_items, trash_items

    session, m = win.session, win.incident_panel.model

    def listed() -> list[str]:
        return [m.row_at(i)["id"] for i in range(m.rowCount())]

    def stored() -> list[str]:
        return [r["id"] for r in model.list_incidents(session.project)]

    first = listed()[0]
    assert session.run(trash_items, [("incident", first)], sender="test").ok
    assert session.run(restore_items, [("incident", first)], sender="test").ok
    assert listed() == stored() and listed()[0] == first
    assert session.run(create_incident, "Earlier shelling", start_date="2026-01-05",
                       sender="test").ok
    assert listed() == stored()
    assert m.row_at(0)["title"] == "Earlier shelling"


def test_the_highlighted_row_stays_the_incident_the_detail_shows(win) -> None:
    """The current incident trashed, Qt moved the list's highlight to a neighbour; once
    it was restored the detail showed it again while the list still highlighted the
    neighbour, so a researcher read one incident's figures under another's row."""
    from workbench.core.ops.trash import restore_items, trash_items

    session, pane = win.session, win.incident_panel
    inc_id = pane.model.row_at(_row(win, "Qarsel market blast"))["id"]
    pane.select_incident(inc_id)

    def highlighted() -> list[str]:
        return [pane.model.row_at(i.row())["id"]
                for i in pane.list.selectionModel().selectedRows()]

    assert highlighted() == [inc_id]
    assert session.run(trash_items, [("incident", inc_id)], sender="test").ok
    assert highlighted() == []  # nothing else looks chosen
    assert session.run(restore_items, [("incident", inc_id)], sender="test").ok
    assert pane.incident_id == inc_id and pane.title.text() == "Qarsel market blast"
    assert highlighted() == [inc_id]


def test_an_incident_whose_date_is_edited_moves_to_its_place_and_stays_chosen(
        win, qtmodeltester) -> None:
    """The list is in date order; an incident given another date stayed where it was
    (the row was only repainted) until the project was opened again."""
    from workbench.core.incidents.ops import update_incident

    session, pane, m = win.session, win.incident_panel, win.incident_panel.model
    qtmodeltester.check(m)
    inc_id = m.row_at(_row(win, "Qarsel market blast"))["id"]
    pane.select_incident(inc_id)

    def listed() -> list[str]:
        return [m.row_at(i)["id"] for i in range(m.rowCount())]

    def stored() -> list[str]:
        return [r["id"] for r in model.list_incidents(session.project)]

    def highlighted() -> list[str]:
        return [m.row_at(i.row())["id"] for i in pane.list.selectionModel().selectedRows()]

    assert listed().index(inc_id) < len(listed()) - 1  # not already the last
    assert session.run(update_incident, inc_id, start_date="2026-04-20", sender="test").ok
    assert listed() == stored() and listed()[-1] == inc_id
    assert pane.incident_id == inc_id and pane.title.text() == "Qarsel market blast"
    assert highlighted() == [inc_id]
    assert pane.list.currentIndex().row() == m.row_of(inc_id)
    assert session.run(update_incident, inc_id, start_date="2026-01-02", sender="test").ok
    assert listed() == stored() and listed()[0] == inc_id and highlighted() == [inc_id]
    assert session.undo(sender="test").ok  # back to 20 April: the last row again
    assert listed() == stored() and listed()[-1] == inc_id and highlighted() == [inc_id]
    # In a list too short to show every row, the moved row is scrolled into view.
    pane.list.setFixedHeight(pane.list.rowHeight(0) * 2 + pane.list.horizontalHeader().height())
    pane.list.scrollToBottom()
    assert session.run(update_incident, inc_id, start_date="2026-01-02", sender="test").ok
    QApplication.processEvents()
    shown = pane.list.visualRect(m.index(m.row_of(inc_id), 0))
    assert listed()[0] == inc_id and pane.list.viewport().rect().contains(shown.center())


def test_the_pane_lists_a_vague_figure_with_no_number(tmp_path, qapp):
    # "Dozens" coded with no count: the source table says it gives no number (it read
    # "killed", beside a tally line of "killed 5" that looked complete); the tally line
    # says the high is open and why.
    from tests.core.incidents.helpers import figure, report
    from tests.helpers import make_project
    from workbench.core.incidents.ops import create_incident
    from workbench.core.incidents.tally import tally

    with make_project(tmp_path) as p:
        a = report(p, "Five people were killed at the weir.\n", name="a.txt")
        b = report(p, "Dozens died at the weir.\n", name="b.txt")
        five = figure(p, a, "Five people were killed", count_low=5, qualifier="exact")
        dozens = figure(p, b, "Dozens died", qualifier="vague")
        inc = create_incident(p, "Weir", members=[five, dozens]).result
        t = tally(p, inc)
        rows = {r["ann_id"]: r for r in S.build_rows(model.members(p, inc), t)}
    assert rows[dozens]["figure"] == "killed, no number"
    assert rows[dozens]["counted"] == "yes"
    assert rows[five]["figure"] == "killed 5"
    assert t.describe().startswith("killed 5 or more (vague, a report gives no number)")
