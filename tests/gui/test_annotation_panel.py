"""AnnotationPanel built alone from a Bus and a Session: selection, editing, review, filters."""

from __future__ import annotations

import os
from dataclasses import replace

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from workbench.core.ops import annotations as ops
from workbench.core.ops.importing import import_bytes
from workbench.core.project import Project
from workbench.gui.bus import Bus
from workbench.gui.session import Session

TEXT_A = ("On 1 March the Ministry of Defence said the strikes near Riverton were a response. "
          "Local officials reported that at least 3 people were killed and 5 to 9 were wounded. "
          "The Northern Front claimed responsibility for the attack in February.")
TEXT_B = "A second report: the Riverton clinic said 12 were wounded on 2 March."


class World:
    def __init__(self, tmp_path):
        self.project = p = Project.create(tmp_path / "p.wbproj")
        self.doc = self._import(TEXT_A, "a.txt", "2026-03-04")
        self.doc_b = self._import(TEXT_B, "b.txt", "2026-03-05")
        q = self.quote
        self.stmt = q(self.doc, "statement", "the Ministry of Defence said",
                      {"speaker": "Ministry of Defence", "date": "2026-03-01"})
        self.killed = q(self.doc, "casualty", "at least 3 people were killed",
                        {"outcome": "killed", "count_low": 3, "incident_date": "2026-03-01"})
        self.wounded = q(self.doc, "casualty", "5 to 9 were wounded",
                         {"outcome": "wounded", "count_low": 5, "count_high": 9,
                          "incident_date": "2026-03-02"}, status="suggested")
        self.claim = q(self.doc, "claim", "claimed responsibility",
                       {"claimant": "Northern Front", "date": "2026-02",
                        "date_precision": "month"}, status="suggested")
        self.other = q(self.doc_b, "casualty", "12 were wounded",
                       {"outcome": "wounded", "count_best": 12, "incident_date": "2026-03-02"},
                       status="suggested")
        p.undo_stack.clear()
        self.bus = Bus()
        self.session = Session(p, self.bus)
        self.seen: list = []
        self.bus.selection_changed.connect(self.seen.append)

    def _import(self, text, name, published):
        return import_bytes(self.project, text.encode(), name, {"published": published},
                            sandbox=False).doc_id

    def quote(self, doc, kind, quote, fields, **kw):
        return ops.annotate_quote(self.project, doc, kind, quote, fields, **kw).result


@pytest.fixture
def world(tmp_path):
    w = World(tmp_path)
    yield w
    w.project.close()


def table_ids(panel):
    return panel.model.ids()


def test_shows_current_document_and_whole_project_switch(panel, world):
    assert set(table_ids(panel)) == {world.stmt, world.killed, world.wounded, world.claim}
    panel.set_whole_project(True)
    assert world.other in table_ids(panel) and panel.model.rowCount() == 5
    panel.set_whole_project(False)
    assert world.other not in table_ids(panel)


def test_before_any_header_click_the_table_is_in_reading_order(panel, world):
    # Enabling sorting on the view sorted by its default indicator (kind, descending),
    # which stayed behind the header's "no column": statements came first, whatever
    # their place in the text.
    assert panel.table.horizontalHeader().sortIndicatorSection() == -1
    assert table_ids(panel) == [world.stmt, world.killed, world.wounded, world.claim]
    panel.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert table_ids(panel)[0] != world.stmt  # casualty < claim < statement
    panel.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
    assert table_ids(panel) == [world.stmt, world.killed, world.wounded, world.claim]


def test_selecting_a_row_publishes_selection(panel, world):
    world.seen.clear()
    panel.select_annotation(world.killed)
    assert world.bus.selection.ann_id == world.killed
    assert world.bus.selection.doc_id == world.doc
    assert world.seen[-1].sender is panel
    assert panel.editor.ann["id"] == world.killed


def test_bus_selection_selects_row_without_echo(panel, world):
    world.seen.clear()
    world.bus.select(world.stmt, world.doc, sender="viewer")
    assert len(world.seen) == 1  # the panel did not publish again
    assert panel.table.currentIndex().row() == panel.model.row_of(world.stmt)
    assert panel.editor.ann["id"] == world.stmt


