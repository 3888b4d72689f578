"""Start the window: choose the project (argument, last one, or the demo) and run Qt."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from workbench.core import clock, dbapi
from workbench.core.damage import translate
from workbench.core.errors import (
    DamagedProject,
    PassphraseNeeded,
    ProjectError,
    WorkbenchError,
    WrongPassphrase,
)
from workbench.core.outside import read_failure
from workbench.core.store import log_beside
from workbench.gui.bus import Bus
from workbench.gui.crypto_actions import open_asking
from workbench.gui.dialogs.coder import ask_coder
from workbench.gui.main_window import MainWindow
from workbench.gui.session import Session
from workbench.gui.settings import APPLICATION, ORGANISATION, Settings
from workbench.gui.theme import ThemeManager

DEMO_NAME = "Demo project.wbproj"


def demo_path() -> Path:
    """Where the first-start demo lives: the user's data folder."""
    from platformdirs import user_data_dir

    return Path(user_data_dir(APPLICATION, appauthor=False)) / DEMO_NAME


def ensure_demo(path: Path | None = None) -> Path:
    """The demo project, written on first use."""
    from workbench.core.demo import build_demo

    path = path or demo_path()
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            build_demo(path)
        except ProjectError:
            if not path.is_file():
                raise
            # Another first start (a second click) finished its demo first: open that.
    return path


def given_project(arg: str | None, settings: Settings) -> Path | None:
    """The project named: the argument, else the last one; None on a first start."""
    if arg:
        return Path(arg)
    last = settings.last_project()
    if last and Path(last).is_file():
        return Path(last)
    return None


def choose_project(arg: str | None, settings: Settings) -> Path:
    """The project to open: the argument, else the last one, else the demo."""
    return given_project(arg, settings) or ensure_demo()


# Said in the window when the demo's name holds something that does not open, or a
# log that SQLite would read into a new demo there.
SPARE_DEMO = ("{name} in {folder} does not open as the demo, so it was left as it is and "
              "the demo was written beside it as {spare}.")
SPARE_DEMO_LOG = ("{log} in {folder}, a log left at the demo's name, would be read into a "
                  "new demo there, so it was left as it is and the demo was written beside "
                  "it as {spare}.")
# A demo that asks for a passphrase or shows damage is the user's: its own handling.
_NOT_THE_DEMOS = (PassphraseNeeded, WrongPassphrase, DamagedProject)


def demo_window(settings: Settings, coder: str | None = None,
                path: Path | None = None) -> MainWindow:
    """The window on the demo (a first start). What holds the demo's name and does not
    open as a project (a file of the user's, a demo an earlier version left half made,
    a link to nothing, a log beside it) was left at that name and the window did not
    open at all. It is still left as it is: the demo is written beside it under the
    first free name (``Demo project 2.wbproj``, ...), and the window says so."""
    path = path or demo_path()
    try:
        return create_main_window(ensure_demo(path), settings, coder=coder)
    except _NOT_THE_DEMOS:
        raise
    except ProjectError as err:
        refused = err
    print(f"workbench: {refused}", file=sys.stderr)  # the whole reason, for a terminal
    log = None if os.path.lexists(path) else log_beside(path)
    for n in range(2, 100):
        spare = path.with_name(f"{path.stem} {n}{path.suffix}")
        said = (SPARE_DEMO_LOG.format(log=log.name, folder=path.parent, spare=spare.name)
                if log is not None else
                SPARE_DEMO.format(name=path.name, folder=path.parent, spare=spare.name))
        try:
            return create_main_window(ensure_demo(spare), settings, coder=coder,
                                      notices=[said])
        except _NOT_THE_DEMOS:
            raise
        except ProjectError:
            continue
    raise refused


def first_start_coder(cli_coder: str | None, settings: Settings,
                      ask: Callable[..., str | None] = ask_coder) -> None:
    """Ask for the coder name once, when none is given (--coder, $WORKBENCH_CODER) or
    saved; the answer is kept in the settings. Cancelling leaves the login name."""
    if cli_coder or os.environ.get("WORKBENCH_CODER") or settings.coder():
        return
    name = ask(clock.login_name(), None, first=True)
    if name:
        settings.set_coder(name)


