"""File → Restore from backup…: the backup's check runs in a thread of its own with its
progress and a Cancel, while the window goes on processing its events.

The check ran on the window's thread behind a wait cursor: seconds at 100,000
annotations, more at a million, with no sign of life and no way to stop it."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialogButtonBox

from tests.helpers import REPORT, add_doc
from workbench.core import backup, restorecheck
from workbench.core.project import Project
from workbench.core.verify import STAGES
from workbench.gui.crypto_actions import restore_from_backup


@pytest.fixture
def window(tmp_path, qtbot):
    """A window on a project with one document, backed up, then given a second."""
    from workbench.gui.bus import Bus
    from workbench.gui.main_window import MainWindow
    from workbench.gui.session import Session

    project = Project.create(tmp_path / "p.wbproj", coder="tester")
    add_doc(project)
    made = backup.make(project.conn, project.path)
    add_doc(project, REPORT + "later\n", "later.txt")
    win = MainWindow(Session(project, Bus()))
    qtbot.addWidget(win)
    win.show_dialogs = False
    win.backup_timer.wait()
    win.made = made  # type: ignore[attr-defined]
    yield win
    win.backup_timer.stop()
    win.session.project.close()


def _files(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def _held_after_copy(monkeypatch) -> threading.Event:
    """Hold the check after the backup's copy until the event is set (10 s at most);
    the event is ``released`` only if the window set it meanwhile, and its ``reached``
    event is set once the check stands held."""
    go = threading.Event()
    go.reached = threading.Event()  # type: ignore[attr-defined]
    real = backup._copy_out

    def copy_then_wait(*args, **kwargs):
        real(*args, **kwargs)
        go.reached.set()  # type: ignore[attr-defined]
        go.released = go.wait(10)  # type: ignore[attr-defined]

    monkeypatch.setattr(backup, "_copy_out", copy_then_wait)
    go.released = None  # type: ignore[attr-defined]
    return go


def test_the_check_shows_each_stage_in_the_progress_dialog_then_restores(window, monkeypatch):
    from workbench.gui.dialogs import merge_progress

    labels: list[tuple[str, str, str, int, int]] = []

    shown = merge_progress.MergeProgressDialog.show_step

    def watch(dialog, step):
        shown(dialog, step)
        labels.append((dialog.objectName(), dialog.windowTitle(), dialog.label.text(),
                       dialog.bar.value(), dialog.bar.maximum()))

    monkeypatch.setattr(merge_progress.MergeProgressDialog, "show_step", watch)
    restore_from_backup(window, window.made)
    of = len(STAGES) + 1
    assert labels[0] == ("restoreProgress", "Restore from backup",
                         f"Copying the backup beside the project (1 of {of})…", 0, of)
    assert [label[2] for label in labels[1:]] == [
        f"Checking the {stage} ({n} of {of})…" for n, stage in enumerate(STAGES, 2)]
    assert [label[3] for label in labels] == list(range(of))
    assert window.session.project.repo.stats()["documents"] == 1  # restored
    assert window.statusBar().currentMessage() == (
        f"Restored p.wbproj from {window.made.name}.")
    assert window.session.held_by is None and window.restore_check is None


def test_the_window_processes_its_events_while_the_check_runs(window, monkeypatch, qtbot):
    go = _held_after_copy(monkeypatch)
    seen: list[object] = []

    def from_the_window() -> None:  # runs only if the window's events go on
        seen.append((window.session.held_by, window.restore_check is not None))
        go.set()

    QTimer.singleShot(50, from_the_window)
    restore_from_backup(window, window.made)
    assert go.released is True  # the check waited for the window, and it answered
    assert seen == [("A restore", True)]  # other writes were refused meanwhile
    assert window.session.project.repo.stats()["documents"] == 1


def test_cancel_stops_the_check_and_leaves_the_project_and_the_backup_as_they_were(
        window, monkeypatch, tmp_path):
    go = _held_after_copy(monkeypatch)
    project = window.session.project
    path, made = project.path, window.made
    project.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before, backup_bytes = path.read_bytes(), made.read_bytes()
    files = _files(tmp_path)

    def press_cancel() -> None:
        # Pressed while the check stands held after its copy, however slowly its thread
        # starts: a Cancel before the copy would stop it before it began, and prove less.
        if not go.reached.is_set():  # type: ignore[attr-defined]
            QTimer.singleShot(10, press_cancel)
            return
        dialog = window.restore_check.dialog
        assert dialog.isVisible()
        dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
        assert dialog.label.text().startswith("Cancelling")
        go.set()

    QTimer.singleShot(50, press_cancel)
    restore_from_backup(window, made)
    assert go.released is True
    assert window.statusBar().currentMessage() == (
        f"The restore of {made.name} was cancelled: p.wbproj is as it was, and nothing "
        "was left behind.")
    assert window.session.project is project and not project.closed  # never closed
    assert project.repo.stats()["documents"] == 2
    assert made.read_bytes() == backup_bytes
    assert _files(tmp_path) == files  # no copy beside the project, no kept file
    project.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert path.read_bytes() == before
    assert window.session.held_by is None and window.restore_check is None


def test_a_check_that_fails_asks_before_forcing_and_is_not_run_twice(window, monkeypatch,
                                                                      tmp_path):
    from tests.helpers import raw_connect

    made = window.made
    conn = raw_connect(made, isolation_level=None)
    conn.execute("UPDATE documents SET title = 'edited behind its back'")
    conn.close()
    checks: list[Path] = []
    real = restorecheck.checked
    monkeypatch.setattr(restorecheck, "checked", lambda copy, *a, **k: checks.append(copy)
                        or real(copy, *a, **k))
    asked: list[tuple[str, bool]] = []

    def confirm(_win, reason: str) -> bool:
        # Asked after the check, with its copy still there, and the progress gone.
        asked.append((reason, checks[0].is_file()))
        return len(asked) > 1

    files = _files(tmp_path)
    restore_from_backup(window, made, confirm=confirm)  # No
    assert asked[0][0].startswith(f"{made.name} was not restored, because it is not what "
                                  "p.wbproj wrote: ") and asked[0][1]
    assert window.statusBar().currentMessage() == asked[0][0]
    assert window.session.project.repo.stats()["documents"] == 2
    assert _files(tmp_path) == files  # the checked copy removed after the No
    checks.clear()
    restore_from_backup(window, made, confirm=confirm)  # Restore anyway
    assert len(checks) == 1  # the copy checked is the one put in place
    restored = window.session.project
    assert restored.repo.stats()["documents"] == 1
    assert restored.repo.custody()[-1]["action"] == "restore"
    assert window.statusBar().currentMessage().endswith(
        "the custody log of p.wbproj records it.")


def test_closing_the_window_during_the_check_cancels_it(window, monkeypatch, tmp_path):
    go = _held_after_copy(monkeypatch)
    project = window.session.project

    def close() -> None:
        window.closeEvent(_close_event())
        go.set()

    files = _files(tmp_path)
    QTimer.singleShot(50, close)
    restore_from_backup(window, window.made)
    assert "the restore is cancelled (nothing was restored)" in window.closing_said
    assert not project.closed and project.repo.stats()["documents"] == 2
    assert _files(tmp_path) == files


def _close_event():
    from PySide6.QtGui import QCloseEvent

    return QCloseEvent()


@pytest.mark.parametrize("what", ["damaged", "unfinished"])
def test_a_damaged_backup_or_an_unfinished_copy_is_refused_with_the_project_left_open(
        window, tmp_path, what):
    # SQLite's check now runs once, on the copy in the thread: a backup it finds
    # damaged is refused there, never asked about as a finding to force. A copy a
    # stopped backup left unfinished is never restored either.
    import sqlite3

    project = window.session.project
    made = window.made
    if what == "damaged":
        conn = sqlite3.connect(made, isolation_level=None)
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute("UPDATE sqlite_master SET sql = 'CREATE INDEX documents_original ON "
                     "documents(title)' WHERE name = 'documents_original'")
        conn.close()
        chosen = made
        said = f"{made.name} cannot be restored: SQLite finds it damaged ("
    else:
        chosen = made.with_name(f".{made.name}.999999999.partial")
        chosen.write_bytes(made.read_bytes())
        said = f"{chosen.name} is the unfinished copy of a backup whose making was stopped"
    files = _files(tmp_path)
    asked: list[str] = []
    restore_from_backup(window, chosen, confirm=lambda _w, reason: asked.append(reason))
    assert asked == []
    assert window.statusBar().currentMessage().startswith(f"Nothing was changed: {said}")
    assert window.session.project is project and not project.closed
    assert project.repo.stats()["documents"] == 2
    assert _files(tmp_path) == files and window.session.held_by is None