def test_edit_field_is_stored(panel, world):
    world.bus.select(world.killed, world.doc, sender="viewer")
    spin = panel.editor.inputs["count_high"].widget
    spin.setValue(7)
    spin.editingFinished.emit()
    assert world.project.repo.get("annotation", world.killed)["fields"]["count_high"] == 7
    combo = panel.editor.inputs["qualifier"].widget
    combo.setCurrentIndex(combo.findData("at_least"))
    assert world.project.repo.get("annotation", world.killed)["fields"]["qualifier"] == "at_least"
    assert panel.editor.error_text() == ""


def _shown_inputs(editor):
    """The editor's field widgets that are in its form (not kept aside) and not hidden."""
    form = editor.form
    in_form = {form.itemAt(i).widget() for i in range(form.count())} - {None}
    return {w for w in editor.findChildren(QWidget) if w.objectName().startswith("field_")
            and (w in in_form or w.parent() in in_form) and not w.isHidden()}


def test_editor_keeps_each_kinds_widgets_and_shows_the_new_values(panel, world):
    editor = panel.editor
    world.bus.select(world.killed, world.doc, sender="viewer")
    killed = {name: inp.widget for name, inp in editor.inputs.items()}
    assert editor.inputs["count_low"].widget.value() == 3
    # The same kind: the same widgets, the other annotation's values.
    world.bus.select(world.wounded, world.doc, sender="viewer")
    assert {name: inp.widget for name, inp in editor.inputs.items()} == killed
    assert editor.inputs["count_low"].widget.value() == 5
    assert editor.inputs["count_high"].widget.value() == 9
    # Another kind and back: the first kind's widgets again, not new ones.
    world.bus.select(world.claim, world.doc, sender="viewer")
    assert editor.inputs["claimant"].widget.text() == "Northern Front"
    assert "count_low" not in editor.inputs
    claim_rows = editor.form.rowCount()
    world.bus.select(world.killed, world.doc, sender="viewer")
    assert {name: inp.widget for name, inp in editor.inputs.items()} == killed
    assert editor.inputs["count_low"].widget.value() == 3
    high = editor.inputs["count_high"].widget
    assert high.value() == high.minimum()  # empty again: 9 was the other annotation's
    assert editor.inputs["incident_date"].widget.text() == "2026-03-01"
    # Only the shown kind's fields are in the form; the kept ones wait hidden.
    shown = _shown_inputs(editor)
    assert {w.objectName() for w in shown} <= {f"field_{n}" for n in killed}
    assert not any(w.isVisibleTo(editor) for w in editor.findChildren(QWidget)
                   if w.objectName() == "field_claimant")
    world.bus.select(world.claim, world.doc, sender="viewer")
    assert editor.form.rowCount() == claim_rows  # no rows left behind by the round trip


def test_a_kept_form_commits_only_into_the_annotation_it_shows(panel, world):
    editor = panel.editor
    world.bus.select(world.killed, world.doc, sender="viewer")
    spin = editor.inputs["count_high"].widget
    world.bus.select(world.claim, world.doc, sender="viewer")
    before = world.project.repo.get("annotation", world.claim)
    spin.setValue(7)
    spin.editingFinished.emit()  # a hidden, kept field: it belongs to no annotation now
    assert world.project.repo.get("annotation", world.claim) == before
    assert world.project.repo.get("annotation", world.killed)["fields"].get("count_high") is None


def test_forms_made_ahead_are_used_and_leave_the_shown_kind_alone(panel, world, qtbot,
                                                                  monkeypatch):
    editor = panel.editor
    world.bus.select(world.killed, world.doc, sender="viewer")  # shown before they finish
    shown = editor.inputs
    editor.prepare_forms()
    kinds = {k.name for k in world.project.codebook.kinds()}
    qtbot.waitUntil(lambda: set(editor._forms) == kinds)
    assert editor.inputs is shown and editor.inputs["count_low"].widget.value() == 3
    assert not any(w.isVisibleTo(editor) for w in editor.findChildren(QWidget)
                   if w.objectName() == "field_claimant")  # made hidden, kept aside
    spin = editor.inputs["count_high"].widget
    spin.setValue(7)
    spin.editingFinished.emit()  # the shown kind's field still commits into its annotation
    assert world.project.repo.get("annotation", world.killed)["fields"]["count_high"] == 7

    def no_new_form(spec):
        raise AssertionError(f"made {spec.name} again")

    monkeypatch.setattr(editor, "_make_form", no_new_form)
    world.bus.select(world.claim, world.doc, sender="viewer")  # a kind made ahead
    assert editor.inputs["claimant"].widget.text() == "Northern Front"
    assert editor.inputs["claimant"].widget.isVisibleTo(editor)


