"""The editor's title names the selected annotation by its words, as they stand in the
document: found by rendering the annotation panel for every kind and reading it."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtGui import QTextDocument

from workbench.core.ops import annotations as ops
from workbench.core.ops.importing import import_bytes
from workbench.core.project import Project
from workbench.gui.bus import Bus
from workbench.gui.session import Session

REPORT = ("Medics at the Harrow Lane depot counted <10 dead & 4 wounded after the blast. "
          "“We will find those who did this,” the district governor said on Tuesday. "
          "\"Nobody was warned,\" a resident said.")


@pytest.fixture
def editor_on(tmp_path, qtbot):
    from workbench.gui.panes.annotation_panel import AnnotationPanel

    project = Project.create(tmp_path / "p.wbproj")
    doc = import_bytes(project, REPORT.encode(), "depot.txt", {"published": "2026-05-05"},
                       sandbox=False).doc_id
    bus = Bus()
    pane = AnnotationPanel(Session(project, bus))
    qtbot.addWidget(pane)
    pane.resize(900, 700)
    bus.select(None, doc, sender="doclist")

    def shown(kind: str, words: str, fields: dict) -> str:
        ann = ops.annotate_quote(project, doc, kind, words, fields).result
        bus.select(ann, doc, sender=None)
        label = pane.editor.title
        page = QTextDocument()
        page.setHtml(label.text())  # what the label draws, its markup read
        return page.toPlainText()

    yield shown
    project.close()


def test_the_title_shows_the_quoted_words_as_they_are_written(editor_on) -> None:
    # The title is rich text (the kind in bold) and the words went into it unescaped:
    # "<10 dead & 4 wounded" lost everything from the "<" on, so the title read
    # "Casualty figure — “counted ”".
    words = "counted <10 dead & 4 wounded"
    assert editor_on("casualty", words, {"outcome": "killed"}) == \
        f"Casualty figure — “{words}”"


@pytest.mark.parametrize("words", ["“We will find those who did this,”",
                                   "\"Nobody was warned,\""])
def test_a_quote_that_has_its_own_quotation_marks_is_not_quoted_twice(editor_on,
                                                                     words) -> None:
    # A statement selected with its quotation marks read "Statement — ““We will …,””".
    title = editor_on("statement", words, {"speaker": "district governor"})
    assert title == f"Statement — {words}"
