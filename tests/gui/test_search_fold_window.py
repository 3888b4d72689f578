"""The window on an older project: its search index rebuilt for the new folding in
another thread, with a modal dialog and its progress while the window's events go on,
and the search box then finding Persian and Arabic-Indic digits."""

from __future__ import annotations

import sqlite3
import threading
import time

from PySide6.QtCore import QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from tests.core.test_search_fold import TOLL_FA, _old_project
from workbench.core import searchindex
from workbench.gui.opening_notice import OpeningDialog


def _dialogs() -> list[OpeningDialog]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, OpeningDialog) and w.isVisible()]


def _busy_sentences() -> list[str]:
    return [w.label.text() for w in _dialogs()]


def _until(condition, seconds: float = 20.0) -> bool:
    """Wait in the rebuild's thread for the window's thread to do something."""
    end = time.monotonic() + seconds
    while not condition() and time.monotonic() < end:
        time.sleep(0.01)
    return condition()


def test_the_rebuild_runs_beside_a_live_window_with_a_bar_and_search_then_marks_persian_digits(
        window, tmp_path, monkeypatch) -> None:
    path, docs = _old_project(tmp_path, monkeypatch)
    shown = window.session.project
    ticks: list[tuple] = []  # what the window's thread saw at each tick of a timer

    def tick() -> None:
        ticks.append((tuple(_busy_sentences()),
                      tuple((d.bar.value(), d.bar.maximum()) for d in _dialogs()),
                      window.session.held_by, d.isModal() if (d := next(iter(_dialogs()), None))
                      else None))

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(tick)
    timer.start()
    real = searchindex.rebuild
    rebuilt_in: list[int] = []
    during: list[bool] = []

    def watched(conn, progress=None) -> None:
        rebuilt_in.append(threading.get_ident())
        # The timer fires while the rebuild holds its thread: the window's events run.
        during.append(_until(lambda: len(ticks) >= 3))
        real(conn, progress)
        # The last count reaches the bar while the thread is still running.
        during.append(_until(lambda: any(b and b[0][0] == b[0][1] > 1 for _, b, *_ in ticks)))

    monkeypatch.setattr(searchindex, "rebuild", watched)
    assert window.open_project(path)
    timer.stop()
    assert len(rebuilt_in) == 1 and rebuilt_in[0] != threading.get_ident()  # once, there
    assert during == [True, True]
    busy = [t for t in ticks if t[0]]
    assert len(busy) >= 3  # the ticks the rebuild waited for
    sentences, _bar, held, modal = busy[0]
    assert len(sentences) == 1 and "Rebuilding the search index" in sentences[0]
    assert held == "Opening old.wbproj" and modal
    assert window.session.project is not shown and window.session.held_by is None
    assert _busy_sentences() == []  # gone once the project is open
    assert QApplication.overrideCursor() is None
    assert searchindex.fold_version(window.session.project.conn) == searchindex.FOLD_VERSION

    pane = window.document_list
    pane.search_box.setText("12")
    pane.run_search()
    assert window.session.bus.search.doc_ids == {docs["ar"], docs["fa"], docs["en"]}
    window.session.bus.select(None, docs["fa"], sender="test")
    view = window.document_view
    cursor = QTextCursor(view.document())
    marked = []
    for mark in view.hits.marks:
        cursor.setPosition(mark.start)
        cursor.setPosition(mark.end, QTextCursor.MoveMode.KeepAnchor)
        marked.append(cursor.selectedText())
    assert marked == ["۱۲"] and "۱۲" in TOLL_FA


def test_a_rebuild_that_fails_leaves_the_old_index_and_says_so_in_one_sentence(
        window, tmp_path, monkeypatch) -> None:
    path, _docs = _old_project(tmp_path, monkeypatch)
    shown = window.session.project
    real = searchindex.rebuild

    def full(conn, progress=None) -> None:
        real(conn, progress)  # the whole index written, then the disk fills
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(searchindex, "rebuild", full)
    assert not window.open_project(path)
    said = window.statusBar().currentMessage()
    assert "could not be rebuilt (database or disk is full)" in said
    assert "the project is as it was" in said
    assert window.session.project is shown and window.session.held_by is None
    assert _busy_sentences() == [] and QApplication.overrideCursor() is None
    conn = sqlite3.connect(path)
    assert searchindex.fold_version(conn) == "1"
    conn.close()
    monkeypatch.setattr(searchindex, "rebuild", real)
    assert window.open_project(path)  # the next open rebuilds
    assert searchindex.fold_version(window.session.project.conn) == searchindex.FOLD_VERSION


def test_a_backup_of_an_older_folding_restored_rebuilds_on_the_windows_thread(
        window, tmp_path, monkeypatch) -> None:
    # The window closes its project before restoring: running its events while the index
    # of the restored file is rebuilt would let its panes read the closed project.
    from workbench.gui.crypto_actions import restore_from_backup

    old, docs = _old_project(tmp_path, monkeypatch)
    # A backup of the window's own project: its id (another project's is refused).
    own = window.session.project.conn.execute(
        "SELECT value FROM meta WHERE key = 'project_id'").fetchone()[0]
    conn = sqlite3.connect(old)
    conn.execute("UPDATE meta SET value = ? WHERE key = 'project_id'", (own,))
    conn.commit()
    conn.close()
    real = searchindex.rebuild
    rebuilt_in: list[int] = []

    def watched(conn, progress=None) -> None:
        rebuilt_in.append(threading.get_ident())
        real(conn, progress)

    monkeypatch.setattr(searchindex, "rebuild", watched)
    restore_from_backup(window, old)
    assert rebuilt_in == [threading.get_ident()]
    assert not window.session.project.closed and window.session.held_by is None
    assert _busy_sentences() == [] and QApplication.overrideCursor() is None
    pane = window.document_list
    pane.search_box.setText("12")
    pane.run_search()
    assert window.session.bus.search.doc_ids == {docs["ar"], docs["fa"], docs["en"]}


def test_closing_the_window_during_the_rebuild_waits_for_it_and_says_so(
        window, tmp_path, monkeypatch, qtbot) -> None:
    from workbench.core.verify import verify

    path, _docs = _old_project(tmp_path, monkeypatch)
    real = searchindex.rebuild
    asked: list[bool] = []
    rebuilding = threading.Event()

    def tick() -> None:  # the window's thread: asked to close (a logout closes them all)
        if rebuilding.is_set() and not asked:
            asked.append(window.close())

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(tick)
    timer.start()

    def held(conn, progress=None) -> None:
        rebuilding.set()
        assert _until(lambda: bool(asked))  # the rebuild goes on and commits
        real(conn, progress)

    monkeypatch.setattr(searchindex, "rebuild", held)
    assert window.open_project(path)
    timer.stop()
    assert asked == [False]  # refused while the rebuild ran ...
    assert window.closing_said == ("Closing once the project being opened is ready (its "
                                   "search index is being rebuilt).")
    qtbot.waitUntil(lambda: not window.isVisible())  # ... and closed once it was open
    project = window.session.project
    assert project.path == path
    assert searchindex.fold_version(project.conn) == searchindex.FOLD_VERSION
    assert verify(project).ok