def test_changing_kind_keeps_the_focus_in_the_memo(panel, world, qtbot):
    panel.show()
    panel.activateWindow()
    qtbot.waitActive(panel)
    editor = panel.editor
    world.bus.select(world.killed, world.doc, sender="viewer")
    editor.memo.setFocus()
    qtbot.waitUntil(editor.memo.hasFocus, timeout=15_000)
    world.bus.select(world.claim, world.doc, sender="viewer")  # another kind's rows
    assert editor.memo.hasFocus()
    assert editor.inputs["claimant"].widget.isVisibleTo(panel)
    world.bus.select(world.killed, world.doc, sender="viewer")
    assert editor.memo.hasFocus()
    assert editor.isVisible() and editor.inputs["count_low"].widget.isVisible()


def test_editor_remakes_a_kind_the_codebook_changed(panel, world):
    editor = panel.editor
    world.bus.select(world.killed, world.doc, sender="viewer")
    old = editor.inputs["count_low"].widget
    world.bus.select(world.claim, world.doc, sender="viewer")
    spec = world.project.codebook.kind("casualty")
    changed = replace(spec, fields=tuple(
        replace(f, label="Lowest count") if f.name == "count_low" else f for f in spec.fields))
    editor._build(changed)
    assert editor.inputs["count_low"].widget is not old
    assert editor.inputs["count_low"].spec.label == "Lowest count"


def test_invalid_value_shows_error_and_stores_nothing(panel, world, qtbot):
    world.bus.select(world.killed, world.doc, sender="viewer")
    before = world.project.repo.get("annotation", world.killed)
    date = panel.editor.inputs["incident_date"].widget
    date.setText("2026-02-30")
    date.editingFinished.emit()
    assert "calendar" in panel.editor.error_text()
    spin = panel.editor.inputs["count_high"].widget
    spin.setValue(1)  # below count_low = 3
    spin.editingFinished.emit()
    assert "high count (1) is below the low count (3)" in panel.editor.error_text()
    assert world.project.repo.get("annotation", world.killed) == before


def test_edit_requested_focuses_first_field(panel, world, qtbot):
    panel.show()
    panel.activateWindow()
    qtbot.waitActive(panel)
    world.bus.edit_requested.emit(world.claim)
    assert panel.editor.ann["id"] == world.claim
    qtbot.waitUntil(lambda: panel.editor.inputs["claimant"].widget.hasFocus(), timeout=15_000)


def test_enter_accepts_and_delete_rejects_suggestions(panel, world, qtbot):
    panel.filters.suggestions.setChecked(True)
    assert set(table_ids(panel)) == {world.wounded, world.claim}
    panel.select_annotation(table_ids(panel)[0])
    first = table_ids(panel)[0]
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    assert world.project.repo.get("annotation", first)["status"] == "accepted"
    remaining = table_ids(panel)
    assert remaining == [x for x in (world.wounded, world.claim) if x != first]
    assert world.bus.selection.ann_id == remaining[0]  # moved on to the next suggestion
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert world.project.repo.get("annotation", remaining[0])["status"] == "rejected"
    assert panel.model.rowCount() == 0


def test_accept_all_of_a_kind_is_one_undo_and_undo_refreshes(panel, world):
    panel.set_whole_project(True)
    assert set(panel.suggestion_counts()["casualty"]) == {world.wounded, world.other}
    panel.accept_all("casualty")
    repo = world.project.repo
    assert repo.get("annotation", world.wounded)["status"] == "accepted"
    assert repo.get("annotation", world.other)["status"] == "accepted"
    assert repo.get("annotation", world.claim)["status"] == "suggested"
    assert "casualty" not in panel.suggestion_counts()
    world.session.undo(sender="test")
    assert repo.get("annotation", world.other)["status"] == "suggested"
    row = panel.model.row_at(panel.model.row_of(world.other))
    assert row["status"] == "suggested"  # the table followed the undo


