"""The window's encryption and backup actions, and its backup timer.

Each action calls the core (``core.crypto``, ``core.backup``) and reopens the project;
the project is closed first, since one file is never open twice with two SQLite builds.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QWidget

from workbench.core import backup, crypto, restorecheck, store
from workbench.core.errors import PassphraseNeeded, WorkbenchError, WrongPassphrase
from workbench.core.project import Project
from workbench.gui.dialogs.passphrase import ask_passphrase
from workbench.gui.opening_notice import opening_notice
from workbench.gui.restore_run import RestoreCheck

if TYPE_CHECKING:
    from workbench.gui.main_window import MainWindow
    from workbench.gui.settings import Settings

Ask = Callable[..., str | None]
TRIES = 3


def open_asking(parent: QWidget | None, path: str | Path, *, passphrase: str | None = None,
                ask: Ask = ask_passphrase, coder: str | None = None,
                opener: Callable[..., Project] | None = None,
                live: bool = True) -> Project | None:
    """Open a project (writing as ``coder``), asking for its passphrase if it is encrypted;
    None if cancelled. ``opener`` is called as ``opener(path, coder=, passphrase=)``;
    without one, ``Project.open``, whose long steps (an index rebuilt) run in another
    thread, shown in a modal dialog with their progress (``opening_notice``), while the
    window's events go on. ``live`` False runs them on this thread, the dialog shown but
    no event processed until they end: for a caller whose window reads a project it has
    just closed (``_reopen``)."""
    with opening_notice(parent) as notice:
        steps = ({"progress": notice.progress, "detach": notice.detach} if live else {})
        return _open_asking(parent, path, passphrase, ask, coder, opener or functools.partial(
            Project.open, announce=notice.say, **steps))


def _open_asking(parent: QWidget | None, path: str | Path, passphrase: str | None, ask: Ask,
                 coder: str | None, opener: Callable[..., Project]) -> Project | None:
    name, note = Path(path).name, ""
    for _ in range(TRIES):
        try:
            return opener(path, coder=coder, passphrase=passphrase)
        except (PassphraseNeeded, WrongPassphrase) as err:
            if passphrase is not None:
                note = str(err)
            passphrase = ask(parent, f"{name} is encrypted (or is not a project). Its "
                             "passphrase:", note=note)
            if passphrase is None:
                return None
    # The last try says why, as an error.
    return opener(path, coder=coder, passphrase=passphrase)


def _backups_folder(win: MainWindow, path: Path) -> Path:
    return backup_folder(win.settings, path)


def backup_folder(settings: Settings, path: Path) -> Path:
    """Where this window keeps a project's backups (the settings choose)."""
    if settings.backup_place() == "data":
        return backup.data_folder(path)
    return backup.default_folder(path)


def _reopen(win: MainWindow, convert: Callable[[], object], key: str | None,
            done: str) -> None:
    """Close the project, run ``convert`` on its file, open it again (keyed with ``key``);
    a warning the conversion returns (backups it could not convert) is shown."""
    project = win.session.project
    path, old_key = project.path, store.passphrase_of(project.conn)
    win.backup_timer.stop()
    project.close()  # no event is processed before it is reopened: no pane reads it
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        result = convert()
    except WorkbenchError as err:
        QApplication.restoreOverrideCursor()
        win.open_project(path, passphrase=old_key, live=False)
        win._error("Nothing was changed", str(err))
        return
    except BaseException:
        QApplication.restoreOverrideCursor()
        raise
    QApplication.restoreOverrideCursor()
    # Not live: a backup restored may be of an older folding, whose index rebuilt in
    # another thread would run the window's events while its panes hold a closed project.
    win.open_project(path, passphrase=key, live=False)
    win.statusBar().showMessage(done, 8000)
    if isinstance(result, crypto.Converted) and (warning := result.warning()):
        win._error("Some backups were left as they were", warning)
    return None


