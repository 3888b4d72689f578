"""Tools → Agreement report… on a two-coder project: the table, the list, the selection."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QTreeWidget

from tests.gui.conftest import REPORT, add_text
from workbench.core.ops.annotations import annotate_quote
from workbench.core.project import Project


@pytest.fixture
def team_window(tmp_path: Path, qtbot, qapp):
    from workbench.gui.app import close_window, create_main_window

    path = tmp_path / "team.wbproj"
    with Project.create(path, coder="setup") as project:
        doc = add_text(project, REPORT, "report.txt", title="Shelling report")
        ids = {}
        for coder, outcome in (("amal", "killed"), ("ben", "wounded")):
            project.coder = coder
            ids[coder] = annotate_quote(project, doc, "casualty", "killed at least 12 civilians",
                                        {"outcome": outcome, "count_low": 12}).result
            annotate_quote(project, doc, "statement", "a provincial official said")
    win = create_main_window(path)
    win.show_dialogs = False
    qtbot.addWidget(win)
    win.show()
    yield win, doc, ids
    close_window(win)


def test_report_lists_measures_and_the_disagreement(team_window, qtbot):
    win, doc, ids = team_window
    from workbench.gui.dialogs.agreement import AgreementDialog

    win.actions_["agreement"].trigger()
    dialog = win.findChild(AgreementDialog, "agreementReport")
    assert dialog is not None and dialog.isVisible()
    measures = dialog.findChild(QTreeWidget, "agreementMeasures")
    rows = [[measures.topLevelItem(i).text(c) for c in range(6)]
            for i in range(measures.topLevelItemCount())]
    assert ["Casualty figure", "nominal"] in [[r[0], r[2]] for r in rows if r[1] == "Outcome"]
    presence = next(r for r in rows if r[:2] == ["Statement", "annotated or not"])
    assert presence[3] == "1.000" and presence[4] == "100.0%"
    listed = dialog.findChild(QTreeWidget, "agreementDisagreements")
    assert listed.topLevelItemCount() == 1
    item = listed.topLevelItem(0)
    assert item.text(3) == "Outcome" and "amal: killed" in item.text(4)

    # Double-clicking goes to the first coder's annotation in the window.
    listed.itemDoubleClicked.emit(item, 0)
    selection = win.session.bus.selection
    assert (selection.ann_id, selection.doc_id, selection.sender) == (ids["amal"], doc, dialog)
    assert win.document_view.textCursor().selectedText() == "killed at least 12 civilians"
    dialog.close()


def test_one_coder_gives_a_sentence(window):
    from workbench.gui.dialogs.agreement import AgreementDialog

    dialog = AgreementDialog(window.session, window)
    dialog.show()
    assert "two coders" in dialog.summary.text()
    assert dialog.findChild(QTreeWidget, "agreementMeasures").topLevelItemCount() == 0
    # The sentence alone: an 820×560 dialog left ~470 px of empty field under it.
    assert _room_under_the_sentence(dialog) <= 2 * dialog.fontMetrics().height()
    dialog.close()


def _room_under_the_sentence(dialog) -> int:
    """Pixels between the sentence's last line and the Close button."""
    from PySide6.QtWidgets import QDialogButtonBox

    buttons = dialog.findChild(QDialogButtonBox)
    return buttons.geometry().top() - dialog.summary.geometry().bottom()


def test_coders_with_no_document_in_common_get_a_sentence_not_a_bare_table(tmp_path, qtbot):
    from workbench.gui.app import close_window, create_main_window
    from workbench.gui.dialogs.agreement import REPORT_SIZE, AgreementDialog

    path = tmp_path / "team.wbproj"
    with Project.create(path, coder="setup") as project:
        first = add_text(project, REPORT, "report.txt", title="Shelling report")
        second = add_text(project, "A quiet week at the Halvern market.\n", "market.txt",
                          title="Market week")
        project.coder = "amal"
        annotate_quote(project, first, "statement", "a provincial official said")
        project.coder = "ben"
        annotate_quote(project, second, "event", "quiet week")
    win = create_main_window(path)
    win.show_dialogs = False
    win.show()
    try:
        dialog = AgreementDialog(win.session, win)
        dialog.show()
        assert dialog.summary.text().startswith("There is nothing to compare: amal and ben")
        measures = dialog.findChild(QTreeWidget, "agreementMeasures")
        assert not measures.isVisible()
        assert _room_under_the_sentence(dialog) <= 2 * dialog.fontMetrics().height()
        # Once they share a document the tables come back, with the report's room.
        win.session.project.coder = "ben"
        annotate_quote(win.session.project, first, "statement", "a provincial official said")
        dialog.refresh()
        assert measures.isVisible() and measures.topLevelItemCount() > 0
        assert dialog.height() >= REPORT_SIZE[1] and measures.height() > 100
        assert dialog.summary.text().startswith("Coders amal, ben; 1 document")
        dialog.close()
    finally:
        close_window(win)