def test_filters_kind_status_text(panel, world, qtbot):
    f = panel.filters
    f.kind.setCurrentIndex(f.kind.findData("casualty"))
    assert set(table_ids(panel)) == {world.killed, world.wounded}
    f.status.setCurrentIndex(f.status.findData("accepted"))
    assert table_ids(panel) == [world.killed]
    f.kind.setCurrentIndex(0)
    f.status.setCurrentIndex(0)
    f.text.setText("northern")
    qtbot.waitUntil(lambda: table_ids(panel) == [world.claim], timeout=15_000)
    f.coder.setCurrentIndex(f.coder.findData("nobody-else"))  # unknown: no-op index -1
    assert table_ids(panel) == [world.claim]


def test_date_filter_from_bus_and_clear(panel, world):
    world.bus.set_date_filter("2026-03-01", "2026-03-01", sender="timeline")
    assert set(table_ids(panel)) == {world.stmt, world.killed}
    assert not panel.filters.period.isHidden()
    panel.filters.period_clear.click()
    assert world.bus.date_filter.date_from is None
    assert panel.model.rowCount() == 4


def test_links_add_and_remove(panel, world):
    world.bus.select(world.claim, world.doc, sender="viewer")
    world.bus.select(world.killed, world.doc, sender="viewer")
    links = panel.editor.links
    assert links.target_combo.currentData() == world.claim  # last selected first
    links.type_combo.setCurrentIndex(links.type_combo.findData("about_event"))
    links.add_button.click()
    assert links.list.count() == 1
    assert world.project.repo.links([world.killed])[0]["target_id"] == world.claim
    links.list.setCurrentRow(0)
    links.remove_button.click()
    assert links.list.count() == 0 and not world.project.repo.links([world.killed])


def fail_date(world, ann_id, sender):
    return world.session.run(ops.update_annotation, ann_id,
                             fields={"incident_date": "2026-02-30"}, sender=sender)


def test_editor_shows_only_its_own_failures(panel, world):
    world.bus.select(world.killed, world.doc, sender="viewer")
    outcome = fail_date(world, world.killed, sender="script")
    assert not outcome.ok and "calendar" in outcome.message
    assert panel.editor.error_text() == ""  # someone else's refusal is theirs to show
    date = panel.editor.inputs["incident_date"].widget
    date.setText("2026-02-30")
    date.editingFinished.emit()
    assert panel.editor.error_text() == outcome.message


def test_editor_keeps_no_record_of_messages(panel, world):
    world.bus.select(world.killed, world.doc, sender="viewer")
    editor = panel.editor
    date = editor.inputs["incident_date"].widget
    for _ in range(50):
        date.setText("2026-02-30")
        date.editingFinished.emit()
    for _ in range(50):
        fail_date(world, world.killed, sender="script")
        world.bus.status_message.emit("Select some text first, then press a kind's key.")
    assert "calendar" in editor.error_text()
    grown = [name for name, value in vars(editor).items()
             if isinstance(value, (list, dict, set, tuple)) and len(value) >= 50]
    assert grown == []


def test_editor_writes_are_noticed_as_the_editors(panel, world):
    notices: list = []
    world.bus.project_changed.connect(notices.append)
    world.bus.select(world.killed, world.doc, sender="viewer")
    spin = panel.editor.inputs["count_high"].widget
    spin.setValue(7)
    spin.editingFinished.emit()
    assert [n.sender for n in notices] == [panel.editor]
    panel.select_annotation(world.wounded)
    panel.review("accepted")
    assert notices[-1].sender is panel


def test_editor_drops_a_stale_error_when_another_pane_writes_its_annotation(panel, world):
    world.bus.select(world.killed, world.doc, sender="viewer")
    editor = panel.editor
    date = editor.inputs["incident_date"].widget
    date.setText("2026-02-30")
    date.editingFinished.emit()
    sentence = editor.error_text()
    assert "calendar" in sentence
    # A write to another annotation says nothing about this field.
    world.session.run(ops.update_annotation, world.stmt, memo="other", sender="script")
    assert editor.error_text() == sentence
    # The editor's own notice was answered by its outcome and changes nothing here.
    own = world.session.run(ops.update_annotation, world.killed, memo="mine", sender=editor)
    assert own.ok and editor.error_text() == sentence
    # Another pane rewrote this annotation: the stored date is back, the sentence is stale.
    world.session.run(ops.set_status, [world.killed], "rejected", sender="review")
    assert editor.error_text() == ""
    assert date.text() == "2026-03-01"


