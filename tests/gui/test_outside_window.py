"""The window follows what another program writes to its project, and says when its
file is gone (``gui/outside_watch.py``)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from workbench.core.incidents.ops import create_incident
from workbench.core.ops.annotations import annotate_quote, update_annotation
from workbench.core.ops.documents import update_metadata
from workbench.core.project import Project
from workbench.gui.outside_watch import REFRESHED

NOTE = ("Curfew extended in Velmora\n\nThe district council said two shops burned "
        "overnight and one guard was wounded near the bus station.\n")


def _table_ids(win) -> set[str]:
    model = win.findChild(QTableView, "annotationTable").model()
    return {model.row_at(r)["id"] for r in range(model.rowCount())}


def _titles(win) -> list[str]:
    model = win.document_list.model
    return [model.index(r, 0).data(Qt.ItemDataRole.DisplayRole) for r in range(model.rowCount())]


def test_another_programs_changes_refresh_the_panes_and_keep_the_selection(window, qtbot):
    session = window.session
    doc = window.document_view.doc_id
    kept = sorted(_table_ids(window))[0]
    session.bus.select(kept, doc, sender="test")
    incidents_before = window.incident_panel.model.rowCount()
    with Project.open(session.project.path, coder="ben") as other:
        new = annotate_quote(other, doc, "casualty", "killing at least 12",
                             {"outcome": "killed", "count_low": 12,
                              "incident_date": "2026-03-02"}, occurrence=1).result
        update_metadata(other, doc, title="Retitled in the other window")
        create_incident(other, "Raid reported by the district council")
        update_annotation(other, kept, memo="Checked by ben")
    assert window.outside.check()
    # The document list, the annotation table, the incident pane and the editor follow;
    # the selection stays where it was, since that annotation still exists.
    assert "Retitled in the other window" in _titles(window)
    assert new in _table_ids(window)
    assert window.incident_panel.model.rowCount() == incidents_before + 1
    assert session.bus.selection.ann_id == kept
    assert window.annotation_panel.selected_ids() == [kept]
    assert window.annotation_panel.editor.memo.toPlainText() == "Checked by ben"
    assert window.statusBar().currentMessage() == REFRESHED
    # The timeline draws the new mark.
    timeline = window.timeline
    qtbot.waitUntil(lambda: timeline.marks is not None and new in timeline.marks.by_ann)
    # Undo is the window's own: another program's change is not on it.
    assert not session.project.undo_stack
    assert not window.outside.check()  # said once


def test_the_windows_own_writes_are_not_announced(window):
    session = window.session
    doc = window.document_view.doc_id
    window.statusBar().clearMessage()
    outcome = session.run(update_metadata, doc, title="Renamed here", sender="test")
    assert outcome.ok
    assert not window.outside.check()
    assert window.statusBar().currentMessage() != REFRESHED


def test_nothing_is_read_while_the_window_writes_in_a_thread(window):
    session = window.session
    doc = window.document_view.doc_id
    with Project.open(session.project.path, coder="ben") as other:
        update_metadata(other, doc, title="Written while a merge ran")
    session.held_by = "A merge"
    assert not window.outside.check()
    session.held_by = None
    assert window.outside.check()


def test_an_import_from_the_command_line_shows_up_by_itself(window, qtbot, tmp_path):
    before = len(_titles(window))
    note = tmp_path / "curfew.txt"
    note.write_text(NOTE, encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[2]))
    done = subprocess.run([sys.executable, "-m", "workbench", "import",
                           str(window.session.project.path), str(note)],
                          capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    # The timer notices it: nobody calls the check.
    qtbot.waitUntil(lambda: len(_titles(window)) == before + 1, timeout=10_000)
    assert "Curfew extended in Velmora" in _titles(window)
    assert window.count_label.text().startswith(f"{before + 1:,} documents")


def test_a_file_gone_is_said_once_writes_wait_and_it_comes_back(window, tmp_path):
    session = window.session
    path = session.project.path
    doc = window.document_view.doc_id
    away = tmp_path / "pulled" / path.name
    away.parent.mkdir()
    os.rename(path, away)  # the stick is pulled (the open handle still reads, on Linux)
    assert not window.outside.check()
    banner = window.gone_banner
    assert banner.isVisible() and banner.text().startswith(
        f"{path.name} was moved, renamed or deleted while it was open")
    assert "changes wait until it is back" in banner.text()
    outcome = session.run(update_metadata, doc, title="While away", sender="test")
    assert not outcome.ok and "so this change was not saved" in outcome.message
    os.rename(away, path)  # and put back
    window.outside.check()
    assert not banner.isVisible()
    assert window.statusBar().currentMessage() == (
        f"{path.name} is back in its place; changes are saved again.")
    assert session.run(update_metadata, doc, title="Back", sender="test").ok


def test_a_file_deleted_for_good_leaves_the_window_standing(window):
    session = window.session
    path = session.project.path
    os.remove(path)
    window.outside.check()
    assert window.gone_banner.isVisible()
    # Reading what is shown goes on from the open handle; nothing raises.
    window.document_list.reload()
    assert window.outside.check() is False


def test_a_read_that_fails_on_a_pulled_drive_is_a_sentence_not_a_traceback(window,
                                                                          monkeypatch):
    import sqlite3

    from workbench.gui.app import install_damage_hook

    shown: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, err, tb: shown.append(err))
    install_damage_hook(window)
    path = window.session.project.path
    # The drive is gone: SQLite answers a pane's read with an I/O error.
    sys.excepthook(sqlite3.OperationalError, sqlite3.OperationalError("disk I/O error"), None)
    assert shown == []
    said = window.gone_banner.text()
    assert said.startswith(f"{path.name} could not be read (disk I/O error)")
    assert window.gone_banner.isVisible()
    os.remove(path)
    sys.excepthook(sqlite3.OperationalError, sqlite3.OperationalError("disk I/O error"), None)
    assert window.gone_banner.text().startswith(f"{path.name} was moved, renamed or deleted")
    # Any other error is a bug and keeps its traceback.
    bug = ValueError("a bug")
    sys.excepthook(ValueError, bug, None)
    assert shown == [bug]


def test_a_big_write_elsewhere_refreshes_the_panes_too(window, monkeypatch):
    from workbench.core import outside
    from workbench.core.ops.bulk import NewAnnotation, create_annotations

    monkeypatch.setattr(outside, "DETAILED_UP_TO", 5)  # as if it were thousands
    session = window.session
    doc = window.document_view.doc_id
    marks_before = window.document_view.marks
    count = len(session.project.repo.annotations(doc_id=doc))
    with Project.open(session.project.path, coder="ben") as other:
        made = create_annotations(other, [NewAnnotation(doc, "event", i, i + 5)
                                          for i in range(8)]).result
    assert window.outside.check()
    assert set(made) <= _table_ids(window)
    assert window.count_label.text().endswith(
        f"{session.project.repo.stats()['annotations']:,} annotations")
    assert len(session.project.repo.annotations(doc_id=doc)) == count + 8
    assert window.document_view.marks is not marks_before  # the viewer read its marks


def test_the_windows_own_merge_and_re_import_are_not_another_programs(tmp_path, qtbot):
    from tests.gui.conftest import amal_and_bens_copy
    from workbench.core.ops.bulk import NewAnnotation, create_annotations
    from workbench.gui.app import close_window, create_main_window
    from workbench.gui.main_menus import merge_into

    target, source, doc, _ann = amal_and_bens_copy(tmp_path)
    with Project.open(source, coder="ben") as p:
        create_annotations(p, [NewAnnotation(doc, "casualty", i, i + 8, {"outcome": "wounded"})
                               for i in range(5)])
    win = create_main_window(target)
    win.show_dialogs = False
    win.show()
    try:
        assert merge_into(win, [str(source)]) is not None
        assert not win.outside.check()  # run in a thread, adopted: the window's own
        new = tmp_path / "report-v2.txt"
        new.write_text("Shelling hits market in Port Halden\n\nArtillery fire killed at "
                       "least 14 civilians on Sunday, a provincial official said.\n",
                       encoding="utf-8")
        job = win.reimport_file(doc, new)
        assert job is not None
        with qtbot.waitSignal(job.finished, timeout=30000):
            pass
        assert not win.outside.check()
        assert win.statusBar().currentMessage() != REFRESHED
    finally:
        close_window(win)


def test_a_merge_and_an_index_rebuild_wait_while_the_file_is_away(tmp_path, qtbot):
    # The merge's thread opened the path anew: with the file away it made an empty
    # project there. Now both are refused, and the sentence is on the status bar.
    from tests.gui.conftest import amal_and_bens_copy
    from workbench.gui.app import close_window, create_main_window
    from workbench.gui.main_menus import merge_into
    from workbench.gui.verify_action import rebuild_project_indexes

    target, source, _doc, _ann = amal_and_bens_copy(tmp_path)
    win = create_main_window(target)
    win.show_dialogs = False
    win.show()
    away = tmp_path / "pulled" / target.name
    away.parent.mkdir()
    try:
        os.rename(target, away)
        assert merge_into(win, [str(source)]) is None
        said = win.statusBar().currentMessage()
        assert said.startswith(f"{target.name} was moved, renamed or deleted"), said
        assert "so nothing was merged" in said
        assert not target.exists()
        assert rebuild_project_indexes(win) is None
        assert win.statusBar().currentMessage().startswith(
            f"{target.name} was moved, renamed or deleted")
        os.rename(away, target)
        assert merge_into(win, [str(source)]) is not None
    finally:
        close_window(win)


def test_encrypting_waits_while_the_file_is_away_and_the_window_keeps_its_project(
        window):
    # Encrypting closed the project, found no file to convert and none to open again:
    # the window was left holding a closed project, the moved file out of its reach.
    from workbench.gui.crypto_actions import encrypt_project

    session = window.session
    path = session.project.path
    away = path.with_name("elsewhere.wbproj")
    os.rename(path, away)
    asked = []
    encrypt_project(window, ask=lambda *a, **k: asked.append(a) or "a long passphrase 42")
    said = window.statusBar().currentMessage()
    assert said.startswith(f"{path.name} was moved, renamed or deleted"), said
    assert "so nothing was changed" in said and not asked
    assert window.session is session and not session.project.closed
    os.rename(away, path)
    doc = window.document_view.doc_id
    assert session.run(update_metadata, doc, title="Still open", sender="test").ok