def new_project_key(win: MainWindow, name: str, ask: Ask | None = None) -> tuple[bool, str | None]:
    """Whether to make the new project ``name``, and its passphrase (None: plain).

    The window made every new project plain, so the only way to an encrypted one was
    to encrypt it afterwards, which leaves the plain file's blocks on the disk: the
    advice to create a sensitive project encrypted could be followed on the command
    line only. Encrypting is the default answer."""
    encrypt = _ask_encrypt(win, name)
    if encrypt is None:
        return False, None
    if not encrypt:
        return True, None
    key = (ask or ask_passphrase)(win, f"A passphrase for {name}. Without it the project "
                                  "cannot be opened: keep it safe.", new=True)
    return key is not None, key


def _ask_encrypt(win: MainWindow, name: str) -> bool | None:
    """Encrypt (True), plain (False) or Cancel (None); plain where no dialog may be shown."""
    if not win.show_dialogs:
        return False
    box = QMessageBox(QMessageBox.Icon.Question, "New project",
                      f"Encrypt {name} with a passphrase?", QMessageBox.StandardButton.NoButton,
                      win)
    box.setObjectName("newProjectEncrypt")
    box.setInformativeText("An encrypted project cannot be read without its passphrase, "
                           "on a lost or seized computer too; a passphrase that is lost "
                           "cannot be recovered. Encrypting from the start leaves no plain "
                           "copy on the disk, which encrypting later can.")
    encrypt = box.addButton("&Encrypt…", QMessageBox.ButtonRole.AcceptRole)
    plain = box.addButton("&Plain", QMessageBox.ButtonRole.RejectRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(encrypt)
    box.exec()
    clicked = box.clickedButton()
    return True if clicked is encrypt else False if clicked is plain else None


def encrypt_project(win: MainWindow, ask: Ask = ask_passphrase) -> None:
    """File → Encrypt project…"""
    if win.refused_while_held():
        return
    project = win.session.project
    # An encryption stopped midway left backups in plaintext: asked again, it finishes them.
    unfinished = project.encrypted and bool(crypto.plaintext_backups(project.path))
    if project.encrypted and not unfinished:
        win._error("Encrypt project", f"{project.path.name} is already encrypted.")
        return
    key = (ask(win, f"The passphrase of {project.path.name}, to encrypt the backups "
               "left readable:") if unfinished else
           ask(win, f"A passphrase for {project.path.name}. Without it the project cannot "
               "be opened: keep it safe.", new=True))
    if key is None:
        return
    _reopen(win, lambda: crypto.encrypt(project.path, key), key,
            f"{project.path.name} is encrypted.")


def change_passphrase(win: MainWindow, ask: Ask = ask_passphrase) -> None:
    """File → Change passphrase…"""
    if win.refused_while_held():
        return
    project = win.session.project
    if not project.encrypted:
        win._error("Change passphrase", f"{project.path.name} is not encrypted.")
        return
    if crypto.rekey_unfinished(project.path):
        # A change stopped midway: the project already has the new passphrase (the one
        # it is open with), some backups the old one; only the old one is asked.
        old = ask(win, f"The passphrase {project.path.name} had before its change was "
                  "stopped, to give the backups left on it the new one:")
        new = store.passphrase_of(project.conn)
        if old is None or new is None:
            return
        _reopen(win, lambda: crypto.change_passphrase(project.path, old, new), new,
                f"The backups of {project.path.name} have its new passphrase.")
        return
    old = ask(win, f"The current passphrase of {project.path.name}:")
    if old is None:
        return
    new = ask(win, "The new passphrase:", new=True)
    if new is None:
        return
    _reopen(win, lambda: crypto.change_passphrase(project.path, old, new), new,
            f"The passphrase of {project.path.name} was changed.")


def restore_from_backup(win: MainWindow, chosen: str | Path | None = None,
                        ask: Ask = ask_passphrase, confirm: Confirm | None = None) -> None:
    """File → Restore from backup…: choose one, the current file is kept, then replaced."""
    if win.refused_while_held():
        return
    project = win.session.project
    folder = _backups_folder(win, project.path)
    confirm = confirm or confirm_forced_restore
    if chosen is None:
        chosen, _ = QFileDialog.getOpenFileName(win, "Restore from backup", str(folder),
                                                "Workbench backups (*.wbproj)")
        if not chosen:
            return
        if win.show_dialogs and QMessageBox.question(
                win, "Restore from backup",
                f"Replace {project.path.name} with {Path(chosen).name}? The current file "
                f"is kept in {folder.name}.") != QMessageBox.StandardButton.Yes:
            return
    key = store.passphrase_of(project.conn)
    project_key = None  # the project's passphrase, when the backup has another
    if crypto.is_encrypted(Path(chosen)) and key is None:
        key = ask(win, f"{Path(chosen).name} is encrypted. Its passphrase:")
        if key is None:
            return
    elif crypto.is_encrypted(Path(chosen)) and not _refused(win, project.path, Path(chosen)) \
            and not (opens := _opens(win, Path(chosen), key)):
        if opens is None:
            return
        # Made before a change of passphrase (kept on a drive, or named by the change as
        # on an older one): the window asked for nothing and could only say the
        # passphrase did not open it. The restored file gets the project's passphrase.
        earlier = ask(win, f"{Path(chosen).name} does not open with the passphrase "
                      f"{project.path.name} has now: it was made under an earlier passphrase "
                      "(or is damaged). Give that passphrase to restore it; "
                      f"{project.path.name} keeps the one it has now:")
        if earlier is None:
            return
        project_key, key = key, earlier
    path, name, coder = project.path, Path(chosen).name, project.coder
    # The long part, the backup copied and checked, runs in a thread of its own with
    # its progress, while the project stays open (``restore_run``).
    win.restore_check = RestoreCheck(path, Path(chosen), key, project_key)
    win.session.held_by = "A restore"
    try:
        staged = win.restore_check.run(win)
    except restorecheck.RestoreCancelled as err:
        win.statusBar().showMessage(str(err), 15000)
        return
    except WorkbenchError as err:
        win._error("Nothing was changed", str(err))
        return
    finally:
        win.session.held_by = None
        win.restore_check = None
    force = bool(staged.problems)
    if force:
        # A backup that is not what the project wrote is put back only when asked
        # twice: the user chose it, then is told what differs and chooses again.
        reason = restorecheck.refusal(path.name, name, staged.problems).reason
        if not confirm(win, reason):
            staged.discard()
            win.statusBar().showMessage(reason, 15000)
            return
    notices: list[str] = []
    try:
        _reopen(win, lambda: backup.restore(path, Path(chosen), key, folder, force=force,
                                            notices=notices, coder=coder, staged=staged),
                project_key or key, f"Restored {path.name} from {name}.")
    finally:
        staged.discard()  # a copy not renamed in (a failure); nothing once it was
    if notices:
        win.statusBar().showMessage(" ".join(notices), 15000)


def _opens(win: MainWindow, chosen: Path, key: str) -> bool | None:
    """Whether ``key`` opens the backup ``chosen``; None, with the sentence shown, when
    it cannot be told (another program holds the backup alone): SQLite's bare error
    went up as a traceback."""
    try:
        return crypto.opens_with(chosen, key)
    except WorkbenchError as err:
        win._error("Nothing was changed", str(err))
        return None


def _refused(win: MainWindow, path: Path, chosen: Path) -> bool:
    """Whether the restore is refused before any passphrase is asked (a backup left on
    the old passphrase by a stopped change, which is not an earlier passphrase to ask
    for): the restore's own check then says why, in its sentence."""
    try:
        crypto.check_restore(path, chosen)
    except WorkbenchError:
        return True
    return False


Confirm = Callable[[QWidget, str], bool]


def confirm_forced_restore(win: QWidget, reason: str) -> bool:
    """The second question before a backup that does not verify is restored anyway;
    No unless the user says otherwise (and No where no dialog may be shown)."""
    if not getattr(win, "show_dialogs", True):
        return False
    box = QMessageBox(QMessageBox.Icon.Warning, "Restore a backup that does not verify",
                      reason, QMessageBox.StandardButton.NoButton, win)
    box.setInformativeText("Restore it anyway? Only do so if you know why it differs: the "
                           "project's custody log will record that it was restored "
                           "although it did not verify. The current file is kept among "
                           "the backups.")
    anyway = box.addButton("Restore &anyway", QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Cancel))
    box.exec()
    return box.clickedButton() is anyway