def test_a_document_of_many_annotations_is_listed_in_pages(panel, world, monkeypatch):
    from workbench.gui.panes import annotation_panel

    monkeypatch.setattr(annotation_panel, "PAGED_DOCUMENT", 2)  # the demo's are small
    panel.reload()
    assert panel.model is panel.page_model
    assert set(table_ids(panel)) == {world.stmt, world.killed, world.wounded, world.claim}
    world.bus.select(world.stmt, world.doc, sender="viewer")
    assert panel.table.currentIndex().row() == panel.model.row_of(world.stmt)
    assert panel.editor.ann["id"] == world.stmt
    monkeypatch.setattr(annotation_panel, "PAGED_DOCUMENT", 2000)
    panel.reload()
    assert panel.model is panel.doc_model


def test_a_field_being_typed_keeps_its_words_when_the_annotation_is_shown_again(
        panel, world, qtbot):
    # Another program (or another pane) changes the memo of the annotation shown while
    # the researcher is typing in one of its fields: the typed words stay; a new stored
    # value of that very field is shown.
    panel.show()
    panel.activateWindow()
    qtbot.waitActive(panel)
    editor = panel.editor
    world.bus.select(world.claim, world.doc, sender="viewer")
    claimant = editor.inputs["claimant"].widget
    claimant.setFocus()
    qtbot.waitUntil(claimant.hasFocus, timeout=15_000)
    claimant.setText("Northern Front of the Va")  # typed, not yet stored
    ops.update_annotation(world.project, world.claim, memo="Seen twice")
    editor.show_annotation(world.project.repo.get("annotation", world.claim))
    assert claimant.text() == "Northern Front of the Va"
    assert editor.memo.toPlainText() == "Seen twice"
    assert editor.error_text() == ""
    # The field itself changed elsewhere: the typed words are still not replaced unseen.
    ops.update_annotation(world.project, world.claim, fields={"claimant": "Valley Front"})
    editor.show_annotation(world.project.repo.get("annotation", world.claim))
    assert claimant.text() == "Northern Front of the Va"
    assert "Valley Front" in editor.error_text()


def _typing_in_the_claimant(panel, world, qtbot):
    panel.show()
    panel.activateWindow()
    qtbot.waitActive(panel)
    world.bus.select(world.claim, world.doc, sender="viewer")
    claimant = panel.editor.inputs["claimant"].widget
    claimant.setFocus()
    qtbot.waitUntil(claimant.hasFocus, timeout=15_000)
    claimant.setText("Northern Front of the Valley")  # typed, not yet stored
    # Another program writes the same field of the same annotation (the live reload).
    world.session.run(ops.update_annotation, world.claim,
                      fields={"claimant": "Valley Front"}, sender="outside")
    return claimant


def test_a_field_changed_elsewhere_while_typed_keeps_the_words_and_says_so(
        panel, world, qtbot):
    claimant = _typing_in_the_claimant(panel, world, qtbot)
    editor = panel.editor
    assert claimant.text() == "Northern Front of the Valley"
    said = editor.error_text()
    assert said.startswith("Claimant was changed elsewhere to “Valley Front” while you typed")
    assert said.endswith(".") and ". " not in said  # one sentence
    # Another write to the annotation (its memo) keeps both the words and the sentence.
    world.session.run(ops.update_annotation, world.claim, memo="Seen twice", sender="outside")
    assert claimant.text() == "Northern Front of the Valley" and editor.error_text() == said
    # Leaving the field stores the words, as the sentence said, and the sentence goes.
    claimant.editingFinished.emit()
    stored = world.project.repo.get("annotation", world.claim)["fields"]["claimant"]
    assert stored == "Northern Front of the Valley"
    assert editor.error_text() == ""


def test_esc_in_a_field_changed_elsewhere_takes_the_other_value(panel, world, qtbot):
    claimant = _typing_in_the_claimant(panel, world, qtbot)
    qtbot.keyClick(claimant, Qt.Key.Key_Escape)
    assert claimant.text() == "Valley Front"
    assert panel.editor.error_text() == ""
    claimant.editingFinished.emit()  # nothing of the user's left to store
    stored = world.project.repo.get("annotation", world.claim)["fields"]["claimant"]
    assert stored == "Valley Front"


