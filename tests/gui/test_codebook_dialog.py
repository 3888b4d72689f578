"""Edit → Codebook…: labels, choices and retiring through the session and the bus; the
annotation panel and the Annotate menu follow at once."""

from __future__ import annotations

import pytest

from workbench.core.ops import annotations as ann_ops
from workbench.core.ops import codebook as cb_ops
from workbench.gui.dialogs.codebook import CodebookDialog
from workbench.gui.models.annotation_table_model import KIND
from workbench.gui.panes.annotation_panel import AnnotationPanel


@pytest.fixture
def panel(session, qtbot):
    pane = AnnotationPanel(session)
    qtbot.addWidget(pane)
    pane.resize(900, 700)
    pane.show()
    doc = session.project.repo.documents()[0]["id"]
    session.bus.select(None, doc, sender="doclist")
    return pane


@pytest.fixture
def dialog(session, qtbot):
    d = CodebookDialog(session)
    qtbot.addWidget(d)
    return d


def _figure(session):
    return next(a for a in session.project.repo.annotations() if a["kind"] == "casualty")


def _row_text(panel, ann_id, col):
    model = panel.model
    return model.data(model.index(model.row_of(ann_id), col))


def test_a_renamed_choice_and_label_reach_the_table_and_editor_at_once(session, panel,
                                                                      dialog, qtbot):
    # A statement's attribution: the casualty outcome keeps the words the tallies count.
    said = next(a for a in session.project.repo.annotations() if a["kind"] == "statement")
    ann_ops.update_annotation(session.project, said["id"], fields={"attribution": "anonymous"})
    session.bus.select(said["id"], said["doc_id"], sender="viewer")
    assert panel.editor.inputs["attribution"].value() == "anonymous"
    dialog.select_kind("statement")
    dialog.select_field("attribution")
    dialog.select_choice("anonymous")
    dialog.choice_text.setText("مجهول")
    with qtbot.waitSignal(session.bus.project_changed) as heard:
        dialog.rename_choice_button.click()
    assert heard.args[0].sender is dialog
    assert dialog.message.text() == ("Renamed anonymous to مجهول; 1 annotation holds it now. "
                                     "Edit → Undo takes both back.")
    assert session.project.repo.get("annotation", said["id"])["fields"]["attribution"] == \
        "مجهول"
    assert panel.editor.inputs["attribution"].value() == "مجهول"
    assert dialog.choices.item(1).text() == "مجهول"

    dialog.kind_label.setText("Quote")
    dialog.rename_kind_button.click()
    assert _row_text(panel, said["id"], KIND) == "Quote"
    assert panel.editor.title.text().startswith("<b>Quote</b>")
    assert dialog.kinds.currentItem().text() == "S  Quote"

    session.undo(sender=object())  # the label
    session.undo(sender=object())  # the choice, with the annotation it rewrote
    assert panel.editor.inputs["attribution"].value() == "anonymous"
    assert dialog.choices.item(1).text() == "anonymous"
    assert dialog.kinds.currentItem().text() == "S  Statement"


def test_a_refusal_is_one_sentence_and_changes_nothing(session, dialog, qtbot):
    dialog.select_kind("casualty")
    heard = []
    session.bus.project_changed.connect(heard.append)
    dialog.retire_kind_button.click()
    assert dialog.message.text() == ("Casualty figure cannot be retired: the suggestion "
                                     "engines write it, and incidents tally and date what "
                                     "they find.")
    dialog.select_field("count_low")
    dialog.retire_field_button.click()
    assert dialog.message.text().startswith("Low count is the low count of Casualty figure")
    dialog.select_field("outcome")
    dialog.select_choice("killed")
    dialog.remove_choice_button.click()
    assert dialog.message.text().startswith(
        "1 annotation of Casualty figure uses the choice 'killed' of Outcome")
    assert heard == []


