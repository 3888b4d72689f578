"""Fixtures for the window tests: offscreen Qt, private settings, small and demo projects."""

from __future__ import annotations

import os

# Before anything imports Qt: the tests never need a screen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from workbench.core.ops.annotations import annotate_quote
from workbench.core.ops.importing import import_bytes
from workbench.core.project import Project

from .window_helpers import shown_window

# A fictional report: an emoji early on shifts every Qt position after it by one.
REPORT = (
    "Shelling hits market 😀 in Port Halden\n"
    "\n"
    "Artillery fire wounded four troops and killed at least 12 civilians on Sunday, "
    "a provincial official said. The Crescent Brigade claimed responsibility.\n"
    "\n"
    "“We heard three explosions,” said a shopkeeper, Amal Rashed.\n"
)
ARABIC = "قالَ المتحدثُ إنّ ثلاثةَ مدنيين قُتِلوا في القصف.\n\nوأضاف أن 😀 الوضع هادئ الآن.\n"


@pytest.fixture(autouse=True)
def private_settings(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every test gets its own settings folder: no test sees another's recents or layout."""
    folder = tmp_path_factory.mktemp("settings")
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(folder))
    return folder


@pytest.fixture(autouse=True)
def delete_closed_widgets():
    """Delete the widgets qtbot closed, and the hidden windows the test's window left
    behind, before the next test builds its window.

    qtbot only schedules their deletion, and a plain ``processEvents`` never runs it, so
    a pane of the last test, still holding its closed project, would receive the next
    window's palette change; an exception raised there under pytest-qt's capture crashed
    the interpreter inside shiboken.

    A closed main window also leaves about a dozen parentless hidden widgets alive (the
    timeline plot's menus among them). Every later window's theme re-polishes every widget of the
    application, so over the GUI tests' hundreds of windows each opening grew from a
    fraction of a second to several. Only windows made during this test are deleted:
    those of a module-scoped fixture existed before it.
    """
    from PySide6.QtCore import QCoreApplication, QEvent

    before = top_level_keys()
    yield
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    delete_hidden_windows_since(before)


def widget_key(widget: QWidget) -> int:
    # The C++ address, not id(): a wrapper made afresh for the same widget has a new id.
    from shiboken6 import Shiboken

    return int(Shiboken.getCppPointer(widget)[0])


def top_level_keys() -> set[int]:
    from PySide6.QtWidgets import QApplication

    return {widget_key(w) for w in QApplication.topLevelWidgets()}


def delete_hidden_windows_since(before: set[int]) -> None:
    """Delete the hidden top-level widgets that are not among ``before``."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    for widget in QApplication.topLevelWidgets():
        if not widget.isVisible() and widget_key(widget) not in before:
            widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def add_text(project: Project, text: str, name: str, **meta: str) -> int:
    res = import_bytes(project, text.encode("utf-8"), name, meta, sandbox=False)
    assert res.status == "imported", res.message
    return int(res.doc_id)


def amal_and_bens_copy(folder: Path) -> tuple[Path, Path, int, str]:
    """amal's project with one report and one figure, and ben's copy of it: the two sides
    of a merge. Returns (amal's path, ben's path, document id, figure id)."""
    target, source = folder / "amal.wbproj", folder / "ben.wbproj"
    with Project.create(target, coder="amal") as p:
        doc = add_text(p, REPORT, "report.txt", title="Shelling report")
        ann = annotate_quote(p, doc, "casualty", "killed at least 12 civilians").result
    shutil.copy(target, source)
    return target, source, doc, ann


@pytest.fixture
def small_project(tmp_path: Path, qapp) -> Project:
    """Two documents (English with an emoji, Arabic), three annotations."""
    project = Project.create(tmp_path / "small.wbproj", coder="tester")
    doc = add_text(project, REPORT, "report.txt", title="Shelling report",
                   publisher="Northgate Wire", published="2026-03-03")
    add_text(project, ARABIC, "arabic.txt", title="بيان", published="2026-03-04")
    annotate_quote(project, doc, "casualty", "killed at least 12 civilians",
                   {"outcome": "killed", "count_low": 12, "incident_date": "2026-03-01"})
    annotate_quote(project, doc, "statement", "a provincial official said")
    annotate_quote(project, doc, "claim", "The Crescent Brigade claimed responsibility",
                   status="suggested")
    project.undo_stack.clear()
    yield project
    project.close()


@pytest.fixture
def session(small_project: Project):
    from workbench.gui.bus import Bus
    from workbench.gui.session import Session

    return Session(small_project, Bus())


@pytest.fixture
def window(demo_project: Path, qtbot):
    yield from shown_window(demo_project, qtbot)


@pytest.fixture
def panel(qtbot, world):
    """The annotation panel on the session of the test module's ``world`` (its
    ``bus``, ``session`` and first document ``doc``), that document selected."""
    from workbench.gui.panes.annotation_panel import AnnotationPanel

    pane = AnnotationPanel(world.session)
    qtbot.addWidget(pane)
    pane.resize(900, 700)
    world.bus.select(None, world.doc, sender="doclist")
    return pane


def select_words(window, words: str) -> tuple[int, int]:
    """Select the first ``words`` in the window's document view, as a mouse drag would,
    and give the view the focus; the selection's start and end in characters."""
    from PySide6.QtGui import QTextCursor

    view = window.document_view
    start = view.text.index(words)
    cursor = view.textCursor()
    cursor.setPosition(view.omap.to_qt(start))
    cursor.setPosition(view.omap.to_qt(start + len(words)), QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    view.setFocus()
    return start, start + len(words)
