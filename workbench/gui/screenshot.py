"""Render the main window offscreen to a PNG: for docs, bug reports and visual checks."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def parse_size(text: str) -> tuple[int, int]:
    w, _, h = text.lower().partition("x")
    return int(w), int(h)


def render(out: str | Path, project: str | Path | None = None, size: tuple[int, int] = (1600, 1000),
           select: str | None = None, theme: str | None = None) -> Path:
    """Write a PNG of the window on ``project`` (the demo when None); returns its path."""
    # Must happen before the QApplication exists: no screen is needed.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from workbench.gui.app import create_main_window, init_application
    from workbench.gui.settings import Settings
    from workbench.gui.theme import ThemeManager

    app = init_application([])
    with tempfile.TemporaryDirectory(prefix="workbench-shot-") as tmp:
        if project is None:
            from workbench.core.demo import build_demo

            project = build_demo(Path(tmp) / "demo.wbproj")
        # A private settings file: a screenshot must not touch the user's layout or recents.
        settings = Settings(QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat))
        if theme:
            settings.set_theme(theme)
        themes = ThemeManager(app, settings.theme())
        window = create_main_window(project, settings, themes)
        window.show_dialogs = False
        window.resize(*size)
        window.show()
        _settle(app)
        # A large project's timeline is read between paints: wait for it (at most 2 min).
        waited = 0
        while window.timeline.loading() and waited < 120_000:
            _settle(app, 1)
            waited += 70
        if select:
            row = window.session.project.repo.get("annotation", select)
            window.session.bus.select(select, row["doc_id"] if row else None, sender=None)
        else:
            _select_first_annotation(window)
        _settle(app)
        out = Path(out)
        ok = window.grab().save(str(out), "PNG")
        window.session.project.close()
        window.close()
        window.deleteLater()
        QApplication.processEvents()
    if not ok:
        raise OSError(f"Could not write {out}.")
    return out


def _select_first_annotation(window: object) -> None:
    """Show something selected, as a user would see it after a click."""
    session = window.session  # type: ignore[attr-defined]
    doc_id = session.bus.selection.doc_id
    if doc_id is None:
        return
    rows = [r for r in session.project.repo.annotations(doc_id=doc_id)
            if r["status"] == "accepted"]
    if rows:
        session.bus.select(rows[0]["id"], doc_id, sender=None)


def _settle(app: object, rounds: int = 5) -> None:
    from PySide6.QtCore import QCoreApplication, QEventLoop, QThread

    for _ in range(rounds):
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        QThread.msleep(20)
    # Timers with short delays (e.g. the timeline's coalescing redraw) fire here.
    QCoreApplication.processEvents()