def init_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        QCoreApplication.setOrganizationName(ORGANISATION)
        QCoreApplication.setOrganizationDomain("workbench.org")
        QCoreApplication.setApplicationName(APPLICATION)
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationDisplayName("Workbench")
    # Lets Wayland shells match the window to the installed menu entry and icon.
    app.setDesktopFileName("org.workbench.Workbench")
    try:
        from PySide6.QtGui import QIcon

        from workbench.resources import resource

        app.setWindowIcon(QIcon(str(resource("icons", "app", "workbench.svg"))))
    except FileNotFoundError:  # a build without resources still runs, just without an icon
        pass
    return app  # type: ignore[return-value]


def create_main_window(project_path: str | Path, settings: Settings | None = None,
                       themes: ThemeManager | None = None,
                       coder: str | None = None,
                       notices: list[str] | None = None) -> MainWindow:
    """The main window on a project; the caller has created the QApplication.

    Writes are recorded under ``coder`` (--coder), else $WORKBENCH_CODER, else the name
    saved in the settings, else the login name. ``notices`` are shown with the
    opening's own."""
    settings = settings or Settings()
    app = QApplication.instance()
    if themes is None and isinstance(app, QApplication):
        themes = ThemeManager(app, settings.theme())
    project = open_asking(None, project_path,
                          coder=clock.resolve_coder(coder, settings.coder()))
    if project is None:
        raise WorkbenchError(f"{Path(project_path).name} is encrypted and no passphrase "
                             "was given.")
    project.notices[:0] = notices or []
    return MainWindow(Session(project, Bus()), settings, themes)


def run(project_path: str | None = None, coder: str | None = None) -> int:
    """Entry point of ``workbench`` and ``workbench gui [PROJECT]``."""
    app = init_application()
    settings = Settings()
    first_start_coder(coder, settings)
    path: Path | None = None
    try:
        path = given_project(project_path, settings)
        if path is None:
            path = demo_path()
            window = demo_window(settings, coder, path)
        else:
            window = create_main_window(path, settings, coder=coder)
    except (WorkbenchError, OSError, *dbapi.DatabaseError, ValueError) as err:
        message = translate(err, path) or err
        if not isinstance(message, WorkbenchError | OSError):
            raise  # not damage: a bug, which keeps its traceback
        # Said on stderr too: started from a terminal (`workbench gui notes.wbproj`),
        # the reader looks there, and a dialog behind other windows said nothing there.
        print(f"workbench: {message}", file=sys.stderr)
        QMessageBox.critical(None, "Workbench", f"The project could not be opened.\n\n{message}")
        return 1
    install_damage_hook(window)
    window.show()
    opener = FileOpenFilter(window)
    app.installEventFilter(opener)
    code = app.exec()
    close_window(window)
    return code


def install_damage_hook(window: MainWindow) -> None:
    """Damage found later (a pane reading a damaged row) is shown in a dialog, not lost
    in a traceback on a console the user never sees."""
    previous = sys.excepthook

    def hook(kind, err, tb):  # type: ignore[no-untyped-def]
        damage = translate(err, window.session.project.path)
        unreachable = read_failure(err, window.session.project) if damage is None else None
        if unreachable is not None:
            # The file went away under a pane's read (a drive pulled): the banner and the
            # status bar say it once; what the panes show stays as it was.
            window.show_unreachable(unreachable)
        elif damage is None:
            previous(kind, err, tb)
        elif window.show_dialogs:
            QMessageBox.critical(window, "Workbench", str(damage))
        else:
            window.statusBar().showMessage(str(damage))

    sys.excepthook = hook


def close_window(window: MainWindow) -> None:
    """Delete the panes before closing their project: a pending timer must not read it."""
    project = window.session.project
    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    project.close()


class FileOpenFilter(QObject):
    """macOS sends a double-clicked project as an event, not as an argument."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            self.window.open_project(event.file())
            return True
        return super().eventFilter(watched, event)
