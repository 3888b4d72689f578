"""File → Merge project…: the merge runs through the session and the report lists conflicts."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QTreeWidget

from tests.gui.conftest import REPORT, add_text, amal_and_bens_copy
from workbench.core.ops.annotations import annotate_quote, update_annotation
from workbench.core.ops.codebook import add_kind
from workbench.core.project import Project
from workbench.gui.main_menus import merge_into


@pytest.fixture
def merge_window(tmp_path: Path, qtbot, qapp):
    from workbench.gui.app import close_window, create_main_window

    target, source, doc, ann = amal_and_bens_copy(tmp_path)
    with Project.open(source, coder="ben") as p:
        update_annotation(p, ann, memo="ben: two sources agree")
        add_kind(p, "checkpoint", "Checkpoint", "Q")
    with Project.open(target, coder="amal") as p:
        update_annotation(p, ann, memo="amal: only one source")
    win = create_main_window(target)
    win.show_dialogs = False
    qtbot.addWidget(win)
    win.show()
    yield win, source, doc, ann
    close_window(win)


def test_merge_shows_conflicts_and_selects_their_annotation(merge_window):
    win, source, doc, ann = merge_window
    assert win.actions_["merge"].objectName() == "mergeProject"
    dialog = merge_into(win, [str(source)])
    assert dialog is not None
    tree = dialog.findChild(QTreeWidget, "mergeConflicts")
    assert tree.topLevelItemCount() == 1
    item = tree.topLevelItem(0)
    assert item.text(0) == f'annotation {ann} "killed at least 12 civilians"'
    assert item.text(1) == "ben.wbproj"
    tree.setCurrentItem(item)
    selection = win.session.bus.selection
    assert (selection.ann_id, selection.doc_id, selection.sender) == (ann, doc, dialog)
    # The conflict copy is in the window's counts, and ben's new kind in the menu.
    assert win.count_label.text().endswith("2 annotations")
    assert "annotate_checkpoint" in win.actions_
    dialog.close()


def test_undo_and_redo_of_a_merge_move_its_kinds_in_the_annotate_menu(merge_window):
    """ben's new kind leaves the Annotate menu when the merge is undone (its entry
    annotated with a kind the codebook no longer had) and comes back with the redo."""
    win, source, _doc, _ann = merge_window
    assert merge_into(win, [str(source)]) is not None
    assert "annotate_checkpoint" in win.actions_
    win.undo()
    assert "checkpoint" not in win.session.project.codebook
    assert "annotate_checkpoint" not in win.actions_
    assert "Checkpoint" not in [a.text().split("\t")[0] for a in _annotate_menu(win)]
    win.redo()
    assert "annotate_checkpoint" in win.actions_
    assert "Checkpoint" in [a.text().split("\t")[0] for a in _annotate_menu(win)]


def _annotate_menu(win) -> list:
    menu = next(a.menu() for a in win.menuBar().actions() if a.text() == "&Annotate")
    return menu.actions()


@pytest.fixture
def open_window(qtbot, qapp):
    """Opens a window on a project file; closes it after the test."""
    from workbench.gui.app import close_window, create_main_window

    opened = []

    def open_(path: Path):
        win = create_main_window(path)
        win.show_dialogs = False
        qtbot.addWidget(win)
        win.show()
        opened.append(win)
        return win

    yield open_
    for win in opened:
        close_window(win)


def test_a_conflict_kept_in_the_trash_goes_to_its_live_copy(tmp_path, open_window):
    """amal trashed the figure, ben edited it: the item stays in amal's trash and ben's
    version waits in review as the conflict copy. Selecting the conflict went to the
    trashed annotation, which the panel cannot show (\"No annotation selected\")."""
    from workbench.core.ops.annotations import trash_annotations

    target, source = tmp_path / "amal.wbproj", tmp_path / "ben.wbproj"
    with Project.create(target, coder="amal") as p:
        doc = add_text(p, REPORT, "report.txt", title="Shelling report")
        ann = annotate_quote(p, doc, "casualty", "killed at least 12 civilians",
                             {"outcome": "killed"}).result
    shutil.copy(target, source)
    with Project.open(source, coder="ben") as p:
        update_annotation(p, ann, fields={"outcome": "wounded"})
    with Project.open(target, coder="amal") as p:
        trash_annotations(p, [ann])
    win = open_window(target)
    dialog = merge_into(win, [str(source)])
    tree = dialog.findChild(QTreeWidget, "mergeConflicts")
    item = tree.topLevelItem(0)
    copy = item.text(4)
    assert item.text(2) == "trashed by amal, edited by ben" and copy
    tree.setCurrentItem(item)
    assert win.session.bus.selection.ann_id == copy
    editor = win.annotation_panel.editor
    assert editor.ann is not None and editor.ann["id"] == copy
    assert editor.ann["fields"]["outcome"] == "wounded"
    dialog.close()


def test_the_counts_table_is_in_a_fixed_width_font(merge_window):
    """The counts are a text table aligned with spaces, as the command line prints it: in
    the window's proportional font its columns no longer lined up under their headings."""
    from PySide6.QtGui import QFontInfo
    from PySide6.QtWidgets import QPlainTextEdit

    win, source, _doc, _ann = merge_window
    dialog = merge_into(win, [str(source)])
    summary = dialog.findChild(QPlainTextEdit, "mergeSummary")
    assert "added  updated  unchanged  conflicts" in summary.toPlainText()
    assert QFontInfo(summary.font()).fixedPitch()
    dialog.close()


def test_the_conflict_columns_show_their_whole_text(merge_window):
    """Each conflict's item and what happened were cut to "annotation 2…" and "changed
    on b…" while the conflict copy's column took the rest of the width."""
    win, source, _doc, _ann = merge_window
    dialog = merge_into(win, [str(source)])
    dialog.show()
    tree = dialog.findChild(QTreeWidget, "mergeConflicts")
    item = tree.topLevelItem(0)
    metrics = tree.fontMetrics()
    for column in range(tree.columnCount()):
        assert tree.columnWidth(column) >= metrics.horizontalAdvance(item.text(column))
    dialog.close()


def test_a_refused_merge_shows_no_report(merge_window, tmp_path):
    win, _source, _doc, _ann = merge_window
    assert merge_into(win, [str(tmp_path / "missing.wbproj")]) is None
    assert "missing.wbproj" in win.statusBar().currentMessage()


def test_an_encrypted_source_asks_its_passphrase(merge_window, monkeypatch):
    """The merge's thread needs the passphrase: it is asked in the window's thread."""
    import threading

    from workbench.core import crypto
    from workbench.gui import merge_run

    win, source, _doc, _ann = merge_window
    crypto.encrypt(source, "ben's long passphrase")
    asked: list[tuple[str, bool]] = []

    def ask(_parent, prompt, **_kw):
        asked.append((prompt, threading.current_thread() is threading.main_thread()))
        return "ben's long passphrase"

    monkeypatch.setattr(merge_run, "ask_passphrase", ask)
    assert merge_into(win, [str(source)]) is not None
    assert asked and "ben.wbproj" in asked[0][0] and asked[0][1]
    assert len(win.session.project.repo.annotations()) == 2  # the conflict copy added


def test_a_cancelled_passphrase_merges_nothing(merge_window, monkeypatch):
    from workbench.core import crypto
    from workbench.gui import merge_run

    win, source, _doc, _ann = merge_window
    crypto.encrypt(source, "ben's long passphrase")
    monkeypatch.setattr(merge_run, "ask_passphrase", lambda *a, **k: None)
    assert merge_into(win, [str(source)]) is None
    assert "nothing was merged" in win.statusBar().currentMessage()
    assert len(win.session.project.repo.annotations()) == 1


@pytest.fixture
def dated_merge(tmp_path: Path, qtbot, qapp):
    """amal's project with a report; ben's with the same report under another name and a
    dated figure in it."""
    from workbench.gui.app import close_window, create_main_window

    target, source = tmp_path / "amal.wbproj", tmp_path / "ben.wbproj"
    with Project.create(target, coder="amal") as p:
        add_text(p, REPORT, "report.txt", title="Shelling report")
    with Project.create(source, coder="ben") as p:
        doc = add_text(p, REPORT, "market.txt", title="Ben's copy")
        annotate_quote(p, doc, "casualty", "killed at least 12 civilians",
                       {"outcome": "killed", "count_low": 12, "incident_date": "2026-03-01"})
    win = create_main_window(target)
    win.show_dialogs = False
    qtbot.addWidget(win)
    win.show()
    yield win, source
    close_window(win)


def test_undoing_a_merge_takes_its_marks_off_the_timeline(dated_merge, qtbot):
    """A colleague's dated figure comes in with the merge and leaves with its undo."""
    win, source = dated_merge
    qtbot.waitUntil(lambda: getattr(win, "timeline", None) is not None, timeout=15_000)
    assert merge_into(win, [str(source)]) is not None
    qtbot.waitUntil(lambda: len(win.timeline._items) == 1, timeout=15_000)
    win.undo()
    assert win.count_label.text().endswith("0 annotations")
    qtbot.waitUntil(lambda: len(win.timeline._items) == 0, timeout=15_000)


def test_the_notes_are_shown_apart_from_the_counts_in_full(merge_window, qapp):
    """The notes (a document re-imported on one side, an encrypted source in a plain
    project, work on a trashed document) are what the lead has to act on: they sat at the
    bottom of the counts' box, in its fixed-width font without wrapping, under the fold,
    while an empty conflicts list took most of the dialog."""
    from PySide6.QtWidgets import QPlainTextEdit

    from workbench.core.merge import MergeReport
    from workbench.gui.dialogs.merge import MergeReportDialog

    win, _source, _doc, _ann = merge_window
    notes = ["amal.wbproj is encrypted and lead.wbproj is not: what was merged from it is "
             "stored here unencrypted, readable by anyone holding this file; encrypt it "
             "(File → Encrypt project…, or workbench encrypt lead.wbproj) before it is "
             "copied or carried.",
             "ben.wbproj: 2 annotations added or changed on document 3 (Port Halden market "
             "shelling), which is in the trash here: restore the document to see them."]
    dialog = MergeReportDialog(win.session, MergeReport("lead.wbproj", ["amal.wbproj"],
                                                        notes=list(notes)), win)
    dialog.show()
    qapp.processEvents()
    summary = dialog.findChild(QPlainTextEdit, "mergeSummary")
    shown = dialog.findChild(QPlainTextEdit, "mergeNotes")
    assert shown is not None and shown.isVisible()
    assert shown.toPlainText().split("\n\n") == notes
    assert shown.verticalScrollBar().maximum() == 0  # every word in sight
    assert not any(n in summary.toPlainText() for n in notes)
    assert summary.verticalScrollBar().maximum() == 0  # the whole table in sight
    dialog.close()
