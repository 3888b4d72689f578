"""Edit → Actor records…: merge, trash and restore through the session and the bus."""

from __future__ import annotations

from workbench.core import actor_refs
from workbench.core.ops import actors as actor_ops
from workbench.core.ops import annotations as ann_ops
from workbench.gui.dialogs.actors import ActorsDialog

ARABIC = "لواء الجيش الحر"


def _records(session):
    p = session.project
    fab = actor_ops.add_actor(p, "FAB").result
    brigade = actor_ops.add_actor(p, "Free Army Brigade").result
    arabic = actor_ops.add_actor(p, ARABIC).result
    doc = p.repo.documents()[0]["id"]
    ann = ann_ops.create_annotation(p, doc, "actor", 0, 8, {"actor_id": fab}).result
    p.undo_stack.clear()
    return fab, brigade, arabic, ann


def _cells(table):
    """The cells' text, without the marks that keep each alias's direction apart."""
    return [[table.item(r, c).text().replace("\u2068", "").replace("\u2069", "")
             for c in range(table.columnCount())] for r in range(table.rowCount())]


def test_merge_goes_through_the_bus_and_undo_takes_it_back(session, qtbot):
    fab, brigade, _arabic, ann = _records(session)
    dialog = ActorsDialog(session)
    qtbot.addWidget(dialog)
    assert ["FAB", "", "", "1 annotation"] in _cells(dialog.live)
    dialog.select(fab)
    dialog.into.setCurrentIndex(dialog.into.findData(fab))
    assert not dialog.merge_button.isEnabled()  # not into itself
    dialog.into.setCurrentIndex(dialog.into.findData(brigade))
    assert dialog.merge_button.isEnabled()
    with qtbot.waitSignal(session.bus.project_changed) as heard:
        dialog.merge_button.click()
    notice = heard.args[0]
    assert notice.sender is dialog and notice.changes.touches("annotation")
    assert session.project.repo.get("annotation", ann)["fields"]["actor_id"] == brigade
    assert "Merged FAB into Free Army Brigade: 1 annotation or incident names" in \
        dialog.message.text()
    # The lists follow: FAB is an alias now and sits in the trash, saying where it went.
    assert ["Free Army Brigade", "", "FAB", "1 annotation"] in _cells(dialog.live)
    assert _cells(dialog.trashed) == [["FAB", "", "", "merged into Free Army Brigade"]]
    # Restoring the merged record takes the merge back; undo puts the merge back again.
    dialog.trashed.selectRow(0)
    with qtbot.waitSignal(session.bus.project_changed):
        dialog.restore_button.click()
    assert dialog.message.text() == ("Restored FAB and took back its merge: 1 annotation "
                                     "or incident names it again.")
    assert session.project.repo.get("annotation", ann)["fields"]["actor_id"] == fab
    assert _cells(dialog.trashed) == []
    session.undo(sender=object())
    assert _cells(dialog.trashed) == [["FAB", "", "", "merged into Free Army Brigade"]]
    # Undo (Edit → Undo) is heard like any write: the lists are read again.
    session.undo(sender=object())
    assert session.project.repo.get("annotation", ann)["fields"]["actor_id"] == fab
    assert _cells(dialog.trashed) == []
    assert [r[0] for r in _cells(dialog.live)] == ["FAB", "Free Army Brigade", ARABIC]
    dialog.close()


def test_trash_and_restore_an_arabic_record(session, qtbot):
    _fab, _brigade, arabic, _ann = _records(session)
    dialog = ActorsDialog(session)
    qtbot.addWidget(dialog)
    dialog.select(arabic)
    with qtbot.waitSignal(session.bus.project_changed):
        dialog.trash_button.click()
    assert dialog.message.text() == f"Moved {ARABIC} to the trash."
    assert _cells(dialog.trashed) == [[ARABIC, "", "", "trashed"]]
    assert session.project.repo.get("actor", arabic)["deleted_at"]
    dialog.trashed.selectRow(0)
    with qtbot.waitSignal(session.bus.project_changed):
        dialog.restore_button.click()
    assert dialog.message.text() == f"Restored {ARABIC}."
    assert session.project.repo.get("actor", arabic)["deleted_at"] is None
    dialog.close()


