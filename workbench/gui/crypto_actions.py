"""The window's encryption and backup actions, and its backup timer.

Each action calls the core (``core.crypto``, ``core.backup``) and reopens the project;
the project is closed first, since one file is never open twice with two SQLite builds.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from workbench.core import backup, crypto, store
from workbench.core.errors import PassphraseNeeded, WorkbenchError, WrongPassphrase
from workbench.core.project import Project
from workbench.gui.dialogs.passphrase import ask_passphrase

if TYPE_CHECKING:
    from workbench.gui.main_window import MainWindow
    from workbench.gui.settings import Settings

Ask = Callable[..., str | None]
TRIES = 3


def open_asking(parent: QWidget | None, path: str | Path, *, passphrase: str | None = None,
                ask: Ask = ask_passphrase, coder: str | None = None) -> Project | None:
    """Open a project (writing as ``coder``), asking for its passphrase if it is encrypted;
    None if cancelled."""
    name, note = Path(path).name, ""
    for _ in range(TRIES):
        try:
            return Project.open(path, coder=coder, passphrase=passphrase)
        except (PassphraseNeeded, WrongPassphrase) as err:
            if passphrase is not None:
                note = str(err)
            passphrase = ask(parent, f"{name} is encrypted (or is not a project). Its "
                             "passphrase:", note=note)
            if passphrase is None:
                return None
    # The last try says why, as an error.
    return Project.open(path, coder=coder, passphrase=passphrase)


def _backups_folder(win: MainWindow, path: Path) -> Path:
    return backup_folder(win.settings, path)


def backup_folder(settings: Settings, path: Path) -> Path:
    """Where this window keeps a project's backups (the settings choose)."""
    if settings.backup_place() == "data":
        from platformdirs import user_data_dir

        from workbench.gui.settings import APPLICATION

        return backup.data_folder(path, Path(user_data_dir(APPLICATION, appauthor=False))
                                  / "backups")
    return backup.default_folder(path)


def _reopen(win: MainWindow, convert: Callable[[], None], key: str | None, done: str) -> None:
    """Close the project, run ``convert`` on its file, open it again (keyed with ``key``)."""
    project = win.session.project
    path, old_key = project.path, store.passphrase_of(project.conn)
    win.backup_timer.stop()
    project.close()  # no event is processed before it is reopened: no pane reads it
    try:
        convert()
    except WorkbenchError as err:
        win.open_project(path, passphrase=old_key)
        win._error("Nothing was changed", str(err))
        return
    win.open_project(path, passphrase=key)
    win.statusBar().showMessage(done, 8000)


def encrypt_project(win: MainWindow, ask: Ask = ask_passphrase) -> None:
    """File → Encrypt project…"""
    project = win.session.project
    if project.encrypted:
        win._error("Encrypt project", f"{project.path.name} is already encrypted.")
        return
    key = ask(win, f"A passphrase for {project.path.name}. Without it the project cannot "
              "be opened: keep it safe.", new=True)
    if key is None:
        return
    _reopen(win, lambda: crypto.encrypt(project.path, key), key,
            f"{project.path.name} is encrypted.")


def change_passphrase(win: MainWindow, ask: Ask = ask_passphrase) -> None:
    """File → Change passphrase…"""
    project = win.session.project
    if not project.encrypted:
        win._error("Change passphrase", f"{project.path.name} is not encrypted.")
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
                        ask: Ask = ask_passphrase) -> None:
    """File → Restore from backup…: choose one, the current file is kept, then replaced."""
    project = win.session.project
    folder = _backups_folder(win, project.path)
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
    if crypto.is_encrypted(Path(chosen)) and key is None:
        key = ask(win, f"{Path(chosen).name} is encrypted. Its passphrase:")
        if key is None:
            return
    kept: list[Path | None] = []
    _reopen(win, lambda: kept.append(backup.restore(project.path, Path(chosen), key, folder)),
            key, f"Restored {project.path.name} from {Path(chosen).name}.")


# A project larger than this is backed up a moment after the window opens, not before
# its first paint.
DEFER_BACKUP_BYTES = 64 * 1024 * 1024
DEFER_BACKUP_MS = 1500


class BackupTimer(QObject):
    """Backs the window's project up on opening and every few minutes of changes; the
    rules live in ``core.backup.Scheduler``, this only calls it."""

    CHECK_MS = 60_000

    def __init__(self, win: MainWindow):
        super().__init__(win)
        self.win = win
        self.scheduler: backup.Scheduler | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(self.CHECK_MS)
        self.timer.timeout.connect(self.tick)
        self._deferred: backup.Scheduler | None = None  # its opening backup is to come

    def start(self, project: Project) -> None:
        """Follow ``project``: back it up now, then on the timer."""
        self.stop()
        if project.read_only:
            return
        settings = self.win.settings
        self.scheduler = backup.Scheduler(
            project.conn, project.path, interval_minutes=settings.backup_interval(),
            keep=settings.backup_keep(), folder=backup_folder(settings, project.path))
        if project.path.stat().st_size > DEFER_BACKUP_BYTES:
            # Copying a large project takes seconds (about 1 s per 150 MB here): the
            # window paints first, and the copy follows a moment after its first paint
            # (or after a while if it is never painted).
            scheduler = self.scheduler
            self._deferred = scheduler
            if self.win.isVisible():
                QTimer.singleShot(DEFER_BACKUP_MS, lambda: self._open_backup(scheduler))
            else:
                self.win.installEventFilter(self)
                QTimer.singleShot(10 * DEFER_BACKUP_MS, lambda: self._open_backup(scheduler))
        else:
            self._report(self.scheduler.on_open())
        self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.win and event.type() == QEvent.Type.Paint:
            self.win.removeEventFilter(self)
            scheduler = self._deferred
            QTimer.singleShot(DEFER_BACKUP_MS, lambda: self._open_backup(scheduler))
        return super().eventFilter(watched, event)

    def _open_backup(self, scheduler: backup.Scheduler | None) -> None:
        # Once only, and not for a scheduler stopped or replaced meanwhile.
        if scheduler is not None and scheduler is self.scheduler is self._deferred:
            self._deferred = None
            self._report(scheduler.on_open())

    def stop(self) -> None:
        self.timer.stop()
        self.scheduler = None

    def tick(self) -> None:
        if self.scheduler is not None:
            self._report(self.scheduler.tick())

    def _report(self, made: Path | None) -> None:
        if self.scheduler is not None and self.scheduler.error:
            self.win.statusBar().showMessage(self.scheduler.error, 10000)
