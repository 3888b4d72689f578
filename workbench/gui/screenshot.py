"""Render the main window offscreen to a PNG: for docs, bug reports and visual checks."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def parse_size(text: str) -> tuple[int, int]:
    """``"1600x1000"`` -> (1600, 1000); ValueError unless both are whole numbers above 0."""
    w, _, h = text.lower().partition("x")
    width, height = int(w), int(h)
    if width < 1 or height < 1:
        raise ValueError(text)
    return width, height


def check_out(out: str | Path) -> Path:
    """``out`` as a path a picture can be written to, else OutputError naming what is
    wrong with it; asked before the window is built, which takes seconds."""
    from workbench.core.errors import OutputError
    from workbench.core.outfile import refuse_project, typed_path

    out = typed_path(out) if isinstance(out, str) else Path(out)
    if out.is_dir() or not out.parent.is_dir():
        raise OutputError.of(out, OSError("not a file in an existing folder"))
    refuse_project(out)
    # Only a picture is ever replaced: a file of anything else at that name may be the
    # user's evidence (a report they imported, notes), which a PNG would overwrite.
    try:
        with out.open("rb") as fh:
            head = fh.read(len(_PNG_HEADER))
    except OSError:
        return out  # nothing there yet, or a name the save will report on
    if head != _PNG_HEADER:
        raise OutputError(f"{out} is a file that is not a PNG picture; a screenshot only "
                          "ever replaces a picture, so choose another name.")
    return out


_PNG_HEADER = b"\x89PNG\r\n\x1a\n"


def render(out: str | Path, project: str | Path | None = None, size: tuple[int, int] = (1600, 1000),
           select: str | None = None, theme: str | None = None,
           notices: list[str] | None = None) -> Path:
    """Write a PNG of the window on ``project`` (the demo when None); returns its path.

    The picture is written as an export is (``outfile.written_whole``): beside ``out``,
    then renamed over it once whole. Qt saved it in place, so a stop mid-save left a
    cut picture where the earlier one was, and a file that came in at the name while
    the window was drawn (seconds) was written over without being checked. What a
    stopped screenshot left beside ``out`` is cleared and said in ``notices``."""
    from workbench.core.outfile import written_whole

    out = check_out(out)
    # Must happen before the QApplication exists: no screen is needed.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from workbench.gui.app import create_main_window, init_application
    from workbench.gui.settings import Settings
    from workbench.gui.theme import ThemeManager

    app = init_application([])
    with written_whole(out, notices, check_out) as part, \
            tempfile.TemporaryDirectory(prefix="workbench-shot-") as tmp:
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
        row = window.session.project.repo.get("annotation", select) if select else None
        if row:
            window.session.bus.select(select, row["doc_id"], sender=None)
        elif not select:
            _select_first_annotation(window)
        _settle(app)
        # An id no annotation has drew the window with nothing selected and said nothing.
        picture = _png(window) if row or not select else None
        window.session.project.close()
        window.close()
        window.deleteLater()
        QApplication.processEvents()
        if select and not row:
            from workbench.core.errors import NotFoundError

            raise NotFoundError(f"There is no annotation with id {select}; nothing was "
                                "written.")
        if picture is None:
            raise OSError("the picture could not be made")
        part.write_bytes(picture)
    return out


def _png(window: object) -> bytes | None:
    """The window as PNG bytes, None if Qt could not make them (its save says only
    that it failed)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    ok = window.grab().save(buffer, "PNG")  # type: ignore[attr-defined]
    buffer.close()
    return bytes(data.data()) if ok else None


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