def test_a_field_not_being_typed_takes_the_value_written_elsewhere(panel, world, qtbot):
    world.bus.select(world.claim, world.doc, sender="viewer")
    claimant = panel.editor.inputs["claimant"].widget
    world.session.run(ops.update_annotation, world.claim,
                      fields={"claimant": "Valley Front"}, sender="outside")
    assert claimant.text() == "Valley Front" and panel.editor.error_text() == ""


def test_a_memo_of_spaces_shows_as_no_memo_and_writes_nothing(panel, world):
    editor = panel.editor
    world.bus.select(world.killed, world.doc, sender="viewer")
    steps = len(world.project.undo_stack)
    assert (world.project.repo.get("annotation", world.killed)["memo"] or "") == ""
    editor.memo.setPlainText("   \n ")
    editor._commit_memo()  # what leaving the box does
    # Stored as no memo (nothing to write), and the box says so as the table does.
    assert len(world.project.undo_stack) == steps
    assert editor.memo.toPlainText() == ""
    editor.memo.setPlainText("Counted twice?")
    editor._commit_memo()
    assert world.project.repo.get("annotation", world.killed)["memo"] == "Counted twice?"
    editor.memo.setPlainText("  ")
    editor._commit_memo()  # spaces over a memo clear it: one step
    assert world.project.repo.get("annotation", world.killed)["memo"] == ""
    assert len(world.project.undo_stack) == steps + 2


def test_accept_all_leaves_an_orphan_for_review_one_by_one(panel, world, tmp_path):
    # A corrected copy of the clinic's report no longer gives "12 were wounded": the
    # suggestion is orphaned. "Accept all" took it with the rest, and the tally then
    # counted a figure the source no longer gives.
    from workbench.core.ops.documents import reimport

    path = tmp_path / "b.txt"
    path.write_text("A second report: the Riverton clinic gave no figure on 2 March.",
                    encoding="utf-8")
    assert reimport(world.project, world.doc_b, path).result.orphaned == 1
    panel.set_whole_project(True)
    assert panel.suggestion_counts()["casualty"] == [world.wounded]
    panel.accept_all("casualty")
    repo = world.project.repo
    assert repo.get("annotation", world.wounded)["status"] == "accepted"
    assert repo.get("annotation", world.other)["status"] == "suggested"


def test_a_memo_changed_elsewhere_while_typed_keeps_the_words_and_says_so(panel, world, qtbot):
    panel.show()
    panel.activateWindow()
    qtbot.waitActive(panel)
    editor = panel.editor
    world.bus.select(world.claim, world.doc, sender="viewer")
    editor.memo.setFocus()
    qtbot.waitUntil(editor.memo.hasFocus, timeout=15_000)
    editor.memo.setPlainText("Check the second wire")  # typed, not yet stored
    world.session.run(ops.update_annotation, world.claim, memo="Seen twice", sender="outside")
    assert editor.memo.toPlainText() == "Check the second wire"
    said = editor.error_text()
    assert said.startswith("Memo was changed elsewhere to “Seen twice” while you typed")
    qtbot.keyClick(editor.memo, Qt.Key.Key_Escape)  # take theirs
    assert editor.memo.toPlainText() == "Seen twice" and editor.error_text() == ""
    editor.memo.setPlainText("Check the third wire")
    world.session.run(ops.update_annotation, world.claim, memo="Seen thrice", sender="outside")
    assert editor.error_text().startswith("Memo was changed elsewhere to “Seen thrice”")
    editor._commit_memo()  # what leaving the box does: the words win, as said
    assert world.project.repo.get("annotation", world.claim)["memo"] == "Check the third wire"
    assert editor.error_text() == ""


def test_a_long_memo_changed_elsewhere_is_quoted_short_in_the_sentence(panel, world, qtbot):
    # The sentence quoted the other memo whole, twice: a memo of a few paragraphs took
    # the editor's height above the fields, and its line breaks split the sentence.
    panel.show()
    panel.activateWindow()
    qtbot.waitActive(panel)
    editor = panel.editor
    world.bus.select(world.claim, world.doc, sender="viewer")
    editor.memo.setFocus()
    qtbot.waitUntil(editor.memo.hasFocus, timeout=15_000)
    editor.memo.setPlainText("Check the second wire")
    theirs = ("Seen twice: once in the agency's morning summary and once in the clinic's "
              "list.\n\nThe second names the market's gate, the first only the town; "
              "ask the desk which came first and whether the clinic's list was revised.")
    world.session.run(ops.update_annotation, world.claim, memo=theirs, sender="outside")
    said = editor.error_text()
    assert said.startswith("Memo was changed elsewhere to “Seen twice: once in the agency")
    assert "\n" not in said and said.count("…") == 2 and len(said) < 2 * 80 + 140
    assert "when you leave the memo" in said
    qtbot.keyClick(editor.memo, Qt.Key.Key_Escape)  # Esc still takes the whole memo
    assert editor.memo.toPlainText() == theirs


