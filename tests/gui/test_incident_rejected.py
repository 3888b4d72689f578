"""The incidents pane's rejected proposals: shown on asking, marked rejected, and reopened
as a proposal to review again through the core (one undoable write)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from workbench.core.incidents import model
from workbench.gui.models import incident_list_model as L

from .incident_helpers import window_with_incidents

PROPOSAL = "Dunmere rally shooting"


@pytest.fixture
def win(demo_project, qtbot):
    yield from window_with_incidents(demo_project, qtbot)


def _titles(pane) -> list[str]:
    return [pane.model.row_at(i)["title"] for i in range(pane.model.rowCount())]


def _reject_proposal(win, qtbot) -> str:
    pane = win.incident_panel
    pos = _titles(pane).index(PROPOSAL)
    inc_id = pane.model.row_at(pos)["id"]
    pane.list.setCurrentIndex(pane.model.index(pos, 0))
    pane.list.setFocus()
    qtbot.keyClick(pane.list, Qt.Key.Key_Delete)
    return inc_id


def test_rejected_proposals_are_listed_on_asking_and_marked_rejected(win, qtbot) -> None:
    pane = win.incident_panel
    inc_id = _reject_proposal(win, qtbot)
    assert PROPOSAL not in _titles(pane)
    pane.rejected_box.setChecked(True)
    pos = pane.model.row_of(inc_id)
    assert pos is not None and pane.model.row_at(pos)["status"] == "rejected"
    text = pane.model.data(pane.model.index(pos, L.TITLE))
    assert text.splitlines() == [PROPOSAL, "rejected proposal · 3 figures"]
    tip = pane.model.data(pane.model.index(pos, L.TITLE), Qt.ItemDataRole.ToolTipRole)
    assert "rejected proposal" in tip and "Reopen" in tip and "3 figures when rejected" in tip
    assert pane.model.data(pane.model.index(pos, L.TITLE),
                           Qt.ItemDataRole.DecorationRole).cacheKey() \
        == pane.model.rejected_icon.cacheKey()
    # The count still counts incidents, and says how many rejected proposals are shown.
    assert pane.count_label.text() == "4 incidents · 1 rejected"
    pane.list.setCurrentIndex(pane.model.index(pos, 0))
    assert pane.meta.text().startswith("rejected proposal")
    assert "Reopen" in pane.tally_label.text()
    assert pane.reopen_button.isVisibleTo(pane) and not pane.best_button.isVisibleTo(pane)
    # The figures it held are listed, to judge it by; Delete there takes nothing out.
    assert sorted(pane.sources.row_at(i)["words"].split()[0]
                  for i in range(pane.sources.rowCount())) == ["One", "Riot", "dozens"]
    assert pane.source_view.isVisibleTo(pane) and not pane.remove_action.isEnabled()
    said = {pane.sources.row_at(i)["words"].split()[0]: pane.sources.row_at(i)
            for i in range(pane.sources.rowCount())}
    assert said["One"]["figure"] == "killed 1" and said["One"]["counts"] is False
    assert said["dozens"]["counted"] == "no: the proposal was rejected"
    pane.source_view.setCurrentIndex(pane.sources.index(0, 0))
    assert not pane.remove_current_member()
    assert pane.reopen_action.isEnabled()
    # Delete on a rejected row does nothing more (it is not a proposal any longer).
    qtbot.keyClick(pane.list, Qt.Key.Key_Delete)
    assert model.get_incident(win.session.project, inc_id, live=False)["status"] == "rejected"
    pane.rejected_box.setChecked(False)
    assert PROPOSAL not in _titles(pane)
    assert pane.count_label.text() == "4 incidents"


def test_a_rejection_made_while_shown_stays_listed_as_rejected(win, qtbot) -> None:
    pane = win.incident_panel
    pane.rejected_box.setChecked(True)
    assert pane.count_label.text() == "5 incidents · 1 suggested · 0 rejected"
    inc_id = _reject_proposal(win, qtbot)
    pos = pane.model.row_of(inc_id)
    assert pos is not None and pane.model.row_at(pos)["status"] == "rejected"
    assert pane.count_label.text() == "4 incidents · 1 rejected"


def test_a_rejected_proposal_is_reopened_for_review_and_undone(win, qtbot) -> None:
    session, pane = win.session, win.incident_panel
    inc_id = _reject_proposal(win, qtbot)
    pane.rejected_box.setChecked(True)
    pane.select_incident(inc_id)
    assert pane.incident_id == inc_id and pane.reopen_action.isEnabled()
    assert pane.reopen()
    row = model.get_incident(session.project, inc_id)
    assert row["status"] == "suggested" and not row["deleted_at"]
    assert len(model.member_ids(session.project, inc_id)) == 3
    # The list shows it as a proposal again (italic, Enter accepts), the detail its figures.
    pos = pane.model.row_of(inc_id)
    assert pane.model.row_at(pos)["status"] == "suggested"
    assert pane.model.data(pane.model.index(pos, L.TITLE), Qt.ItemDataRole.FontRole).italic()
    assert pane.sources.rowCount() == 3 and not pane.reopen_button.isVisibleTo(pane)
    assert win.statusBar().currentMessage().startswith(
        f"Reopened “{PROPOSAL}” as a proposal to review")
    assert pane.count_label.text() == "5 incidents · 1 suggested · 0 rejected"
    # The audit log holds the reopening, and one undo rejects it again.
    ops = [r[0] for r in session.project.conn.execute(
        "SELECT op FROM audit_entries ORDER BY seq DESC LIMIT 1")]
    assert ops[0].startswith("incident:restore")
    assert session.undo(sender=None).ok
    assert model.get_incident(session.project, inc_id, live=False)["status"] == "rejected"
    assert pane.model.row_at(pane.model.row_of(inc_id))["status"] == "rejected"
    # Enter on the reopened proposal accepts it, as on any proposal.
    assert session.redo(sender=None).ok
    pane.select_incident(inc_id)
    pane.list.setFocus()
    qtbot.keyClick(pane.list, Qt.Key.Key_Return)
    assert model.get_incident(session.project, inc_id)["status"] == "open"


def test_reopen_does_nothing_on_an_incident_that_was_not_rejected(win) -> None:
    pane = win.incident_panel
    pane.select_incident(pane.model.row_at(_titles(pane).index("Qarsel market blast"))["id"])
    assert not pane.reopen_action.isEnabled()
    assert not pane.reopen()


def _free_figure(session) -> str:
    """A casualty figure in no incident."""
    anns = [a["id"] for a in session.project.repo.annotations() if a["kind"] == "casualty"]
    held = model.membership_rows(session.project, anns)
    return next(a for a in anns if a not in held)


def test_annotations_dropped_on_a_rejected_proposal_are_refused_in_a_sentence(win,
                                                                             qtbot) -> None:
    """The row took the drop and the write raised "was a rejected proposal" out of the
    slot: no sentence, and the figure went nowhere."""
    from workbench.gui.models.incident_list_model import encode_ids

    session, pane = win.session, win.incident_panel
    inc_id = _reject_proposal(win, qtbot)
    pane.rejected_box.setChecked(True)
    pos = pane.model.row_of(inc_id)
    ann = _free_figure(session)
    data = encode_ids([ann])
    # The row takes no drop: the pointer says so before anything is let go.
    assert not pane.model.canDropMimeData(data, Qt.DropAction.CopyAction, -1, 0,
                                          pane.model.index(pos, 0))
    # A drop that got there anyway (rejected meanwhile in another window) is one sentence.
    pane.add_dropped(inc_id, [ann])
    assert win.statusBar().currentMessage() == (
        f"“{PROPOSAL}” is a rejected proposal: reopen it (Reopen as a proposal) to add "
        "figures to it.")
    assert model.membership_rows(session.project, [ann]) == {}
    assert model.get_incident(session.project, inc_id, live=False)["status"] == "rejected"


def test_key_i_on_a_rejected_proposal_starts_a_new_incident_and_says_why(win, qtbot) -> None:
    """With a rejected proposal the current incident, I started a new incident and said
    only that: it read as if the figure had been added to the proposal shown."""
    from workbench.gui.incident_actions import add_to_incident

    session, pane = win.session, win.incident_panel
    inc_id = _reject_proposal(win, qtbot)
    pane.rejected_box.setChecked(True)
    pane.select_incident(inc_id)
    ann = _free_figure(session)
    made = add_to_incident(session, [ann], sender=None)
    assert made is not None and made != inc_id
    said = win.statusBar().currentMessage()
    assert said.startswith(f"“{PROPOSAL}” is a rejected proposal, so a new incident was "
                           "started: New incident “"), said
    assert model.get_incident(session.project, inc_id, live=False)["status"] == "rejected"


def test_show_members_of_a_rejected_proposal_lists_the_figures_it_held(win, qtbot) -> None:
    """The table was narrowed to the proposal's live members, of which it has none: an
    empty table under "Incident members", where the detail listed three figures."""
    session, pane = win.session, win.incident_panel
    inc_id = _reject_proposal(win, qtbot)
    pane.rejected_box.setChecked(True)
    pane.select_incident(inc_id)
    pane.filter_box.setChecked(True)
    held = {r["id"] for r in model.members(session.project, inc_id, held=True)}
    assert len(held) == 3
    assert session.bus.incident_filter.ann_ids == frozenset(held)
    table = win.annotation_panel.model
    assert {table.row_at(i)["id"] for i in range(table.rowCount())} == held


def test_a_rejected_proposals_detail_is_whole_at_1024_by_640(win, qtbot) -> None:
    """On a 1024×640 window the detail had about 190 px: its sentence ran to six lines
    beside the Reopen button and was cut at both ends (its first line under the place,
    its last under the table). The whole explanation is in the tool tip."""
    pane = win.incident_panel
    inc_id = _reject_proposal(win, qtbot)
    win.resize(1024, 640)
    pane.rejected_box.setChecked(True)
    pane.select_incident(inc_id)
    qtbot.wait(50)
    label = pane.tally_label
    assert label.height() >= label.heightForWidth(label.width())
    assert pane.meta.height() >= pane.meta.heightForWidth(pane.meta.width())
    assert "Reopen" in label.text() and "not propose" in label.toolTip()


def test_enter_or_delete_on_a_rejected_proposal_says_what_to_do(win, qtbot) -> None:
    """Both keys did nothing and said nothing on a rejected row: Delete read as broken,
    Enter as if the proposal could not be accepted at all."""
    session, pane = win.session, win.incident_panel
    inc_id = _reject_proposal(win, qtbot)
    pane.rejected_box.setChecked(True)
    pane.select_incident(inc_id)
    pane.list.setFocus()
    said = (f"“{PROPOSAL}” was rejected: Reopen as a proposal (the button, or the row's "
            "menu) to review it again.")
    for key in (Qt.Key.Key_Delete, Qt.Key.Key_Return):
        win.statusBar().clearMessage()
        qtbot.keyClick(pane.list, key)
        assert win.statusBar().currentMessage() == said
        assert model.get_incident(session.project, inc_id, live=False)["status"] == "rejected"
