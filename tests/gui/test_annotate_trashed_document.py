"""Annotating, in the window, a document another program has just put in the trash.

The window hides a trashed document, but it learns of the trashing at its next look at
the project (once a second): a key pressed in the viewer, or Enter on one of the
document's suggestions, in between added or accepted an annotation on a document in
the trash. The core refuses both now, and the window shows its sentence. The other
program's trashing is placed by hand between the showing and the key press.
"""

from __future__ import annotations

import gc

from tests.gui.test_annotation_panel import World
from workbench.core.ops.documents import trash_document
from workbench.core.project import Project
from workbench.gui.panes.document_view import DocumentView

IN_TRASH = "is in the trash, so nothing was"


def test_a_key_pressed_on_a_document_trashed_elsewhere_annotates_nothing(session, qtbot):
    view = DocumentView(session)
    qtbot.addWidget(view)
    view.resize(700, 500)
    view.show()
    doc = session.project.repo.documents()[0]["id"]
    session.bus.select(None, doc, sender="list")
    words = "wounded four troops"
    start = view.text.index(words)
    view.select_qt_span(*view.omap.span_to_qt(start, start + len(words)))
    said: list[str] = []
    session.bus.status_message.connect(said.append)
    count = "SELECT count(*) FROM annotations WHERE doc_id = ?"
    before = session.project.conn.execute(count, (doc,)).fetchone()[0]

    with Project.open(session.project.path, coder="other") as other:
        trash_document(other, doc)

    assert view.annotate_selection("casualty") is None
    assert session.project.conn.execute(count, (doc,)).fetchone()[0] == before
    assert any(IN_TRASH + " annotated" in s and "restore it first" in s for s in said), said
    gc.collect()  # the refusal's traceback and the viewer hold each other (a cycle)


def test_enter_on_a_suggestion_of_a_document_trashed_elsewhere_accepts_nothing(tmp_path,
                                                                              qtbot):
    from workbench.gui.panes.annotation_panel import AnnotationPanel

    world = World(tmp_path)
    try:
        panel = AnnotationPanel(world.session)
        qtbot.addWidget(panel)
        panel.resize(900, 700)
        world.bus.select(None, world.doc, sender="doclist")
        said: list[str] = []
        world.bus.status_message.connect(said.append)
        panel.select_annotation(world.claim)

        with Project.open(world.project.path, coder="ben") as ben:
            trash_document(ben, world.doc)

        panel.review("accepted")
        assert world.project.repo.get("annotation", world.claim)["status"] == "suggested"
        assert any(IN_TRASH + " accepted" in s for s in said), said
    finally:
        world.project.close()
        gc.collect()  # no cycle holding a pane is left for the interpreter's exit