class BackupTimer(QObject):
    """Backs the window's project up on opening and every few minutes of changes; the
    rules live in ``core.backup.Scheduler``, this only calls it. Each backup runs in a
    thread of its own with its own connection: copying a big project takes seconds,
    and the window must not freeze for them."""

    CHECK_MS = 60_000
    _backup_done = Signal(object)

    def __init__(self, win: MainWindow):
        super().__init__(win)
        self.win = win
        self.scheduler: backup.Scheduler | None = None
        self._thread: threading.Thread | None = None
        self._job: backup.DetachedBackup | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(self.CHECK_MS)
        self.timer.timeout.connect(self.tick)
        self._backup_done.connect(self._finish_backup)

    def start(self, project: Project) -> None:
        """Follow ``project``: back it up now (in the background), then on the timer."""
        self.stop()
        if project.read_only:
            return
        settings = self.win.settings
        self.scheduler = backup.Scheduler(
            project.conn, project.path, interval_minutes=settings.backup_interval(),
            keep=settings.backup_keep(), folder=backup_folder(settings, project.path))
        self._launch(self.scheduler, opening=True)
        self.timer.start()

    def _launch(self, scheduler: backup.Scheduler, *, opening: bool = False) -> None:
        job = self._job = scheduler.detached(opening=opening)
        self._thread = threading.Thread(target=self._run, args=(job,), daemon=True,
                                        name="backup")
        self._thread.start()

    def _run(self, job: backup.DetachedBackup) -> None:
        job.run()
        self._backup_done.emit(job)  # delivered in the window's thread

    def _finish_backup(self, job: backup.DetachedBackup) -> None:
        if self.scheduler is None or job is not self._job:
            return  # the window moved on (another project, or this one reopened)
        self._job = None
        self._report(self.scheduler.finish(job))

    def busy(self) -> bool:
        """A backup is being copied (or its outcome not yet taken)."""
        return self._job is not None

    def wait(self) -> None:
        """Wait for a running backup to end (the file is about to be replaced)."""
        if self._thread is not None:
            self._thread.join()
            self._thread = None
        if self._job is not None and self._job.done:
            self._finish_backup(self._job)  # not left to a signal the caller may outrun

    def stop(self) -> None:
        self.wait()
        self.timer.stop()
        self.scheduler = None

    def tick(self) -> None:
        """The timer's check: start a backup in the background if one is due."""
        if self.scheduler is not None and not self.busy() and self.scheduler.due():
            self._launch(self.scheduler)

    def apply_settings(self) -> None:
        """Take changed backup settings without making a backup now."""
        if self.scheduler is None:
            return
        settings = self.win.settings
        self.scheduler.interval = settings.backup_interval() * 60
        self.scheduler.keep = settings.backup_keep()
        self.scheduler.folder = backup_folder(settings, self.scheduler.path)

    def _report(self, made: Path | None) -> None:
        if self.scheduler is not None and self.scheduler.error:
            self.win.statusBar().showMessage(self.scheduler.error, 10000)


def edit_backup_settings(win: MainWindow, ask: Callable[..., object] | None = None) -> None:
    """File → Backup settings…: edit interval, copies kept and place; applied at once."""
    from workbench.gui.dialogs.backup_settings import BackupChoice, BackupSettingsDialog

    settings = win.settings
    current = BackupChoice(int(settings.backup_interval()), settings.backup_keep(),
                           settings.backup_place())
    dialog = BackupSettingsDialog(current, win.session.project.path, win)
    if ask is not None:
        chosen = ask(dialog)  # tests fill the dialog in and return its choice
    elif dialog.exec() == QDialog.DialogCode.Accepted:
        chosen = dialog.chosen()
    else:
        chosen = None
    if not isinstance(chosen, BackupChoice):
        return
    settings.set_backup(interval=chosen.interval, keep=chosen.keep, place=chosen.place)
    win.backup_timer.apply_settings()
    win.statusBar().showMessage(
        f"Backups: every {chosen.interval} min of changes, {chosen.keep} kept, in "
        f"{backup_folder(settings, win.session.project.path)}.", 8000)
