"""Edit → Trash…: list, filter, sort and restore through the session and the bus; and a
document moved to the trash from the document list and back, the panes following."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication

from workbench.core.incidents import ops as inc_ops
from workbench.core.ops import annotations as ann_ops
from workbench.core.ops import documents as doc_ops
from workbench.gui.dialogs.trash import TrashDialog
from workbench.gui.models.trash_model import DOC_TRASHED_MARK


def _trashed(session):
    """The small project's English report's figure and statement trashed, the Arabic
    report trashed, one incident made and trashed; the undo history emptied (a new
    session: only the trash brings them back)."""
    p = session.project
    docs = {d["title"]: d["id"] for d in p.repo.documents()}
    report, arabic = docs["Shelling report"], docs["بيان"]
    anns = {a["kind"]: a["id"] for a in p.repo.annotations(doc_id=report)}
    figure, said = anns["casualty"], anns["statement"]
    inc = inc_ops.create_incident(p, "Market shelling").result
    ann_ops.trash_annotations(p, [figure, said])
    doc_ops.trash_document(p, arabic)
    inc_ops.trash_incident(p, inc)
    p.undo_stack.clear()
    return report, arabic, figure, said, inc


def p_time(session, entity, key):
    return session.project.repo.get(entity, key)["deleted_at"]


def _dialog(session, qtbot):
    dialog = TrashDialog(session)
    qtbot.addWidget(dialog)
    dialog.resize(980, 560)
    dialog.show()
    return dialog


def _column(dialog, col):
    m = dialog.model
    return [m.data(m.index(r, col)) for r in range(m.rowCount())]


def _row(dialog, key):
    return dialog.model.row_of(key)


def test_lists_what_is_in_the_trash(session, qtbot):
    _report, arabic, figure, _said, inc = _trashed(session)
    dialog = _dialog(session, qtbot)
    assert dialog.model.rowCount() == 4
    assert dialog.count_label.text() == "4 items in the trash"
    rows = {dialog.model.key(r): [dialog.model.data(dialog.model.index(r, c))
                                  for c in range(6)] for r in range(4)}
    assert rows[("document", arabic)][:4] == ["Document", "بيان", "", "0 annotations"]
    fig = rows[("annotation", figure)]
    assert fig[:3] == ["Casualty figure", "killed at least 12 civilians", "Shelling report"]
    assert "12" in fig[3] and "killed" in fig[3]
    assert fig[5] == "tester" and fig[4][:4].isdigit()
    assert rows[("incident", inc)][:2] == ["Incident", "Market shelling"]
    # Newest first (the incident was trashed last, perhaps within the same millisecond).
    times = [dialog.model.item(r).trashed_at for r in range(4)]
    assert times == sorted(times, reverse=True)
    assert times[0] == p_time(session, "incident", inc)
    # Nothing selected yet: nothing to restore, nothing to show.
    assert not dialog.restore_button.isEnabled() and not dialog.show_button.isEnabled()


def _trashed_with_its_document(p) -> tuple[int, str]:
    """An annotation of the Arabic report, trashed, then the report trashed too."""
    arabic = next(d["id"] for d in p.repo.documents() if d["title"] == "بيان")
    ann = ann_ops.annotate_quote(p, arabic, "casualty", "ثلاثةَ مدنيين").result
    ann_ops.trash_annotations(p, [ann])
    doc_ops.trash_document(p, arabic)
    return arabic, ann


def test_an_annotation_on_a_trashed_document_says_so(session, qtbot):
    p = session.project
    _arabic, ann = _trashed_with_its_document(p)
    dialog = _dialog(session, qtbot)
    cell = dialog.model.index(_row(dialog, ("annotation", ann)), 2)
    assert dialog.model.data(cell) == f"{DOC_TRASHED_MARK}بيان"
    assert "out of sight until its document" in dialog.model.data(
        cell, Qt.ItemDataRole.ToolTipRole)


def test_filter_by_part_and_words_and_sort_by_column(session, qtbot):
    _report, _arabic, figure, said, _inc = _trashed(session)
    dialog = _dialog(session, qtbot)
    labels = [dialog.part.itemText(i) for i in range(dialog.part.count())]
    assert labels[:4] == ["Everything", "Documents", "Annotations", "Incidents"]
    assert "Annotations: Statement" in labels and "Annotations: Claim" not in labels
    dialog.part.setCurrentIndex(dialog.part.findData("annotation"))
    assert {dialog.model.key(r) for r in range(dialog.model.rowCount())} == {
        ("annotation", figure), ("annotation", said)}
    assert dialog.count_label.text() == "2 of 4 items in the trash"
    dialog.search_box.setText("PROVINCIAL")
    dialog.apply_filters()  # what the pause in typing does
    assert [dialog.model.key(r) for r in range(dialog.model.rowCount())] == [
        ("annotation", said)]
    dialog.search_box.setText("")
    dialog.part.setCurrentIndex(0)
    dialog.apply_filters()
    dialog.view.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # the words
    words = _column(dialog, 1)
    assert words == sorted(words, key=str.casefold)
    dialog.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert _column(dialog, 0)[0] == "Statement"


def test_restore_one_goes_through_the_bus_and_the_panes_show_it(window, qtbot):
    session = window.session
    p = session.project
    doc = window.document_view.doc_id
    timeline = window.timeline
    qtbot.waitUntil(lambda: timeline.marks is not None)
    ann = next(a["id"] for a in p.repo.annotations(doc_id=doc)
               if a["id"] in timeline.marks.by_ann)  # a dated one: on the timeline
    ann_ops.trash_annotations(p, [ann])
    session.bus.publish(p.undo_stack[-1], sender="elsewhere")
    p.undo_stack.clear()
    assert ann not in window.annotation_panel.model.ids()
    qtbot.waitUntil(lambda: timeline.marks is not None and ann not in timeline.marks.by_ann)
    dialog = _dialog(session, qtbot)
    dialog.select_rows([_row(dialog, ("annotation", ann))])
    assert dialog.restore_button.isEnabled()
    with qtbot.waitSignal(session.bus.project_changed) as heard:
        dialog.restore_button.click()
    assert heard.args[0].sender is dialog
    assert dialog.message.text() == ("Restored 1 item from the trash. Edit → Undo takes "
                                     "it back.")
    assert dialog.model.row_of(("annotation", ann)) is None
    # The panes heard it: the annotation table and the viewer's marks hold it again.
    assert ann in window.annotation_panel.model.ids()
    assert ann in {m.key for m in window.document_view.marks.marks}
    qtbot.waitUntil(lambda: timeline.marks is not None and ann in timeline.marks.by_ann)
    # Show goes to it; Undo takes it back to the trash in one step.
    assert dialog.show_button.isEnabled()
    dialog.show_restored()
    assert session.bus.selection.ann_id == ann
    window.undo()
    assert p.repo.get("annotation", ann)["deleted_at"] is not None
    assert dialog.model.row_of(("annotation", ann)) is not None
    assert ann not in window.annotation_panel.model.ids()
    assert not dialog.show_button.isEnabled()


def test_restore_several_is_one_undo_step_and_says_what_stays_hidden(session, qtbot):
    report, _arabic, figure, said, inc = _trashed(session)
    p = session.project
    gone = ann_ops.annotate_quote(p, report, "casualty", "wounded four troops").result
    ann_ops.trash_annotations(p, [gone])
    p.undo_stack.clear()
    dialog = _dialog(session, qtbot)
    dialog.select_rows([_row(dialog, k) for k in (("annotation", figure),
                                                  ("annotation", said), ("incident", inc))])
    assert len(dialog.selected_keys()) == 3
    dialog.restore_selected()
    assert dialog.message.text().startswith("Restored 3 items from the trash.")
    assert dialog.model.rowCount() == 2  # the Arabic report and "wounded four troops"
    assert len(p.undo_stack) == 1
    dialog.undo()  # Ctrl+Z in the dialog
    assert dialog.message.text() == "Undid restoring from the trash."
    assert dialog.model.rowCount() == 5
    for ann_id in (figure, said):
        assert p.repo.get("annotation", ann_id)["deleted_at"] is not None


def test_restoring_an_annotation_of_a_trashed_document_says_so(session, qtbot):
    p = session.project
    arabic, ann = _trashed_with_its_document(p)
    dialog = _dialog(session, qtbot)
    dialog.select_rows([_row(dialog, ("annotation", ann))])
    dialog.restore_selected()
    text = dialog.message.text()
    assert (f"The annotation “ثلاثةَ مدنيين” is restored, but it is on document {arabic} "
            "(بيان), which is still in the trash: restore that too to see it.") in text
    # Out of sight, so there is nothing to show until the document is back.
    assert not dialog.show_button.isEnabled()
    dialog.select_rows([_row(dialog, ("document", arabic))])
    dialog.restore_selected()
    assert dialog.show_button.isEnabled()
    dialog.show_restored()
    assert session.bus.selection.doc_id == arabic


def test_a_document_moved_to_the_trash_from_the_list_and_back(window, qtbot):
    session = window.session
    p = session.project
    docs = window.document_list
    doc = window.document_view.doc_id
    title = p.repo.get("document", doc)["title"]
    live = p.repo.live_annotation_count(doc)
    asked: list[str] = []
    docs.confirm = lambda _title, text: asked.append(text) or False
    assert not docs.ask_trash()  # Cancel: nothing moved
    assert p.repo.get("document", doc)["deleted_at"] is None
    assert asked[0].startswith(f"Moving document {doc} ({title}) to the trash takes its "
                               f"{live} annotations with it")
    docs.confirm = lambda _title, _text: True
    window.actions_["trash_document"].trigger()
    assert p.repo.get("document", doc)["deleted_at"] is not None
    assert docs.model.row_of(doc) < 0
    # The next document takes its place in the viewer, not an empty page.
    assert window.document_view.doc_id not in (None, doc)
    assert session.bus.selection.doc_id == window.document_view.doc_id
    assert f"Moved “{title}” to the trash." in window.statusBar().currentMessage()
    window.undo()
    assert p.repo.get("document", doc)["deleted_at"] is None
    assert docs.model.row_of(doc) >= 0
    # Trashed again and restored from Edit → Trash… in a new session (no undo left).
    assert docs.trash_document(doc)
    p.undo_stack.clear()
    window.actions_["trash"].trigger()
    dialog = window.trash_dialog  # the window's child: closed and deleted with it
    dialog.select_rows([dialog.model.row_of(("document", doc))])
    assert dialog.model.data(dialog.model.index(dialog.model.row_of(("document", doc)), 3)) \
        == f"{live} annotations"
    dialog.restore_selected()
    assert docs.model.row_of(doc) >= 0
    dialog.show_restored()
    assert window.document_view.doc_id == doc
    assert len(window.document_view.marks.marks) > 0
    # The menu opens the same dialog again rather than a second one.
    window.actions_["trash"].trigger()
    assert window.trash_dialog is dialog
    dialog.close()
    QApplication.processEvents()


def test_a_large_trash_reads_only_the_rows_in_view(session, qtbot):
    from workbench.core.ops.bulk import NewAnnotation, create_annotations

    p = session.project
    doc = p.repo.documents()[0]["id"]
    ids = create_annotations(p, [NewAnnotation(doc, "statement", i % 40, i % 40 + 5)
                                 for i in range(3000)]).result
    ann_ops.trash_annotations(p, ids)
    dialog = _dialog(session, qtbot)
    assert dialog.model.rowCount() == 3000
    QApplication.processEvents()
    assert 0 < dialog.model.rows_read <= 200
    dialog.view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    QApplication.processEvents()
    assert dialog.model.rows_read <= 200


def test_annotations_moved_to_the_trash_from_the_table_and_back(window, qtbot):
    session = window.session
    p = session.project
    panel = window.annotation_panel
    panel.table.selectRow(0)
    first, second = panel.model.row_at(0)["id"], panel.model.row_at(1)["id"]
    sm = panel.table.selectionModel()
    sm.select(panel.model.index(1, 0), QItemSelectionModel.SelectionFlag.Select
              | QItemSelectionModel.SelectionFlag.Rows)
    assert set(panel.selected_ids()) == {first, second}
    panel.trash_action.trigger()
    for ann in (first, second):
        assert p.repo.get("annotation", ann)["deleted_at"] is not None
        assert ann not in panel.model.ids()
        assert ann not in {m.key for m in window.document_view.marks.marks}
    assert "Moved 2 annotations to the trash." in window.statusBar().currentMessage()
    window.undo()  # one step takes both back
    assert {first, second} <= set(panel.model.ids())
    # Edit → Move annotation to trash takes the annotation chosen in the viewer.
    session.bus.select(first, window.document_view.doc_id, sender="viewer")
    window.actions_["trash_annotation"].trigger()
    assert p.repo.get("annotation", first)["deleted_at"] is not None
    assert p.repo.get("annotation", second)["deleted_at"] is None


def test_the_list_is_read_again_only_after_writes_that_touch_the_trash(session, qtbot):
    _report, _arabic, figure, _said, _inc = _trashed(session)
    dialog = _dialog(session, qtbot)
    reads: list[int] = []
    dialog.model.modelReset.connect(lambda: reads.append(1))
    p = session.project
    live = next(a for a in p.repo.annotations() if a["status"] == "suggested")
    session.run(ann_ops.set_status, [live["id"]], "accepted", sender="table")
    assert reads == []  # accepting a suggestion leaves the trash as it was
    session.run(ann_ops.update_annotation, figure, memo="checked twice", sender="x")
    assert reads == [1]  # a trashed row changed: read again
    session.run(ann_ops.restore_annotations, [figure], sender="cli")
    assert len(reads) == 2 and dialog.model.row_of(("annotation", figure)) is None


def test_an_incident_restored_is_shown_in_the_incidents_pane(window, qtbot):
    session = window.session
    p = session.project
    inc = p.conn.execute("SELECT id FROM incidents WHERE deleted_at IS NULL "
                         "AND status != 'suggested' LIMIT 1").fetchone()[0]
    session.run(inc_ops.trash_incident, inc, sender="elsewhere")
    p.undo_stack.clear()
    window.actions_["trash"].trigger()
    dialog = window.trash_dialog
    dialog.part.setCurrentIndex(dialog.part.findData("incident"))
    dialog.select_rows([dialog.model.row_of(("incident", inc))])
    dialog.restore_selected()
    assert p.repo.get("incident", inc)["deleted_at"] is None
    dialog.show_restored()
    assert session.bus.incident.incident_id == inc
    assert window.incident_panel.incident_id == inc
    dialog.close()
    QApplication.processEvents()