def test_choosing_a_disagreement_shows_both_annotations_side_by_side(team_window):
    from PySide6.QtWidgets import QTableWidget

    from workbench.gui.dialogs.agreement import AgreementDialog

    win, _doc, _ids = team_window
    win.actions_["agreement"].trigger()
    dialog = win.findChild(AgreementDialog, "agreementReport")
    listed = dialog.findChild(QTreeWidget, "agreementDisagreements")
    listed.setCurrentItem(listed.topLevelItem(0))
    table = dialog.findChild(QTableWidget, "agreementCompare")
    coders = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert coders == ["amal", "ben"]
    rows = [table.verticalHeaderItem(r).text() for r in range(table.rowCount())]
    outcome = rows.index("Outcome")
    assert [table.item(outcome, c).text() for c in range(2)] == ["killed", "wounded"]
    assert table.item(outcome, 0).font().bold()  # the coders differ here
    words = rows.index("words")
    assert table.item(words, 1).text() == "killed at least 12 civilians"
    assert not table.item(words, 0).font().bold()  # and agree here
    dialog.close()


def test_the_open_report_follows_an_edit_and_its_undo(team_window, qtbot):
    """The dialog stays open beside the window: a write (here ben's outcome changed to
    agree with amal, then undone) shows in it without closing and opening it again."""
    from workbench.core.ops.annotations import update_annotation
    from workbench.gui.dialogs.agreement import AgreementDialog

    win, _doc, ids = team_window
    win.actions_["agreement"].trigger()
    dialog = win.findChild(AgreementDialog, "agreementReport")
    listed = dialog.findChild(QTreeWidget, "agreementDisagreements")
    assert listed.topLevelItemCount() == 1
    dialog.resize(700, 420)  # the user's size stays through the refreshes
    # Ben's own correction: made under another name, it would be that coder's figure.
    win.session.project.coder = "ben"
    assert win.session.run(update_annotation, ids["ben"], fields={"outcome": "killed"},
                           sender=win).ok
    qtbot.waitUntil(lambda: listed.topLevelItemCount() == 0, timeout=15_000)
    win.undo()
    qtbot.waitUntil(lambda: listed.topLevelItemCount() == 1, timeout=15_000)
    assert "ben: wounded" in listed.topLevelItem(0).text(4)
    assert (dialog.width(), dialog.height()) == (700, 420)
    dialog.close()


def test_opening_another_project_closes_the_reports_of_the_last_one(team_window, qtbot,
                                                                     tmp_path):
    """The agreement and merge reports read the project they were opened on: left open
    after another project was opened, choosing a disagreement read the closed project
    (a traceback, "Cannot operate on a closed database")."""
    from workbench.gui.dialogs.agreement import AgreementDialog
    from workbench.gui.main_menus import merge_into

    win, _doc, _ids = team_window
    win.actions_["agreement"].trigger()
    agreement = win.findChild(AgreementDialog, "agreementReport")
    colleague = tmp_path / "colleague.wbproj"
    with Project.create(colleague, coder="chen") as project:
        add_text(project, REPORT, "report.txt")
    win.show_dialogs = True
    merge = merge_into(win, [str(colleague)])
    assert agreement.isVisible() and merge.isVisible()
    other = tmp_path / "other.wbproj"
    Project.create(other, coder="dana").close()
    assert win.open_project(other)
    assert not agreement.isVisible() and not merge.isVisible()