def test_the_accept_menu_says_an_orphaned_suggestion_is_left_for_review(panel, world,
                                                                         tmp_path):
    # "Accept all" leaves orphaned suggestions out; its menu said nothing of them, and
    # once the rest were accepted it read "No suggestions here" above a table still
    # listing the orphaned one as suggested.
    from PySide6.QtWidgets import QMenu

    from workbench.core.ops.documents import reimport

    path = tmp_path / "b.txt"
    path.write_text("A second report: the Riverton clinic gave no figure on 2 March.",
                    encoding="utf-8")
    assert reimport(world.project, world.doc_b, path).result.orphaned == 1
    panel.set_whole_project(True)
    menu = QMenu(panel)
    panel._fill_accept_menu(menu)
    texts = [(a.text(), a.isEnabled()) for a in menu.actions() if not a.isSeparator()]
    assert ("Accept all Casualty figure (1)", True) in texts
    assert texts[-1] == ("1 orphaned suggestion (words gone on re-import): review it "
                         "one by one", False)
    panel.accept_all("casualty")
    panel._fill_accept_menu(menu)
    texts = [(a.text(), a.isEnabled()) for a in menu.actions() if not a.isSeparator()]
    assert not any(t.startswith("Accept all Casualty") for t, _ in texts)
    assert texts[-1] == ("1 orphaned suggestion (words gone on re-import): review it "
                         "one by one", False)
    assert ("No suggestions here", False) not in texts


def test_the_changed_elsewhere_sentence_scrolled_out_of_view_goes_to_the_status_bar(
        panel, world, qtbot):
    # At 1280×720 the editor shows ~200 px: typing in a field low in the form (it was
    # the memo, under the fields, before Status and Memo moved above them), the editor
    # is scrolled down to it and the sentence, under the title, is out of view. Nobody
    # saw it.
    panel.resize(440, 420)
    panel.show()
    panel.activateWindow()
    qtbot.waitActive(panel)
    editor = panel.editor
    said: list[str] = []
    world.bus.status_message.connect(said.append)
    world.bus.select(world.claim, world.doc, sender="viewer")
    date = editor.inputs["date"].widget
    date.setFocus()
    qtbot.waitUntil(date.hasFocus, timeout=15_000)
    panel.editor_scroll.ensureWidgetVisible(date)
    date.setText("2026-03")
    world.session.run(ops.update_annotation, world.claim, fields={"date": "2026-01"},
                      sender="outside")
    assert editor.error.visibleRegion().isEmpty()  # the case: the sentence is not seen
    assert editor.error_text().startswith("Date was changed elsewhere")
    # Without the values, which ran it past the status bar's edge.
    assert said[-1:] == ["Date was changed elsewhere while you typed; your words are kept, "
                         "and Esc takes the other value."]
    # Seen in the editor, it is not said twice.
    said.clear()
    panel.editor_scroll.verticalScrollBar().setValue(0)
    world.session.run(ops.update_annotation, world.claim, fields={"date": "2026-02"},
                      sender="outside")
    assert not editor.error.visibleRegion().isEmpty() and said == []


def test_trashing_several_rows_is_one_undo_step_and_an_unknown_id_trashes_none(panel, world):
    said: list[str] = []
    world.bus.status_message.connect(said.append)
    # A row gone meanwhile (another window, a script): the others stay where they were.
    assert not panel.trash_selected([world.stmt, world.killed, "2qzzzzzzzzzzzzzzzzzz"])
    assert world.project.repo.get("annotation", world.stmt)["deleted_at"] is None
    assert panel.trash_selected([world.stmt, world.killed])
    assert said[-1].startswith("Moved 2 annotations to the trash.")
    assert set(table_ids(panel)) == {world.wounded, world.claim}
    world.session.undo(sender="test")
    assert set(table_ids(panel)) == {world.stmt, world.killed, world.wounded, world.claim}