def test_trashing_a_named_record_says_what_names_it(session, qtbot):
    fab, *_ = _records(session)
    dialog = ActorsDialog(session)
    qtbot.addWidget(dialog)
    dialog.select(fab)
    dialog.trash_button.click()
    assert dialog.message.text() == "Moved FAB to the trash. " + actor_refs.describe((1, 0))
    dialog.close()


def test_the_edit_menu_opens_it(window, monkeypatch):
    opened = []
    monkeypatch.setattr("workbench.gui.dialogs.actors.ActorsDialog.exec",
                        lambda self: opened.append(self.live.rowCount()))
    window.actions_["actor_records"].trigger()
    assert opened and opened[0] >= 1  # the demo's records


def test_the_timeline_follows_a_merge_made_in_the_dialog(window, qtbot):
    pane = window.timeline
    pane.set_lane_mode("actor")
    project = window.session.project
    records = {r["name"]: r["id"] for r in project.repo.actors()}
    assert {"Harun Liberation Movement", "Tesmaran Armed Forces"} <= set(pane.marks.lanes)
    dialog = ActorsDialog(window.session, window)
    qtbot.addWidget(dialog)
    dialog.select(records["Tesmaran Armed Forces"])
    dialog.into.setCurrentIndex(dialog.into.findData(records["Harun Liberation Movement"]))
    dialog.merge_button.click()
    qtbot.waitUntil(lambda: "Tesmaran Armed Forces" not in pane.marks.lanes, timeout=5000)
    assert "Harun Liberation Movement" in pane.marks.lanes
    window.undo()
    qtbot.waitUntil(lambda: "Tesmaran Armed Forces" in pane.marks.lanes, timeout=5000)
    dialog.close()


def test_a_restored_row_leaves_no_other_record_selected(session, qtbot):
    fab, brigade, arabic, _ann = _records(session)
    for actor in (fab, arabic):
        actor_ops.trash_actor(session.project, actor)
    dialog = ActorsDialog(session)
    qtbot.addWidget(dialog)
    assert [r[0] for r in _cells(dialog.trashed)] == ["FAB", ARABIC]
    dialog.trashed.selectRow(1)
    dialog.restore_button.click()
    assert [r[0] for r in _cells(dialog.trashed)] == ["FAB"]
    assert not dialog.trashed.selectionModel().selectedRows()
    assert not dialog.restore_button.isEnabled()  # Restore again would bring back FAB
    dialog.select(brigade)
    dialog.close()


def test_a_record_is_edited_in_the_window_and_undo_takes_it_back(session, qtbot):
    fab, _brigade, _arabic, _ann = _records(session)
    dialog = ActorsDialog(session)
    qtbot.addWidget(dialog)
    assert not dialog.save_button.isEnabled()  # no record chosen
    dialog.select(fab)
    assert dialog.form.name.text() == "FAB" and dialog.form.type.currentText() == "none"
    assert dialog.form.type.findData("armed_group") > 0  # the codebook's choices
    dialog.form.name.setText("  Free  Army\nBattalion ")
    dialog.form.aliases.setPlainText("كتيبة الجيش الحر\n\n")
    dialog.form.type.setCurrentIndex(dialog.form.type.findData("armed_group"))
    with qtbot.waitSignal(session.bus.project_changed) as heard:
        dialog.save_button.click()
    assert heard.args[0].sender is dialog and heard.args[0].changes.touches("actor")
    row = session.project.repo.get("actor", fab)
    assert (row["name"], row["aliases"], row["actor_type"]) == (
        "Free Army Battalion", ["كتيبة الجيش الحر", "FAB"], "armed_group")  # FAB: the old name
    assert dialog.message.text() == "Saved Free Army Battalion."
    assert ["Free Army Battalion", "armed_group", "كتيبة الجيش الحر; FAB", "1 annotation"] \
        in _cells(dialog.live)
    assert dialog.form.aliases.toPlainText() == "كتيبة الجيش الحر\nFAB"  # as saved
    session.undo(sender=object())
    assert session.project.repo.get("actor", fab)["name"] == "FAB"
    assert ["FAB", "", "", "1 annotation"] in _cells(dialog.live)
    dialog.close()