def test_a_retired_field_shows_in_the_editor_only_where_it_holds_a_value(session, panel,
                                                                         dialog, qtbot):
    fig = _figure(session)
    ann_ops.update_annotation(session.project, fig["id"], fields={"reported_by": "a nurse"})
    other = ann_ops.annotate_quote(session.project, fig["doc_id"], "casualty",
                                   "wounded four troops", {"outcome": "wounded"}).result
    dialog.select_kind("casualty")
    dialog.select_field("reported_by")
    with qtbot.waitSignal(session.bus.project_changed):
        dialog.retire_field_button.click()
    assert dialog.retire_field_button.text() == "Restore field"
    assert dialog.fields.item(dialog.fields.currentRow(), 0).text() == "Reported by (retired)"
    editor = panel.editor
    session.bus.select(fig["id"], fig["doc_id"], sender="viewer")
    widget = editor.inputs["reported_by"].widget
    assert editor.form.isRowVisible(widget) and editor.inputs["reported_by"].value() == \
        "a nurse"
    assert editor.form.labelForField(widget).text() == "Reported by (retired)"
    session.bus.select(other, fig["doc_id"], sender="viewer")
    assert not editor.form.isRowVisible(editor.inputs["reported_by"].widget)
    dialog.retire_field_button.click()  # restore
    session.bus.select(other, fig["doc_id"], sender="viewer")
    widget = editor.inputs["reported_by"].widget
    assert editor.form.labelForField(widget).text() == "Reported by"
    editor.more.setChecked(True)  # back among the less-used fields
    assert editor.form.isRowVisible(widget)


def test_the_edit_menu_opens_it_and_a_retired_kind_leaves_the_annotate_menu(window,
                                                                            monkeypatch):
    opened = []
    monkeypatch.setattr("workbench.gui.dialogs.codebook.CodebookDialog.exec",
                        lambda self: opened.append(self.kinds.count()))
    window.actions_["codebook"].trigger()
    assert opened == [len(window.session.project.codebook.kinds())]
    assert "annotate_location" in window.actions_
    window.session.run(cb_ops.retire_kind, "location", sender=object())
    assert "annotate_location" not in window.actions_
    assert window.session.project.codebook.by_key("L", active=True) is None
    window.session.undo(sender=object())
    assert "annotate_location" in window.actions_


def test_the_editor_shows_a_field_added_to_the_kind_it_shows(session, panel):
    # The editor remade a kind's form only when another kind was shown: a field added
    # (or a label or choice changed) while one of its annotations was shown stayed out
    # of the form until the user clicked an annotation of another kind and back.
    fig = _figure(session)
    session.bus.select(fig["id"], fig["doc_id"], sender="viewer")
    session.run(cb_ops.add_field, "casualty", "weapon", "enum", choices=("mortar", "drone"),
                label="Weapon", sender=object())
    assert panel.editor.inputs["weapon"].spec.choices == ("mortar", "drone")


def test_a_refused_addition_keeps_its_sentence_and_the_typed_words(session, dialog):
    # Refused, a kind or field named as one that exists was cleared from the lines and
    # the existing one chosen, which took the refusal away with the kind it left.
    dialog.select_kind("claim")
    dialog.new_kind_name.setText("event")
    dialog.new_kind_label.setText("حادث")
    dialog.new_kind_key.setText("Q")
    dialog.add_kind_button.click()
    assert dialog.message.text() == "The codebook already has a kind named 'event'."
    assert dialog.spec().name == "claim"
    assert (dialog.new_kind_name.text(), dialog.new_kind_label.text()) == ("event", "حادث")
    dialog.new_field_name.setText("status")
    dialog.new_field_label.setText("Standing")
    dialog.add_field_button.click()
    assert dialog.message.text() == "Claim already has a field named 'status'."
    assert dialog.new_field_label.text() == "Standing" and dialog.field_name() is None
    dialog.select_field("status")
    dialog.select_choice("refuted")
    dialog.choice_text.setText("retracted")
    dialog.rename_choice_button.click()
    assert dialog.message.text() == "Claim status already has the choice 'retracted'."
    assert dialog.choices.currentItem().text() == "refuted"  # still the one to rename


def test_a_refusal_about_one_field_is_not_said_under_another(session, dialog):
    dialog.select_kind("casualty")
    dialog.select_field("count_low")
    dialog.retire_field_button.click()
    assert dialog.message.text().startswith("Low count is the low count of Casualty figure")
    dialog.select_field("reported_by")
    assert dialog.message.text() == ""


def test_an_added_field_is_chosen_and_said(session, dialog, qtbot):
    dialog.select_kind("claim")
    dialog.new_field_name.setText("weapon")
    dialog.new_field_label.setText("السلاح")
    with qtbot.waitSignal(session.bus.project_changed):
        dialog.add_field_button.click()
    assert dialog.message.text() == "Added the field weapon to Claim."
    assert dialog.field_name() == "weapon" and dialog.new_field_name.text() == ""