def test_kinds_and_fields_are_shown_by_the_labels_the_codebook_gives_them(tmp_path, qtbot):
    """The window names kinds and fields by their labels everywhere; the agreement report
    showed their stored names, so a kind a team labelled in Arabic read "testimony"
    and "mode", words nobody on the team had chosen to see."""
    from workbench.core.ops import codebook as cb_ops
    from workbench.gui.app import close_window, create_main_window
    from workbench.gui.dialogs.agreement import AgreementDialog

    text = "قال مسؤول محلي إن القصف أسفر عن مقتل 12 مدنيا.\n"
    path = tmp_path / "team.wbproj"
    with Project.create(path, coder="setup") as project:
        doc = add_text(project, text, "ar.txt", title="بيان")
        cb_ops.add_kind(project, "testimony", "شهادة", "W")
        cb_ops.add_field(project, "testimony", "mode", "enum", label="النوع",
                         choices=("مباشر", "غير مباشر"))
        for coder, (quote, mode) in {"amal": ("قال مسؤول محلي", "مباشر"),
                                     "ben": ("قال مسؤول محلي", "غير مباشر")}.items():
            project.coder = coder
            annotate_quote(project, doc, "testimony", quote, {"mode": mode})
    win = create_main_window(path)
    win.show_dialogs = False
    win.show()
    try:
        win.actions_["agreement"].trigger()
        dialog = win.findChild(AgreementDialog, "agreementReport")
        measures = dialog.findChild(QTreeWidget, "agreementMeasures")
        rows = [[measures.topLevelItem(i).text(c) for c in range(2)]
                for i in range(measures.topLevelItemCount())]
        assert rows == [["شهادة", "annotated or not"], ["شهادة", "النوع"]]
        listed = dialog.findChild(QTreeWidget, "agreementDisagreements")
        item = listed.topLevelItem(0)
        assert (item.text(2), item.text(3)) == ("شهادة", "النوع")
        listed.setCurrentItem(item)
        table = dialog.compare
        names = [table.verticalHeaderItem(r).text() for r in range(table.rowCount())]
        assert "النوع" in names and "mode" not in names
        dialog.close()
    finally:
        close_window(win)


def test_a_claims_own_status_field_is_compared_not_its_review_status(tmp_path, qtbot):
    """A claim has a field named "status" (unverified, contested, ...) beside its review
    status. The side-by-side table read the review status ("accepted") into both rows
    named "status", so two coders who disagreed on the claim's status showed the same
    words twice and no row was marked as differing."""
    from workbench.gui.app import close_window, create_main_window
    from workbench.gui.dialogs.agreement import AgreementDialog

    path = tmp_path / "team.wbproj"
    with Project.create(path, coder="setup") as project:
        doc = add_text(project, REPORT, "report.txt", title="Shelling report")
        for coder, status in (("amal", "unverified"), ("ben", "contested")):
            project.coder = coder
            annotate_quote(project, doc, "claim", "The Crescent Brigade claimed responsibility",
                           {"claimant": "Crescent Brigade", "status": status})
    win = create_main_window(path)
    win.show_dialogs = False
    win.show()
    try:
        win.actions_["agreement"].trigger()
        dialog = win.findChild(AgreementDialog, "agreementReport")
        listed = dialog.findChild(QTreeWidget, "agreementDisagreements")
        item = next(listed.topLevelItem(i) for i in range(listed.topLevelItemCount())
                    if listed.topLevelItem(i).text(3) in ("Claim status", "status"))
        listed.setCurrentItem(item)
        table = dialog.compare
        rows = [table.verticalHeaderItem(r).text() for r in range(table.rowCount())]
        # The words and the review status come first, then the fields by name.
        assert rows[:2] == ["words", "status"]
        claim = next(r for r in range(2, len(rows)) if rows[r] in ("Claim status", "status"))
        review = 1
        assert [table.item(claim, c).text() for c in range(2)] == ["unverified", "contested"]
        assert table.item(claim, 0).font().bold()
        assert [table.item(review, c).text() for c in range(2)] == ["accepted", "accepted"]
        dialog.close()
    finally:
        close_window(win)


def test_the_dialog_says_the_conflict_copies_it_left_out(tmp_path, qtbot):
    # The window's report and the command line's leave the same copies out, and say so.
    from tests.core.agreement.test_conflict_copies import _merged_team
    from workbench.core.ops.annotations import set_status
    from workbench.gui.app import close_window, create_main_window
    from workbench.gui.dialogs.agreement import AgreementDialog

    path, ids = _merged_team(tmp_path)
    win = create_main_window(path)
    win.show_dialogs = False
    win.show()
    try:
        dialog = AgreementDialog(win.session, win)
        dialog.show()
        assert dialog.summary.text().endswith(
            "Only accepted or hand-made annotations count. 1 conflict copy a merge made "
            "waits for review and was left out (the version its conflict kept counts): "
            "accept or reject it to settle the conflict; once accepted it counts.")
        listed = dialog.findChild(QTreeWidget, "agreementDisagreements")
        assert [listed.topLevelItem(i).text(3) for i in range(listed.topLevelItemCount())
                ] == ["Low count"]
        set_status(win.session.project, [ids["copy"]], "rejected")
        dialog.refresh()
        assert "conflict copy" not in dialog.summary.text()
        dialog.close()
    finally:
        close_window(win)
