"""A merge runs in a thread of its own: the window paints, shows progress, can cancel."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QDialogButtonBox

from tests.gui.conftest import amal_and_bens_copy
from workbench.core.merge import items
from workbench.core.ops.annotations import update_annotation
from workbench.core.ops.bulk import NewAnnotation, create_annotations
from workbench.core.project import Project
from workbench.gui.main_menus import merge_into

GATE = 100  # the merge waits at this annotation until the test has looked


@pytest.fixture
def big_merge(tmp_path: Path, qtbot, qapp):
    """amal's project with one figure; ben's copy of it with 300 more."""
    from workbench.gui.app import close_window, create_main_window

    target, source, doc, ann = amal_and_bens_copy(tmp_path)
    with Project.open(source, coder="ben") as p:
        create_annotations(p, [NewAnnotation(doc, "casualty", i % 40, i % 40 + 8,
                                             {"outcome": "wounded"}) for i in range(300)])
    win = create_main_window(target)
    win.show_dialogs = False
    qtbot.addWidget(win)
    win.show()
    yield win, source, ann
    close_window(win)


class Gate:
    """Holds the merge's thread at its GATE-th annotation until the window's thread,
    polled by a timer, has run ``look`` (so it ran while the merge was under way)."""

    def __init__(self, monkeypatch, look):
        self.reached, self.released = threading.Event(), threading.Event()
        self.in_time = None
        self.look = look
        self.calls = 0
        real = items._merge_one

        def held(ctx, entity, row, name, history):
            if entity == "annotation":
                self.calls += 1
                if self.calls == GATE:
                    self.reached.set()
                    self.in_time = self.released.wait(10)
            return real(ctx, entity, row, name, history)

        monkeypatch.setattr(items, "_merge_one", held)
        QTimer.singleShot(0, self._poll)

    def _poll(self) -> None:
        if not self.reached.is_set():
            QTimer.singleShot(5, self._poll)
            return
        try:
            self.look()
        finally:
            self.released.set()


def _tables(project: Project) -> dict[str, list[tuple]]:
    from tests.core.merge.conftest import tables

    return tables(project)


def test_the_window_paints_and_shows_progress_while_merging(big_merge, monkeypatch,
                                                            tmp_path):
    """The timer's callback runs in the window's thread while the merge waits half-way:
    the dialog names what is being merged, the panes still show the project before the
    merge, and a write from the window is refused in a sentence (not left waiting)."""
    win, source, ann = big_merge
    seen: dict[str, object] = {}
    # Every step reaches the window: with the 40 ms throttle the bar could still stand at
    # the step's first update when the gate is reached on a fast or a starved machine.
    monkeypatch.setattr("workbench.gui.merge_run.EVERY", 0.0)

    def look() -> None:
        # The merge's thread posts its progress to this thread and may reach the gate
        # while this pass of the event loop is already at the poll's timer (a loaded
        # machine): deliver what it posted before reading the dialog.
        QCoreApplication.sendPostedEvents()
        dialog = win.merge_run.dialog
        seen["step"] = dialog.label.text()
        seen["bar"] = (dialog.bar.value(), dialog.bar.maximum())
        seen["count"] = win.count_label.text()
        seen["write"] = win.session.run(update_annotation, ann, memo="amal: checked",
                                        sender=win)
        seen["shot"] = dialog.grab().save(str(tmp_path / "merging.png"))

    gate = Gate(monkeypatch, look)
    report = merge_into(win, [str(source)])
    assert gate.in_time is True  # the window's thread looked while the merge was held
    assert str(seen["step"]).startswith("ben.wbproj: annotations ")
    # amal's own figure is stored the same in both, so it is counted without a merge
    # call: the bar may stand one past the gate, never further.
    assert 0 < seen["bar"][0] <= GATE + 1 and seen["bar"][1] == 301
    assert str(seen["count"]).endswith(" 1 annotation")
    assert not seen["write"].ok and "A merge is running" in seen["write"].message
    assert seen["shot"]
    # Finished: every pane hears of it, the report is made, undo takes it back.
    assert report is not None and win.merge_run is None
    assert win.count_label.text().endswith(" 301 annotations")
    report.resize(900, 520)
    assert report.grab().save(str(tmp_path / "merged.png"))
    assert win.session.run(update_annotation, ann, memo="amal: checked", sender=win).ok
    win.undo()
    win.undo()
    assert win.count_label.text().endswith(" 1 annotation")
    assert len(win.session.project.repo.annotations()) == 1


def test_cancel_leaves_the_project_exactly_as_it_was(big_merge, monkeypatch):
    win, source, _ann = big_merge
    project = win.session.project
    before, file_before = _tables(project), project.path.read_bytes()

    def look() -> None:
        win.merge_run.dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()

    gate = Gate(monkeypatch, look)
    assert merge_into(win, [str(source)]) is None
    assert gate.in_time is True and gate.calls == GATE  # stopped at the next item
    assert "cancelled: nothing was merged" in win.statusBar().currentMessage()
    assert _tables(project) == before and project.path.read_bytes() == file_before
    assert not win.session.can_undo() and win.session.held_by is None
    assert win.count_label.text().endswith(" 1 annotation")
    monkeypatch.undo()
    assert merge_into(win, [str(source)]) is not None  # and it can be merged after all


def test_closing_the_window_mid_merge_rolls_it_back(big_merge, monkeypatch):
    """Closing the window cancels the merge and waits for its rollback, so the project
    can be closed right after."""
    win, source, _ann = big_merge
    project = win.session.project
    before = _tables(project)

    def look() -> None:  # the window closes while the merge is held; it goes on later
        threading.Timer(0.05, gate.released.set).start()
        win.close()

    gate = Gate(monkeypatch, look)
    assert merge_into(win, [str(source)]) is None
    assert gate.in_time is True and gate.calls == GATE and not win.isVisible()
    assert not project.conn.in_transaction and _tables(project) == before
    # It said why it waited, and the project is intact.
    assert win.closing_said == "Closing: the merge is cancelled (nothing of it is saved)."
    from workbench.core.verify import verify

    assert verify(project).ok


def _newer(path: Path) -> None:
    import sqlite3

    from workbench.core import schema

    Project.create(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {schema.LATEST + 1}")
    conn.close()


@pytest.mark.parametrize(("make", "sentence"), [
    (lambda p: p.write_text("Minutes of the field team's meeting.\n"), "not"),
    (_newer, "was made by a newer Workbench"),
    ("encrypted", "the passphrase is wrong"),
])
def test_a_failing_merge_says_why_in_one_sentence(big_merge, monkeypatch, tmp_path, make,
                                                  sentence):
    from workbench.core import crypto
    from workbench.gui import merge_run

    win, source, _ann = big_merge
    if make == "encrypted":
        crypto.encrypt(source, "ben's long passphrase")
        monkeypatch.setattr(merge_run, "ask_passphrase", lambda *a, **k: "not ben's one")
    else:
        source = tmp_path / "other.wbproj"
        make(source)
    before = _tables(win.session.project)
    assert merge_into(win, [str(source)]) is None
    message = win.statusBar().currentMessage()
    assert sentence in message and source.name in message and "Traceback" not in message
    assert _tables(win.session.project) == before and win.session.held_by is None
    assert win.findChild(object, "mergeProgress") is None or \
        not win.findChild(object, "mergeProgress").isVisible()


def test_an_unexpected_failure_midway_ends_the_merge_in_a_sentence(big_merge, monkeypatch):
    """An error the merge does not know (here a source row it cannot read, raised
    half-way) ends the merge like a refusal: rolled back, the dialog gone, one sentence,
    and the window writes again. Before, the merge's thread died with a traceback, never
    said it had ended, and the window waited behind the dialog for good."""
    win, source, ann = big_merge
    project = win.session.project
    before = _tables(project)
    real = items._merge_one
    calls = {"n": 0}

    def damaged(ctx, entity, row, name, history):
        if entity == "annotation":
            calls["n"] += 1
            if calls["n"] == GATE:
                raise ValueError("unreadable offsets in row 100")
        return real(ctx, entity, row, name, history)

    monkeypatch.setattr(items, "_merge_one", damaged)
    watchdog = QTimer(win)  # without an end signal the wait would last for ever
    watchdog.setSingleShot(True)
    watchdog.timeout.connect(lambda: win.merge_run._ended.emit())
    watchdog.start(8000)
    try:
        assert merge_into(win, [str(source)]) is None
    finally:
        watchdog.stop()
    message = win.statusBar().currentMessage()
    assert project.path.name in message and "nothing was merged" in message
    assert "Traceback" not in message and message.count(". ") == 0
    assert _tables(project) == before and win.session.held_by is None
    assert not project.conn.in_transaction
    assert win.session.run(update_annotation, ann, memo="amal: checked", sender=win).ok


def test_a_project_opened_from_the_system_mid_merge_waits_for_it(big_merge, monkeypatch,
                                                                tmp_path, qapp):
    """A project double-clicked in the file manager reaches the window as an event the
    merge's modal dialog does not hold back. Opening it mid-merge is refused in one
    sentence: before, the window swapped projects under the running merge, which then
    committed into a project no longer shown, without a report or a word."""
    from PySide6.QtGui import QFileOpenEvent

    from workbench.gui.app import FileOpenFilter

    win, source, _ann = big_merge
    other = tmp_path / "chen.wbproj"
    Project.create(other, coder="chen").close()
    qapp.installEventFilter(opener := FileOpenFilter(win))
    seen: dict[str, object] = {}

    def look() -> None:
        qapp.sendEvent(qapp, QFileOpenEvent(str(other)))
        seen["message"] = win.statusBar().currentMessage()

    gate = Gate(monkeypatch, look)
    try:
        report = merge_into(win, [str(source)])
    finally:
        qapp.removeEventFilter(opener)
    assert gate.in_time is True
    message = str(seen["message"])
    assert "A merge is running" in message and other.name in message
    assert message.count(". ") == 0 and message.endswith(".")
    assert report is not None and win.session.project.path.name == "amal.wbproj"
    assert win.count_label.text().endswith(" 301 annotations")
    assert win.session.held_by is None and win.session.can_undo()
    assert win.open_project(other)  # once the merge has ended it opens


def test_files_dropped_mid_merge_are_not_imported_half(big_merge, monkeypatch, tmp_path):
    """Files dropped on the window while a merge runs: the import is refused whole, in
    one sentence. Before, it started and every batch stored before the merge ended was
    refused file by file ("The import failed."), the later ones stored: half an import."""
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDropEvent

    win, source, _ann = big_merge
    note = tmp_path / "field_note.txt"
    note.write_text("Residents of the northern quarter reported two shells at dawn.\n")
    seen: dict[str, object] = {}

    def look() -> None:
        data = QMimeData()
        data.setUrls([QUrl.fromLocalFile(str(note))])
        drop = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, data,
                          Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
        win.dropEvent(drop)
        seen["job"] = win.import_job
        seen["message"] = win.statusBar().currentMessage()

    gate = Gate(monkeypatch, look)
    assert merge_into(win, [str(source)]) is not None
    assert gate.in_time is True and seen["job"] is None
    message = str(seen["message"])
    assert "A merge is running" in message and message.count(". ") == 0
    assert len(win.session.project.repo.documents()) == 1  # only the merged one


@pytest.mark.parametrize("action", ["encrypt", "restore", "reindex"])
def test_file_actions_mid_merge_are_refused_and_the_merge_ends(big_merge, monkeypatch,
                                                               tmp_path, action):
    """Encrypting, restoring a backup or rebuilding the indexes while a merge runs is
    refused in one sentence, and the merge goes on to its report. These close the
    project and rewrite its file (or write to it outside the session); the modal
    dialog holds their menus back in the window, not a menu bar outside it (macOS)."""
    from workbench.gui import crypto_actions
    from workbench.gui.verify_action import rebuild_project_indexes

    win, source, _ann = big_merge
    backups = crypto_actions.backup_folder(win.settings, win.session.project.path)
    win.backup_timer.wait()
    chosen = sorted(backups.glob("*.wbproj"))[-1] if backups.exists() else None
    seen: dict[str, object] = {}

    def look() -> None:
        if action == "encrypt":
            crypto_actions.encrypt_project(win, ask=lambda *a, **k: "amal's long words")
        elif action == "restore":
            crypto_actions.restore_from_backup(win, chosen)
        else:
            rebuild_project_indexes(win)
        seen["message"] = win.statusBar().currentMessage()

    gate = Gate(monkeypatch, look)
    if action == "restore":
        assert chosen is not None  # the backup made on opening
    report = merge_into(win, [str(source)])
    assert gate.in_time is True
    message = str(seen["message"])
    assert "A merge is running" in message and message.count(". ") == 0, message
    assert report is not None and not win.session.project.closed
    assert not win.session.project.encrypted
    assert win.count_label.text().endswith(" 301 annotations")
    assert win.session.held_by is None


def test_a_cancel_after_the_merge_was_saved_is_said_to_have_come_too_late(big_merge,
                                                                          monkeypatch):
    """Cancel pressed once the merge has committed (its thread holds here, after the
    commit, until the window's thread has clicked): merged all the same, and the window
    says so in one sentence with the way back."""
    from workbench.core.merge import detached

    win, source, _ann = big_merge
    committed, clicked = threading.Event(), threading.Event()
    real = detached.merge_projects

    def then_wait(*args, **kwargs):
        result = real(*args, **kwargs)
        committed.set()
        clicked.wait(10)
        return result

    def poll() -> None:
        if not committed.is_set():
            QTimer.singleShot(5, poll)
            return
        win.merge_run.dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
        clicked.set()

    monkeypatch.setattr(detached, "merge_projects", then_wait)
    QTimer.singleShot(0, poll)
    report = merge_into(win, [str(source)])
    assert clicked.is_set() and report is not None
    said = win.statusBar().currentMessage()
    assert said == ("Cancel came too late: ben.wbproj had already been merged and saved; "
                    "if you did not want it, Edit → Undo takes it back.")
    assert report.note.text() == said
    assert win.count_label.text().endswith(" 301 annotations")
    win.undo()
    assert win.count_label.text().endswith(" 1 annotation")


def test_the_too_late_sentence_names_the_way_back_that_exists(tmp_path):
    from workbench.core.merge.detached import too_late

    kept = tmp_path / "amal-20260301T100000.000000Z.wbproj"
    assert too_late(["b/ben.wbproj"], changed=True, can_undo=False, backup=kept).endswith(
        "if you did not want it, restoring the backup amal-20260301T100000.000000Z.wbproj, "
        "made before it (File → Restore from backup…), takes it back.")
    assert "changed nothing" in too_late(["ben.wbproj"], changed=False, can_undo=False)
    assert "merge report lists what came in" in too_late(["ben.wbproj"], changed=True,
                                                         can_undo=False)
