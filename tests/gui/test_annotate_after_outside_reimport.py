"""Annotating in the viewer after another program replaced the document's text.

The viewer annotates the selected words by their offsets in the text it shows. The
command line (``workbench reimport``) or a second window may have replaced the text
with a new version before the window's next look at the project (once a second):
the same offsets then named other words, and the annotation quoted words the user never
selected, with its fields filled from the ones selected. The other program's re-import
is placed by hand between the showing and the key press.
"""

from __future__ import annotations

import gc

from tests.gui.conftest import REPORT
from workbench.core.ops.documents import reimport_parsed
from workbench.core.ops.importing import parse_path
from workbench.core.project import Project
from workbench.gui.panes.document_view import DocumentView

# The corrected version: a line added above, so every offset after it moves.
CORRECTED = REPORT.replace("Shelling hits market", "Correction: the toll was revised.\n\n"
                           "Shelling hits market", 1)


def test_a_key_pressed_on_a_replaced_text_annotates_nothing_and_says_so(session, qtbot,
                                                                         tmp_path):
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
    before = len(session.project.repo.annotations())

    corrected = tmp_path / "report.txt"
    corrected.write_text(CORRECTED, encoding="utf-8")
    with Project.open(session.project.path, coder="other") as other:
        # Parsed here, not in the importers' worker process: nothing of it outlives the test.
        reimport_parsed(other, doc, parse_path(corrected, sandbox=False))

    new = view.annotate_selection("casualty")
    assert new is None
    assert len(session.project.repo.annotations()) == before
    assert any("Another program replaced this document's text since it was shown" in s
               for s in said), said
    # The refusal's traceback and the viewer's frame hold each other (a cycle): freed by
    # the collector after Qt is gone, at the interpreter's exit, it ended in a crash.
    gc.collect()
