"""A timeline with nothing to draw says why: it was a blank plot over an axis of bare day
numbers ("03 04 05"), the same for a new project, a project whose annotations have no
dates yet, and a search whose documents have none."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QLabel

from tests.gui.test_timeline import World, make_pane
from workbench.core.ops import annotations as ops
from workbench.core.ops.importing import import_bytes
from workbench.core.project import Project
from workbench.gui.bus import Bus


def _note(pane) -> QLabel:
    note = pane.findChild(QLabel, "timelineEmpty")
    assert note is not None
    return note


def test_a_project_with_no_dated_annotation_says_so(qtbot, tmp_path):
    from workbench.gui.panes.timeline import TimelinePane
    from workbench.gui.session import Session

    with Project.create(tmp_path / "p.wbproj") as project:
        doc = import_bytes(project, b"Shelling hit the market on Sunday.", "a.txt",
                           {"published": "2026-03-04"}, sandbox=False).doc_id
        ann = ops.annotate_quote(project, doc, "statement", "Shelling hit the market").result
        session = Session(project, Bus())
        pane = TimelinePane(session)
        qtbot.addWidget(pane)
        pane.resize(900, 360)
        pane.show()
        qtbot.waitExposed(pane)
        note = _note(pane)
        assert note.isVisible() and "No dated annotation" in note.text()
        assert pane.plot_widget.rect().contains(note.geometry())
        session.run(ops.update_annotation, ann, fields={"date": "2026-03-01"}, sender="t")
        qtbot.waitUntil(lambda: len(pane.marks) == 1, timeout=15_000)
        assert not note.isVisible()


def test_a_search_with_no_dated_annotation_says_so(qtbot, tmp_path):
    world = World(tmp_path)
    try:
        other = import_bytes(world.project, b"A quiet week.", "b.txt", {},
                             sandbox=False).doc_id
        pane = make_pane(qtbot, world)
        assert not _note(pane).isVisible()
        world.bus.set_search("quiet", frozenset({other}), sender="test")
        qtbot.waitUntil(lambda: len(pane.marks) == 0, timeout=5_000)
        assert _note(pane).isVisible() and "search" in _note(pane).text()
        world.bus.set_search("", None, sender="test")
        qtbot.waitUntil(lambda: len(pane.marks) > 0, timeout=5_000)
        assert not _note(pane).isVisible()
    finally:
        world.project.close()
