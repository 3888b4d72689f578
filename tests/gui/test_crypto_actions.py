"""The window asks for a passphrase, encrypts the open project, and backs it up."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import REPORT, add_doc
from workbench.core import backup, crypto
from workbench.core.project import Project
from workbench.gui.crypto_actions import encrypt_project, open_asking, restore_from_backup
from workbench.gui.dialogs.passphrase import PassphraseDialog

KEY = "correct horse battery"


def test_new_passphrase_dialog_wants_it_twice_and_long(qtbot):
    dialog = PassphraseDialog(None, "A passphrase:", new=True)
    qtbot.addWidget(dialog)
    dialog.field.setText("short")
    dialog.again.setText("short")
    assert "at least" in dialog.problem()
    dialog.field.setText(KEY)
    assert "differ" in dialog.problem()
    dialog.again.setText(KEY)
    assert dialog.problem() is None


def test_open_asks_until_the_passphrase_opens(tmp_path):
    path = tmp_path / "e.wbproj"
    Project.create(path, passphrase=KEY).close()
    answers = iter(["wrong passphrase", KEY])
    notes: list[str] = []

    def ask(_parent, _prompt, note=""):
        notes.append(note)
        return next(answers)

    project = open_asking(None, path, ask=ask)
    assert project is not None and project.encrypted
    project.close()
    assert "passphrase is wrong" in notes[1]
    assert open_asking(None, path, ask=lambda *a, **k: None) is None


def test_window_backs_up_on_open_encrypts_and_restores(tmp_path, qtbot):
    from workbench.gui.bus import Bus
    from workbench.gui.main_window import MainWindow
    from workbench.gui.session import Session

    project = Project.create(tmp_path / "p.wbproj", coder="tester")
    add_doc(project, REPORT.replace("market", "Quetzalcoatlword market"))
    window = MainWindow(Session(project, Bus()))
    qtbot.addWidget(window)
    window.show_dialogs = False
    window.backup_timer.wait()  # the backup on opening runs in a thread of its own
    made = backup.listed(project.path)
    assert len(made) == 1 and backup.check(made[0]).ok  # made on opening
    encrypt_project(window, ask=lambda *a, **k: KEY)
    assert window.session.project.encrypted
    assert b"quetzalcoatlword" not in Path(project.path).read_bytes().lower()
    assert all(backup.check(b, KEY).ok for b in backup.listed(project.path))
    restore_from_backup(window, made[0])
    assert window.session.project.encrypted and window.session.project.repo.stats()[
        "documents"] == 1
    assert any(b.name.endswith("-replaced.wbproj") for b in backup.listed(project.path))
    window.backup_timer.stop()
    window.session.project.close()


def test_the_window_refuses_to_restore_another_projects_backup(tmp_path, qtbot):
    from workbench.gui.bus import Bus
    from workbench.gui.main_window import MainWindow
    from workbench.gui.session import Session

    with Project.create(tmp_path / "other.wbproj", coder="tester") as other:
        theirs = backup.make(other.conn, other.path)
    project = Project.create(tmp_path / "p.wbproj", coder="tester")
    add_doc(project)
    window = MainWindow(Session(project, Bus()))
    qtbot.addWidget(window)
    window.show_dialogs = False
    window.backup_timer.wait()
    restore_from_backup(window, theirs)  # picked in the wrong folder
    assert window.statusBar().currentMessage() == (
        f"Nothing was changed: {theirs.name} is not a backup of p.wbproj but of another "
        "project (their project ids differ); nothing was changed. Open it as a project of "
        "its own instead.")
    # The project is open again, as it was: its document is there, nothing was replaced.
    assert window.session.project.repo.stats()["documents"] == 1
    assert not any(b.name.endswith("-replaced.wbproj") for b in backup.listed(project.path))
    window.backup_timer.stop()
    window.session.project.close()


def test_backup_settings_dialog_changes_what_the_timer_does(tmp_path, qtbot):
    from PySide6.QtCore import QSettings

    from workbench.gui.bus import Bus
    from workbench.gui.crypto_actions import edit_backup_settings
    from workbench.gui.dialogs.backup_settings import BackupSettingsDialog
    from workbench.gui.main_window import MainWindow
    from workbench.gui.session import Session
    from workbench.gui.settings import Settings

    project = Project.create(tmp_path / "p.wbproj", coder="tester")
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(Session(project, Bus()), settings=settings)
    qtbot.addWidget(window)
    window.show_dialogs = False
    window.backup_timer.wait()
    seen: list[str] = []

    def fill(dialog: BackupSettingsDialog):
        seen.append(dialog.folder.text())
        dialog.interval.setValue(3)
        dialog.keep.setValue(4)
        dialog.data.setChecked(True)
        seen.append(dialog.folder.text())
        return dialog.chosen()

    edit_backup_settings(window, ask=fill)
    assert seen[0] == str(backup.default_folder(project.path))
    assert seen[1] == str(backup.data_folder(project.path))
    assert (settings.backup_interval(), settings.backup_keep(), settings.backup_place()) == (
        3, 4, "data")
    sched = window.backup_timer.scheduler
    assert (sched.interval, sched.keep, sched.folder) == (180, 4, backup.data_folder(project.path))
    window.backup_timer.stop()
    window.session.project.close()


def test_timed_backups_copy_in_a_thread_and_the_window_keeps_going(tmp_path, qtbot,
                                                                   monkeypatch):
    import threading
    import time

    from workbench.gui.bus import Bus
    from workbench.gui.main_window import MainWindow
    from workbench.gui.session import Session

    project = Project.create(tmp_path / "p.wbproj", coder="tester")
    window = MainWindow(Session(project, Bus()))
    qtbot.addWidget(window)
    window.show_dialogs = False
    timer = window.backup_timer
    timer.wait()
    assert len(backup.listed(project.path)) == 1  # the one on opening
    release, copied_in = threading.Event(), []
    real_make = backup.make

    def slow_make(*args, **kwargs):  # a big project: the copy takes a while
        copied_in.append(threading.current_thread() is threading.main_thread())
        release.wait(10)
        return real_make(*args, **kwargs)

    monkeypatch.setattr(backup, "make", slow_make)
    add_doc(project)
    timer.scheduler.last_at = -1e9  # the interval has passed
    assert timer.scheduler.due()
    started = time.monotonic()
    timer.tick()
    assert time.monotonic() - started < 2  # the window's thread did not copy
    assert timer.busy()
    timer.tick()  # a second check while copying starts nothing more
    release.set()
    timer.wait()
    assert copied_in == [False]
    assert not timer.busy() and not timer.scheduler.due()  # taken as the latest backup
    assert len(backup.listed(project.path)) == 2
    timer.stop()
    project.close()


def test_encrypting_again_finishes_the_backups_an_encryption_stopped_midway_left(
        tmp_path, qtbot, monkeypatch):
    # An encryption stopped after the project was encrypted left a plaintext backup;
    # the menu refused ("already encrypted"), so it stayed readable.
    import shutil

    from workbench.core import crypto
    from workbench.gui.bus import Bus
    from workbench.gui.main_window import MainWindow
    from workbench.gui.session import Session

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    path = tmp_path / "p.wbproj"
    with Project.create(path, coder="tester") as plain:
        add_doc(plain, REPORT)
        kept = backup.make(plain.conn, path)
    shutil.copy(kept, tmp_path / "plain.copy")
    crypto.encrypt(path, KEY)
    shutil.copy(tmp_path / "plain.copy", kept)  # as if stopped before its backups
    project = Project.open(path, coder="tester", passphrase=KEY)
    assert any("not encrypted" in n for n in project.notices)
    window = MainWindow(Session(project, Bus()))
    qtbot.addWidget(window)
    window.show_dialogs = False
    assert not window.notice_banner.isHidden()  # the sentence, whole, above the panes
    window.backup_timer.wait()
    encrypt_project(window, ask=lambda *a, **k: KEY)
    assert crypto.plaintext_backups(path) == []
    assert window.session.project.encrypted
    assert window.notice_banner.isHidden()  # opened again with nothing to say
    window.backup_timer.stop()
    window.session.project.close()


def _stopped_change(tmp_path, monkeypatch, new: str):
    """An encrypted project whose change of passphrase (KEY to ``new``) was stopped
    after the project was re-keyed and before its one backup was: the backup and the
    note as they were at that moment. Returns the project, the backup and the note."""
    import json
    import shutil

    from workbench.core import crypto

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    path = tmp_path / "p.wbproj"
    with Project.create(path, coder="tester", passphrase=KEY) as p:
        add_doc(p, REPORT)
        kept = backup.make(p.conn, path)
    shutil.copy(kept, tmp_path / "old.copy")
    crypto.change_passphrase(path, KEY, new)
    note = path.with_name(".p.wbproj.passphrase-change")
    shutil.copy(tmp_path / "old.copy", kept)
    note.write_text(json.dumps({"project": "00",
                                "backups": {str(kept): kept.read_bytes()[:16].hex()}}),
                    encoding="utf-8")
    return path, kept, note


def test_changing_the_passphrase_again_finishes_the_backups_a_stopped_change_left(
        tmp_path, qtbot, monkeypatch):
    # A change stopped after the project was re-keyed left a backup on the old
    # passphrase; the menu asked for "the current passphrase" (the new one), which
    # re-keyed nothing of what was left.

    from workbench.core import crypto
    from workbench.gui.bus import Bus
    from workbench.gui.crypto_actions import change_passphrase
    from workbench.gui.main_window import MainWindow
    from workbench.gui.session import Session

    new = "a new passphrase here"
    path, kept, note = _stopped_change(tmp_path, monkeypatch, new)
    project = Project.open(path, coder="tester", passphrase=new)
    assert any("old passphrase" in n for n in project.notices)
    window = MainWindow(Session(project, Bus()))
    qtbot.addWidget(window)
    window.show_dialogs = False
    window.backup_timer.wait()
    asked: list[str] = []
    change_passphrase(window, ask=lambda _w, prompt, **k: asked.append(prompt) or KEY)
    assert len(asked) == 1 and "had before" in asked[0]
    assert backup.check(kept, new).ok and crypto.rekey_unfinished(path) == []
    assert window.session.project.encrypted and not note.exists()
    window.backup_timer.stop()
    window.session.project.close()


def test_the_window_refuses_a_restore_or_the_new_passphrase_as_the_old_over_a_stopped_change(
        tmp_path, qtbot, monkeypatch):
    # Given the project's current passphrase as the old one, finishing re-keyed the
    # project to that same passphrase and dropped the note: the backup left on the old
    # one stayed on it, untold. Restoring that backup said only "the passphrase does
    # not open it".

    from workbench.core import crypto
    from workbench.gui.bus import Bus
    from workbench.gui.crypto_actions import change_passphrase
    from workbench.gui.main_window import MainWindow
    from workbench.gui.session import Session

    new = "a new passphrase here"
    path, kept, _ = _stopped_change(tmp_path, monkeypatch, new)
    window = MainWindow(Session(Project.open(path, coder="tester", passphrase=new), Bus()))
    qtbot.addWidget(window)
    window.show_dialogs = False
    window.backup_timer.wait()
    change_passphrase(window, ask=lambda *a, **k: new)
    said = window.statusBar().currentMessage()
    assert "already has the passphrase given as the old one" in said, said
    assert crypto.rekey_unfinished(path) == [kept] and backup.check(kept, KEY).ok
    restore_from_backup(window, kept)
    said = window.statusBar().currentMessage()
    assert "finish that change first" in said and f"then restore {kept.name}" in said, said
    assert crypto.rekey_unfinished(path) == [kept] and window.session.project.encrypted
    window.backup_timer.stop()
    window.session.project.close()


def test_a_restore_stopped_by_a_full_disk_reopens_the_project_as_it_was(tmp_path, qtbot,
                                                                         monkeypatch):
    """The full disk's OSError went past the window's refusal: the project, closed for
    the restore, was never opened again, and every pane held a closed project."""
    import errno
    import shutil

    from workbench.gui.bus import Bus
    from workbench.gui.main_window import MainWindow
    from workbench.gui.session import Session

    project = Project.create(tmp_path / "p.wbproj", coder="tester")
    add_doc(project)
    made = backup.make(project.conn, project.path)
    window = MainWindow(Session(project, Bus()))
    qtbot.addWidget(window)
    window.show_dialogs = False
    window.backup_timer.wait()

    def no_room(src, dst, *a, **k):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(shutil, "copyfile", no_room)
    restore_from_backup(window, made)
    assert window.statusBar().currentMessage().startswith(
        f"Nothing was changed: {made.name} was not restored (No space left on device)")
    assert not window.session.project.closed
    assert window.session.project.repo.stats()["documents"] == 1
    window.backup_timer.stop()
    window.session.project.close()


def test_the_window_restores_a_backup_that_does_not_verify_only_when_asked_twice(
        tmp_path, qtbot):
    # A backup edited with sqlite3 passes SQLite's check: the window put it in place
    # without a word. Now it is refused, the user is asked again, and only a second yes
    # restores it, recorded in the project's custody log.
    from tests.helpers import raw_connect
    from workbench.core.ops.annotations import annotate_quote
    from workbench.gui.bus import Bus
    from workbench.gui.main_window import MainWindow
    from workbench.gui.session import Session

    project = Project.create(tmp_path / "p.wbproj", coder="tester")
    doc = add_doc(project)
    ann = annotate_quote(project, doc, "casualty", "wounded four troops").result
    made = backup.make(project.conn, project.path)
    add_doc(project, REPORT + "later\n", "later.txt")
    conn = raw_connect(made, isolation_level=None)
    conn.execute("DELETE FROM annotations WHERE id = ?", (ann,))
    conn.close()
    window = MainWindow(Session(project, Bus()))
    qtbot.addWidget(window)
    window.show_dialogs = False
    window.backup_timer.wait()
    asked: list[str] = []
    restore_from_backup(window, made, confirm=lambda _w, reason: asked.append(reason) == [0])
    assert len(asked) == 1 and asked[0].startswith(
        f"{made.name} was not restored, because it is not what p.wbproj wrote: annotation "
        f"{ann}: it is missing from the annotations table")
    assert window.statusBar().currentMessage() == asked[0]
    assert window.session.project.repo.stats()["documents"] == 2  # as it was
    assert not any(b.name.endswith("-replaced.wbproj") for b in backup.listed(project.path))
    # Without dialogs (and by default in the dialog) the answer is no.
    restore_from_backup(window, made)
    assert window.session.project.repo.stats()["documents"] == 2
    restore_from_backup(window, made, confirm=lambda _w, _reason: True)
    restored = window.session.project
    assert restored.repo.stats()["documents"] == 1 and not restored.closed
    assert restored.repo.custody()[-1]["action"] == "restore"
    assert restored.repo.custody()[-1]["coder"] == "tester"
    said = window.statusBar().currentMessage()
    assert said.startswith(f"{made.name} did not verify (annotation {ann}: it is missing")
    assert said.endswith("the custody log of p.wbproj records it.")
    window.backup_timer.stop()
    window.session.project.close()


def test_the_second_question_before_a_forced_restore_defaults_to_no(qtbot):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

    from workbench.gui.crypto_actions import confirm_forced_restore

    parent = QWidget()
    qtbot.addWidget(parent)
    seen: list[QMessageBox] = []

    def answer(press: str) -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box)
        if press == "enter":
            box.defaultButton().click()  # Enter takes the default: Cancel
        else:
            next(b for b in box.buttons() if "anyway" in b.text()).click()

    for press, expected in (("enter", False), ("anyway", True)):
        QTimer.singleShot(0, lambda press=press: answer(press))
        assert confirm_forced_restore(parent, "b.wbproj was not restored, because it is "
                                      "not what p.wbproj wrote.") is expected
    assert len(seen) == 2 and "custody log" in seen[0].informativeText()


def test_a_passphrase_pasted_with_its_line_end_opens_the_project_as_typed(tmp_path, qtbot):
    # Copied from a password manager or a text file, a passphrase often brings its
    # line's end; the one-line field kept it, hidden, and the project encrypted in the
    # window did not open with the words typed, nor from a passphrase file.
    from PySide6.QtWidgets import QApplication

    from workbench.cli import main

    path = tmp_path / "p.wbproj"
    with Project.create(path, coder="tester") as project:
        add_doc(project, REPORT)
    dialog = PassphraseDialog(None, "A passphrase:", new=True)
    qtbot.addWidget(dialog)
    QApplication.clipboard().setText(KEY + "\r\n")
    for field in (dialog.field, dialog.again):
        field.paste()
    assert dialog.field.text().endswith("\n") and dialog.problem() is None
    crypto.encrypt(path, dialog.value())
    Project.open(path, passphrase=KEY).close()
    keyfile = tmp_path / "key.txt"
    keyfile.write_text(KEY + "\n", encoding="utf-8")
    assert main(["docs", str(path), "--passphrase-file", str(keyfile)]) == 0
    # Pasted with its line end to open it, it opens too.
    Project.open(path, passphrase=KEY + "\n").close()
    # Seven characters and a line end are not the eight a new passphrase needs.
    dialog.field.setText("1234567\n")
    dialog.again.setText("1234567\n")
    assert "at least" in dialog.problem()


def test_a_backup_made_under_an_earlier_passphrase_is_restored_with_the_current_one(
        tmp_path, qtbot, monkeypatch):
    # A backup kept on a drive before the passphrase was changed: the window asked for
    # no passphrase, tried the project's, and said only that it did not open the backup.
    from workbench.gui.bus import Bus
    from workbench.gui.main_window import MainWindow
    from workbench.gui.session import Session

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    old, new = "the passphrase before", "the passphrase after"
    path = tmp_path / "p.wbproj"
    with Project.create(path, coder="tester", passphrase=old) as project:
        add_doc(project, REPORT)
        drive = tmp_path / "drive"
        drive.mkdir()
        kept = backup.copy(project.conn, path, drive, [])
    crypto.change_passphrase(path, old, new)
    window = MainWindow(Session(Project.open(path, passphrase=new), Bus()))
    qtbot.addWidget(window)
    window.show_dialogs = False
    window.backup_timer.wait()
    errors: list[str] = []
    monkeypatch.setattr(window, "_error", lambda title, text: errors.append(text))
    prompts: list[str] = []
    restore_from_backup(window, kept, ask=lambda _w, prompt, **_k: prompts.append(prompt) or old)
    assert errors == [] and len(prompts) == 1 and "earlier passphrase" in prompts[0]
    project = window.session.project
    assert project.encrypted and project.repo.stats()["documents"] == 1
    window.backup_timer.stop()
    project.close()
    # The project keeps the passphrase it had: the retired one does not come back.
    assert crypto.opens_with(path, new) and not crypto.opens_with(path, old)
    assert backup.check(kept, old).ok  # the backup itself is as it was


def test_the_window_asks_before_an_export_or_report_of_an_encrypted_project_in_the_clear(
        tmp_path, qtbot, monkeypatch):
    # The passphrase protects the project, not what leaves it: File > Export… and
    # Report… wrote the project's words to a plain file without a word about it.
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from workbench.gui.bus import Bus
    from workbench.gui.main_window import MainWindow
    from workbench.gui.session import Session

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    path = tmp_path / "p.wbproj"
    with Project.create(path, coder="tester", passphrase=KEY) as project:
        add_doc(project, REPORT)
    window = MainWindow(Session(Project.open(path, passphrase=KEY), Bus()))
    qtbot.addWidget(window)
    window.backup_timer.wait()
    asked: list[str] = []
    answer = {"write": False}

    def exec_(box):
        asked.append(box.text())
        if answer["write"]:
            next(b for b in box.buttons() if b.text() == "&Write plain file").click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    out, report = tmp_path / "out.csv", tmp_path / "report.html"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(out if a[1] == "Export" else report), ""))
    window.export()
    window.report()
    assert not out.exists() and not report.exists()  # Cancel, the default, wrote nothing
    assert len(asked) == 2 and all("p.wbproj is encrypted" in q and "without the passphrase"
                                   in q for q in asked)
    assert "out.csv" in asked[0] and "report.html" in asked[1]
    answer["write"] = True
    window.export()
    window.report()
    assert out.exists() and report.exists()
    window.backup_timer.stop()
    window.session.project.close()
    # A plain project's export asks nothing.
    with Project.create(tmp_path / "plain.wbproj", coder="tester") as plain:
        add_doc(plain, REPORT)
    window = MainWindow(Session(Project.open(tmp_path / "plain.wbproj"), Bus()))
    qtbot.addWidget(window)
    window.backup_timer.wait()
    out.unlink()
    asked.clear()
    window.export()
    assert out.exists() and asked == []
    window.backup_timer.stop()
    window.session.project.close()


def test_a_new_project_made_in_the_window_can_be_encrypted_from_its_first_byte(
        tmp_path, qtbot, monkeypatch):
    # File > New project… made every project plain: encrypting it afterwards leaves the
    # plain file's blocks on the disk, and creating it encrypted was possible on the
    # command line only.
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from workbench.gui import crypto_actions
    from workbench.gui.bus import Bus
    from workbench.gui.main_window import MainWindow
    from workbench.gui.session import Session

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    with Project.create(tmp_path / "first.wbproj", coder="tester") as first:
        add_doc(first, REPORT)
    window = MainWindow(Session(Project.open(tmp_path / "first.wbproj"), Bus()))
    qtbot.addWidget(window)
    window.backup_timer.wait()
    answer = {"button": "&Encrypt…"}
    asked: list[str] = []

    def exec_(box):
        asked.append(box.text())
        if answer["button"]:
            next(b for b in box.buttons() if b.text() == answer["button"]).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    monkeypatch.setattr(crypto_actions, "ask_passphrase", lambda *a, **k: KEY)
    target = {"path": tmp_path / "field.wbproj"}
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(target["path"]), ""))
    window.new_project()
    project = window.session.project
    assert asked == ["Encrypt field.wbproj with a passphrase?"]
    assert project.path == target["path"] and project.encrypted
    assert crypto.is_encrypted(target["path"]) and crypto.opens_with(target["path"], KEY)
    # Plain when chosen so, and Cancel makes nothing.
    answer["button"], target["path"] = "&Plain", tmp_path / "plain.wbproj"
    window.new_project()
    assert window.session.project.path == target["path"]
    assert not window.session.project.encrypted
    answer["button"], target["path"] = "", tmp_path / "none.wbproj"
    window.new_project()
    assert not target["path"].exists() and window.session.project.path.name == "plain.wbproj"
    window.backup_timer.stop()
    window.session.project.close()
