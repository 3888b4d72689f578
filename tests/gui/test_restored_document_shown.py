"""The viewer shows the chosen document again when it comes back from the trash.

Trashed while chosen (from another window, or by the command line, seen at the window's
next look), the viewer empties and the bus keeps the document chosen; Undo or Restore
brought it back into the list but left the viewer empty, and choosing it again changed
nothing (the same choice is not broadcast twice).
"""

from __future__ import annotations

from workbench.core.ops import documents as doc_ops
from workbench.gui.panes.document_view import DocumentView


def test_a_document_restored_while_chosen_is_shown_again(session, qtbot):
    view = DocumentView(session)
    qtbot.addWidget(view)
    view.resize(700, 500)
    doc = session.project.repo.documents()[0]["id"]
    session.bus.select(None, doc, sender="list")
    assert view.doc_id == doc
    session.run(doc_ops.trash_document, doc, sender="elsewhere")
    assert view.doc_id is None and view.toPlainText() == ""
    assert session.bus.selection.doc_id == doc
    session.undo(sender="elsewhere")
    assert view.doc_id == doc
    assert "Port Halden" in view.toPlainText()
    assert len(view.marks.marks) == 3
