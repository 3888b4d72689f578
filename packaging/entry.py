"""Entry point of the built application (PyInstaller's script): the ``workbench`` command.

It offers exactly the console script's commands (``workbench.cli:main``). Two things
happen before the command line is parsed:

* ``multiprocessing.freeze_support()``: the importers parse untrusted files in worker
  processes started with multiprocessing's "spawn" context when frozen; a spawned
  worker is this same executable started with multiprocessing's arguments, and this
  call turns it into the worker instead of a second copy of the application.
* ``WORKBENCH_FIRST_WINDOW_PROBE=1`` (hidden, for tests and release checks): the
  first time a top-level window has painted, print ``first-window SECONDS TITLE`` on
  standard output (seconds since the process started) and quit the event loop. The
  packaging test uses it to time the start of ``workbench`` on the demo project.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import time

PROBE_ENV = "WORKBENCH_FIRST_WINDOW_PROBE"


def _process_age() -> float:
    """Seconds since this process was created (Linux: from /proc; else since import)."""
    try:
        with open("/proc/self/stat", encoding="ascii") as fh:
            fields = fh.read().rpartition(")")[2].split()
        start_ticks = int(fields[19])  # field 22 of stat(5); fields[0] is field 3
        with open("/proc/uptime", encoding="ascii") as fh:
            uptime = float(fh.read().split()[0])
        return max(0.0, uptime - start_ticks / os.sysconf("SC_CLK_TCK"))
    except (OSError, ValueError, IndexError):
        return time.monotonic() - _IMPORTED_AT


_IMPORTED_AT = time.monotonic()


def _install_first_window_probe() -> None:
    """Wrap QApplication.exec so the first painted window is reported, then quit."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    original_exec = QApplication.exec

    class _Probe(QObject):
        def __init__(self, app: QApplication) -> None:
            super().__init__(app)
            self.app = app
            self.done = False

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # Qt's name
            if (not self.done and event.type() == QEvent.Type.Paint
                    and getattr(obj, "isWindow", lambda: False)()):
                self.done = True
                title = obj.windowTitle() or type(obj).__name__  # type: ignore[attr-defined]
                print(f"first-window {_process_age():.3f} {title}", flush=True)
                QTimer.singleShot(0, self.app.quit)
            return False

    def exec_with_probe(*_args: object) -> int:
        # Called as app.exec() (the instance comes in as an argument) or as
        # QApplication.exec(); Qt's own exec is static and takes none.
        app = QApplication.instance()
        probe = _Probe(app)  # type: ignore[arg-type]
        app.installEventFilter(probe)  # type: ignore[union-attr]
        # Never hang a test: give up after a minute.
        QTimer.singleShot(60_000, app.quit)  # type: ignore[union-attr]
        return original_exec()

    QApplication.exec = exec_with_probe  # type: ignore[method-assign]


def main() -> int:
    multiprocessing.freeze_support()
    if os.environ.get(PROBE_ENV):
        _install_first_window_probe()
    from workbench import earlystart

    earlystart.start(sys.argv[1:])  # an import's workers start while the program loads
    from workbench.cli import main as cli_main

    return cli_main()


if __name__ == "__main__":
    sys.exit(main())
