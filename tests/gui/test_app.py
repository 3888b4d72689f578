"""Starting the window: which project opens, the demo on first start, the commands."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from workbench.gui import app
from workbench.gui.settings import Settings


def test_first_start_writes_the_demo(tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "data" / "Demo project.wbproj"
    monkeypatch.setattr(app, "demo_path", lambda: target)
    chosen = app.choose_project(None, Settings())
    assert chosen == target and target.is_file()
    assert app.choose_project(None, Settings()) == target  # not rebuilt


def test_last_project_reopens(tmp_path: Path, small_project) -> None:
    settings = Settings()
    settings.add_recent(small_project.path)
    assert app.choose_project(None, settings) == small_project.path.resolve()
    assert app.choose_project("other.wbproj", settings) == Path("other.wbproj")


def test_create_main_window_on_a_project(qtbot, small_project) -> None:
    path = small_project.path
    small_project.close()
    win = app.create_main_window(path)
    qtbot.addWidget(win)
    assert win.document_list.model.rowCount() == 2
    assert win.windowTitle().startswith("small.wbproj")
    win.close()


def test_demo_command(tmp_path: Path) -> None:
    from workbench.cli import main

    out = tmp_path / "d.wbproj"
    assert main(["demo", str(out)]) == 0
    assert out.is_file()


def test_screenshot_command_writes_a_picture(tmp_path: Path) -> None:
    out = tmp_path / "shot.png"
    proc = subprocess.run(
        [sys.executable, "-m", "workbench", "screenshot", str(out), "--size", "1200x800"],
        capture_output=True, text=True, timeout=120,
        env={**_env(), "QT_QPA_PLATFORM": "offscreen"},
    )
    assert proc.returncode == 0, proc.stderr
    from PySide6.QtGui import QImage

    image = QImage(str(out))
    assert (image.width(), image.height()) == (1200, 800)
    colours = {image.pixel(x, y) for x in range(0, 1200, 7) for y in range(0, 800, 7)}
    assert len(colours) > 50  # text, highlights, timeline marks: far from blank


def _env() -> dict[str, str]:
    import os

    return dict(os.environ)


def test_run_opens_the_window_on_the_project(qapp, small_project, monkeypatch) -> None:
    shown = []

    class FakeApp:  # a real exec() would end the test session's event loop for good
        def installEventFilter(self, _filter) -> None:
            pass

        def exec(self) -> int:
            shown.extend(w.windowTitle() for w in qapp.topLevelWidgets()
                         if w.objectName() == "mainWindow" and w.isVisible())
            return 0

    monkeypatch.setattr(app, "init_application", FakeApp)
    path = small_project.path
    small_project.close()
    assert app.run(str(path)) == 0
    assert shown and shown[-1].startswith("small.wbproj")
    assert Settings().last_project() == str(path.resolve())


def test_a_file_open_event_opens_that_project(qtbot, small_project, demo_project) -> None:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QFileOpenEvent

    from workbench.gui.app import FileOpenFilter, close_window, create_main_window

    path = small_project.path
    small_project.close()
    win = create_main_window(demo_project)
    win.show_dialogs = False
    QCoreApplication.instance().installEventFilter(FileOpenFilter(win))
    QCoreApplication.sendEvent(QCoreApplication.instance(), QFileOpenEvent(str(path)))
    assert win.session.project.path == path
    assert win.document_list.model.rowCount() == 2
    close_window(win)


def _half_made_demo(target: Path) -> None:
    """A demo an earlier version left at its name when its first start was stopped: a
    project of the first schema step, never finished."""
    import sqlite3

    from workbench.core import clock, schema

    conn = sqlite3.connect(target, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
    schema.migrate(conn, upto=1, now=clock.now())
    conn.close()


@pytest.mark.parametrize("taken_by", ["notes", "half-made demo", "link to nothing",
                                      "log of a deleted demo"])
def test_a_first_start_whose_demo_name_is_taken_opens_the_window_and_keeps_that_file(
        qapp, tmp_path: Path, monkeypatch, taken_by) -> None:
    # The window did not open at all: a message box, then nothing to work in.
    target = tmp_path / "data" / "Demo project.wbproj"
    target.parent.mkdir()
    monkeypatch.setattr(app, "demo_path", lambda: target)
    monkeypatch.setenv("WORKBENCH_CODER", "amal")  # no coder dialog
    kept = target
    if taken_by == "notes":
        target.write_text("my own notes, not a project\n")
    elif taken_by == "half-made demo":
        _half_made_demo(target)
    elif taken_by == "link to nothing":
        target.symlink_to(tmp_path / "elsewhere.wbproj")
    else:
        kept = Path(f"{target}-wal")
        kept.write_bytes(b"a log a deleted demo left")
    before = os.readlink(kept) if kept.is_symlink() else kept.read_bytes()
    seen: list[tuple[Path, int, str]] = []
    boxes: list[str] = []

    class FakeApp:  # a real exec() would end the test session's event loop for good
        def installEventFilter(self, _filter) -> None:
            pass

        def exec(self) -> int:
            seen.extend((w.session.project.path, w.document_list.model.rowCount(),
                         w.notice_text.text()) for w in qapp.topLevelWidgets()
                        if w.objectName() == "mainWindow" and w.isVisible())
            return 0

    monkeypatch.setattr(app, "init_application", FakeApp)
    monkeypatch.setattr(app.QMessageBox, "critical", lambda *a: boxes.append(a[2]))
    assert app.run() == 0, boxes
    spare = target.with_name("Demo project 2.wbproj")
    said = (f"Demo project.wbproj in {target.parent} does not open as the demo, so it was "
            "left as it is and the demo was written beside it as Demo project 2.wbproj."
            if kept == target else
            f"Demo project.wbproj-wal in {target.parent}, a log left at the demo's name, "
            "would be read into a new demo there, so it was left as it is and the demo was "
            "written beside it as Demo project 2.wbproj.")
    assert [(path, rows > 0, notice) for path, rows, notice in seen] == [(spare, True, said)]
    assert (os.readlink(kept) if kept.is_symlink() else kept.read_bytes()) == before
    assert sorted(p.name for p in target.parent.iterdir() if not p.name.startswith(
        "Demo project 2.wbproj")) == [kept.name]