def test_a_refused_edit_says_why_in_one_sentence_and_keeps_what_was_typed(session, qtbot):
    fab, brigade, _arabic, _ann = _records(session)
    dialog = ActorsDialog(session)
    qtbot.addWidget(dialog)
    dialog.select(fab)
    for typed, said in (("free army brigade", "Another actor record is already named Free "
                         "Army Brigade: choose another spelling, or merge the two records."),
                        ("   ", "An actor needs a name.")):
        dialog.form.name.setText(typed)
        dialog.save_button.click()
        assert dialog.message.text() == said
        assert dialog.form.name.text() == typed
    dialog.form.name.setText("FAB")
    dialog.form.aliases.setPlainText(ARABIC)
    dialog.save_button.click()
    assert dialog.message.text().startswith(f"The alias {ARABIC} is the name of another")
    assert session.project.repo.get("actor", fab)["aliases"] == []
    assert session.project.undo_stack == []
    dialog.select(brigade)  # another record chosen: the form shows it
    assert dialog.form.name.text() == "Free Army Brigade"
    # and the refusal about the record left behind is no longer said under this one
    assert dialog.message.text() == ""
    dialog.close()


def test_a_new_record_is_added_with_its_type_and_chosen(session, qtbot):
    _records(session)
    dialog = ActorsDialog(session)
    qtbot.addWidget(dialog)
    assert not dialog.new_button.isEnabled()  # no name typed
    dialog.form.name.setText("Tel Amrah Guard")
    dialog.form.aliases.setPlainText("TAG\nحرس تل عمرة")
    dialog.form.type.setCurrentIndex(dialog.form.type.findData("state_force"))
    with qtbot.waitSignal(session.bus.project_changed):
        dialog.new_button.click()
    [row] = [r for r in session.project.repo.actors() if r["name"] == "Tel Amrah Guard"]
    assert (row["aliases"], row["actor_type"]) == (["TAG", "حرس تل عمرة"], "state_force")
    assert dialog.message.text() == "Added Tel Amrah Guard."
    assert dialog.form.record_id == row["id"] and dialog.save_button.isEnabled()
    dialog.new_button.click()  # the same again: refused, not a second record
    assert dialog.message.text().startswith("Another actor record is already named Tel")
    assert len(session.project.repo.actors()) == 4
    dialog.close()


def test_each_alias_keeps_its_direction_and_a_chain_is_named_to_its_end(session, qtbot):
    fab, brigade, arabic, _ann = _records(session)
    p = session.project
    # An Arabic alias before one that begins with a figure: laid out as one run, the
    # figure crossed the separator ("17 ;لواء الشمال th Brigade").
    actor_ops.update_actor(p, brigade, aliases=["لواء الشمال", "17th Brigade"])
    actor_ops.merge_actors(p, fab, brigade)
    actor_ops.merge_actors(p, brigade, arabic)
    dialog = ActorsDialog(session)
    qtbot.addWidget(dialog)
    cells = {dialog.trashed.item(r, 0).text(): dialog.trashed.item(r, 2).text()
             for r in range(dialog.trashed.rowCount())}
    assert cells["Free Army Brigade"] == ("\u2068لواء الشمال\u2069; \u206817th Brigade\u2069; "
                                          "\u2068FAB\u2069")
    assert [r[3] for r in _cells(dialog.trashed)] == [
        f"merged into Free Army Brigade, itself merged into {ARABIC}",
        f"merged into {ARABIC}"]
    dialog.close()


def test_a_type_the_codebook_does_not_offer_is_shown_and_kept_by_a_save(session, qtbot):
    # Shown as "none", a record's type the codebook no longer offered was cleared by the
    # next save of its name, without a word.
    from tests.helpers import raw_connect

    fab, _brigade, _arabic, _ann = _records(session)
    conn = raw_connect(session.project.path)
    with conn:
        conn.execute("UPDATE actors SET actor_type = 'militia' WHERE id = ?", (fab,))
    conn.close()
    dialog = ActorsDialog(session)
    qtbot.addWidget(dialog)
    dialog.select(fab)
    assert dialog.form.type.currentText() == "militia (not in the codebook)"
    dialog.form.name.setText("Free Army")
    dialog.save_button.click()
    assert dialog.message.text() == "Saved Free Army."
    assert session.project.repo.get("actor", fab)["actor_type"] == "militia"
    dialog.form.type.setCurrentIndex(dialog.form.type.findData("state_force"))
    dialog.save_button.click()
    assert session.project.repo.get("actor", fab)["actor_type"] == "state_force"
    assert dialog.form.type.findData("militia") == -1  # no longer the record's
    dialog.close()
